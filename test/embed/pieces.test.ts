// dist/prossima-map.js loads each UI language but Italian and the map as pieces from its own
// folder (dist/pieces/), when they are needed; the built-in directory is a file in that folder
// (dist/prossima-directory.json: see builtin-directory.test.ts). These tests run the built files (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadWidget, readyOf, shadowPart, waitFor } from '../fixtures/hosts/host-page.js';

const placeholder = (el: Element) => shadowPart(el, 'search')?.getAttribute('placeholder') ?? '';
const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('dist/prossima-map.js: UI languages as pieces', () => {
  before(loadWidget);

  it('shows Italian with no language piece, and loads a language’s piece from the script’s folder when asked', async () => {
    const el = createWidget({ lang: 'it', 'tile-url': 'none' });
    const ready = readyOf(el);
    document.body.append(el);
    await ready;
    expect(placeholder(el)).to.match(/^Cerca/);
    // The directory reader, the map, the extras and the search are pieces (this page shows a map;
    // the search comes once the list shows, the extras when idle); Italian is not. The built-in
    // directory (no `src` here) is the file beside the script.
    const others = (path: string) => /^\/dist\/pieces\/(directory-reader|map-piece|extras|search-index)-/.test(path);
    expect(requested().filter((path) => path.startsWith('/dist/pieces/') && !others(path)), 'no piece for Italian').to.deep.equal([]);
    expect(requested().includes('/dist/prossima-directory.json'), 'the built-in directory').to.equal(true);
    expect(requested().some((path) => /^\/dist\/pieces\/map-piece-[\w-]+\.js$/.test(path)), 'the map piece').to.equal(true);

    el.setAttribute('lang', 'uk');
    // Frames, not a clock: a slow machine takes more of them to fetch and run the piece.
    await waitFor(() => !placeholder(el).startsWith('Cerca'), 'the Ukrainian texts', 1200).catch(() => {
      const pieces = requested().filter((path) => path.includes('/pieces/'));
      expect.fail(`still "${placeholder(el)}", lang "${el.getAttribute('lang')}"; pieces requested: ${pieces.join(', ') || 'none'}`);
    });
    expect(placeholder(el)).to.match(/[а-яі]/);
    expect(requested().some((path) => /^\/dist\/pieces\/uk-[\w-]+\.js$/.test(path)), 'the uk piece').to.equal(true);
    expect(shadowPart(el, 'error'), 'no notice').to.equal(null);
    el.remove();
  });
});
