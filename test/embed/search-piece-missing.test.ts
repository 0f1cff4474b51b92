// The search piece cannot be loaded (offline, or a host that did not publish it): the list, the
// chips and the comune filter go on, typing still filters by the words as written, and the notice
// says that search by meaning is unavailable. The entry comes from /test-server/search-missing/
// (scripts/test-server.mjs), where only the search piece is 404. Runs the built file (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, readyOf, shadowPart, shadowParts, waitFor } from '../fixtures/hosts/host-page.js';

const ids = (el: Element) => shadowParts(el, 'item').map((item) => item.dataset.id);

function type(el: Element, text: string): void {
  const input = shadowPart(el, 'search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('dist/prossima-map.js without its search piece', () => {
  before(() => loadScript('/test-server/search-missing/prossima-map.js', true));

  it('lists, filters by the words typed, and says search by meaning is unavailable', async () => {
    const el = createWidget({ lang: 'en', 'tile-url': 'none', src: '/test/fixtures/small.json', municipality: 'Matera' }, '900px');
    const ready = readyOf(el);
    document.body.append(el);
    await ready;
    // The comune filter applies (two of the four services are in Matera).
    expect(ids(el)).to.have.members(['ospedale-matera', 'questura-matera']);
    await waitFor(() => (shadowPart(el, 'error')?.textContent ?? '').includes('Search by meaning did not load'), 'the notice');
    // Plain words still filter, in any of the directory's languages.
    type(el, 'police');
    await waitFor(() => shadowParts(el, 'item').length === 1, 'the plain search');
    expect(ids(el)).to.deep.equal(['questura-matera']);
    // Words by meaning find nothing without the dictionary.
    type(el, 'doctor');
    await waitFor(() => shadowParts(el, 'item').length === 0, 'no result by meaning');
    // The chips still filter.
    type(el, '');
    await waitFor(() => shadowParts(el, 'item').length === 2, 'the list again');
    (shadowParts(el, 'category').find((chip) => chip.dataset.category === 'health') as HTMLElement).click();
    await waitFor(() => shadowParts(el, 'item').length === 1, 'the chip');
    expect(ids(el)).to.deep.equal(['ospedale-matera']);
    el.remove();
  });
});
