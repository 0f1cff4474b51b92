import { expect, html } from '@open-wc/testing';
import { itemIds, mount, typeSearch, unmountAll } from './helpers.js';
import { text } from './fixtures/in-root.js';
import type { ProssimaMap } from '../src/prossima-map.js';
import { COMMON_NEEDS } from '../src/data/needs.js';
import matera from '../data/matera.json';

/** The "What do you need?" buttons on show, by need id. */
function needButtons(el: ProssimaMap): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="need"]')];
}

function needButton(el: ProssimaMap, id: string): HTMLButtonElement {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="need"][data-need="${id}"]`);
  if (button === null) expect.fail(`no need button ${id}`);
  return button;
}

async function choose(el: ProssimaMap, id: string): Promise<void> {
  needButton(el, id).click();
  await el.updateComplete;
}

/** Services of the built-in directory that handle a need. */
const handling = (need: string) => matera.services.filter((s) => (s as { handles?: string[] }).handles?.includes(need)).map((s) => s.id);

describe('<prossima-map> "What do you need?" (built-in directory)', () => {
  const original = location.href;
  afterEach(() => {
    history.replaceState(history.state, '', original);
    unmountAll();
  });

  it('offers the common needs while the search is empty, labelled in the user’s language, the others behind "more"', async () => {
    const el = await mount(html`<prossima-map lang="en" tile-url="none"></prossima-map>`);
    const row = el.shadowRoot!.querySelector('.needs')!;
    expect(row.getAttribute('role')).to.equal('group');
    expect(text(el.shadowRoot!.getElementById('prossima-needs-title'))).to.equal('What do you need?');
    const shown = needButtons(el).filter((button) => button.checkVisibility());
    expect(shown).to.have.length(COMMON_NEEDS);
    expect(text(shown[0])).to.equal('Residence permit');
    expect(shown.every((button) => button.querySelector('svg') !== null)).to.equal(true);
    // Needs no service of the directory meets are not offered (nothing handles mental health yet).
    expect(needButtons(el).some((button) => button.dataset.need === 'mental-health')).to.equal(false);
    await expect(el).to.be.accessible();
    await typeSearch(el, 'questura');
    expect(el.shadowRoot!.querySelector('.needs')).to.equal(null);
  });

  it('choosing a need shows its services as a search would, the office that handles it first, and a link keeps it', async () => {
    const el = await mount(html`<prossima-map lang="it" tile-url="none" sync-url></prossima-map>`);
    await choose(el, 'residence-permit');
    expect(needButton(el, 'residence-permit').getAttribute('aria-pressed')).to.equal('true');
    const ids = itemIds(el);
    const offices = handling('residence-permit');
    expect(offices).to.include('questura-matera-ufficio-immigrazione');
    expect(ids.slice(0, offices.length).sort()).to.deep.equal([...offices].sort());
    expect(new URL(location.href).searchParams.get('prossima-need')).to.equal('residence-permit');
    // Typing replaces the need; choosing it again ends it.
    await typeSearch(el, 'lavoro');
    expect(new URL(location.href).searchParams.get('prossima-need')).to.equal(null);
    await typeSearch(el, '');
    await choose(el, 'shelter');
    expect(handling('shelter')).to.include(itemIds(el)[0]);
    await choose(el, 'shelter');
    expect(itemIds(el)).to.have.length(matera.services.length);
  });

  it('a link with prossima-need opens on that need', async () => {
    history.replaceState(history.state, '', '?prossima-need=food&prossima-lang=ar');
    const el = await mount(html`<prossima-map tile-url="none"></prossima-map>`);
    expect(needButton(el, 'food').getAttribute('aria-pressed')).to.equal('true');
    expect(handling('food')).to.include(itemIds(el)[0]);
  });

  it('a search that finds nothing offers the needs and the PROSSIMA help number', async () => {
    const el = await mount(html`<prossima-map lang="en" tile-url="none"></prossima-map>`);
    await typeSearch(el, 'xyzzy plugh');
    expect(itemIds(el)).to.deep.equal([]);
    expect(needButtons(el).length).to.be.at.least(COMMON_NEEDS);
    const help = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="help-phone"]');
    expect(help?.getAttribute('href')).to.equal('tel:+393292462464');
    expect(text(help!.closest('p'))).to.contain('Prefecture of Matera');
  });
});
