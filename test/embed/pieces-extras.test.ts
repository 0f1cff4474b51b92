// The service's detail, its actions and the results' share, QR code and print are the extras
// piece (src/extras.ts): dist/prossima-map.js fetches it from its own folder once the first list
// is on screen and the browser is idle, or at once when a service is opened; a page that cannot
// get it keeps its list and search and says so (test/embed/pieces-missing.test.ts). These tests
// run the built files (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, readyOf, shadowPart, shadowParts, waitFor } from '../fixtures/hosts/host-page.js';

const extrasRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/pieces\/extras-[\w-]+\.js$/.test(new URL(entry.name).pathname));


describe('dist/prossima-map.js: the extras piece', () => {
  before(() => loadScript('/dist/prossima-map.js', true));

  it('is not fetched before the first list is ready; then, when idle; a service opens with its detail styled', async () => {
    const el = createWidget({ lang: 'it', 'tile-url': 'none', src: '/test/fixtures/small.json' }, '900px');
    const ready = readyOf(el);
    document.body.append(el);
    expect(await ready).to.equal(4);
    expect(extrasRequested(), 'the extras piece before ready').to.equal(false);
    await waitFor(() => extrasRequested(), 'the extras piece, fetched when the browser is idle');
    await waitFor(() => el.shadowRoot!.querySelector('prossima-view-actions .view-action') !== null, 'the list actions');

    shadowParts(el, 'item')[0].querySelector('button')!.click();
    await waitFor(() => shadowPart(el, 'detail') !== null, 'the detail');
    // Its styles came with it: the detail covers the list (position: absolute in the extras' styles).
    const detail = el.shadowRoot!.querySelector('prossima-service-detail')!;
    expect(getComputedStyle(detail).position).to.equal('absolute');
    expect(el.shadowRoot!.querySelector('prossima-service-list')!.hasAttribute('inert'), 'the list behind is inert').to.equal(true);
    el.remove();
  });
});
