// A host that copied only the entry (or a phone gone offline): the pieces are missing. The widget
// shows its list in Italian and says, naming the language in its own words, that the language
// could not be loaded; the map's place says the map did not load; without `src`, the built-in
// directory is missing too, and the notice says so with "retry", never a blank widget; the search
// falls back to the words as written, and says so. The entry
// comes from /test-server/entry-only/ (scripts/test-server.mjs), where every piece is a 404.
// Runs the built file (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, readyOf, shadowPart, shadowParts, waitFor } from '../fixtures/hosts/host-page.js';

describe('dist/prossima-map.js without its pieces', () => {
  before(() => loadScript('/test-server/entry-only/prossima-map.js', true));

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

  it('without `src`, says the directory could not be loaded, with "retry"', async () => {
    const el = createWidget({ lang: 'it', 'tile-url': 'none' }, '900px');
    document.body.append(el);
    await waitFor(() => shadowPart(el, 'error')?.querySelector('.retry') != null, 'the notice with retry');
    expect(shadowPart(el, 'error')!.textContent).to.contain('Impossibile caricare l’elenco dei servizi.');
    expect(shadowParts(el, 'item')).to.have.length(0);
    el.remove();
  });
});
