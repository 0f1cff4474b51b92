import { expect, html, oneEvent } from '@open-wc/testing';
import { captureWarnings, itemIds, mount, part, parts, unmountAll } from './helpers.js';
import type { DirectoryErrorEvent } from '../src/events.js';
import type { ProssimaMap } from '../src/prossima-map.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Mounts with a src and returns the element with the prossima-error event it fired. */
async function mountFailing(src: string): Promise<{ el: ProssimaMap; error: DirectoryErrorEvent }> {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  const error = oneEvent(wrapper, 'prossima-error');
  const el = document.createElement('prossima-map');
  el.setAttribute('lang', 'it');
  el.setAttribute('tile-url', 'none');
  el.setAttribute('src', src);
  wrapper.append(el);
  const event = await error;
  await el.updateComplete;
  return { el, error: event };
}

describe('<prossima-map> with bad input', () => {
  afterEach(unmountAll);
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('broken JSON: says so in the error part, with a retry button', async () => {
    const { el, error } = await mountFailing('/test/fixtures/broken.json');
    expect(error.detail.message).to.contain('not valid JSON');
    expect(error.detail.rejected).to.equal(0);
    expect(part(el, 'error')!.textContent).to.contain('non è un JSON valido');
    expect(part(el, 'error')!.querySelector('button')).to.not.equal(null);
    expect(part(el, 'status')!.textContent).to.match(/\b0\b/);
    await expect(el).to.be.accessible();
  });

  it('404: says the server answered with an error', async () => {
    const { el, error } = await mountFailing('/test/fixtures/missing.json');
    expect(error.detail.message).to.contain('404');
    expect(part(el, 'error')!.textContent).to.contain('404');
  });

  it('unreachable URL: says the server does not answer', async () => {
    const { el } = await mountFailing('http://127.0.0.1:9/directory.json');
    expect(part(el, 'error')!.textContent).to.contain('non risponde');
  });

  it('wrong version: refuses the document', async () => {
    const { el, error } = await mountFailing('/test/fixtures/version2.json');
    expect(error.detail.message).to.contain('version');
    expect(part(el, 'error')!.textContent).to.contain('versione 1');
  });

  it('a failed reload keeps showing the directory already there', async () => {
    const el = await mount(html`<prossima-map src="/test/fixtures/small.json" tile-url="none"></prossima-map>`);
    const error = oneEvent(el, 'prossima-error');
    el.src = '/test/fixtures/broken.json';
    await error;
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(4);
    expect(part(el, 'error')).to.not.equal(null);
  });

  it('a half-invalid directory shows the valid entries and lists the rejected ones', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = document.createElement('prossima-map');
    el.setAttribute('lang', 'it');
    el.setAttribute('tile-url', 'none');
    el.setAttribute('src', '/test/fixtures/half-invalid.json');
    const ready = oneEvent(wrapper, 'prossima-ready');
    const error = oneEvent(wrapper, 'prossima-error');
    let warnings: string[] = [];
    warnings = await captureWarnings(async () => {
      wrapper.append(el);
      await ready;
      await error;
    });
    const readyEvent = await ready;
    const errorEvent = await error;
    await el.updateComplete;
    expect(itemIds(el).sort()).to.deep.equal(['cpi-policoro', 'ospedale-matera']);
    expect(readyEvent.detail.count).to.equal(2);
    // 1 category (bad id) + 6 services
    expect(errorEvent.detail.rejected).to.equal(7);
    const text = part(el, 'error')!.textContent!;
    expect(text).to.contain('7 voci');
    expect(text).to.contain('services[2] swapped · lat');
    expect(text).to.contain('identificativo ripetuto');
    const skipped = warnings.filter((w) => w.includes('skipped'));
    expect(skipped, 'one console line for all of them').to.have.length(1);
    expect(skipped[0]).to.match(/^prossima-map: 7 entries skipped: categories\[\d+\]/);
    expect(warnings.some((w) => w.includes('were lat and lon swapped?'))).to.equal(true);
    wrapper.remove();
  });

  it('hostile strings in every field are shown as text, never as HTML or links', async () => {
    const el = await mount(html`<prossima-map src="/test/fixtures/hostile.json" lang="it" service="hostile" tile-url="none"></prossima-map>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('img:not(.leaflet-tile), script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(part(el, 'item')!.textContent).to.contain(HOSTILE);
    const detail = part(el, 'detail')!;
    expect(detail.textContent).to.contain(HOSTILE);
    for (const a of root.querySelectorAll('a:not(.leaflet-control-zoom a)')) {
      expect(a.getAttribute('href')).to.match(/^(https?:|tel:|mailto:)/);
      expect(a.getAttribute('href')).to.not.contain('javascript');
    }
    expect(detail.querySelector('a[href^="mailto:"]')).to.equal(null);
    // The category colour was not a colour: the CSS never sees it.
    const icon = root.querySelector<HTMLElement>('.item-icon')!;
    expect(icon.style.getPropertyValue('--_prossima-chip-color')).to.equal('#4a5568');
    const marker = part(el, 'map')!.querySelector('.leaflet-marker-pane [role="button"]');
    expect(marker?.getAttribute('aria-label')).to.contain(HOSTILE);
  });
});

describe('<prossima-map>: a directory with a great many bad entries (issue 17)', () => {
  afterEach(unmountAll);

  it('lists the first 50 in the notice and counts the rest, in one console line', async () => {
    const services = Array.from({ length: 2000 }, (_, i) => (i === 0 ? { id: 'ok', name: 'Buono', category: 'c', lat: 40.6, lon: 16.6 } : 0));
    const directory = { version: 1, categories: [{ id: 'c', name: 'C' }], services };
    let el!: ProssimaMap;
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<prossima-map .directory=${directory} lang="it" tile-url="none"></prossima-map>`);
    });
    expect(itemIds(el)).to.deep.equal(['ok']);
    const notice = part(el, 'error')!;
    expect(notice.querySelectorAll('li')).to.have.length(51);
    expect(notice.textContent).to.contain('1999 voci');
    expect(notice.querySelector('li:last-child')!.textContent!.trim()).to.equal('e altre 1949');
    const skipped = warnings.filter((w) => w.includes('skipped'));
    expect(skipped).to.have.length(1);
    expect(skipped[0]).to.match(/^prossima-map: 1999 entries skipped: services\[1\]: .*; and 1979 more$/);
  });
});
