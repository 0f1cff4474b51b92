import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { itemIds, part, parts, typeSearch, unmountAll, mount } from './helpers.js';
import type { ProssimaMap } from '../src/prossima-map.js';

// Ids the search dictionary does not know, so only the words themselves match.
const CATEGORIES = ['uno', 'due', 'tre', 'quattro'];

/** A directory of `n` services spread over the province, with a few unique names to find. */
function bigDirectory(n: number) {
  return {
    version: 1,
    categories: CATEGORIES.map((id) => ({ id, name: { it: id, en: `${id} (en)` } })),
    services: Array.from({ length: n }, (_, i) => ({
      id: `servizio-${i}`,
      name: i === 7777 ? 'Sportello Girasole Unico' : `Servizio ${i} ${['Matera', 'Policoro', 'Pisticci'][i % 3]}`,
      category: CATEGORIES[i % CATEGORIES.length],
      lat: 40.1 + ((i * 7919) % 1000) / 1250,
      lon: 16.1 + ((i * 104729) % 1000) / 1250,
      municipality: ['Matera', 'Policoro', 'Pisticci'][i % 3],
      description: { it: i % 500 === 0 ? 'Ambulatorio con medico di base.' : 'Sportello informativo.' },
    })),
  };
}

describe('<prossima-map> with 10,000 services', function () {
  this.timeout(60000);
  afterEach(unmountAll);

  let el: ProssimaMap;
  beforeEach(async () => {
    el = await mount(html`<prossima-map lang="it" tile-url="none"></prossima-map>`);
    const ready = oneEvent(el, 'prossima-ready');
    el.directory = bigDirectory(10000);
    expect((await ready).detail.count).to.equal(10000);
    await el.updateComplete;
    // The search index of a big directory is built after it shows (see the test on that below).
    await waitUntil(() => (el as unknown as { searchIndex?: unknown }).searchIndex !== undefined, 'the search index', { timeout: 20000 });
  });

  it('says how many there are, renders only the first rows and a button for the rest', async () => {
    expect(part(el, 'status')!.textContent).to.match(/10[.,]?000/);
    expect(parts(el, 'item')).to.have.length(30);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent).to.contain('9970');
    more.click();
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(60);
  });

  it('fills in more rows when the end of the list is scrolled into view', async () => {
    const pane = el.shadowRoot!.querySelector<HTMLElement>('.list-pane')!;
    pane.scrollTop = pane.scrollHeight;
    await waitUntil(() => parts(el, 'item').length > 30, 'more rows after scrolling', { timeout: 5000 });
  });

  it('is ready with the map already showing the services, grouped', () => {
    const groups = [...part(el, 'map')!.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-count]')];
    expect(groups.length).to.be.above(0);
    const shown = groups.reduce((sum, g) => sum + Number(g.dataset.count), 0);
    expect(shown).to.be.above(1000);
  });

  it('a search typed while the index is still being built waits for it, marked busy', async () => {
    const fresh = await mount(html`<prossima-map lang="it" tile-url="none"></prossima-map>`);
    const ready = oneEvent(fresh, 'prossima-ready');
    fresh.directory = bigDirectory(10000);
    await ready;
    expect((fresh as unknown as { searchIndex?: unknown }).searchIndex, 'the index, when the widget is ready').to.equal(undefined);
    await typeSearch(fresh, 'girasole');
    const status = part(fresh, 'status')!;
    expect(status.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => itemIds(fresh).length === 1, 'the result once the index is built', { timeout: 20000 });
    expect(itemIds(fresh)).to.deep.equal(['servizio-7777']);
    await waitUntil(() => status.getAttribute('aria-busy') === 'false', 'announced once typing pauses');
  });

  it('switches language: the list follows once its views in the new language are prepared', async () => {
    const category = () => parts(el, 'item')[0].querySelector('.item-category')!.textContent!.trim();
    expect(category()).to.equal('uno');
    el.setAttribute('lang', 'en');
    await waitUntil(() => category() === 'uno (en)', 'the list in English', { timeout: 20000 });
    expect(parts(el, 'item')).to.have.length(30);
  });

  it('searches the whole directory, not only the rendered rows', async () => {
    await typeSearch(el, 'girasole');
    expect(itemIds(el)).to.deep.equal(['servizio-7777']);
    await typeSearch(el, 'medico');
    expect(part(el, 'status')!.textContent).to.match(/\b20\b/);
    expect(itemIds(el)).to.have.length(20);
  });

  it('opens a service found by search, and the map marks it', async () => {
    await typeSearch(el, 'girasole');
    const selected = oneEvent(el, 'prossima-service-select');
    parts(el, 'item')[0].querySelector('button')!.click();
    expect((await selected).detail.id).to.equal('servizio-7777');
    await el.updateComplete;
    expect(part(el, 'detail')!.dataset.id).to.equal('servizio-7777');
  });

  it('brings focus back to a row beyond the first page after the detail closes', async () => {
    el.service = 'servizio-150';
    await el.updateComplete;
    expect(part(el, 'detail')!.dataset.id).to.equal('servizio-150');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest('[part~="item"]') != null, 'focus on the row');
    const row = (el.shadowRoot!.activeElement as HTMLElement).closest<HTMLElement>('[part~="item"]')!;
    expect(row.dataset.id).to.equal('servizio-150');
  });
});
