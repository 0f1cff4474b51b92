// A host that copied only the entry (or a phone gone offline): the language pieces are missing.
// The widget shows its list in Italian and says, naming the language in its own words, that it
// could not be loaded. The entry comes from /test-server/entry-only/ (scripts/test-server.mjs),
// where every piece is a 404. Runs the built file (`npm run build`).
import { expect } from '@open-wc/testing';
import { loadScript, readyOf, shadowPart, shadowParts, waitFor, type Widget } from '../fixtures/hosts/host-page.js';

describe('dist/prossima-map.js without its pieces', () => {
  before(() => loadScript('/test-server/entry-only/prossima-map.js', true));

  it('lists the services in Italian and says the chosen language and the map are missing', async () => {
    const el = document.createElement('prossima-map') as Widget;
    el.style.width = '900px';
    el.setAttribute('lang', 'ar');
    el.setAttribute('tile-url', 'none');
    const ready = readyOf(el);
    document.body.append(el);
    expect(await ready).to.be.greaterThan(50);
    await waitFor(() => shadowPart(el, 'error') !== null, 'the notice');
    const notice = shadowPart(el, 'error')!;
    expect(notice.textContent).to.contain('العربية');
    expect(notice.textContent).to.contain('i testi restano in italiano');
    // The map is a piece too: where it would stand beside the list, it says it did not load.
    await waitFor(() => shadowPart(el, 'map')?.querySelector('.map-unavailable') !== null, 'the map’s own notice');
    expect(shadowPart(el, 'error')!.textContent).to.contain('La mappa non si è caricata');
    expect(shadowPart(el, 'search')!.getAttribute('placeholder')).to.match(/^Cerca/);
    expect(shadowParts(el, 'item').length).to.be.greaterThan(50);
    // The search goes on.
    const input = shadowPart(el, 'search') as HTMLInputElement;
    input.value = 'questura';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitFor(() => shadowParts(el, 'item').length < 10, 'the search');
    expect(shadowParts(el, 'item').length).to.be.greaterThan(0);
    el.remove();
  });
});
