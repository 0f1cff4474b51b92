// The optional pieces missing (a phone gone offline, a host that did not publish them): the map,
// the extras, the search and the UI languages. The widget shows its list in Italian and says,
// naming the language in its own words, that the language could not be loaded; the map's place
// says the map did not load; a service opened says its details did not load, and the list stays
// usable; the search falls back to the words as written, and says so. The script comes from /test-server/essentials-only/ (scripts/test-server.mjs), where
// only the entry, the directory reader and the built-in directory are served. With nothing but
// the entry, see pieces-entry-only.test.ts. Runs the built file (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, readyOf, shadowPart, shadowParts, waitFor } from '../fixtures/hosts/host-page.js';

describe('dist/prossima-map.js without its optional pieces', () => {
  before(() => loadScript('/test-server/essentials-only/prossima-map.js', true));

  it('lists a `src` directory in Italian and says the chosen language and the map are missing', async () => {
    const el = createWidget({ lang: 'ar', 'tile-url': 'none', src: '/test/fixtures/small.json' }, '900px');
    const ready = readyOf(el);
    document.body.append(el);
    expect(await ready).to.equal(4);
    await waitFor(() => shadowPart(el, 'error') !== null, 'the notice');
    const notice = shadowPart(el, 'error')!;
    expect(notice.textContent).to.contain('العربية');
    expect(notice.textContent).to.contain('i testi restano in italiano');
    // The map is a piece too: where it would stand beside the list, it says it did not load.
    await waitFor(() => shadowPart(el, 'map')?.querySelector('.map-unavailable') !== null, 'the map’s own notice');
    expect(shadowPart(el, 'error')!.textContent).to.contain('La mappa non si è caricata');
    // The search is a piece too (asked for once the list shows): typing finds the words as
    // written, and the notice says so.
    const searchNotice = () => (shadowPart(el, 'error')?.textContent ?? '').includes('La ricerca per significato non si è caricata');
    await waitFor(searchNotice, 'the search’s notice');
    expect(shadowPart(el, 'search')!.getAttribute('placeholder')).to.match(/^Cerca/);
    expect(shadowParts(el, 'item')).to.have.length(4);
    // The search goes on.
    const input = shadowPart(el, 'search') as HTMLInputElement;
    input.value = 'questura';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitFor(() => shadowParts(el, 'item').length === 1, 'the search');
    expect(shadowParts(el, 'item')[0].dataset.id).to.equal('questura-matera');
    el.remove();
  });

  it('opening a service says the details did not load, with "retry"; the list stays usable', async () => {
    const el = createWidget({ lang: 'it', 'tile-url': 'none', src: '/test/fixtures/small.json' }, '900px');
    const ready = readyOf(el);
    document.body.append(el);
    await ready;
    shadowParts(el, 'item')[0].querySelector('button')!.click();
    await waitFor(() => (shadowPart(el, 'error')?.textContent ?? '').includes('La scheda dei servizi non si è caricata'), 'the notice');
    expect(shadowPart(el, 'detail') === null, 'no detail').to.equal(true);
    expect(el.shadowRoot!.querySelector('prossima-service-list')!.hasAttribute('inert'), 'the list is not inert').to.equal(false);
    expect(shadowParts(el, 'item')).to.have.length(4);
    const retry = [...shadowPart(el, 'error')!.querySelectorAll<HTMLButtonElement>('button.retry')];
    expect(retry.length, 'a retry button').to.be.greaterThan(0);
    el.remove();
  });

  it('reads a big directory without the streaming piece: in one JSON.parse, slower but shown', async () => {
    for (const [query, count] of [
      ['count=1200', 1200],
      ['count=8000&sized=0', 8000],
    ] as const) {
      const el = createWidget({ lang: 'it', 'tile-url': 'none', src: `/test-server/generated.json?${query}` }, '900px');
      const ready = readyOf(el);
      document.body.append(el);
      expect(await ready, query).to.equal(count);
      const asked = performance.getEntriesByType('resource').some((entry) => /\/essentials-only\/pieces\/stream-reader-/.test(entry.name));
      expect(asked, `${query}: the streaming piece was asked for`).to.equal(true);
      el.remove();
    }
  });
});
