// The search (its index, matching and dictionary) is a piece of dist/prossima-map.js
// (dist/pieces/search-index-….js), requested only once the first list is on screen, and the
// search by meaning works once it is there. Runs the built file (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadWidget, readyOf, shadowPart, shadowParts, waitFor } from '../fixtures/hosts/host-page.js';

const searchPieceRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/pieces\/search-index-[\w-]+\.js$/.test(new URL(entry.name).pathname));

function type(el: Element, text: string): void {
  const input = shadowPart(el, 'search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('dist/prossima-map.js: the search as a piece', () => {
  before(loadWidget);

  it('requests the search piece only after the first list row is on screen; then searches by meaning', async () => {
    expect(searchPieceRequests().length, 'no search piece before the widget').to.equal(0);
    const el = createWidget({ lang: 'en', 'tile-url': 'none', src: '/test/fixtures/small.json' }, '900px');
    const ready = readyOf(el);
    document.body.append(el);
    // When the first row enters the widget's DOM (a mutation callback runs right after the render).
    let firstRowAt = -1;
    const observer = new MutationObserver(() => {
      if (firstRowAt < 0 && shadowPart(el, 'item') !== null) firstRowAt = performance.now();
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    expect(await ready).to.equal(4);
    await waitFor(() => searchPieceRequests().length > 0, 'the search piece');
    observer.disconnect();
    const [piece] = searchPieceRequests();
    expect(firstRowAt > 0, 'a row was seen').to.equal(true);
    expect(piece.startTime > firstRowAt, `piece requested at ${piece.startTime} ms, first row at ${firstRowAt} ms`).to.equal(true);

    // English words against an Italian directory: only the dictionary of the piece finds them.
    type(el, 'doctor');
    await waitFor(() => shadowParts(el, 'item').length === 1, 'the search by meaning');
    expect(shadowParts(el, 'item')[0].dataset.id).to.equal('ospedale-matera');
    expect(shadowPart(el, 'error'), 'no notice').to.equal(null);
    el.remove();
  });
});
