// The service's detail, its actions and the results' share, QR code and print are the extras
// piece (src/extras.ts): dist/prossima-map.js fetches it from its own folder once the first list
// is on screen and the browser is idle, or at once when a service is opened; a page that cannot
// get it keeps its list and search and says so (test/embed/pieces-missing.test.ts). These tests
// run the built files (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, readyOf, shadowPart, shadowParts, waitFor } from '../fixtures/hosts/host-page.js';

/** Whether the extras piece was fetched since `since` (performance.now()). */
const extrasRequested = (since: number) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.startTime >= since && /\/pieces\/extras-[\w-]+\.js$/.test(new URL(entry.name).pathname));


describe('dist/prossima-map.js: the extras piece', () => {
  before(() => loadScript('/dist/prossima-map.js', true));

  it('is not fetched before the first list is ready; then, when idle; a service opens with its detail styled', async () => {
    // Phone-wide: no map, so the map piece is left for the next test.
    const el = createWidget({ lang: 'it', 'tile-url': 'none', src: '/test/fixtures/small.json' }, '400px');
    const ready = readyOf(el);
    const since = performance.now();
    document.body.append(el);
    expect(await ready).to.equal(4);
    expect(extrasRequested(since), 'the extras piece before ready').to.equal(false);
    await waitFor(() => extrasRequested(since), 'the extras piece, fetched when the browser is idle');
    await waitFor(() => el.shadowRoot!.querySelector('prossima-view-actions .view-action') !== null, 'the list actions');

    shadowParts(el, 'item')[0].querySelector('button')!.click();
    await waitFor(() => shadowPart(el, 'detail') !== null, 'the detail');
    // Its styles came with it: the detail covers the list (position: absolute in the extras' styles).
    const detail = el.shadowRoot!.querySelector('prossima-service-detail')!;
    expect(getComputedStyle(detail).position).to.equal('absolute');
    expect(el.shadowRoot!.querySelector('prossima-service-list')!.hasAttribute('inert'), 'the list behind is inert').to.equal(true);
    el.remove();
  });

  it('the map piece is fetched after the first list rows are on screen, so it never delays them', async () => {
    const el = createWidget({ lang: 'it', 'tile-url': 'none', src: '/test/fixtures/small.json' }, '1000px');
    let firstRow = Infinity;
    const poll = () => {
      if (shadowParts(el, 'item').length > 0) firstRow = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    const ready = readyOf(el);
    const mapSince = performance.now();
    document.body.append(el);
    await ready;
    const map = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= mapSince && /\/pieces\/map-piece-[\w-]+\.js$/.test(new URL(entry.name).pathname));
    // The previous test showed no map: the piece has not been fetched by this page yet.
    expect(map.length, 'the map piece fetched once').to.equal(1);
    expect(map[0].startTime, 'the map piece requested after the first row').to.be.greaterThan(firstRow);
    expect(el.shadowRoot!.querySelector('prossima-map-view .leaflet-container') !== null, 'the map is drawn').to.equal(true);
    el.remove();
  });
});
