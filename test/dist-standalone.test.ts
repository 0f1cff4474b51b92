// The one-file build, dist/prossima-map.standalone.js, for hosts that can publish only one file:
// every piece and the built-in directory are inlined, so it requests nothing from its folder.
// Run `npm run build` first (npm test does).
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, readyOf } from './fixtures/hosts/host-page.js';

describe('dist/prossima-map.standalone.js', () => {
  before(() => loadScript('/dist/prossima-map.standalone.js', true));

  it('shows the built-in directory and the map with no request but the script itself', async () => {
    const el = createWidget({ lang: 'it', 'tile-url': 'none' }, '900px');
    const ready = readyOf(el);
    document.body.append(el);
    const count = await ready;
    expect(count).to.be.greaterThan(50);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(count);
    const fromDist = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/'));
    expect(fromDist).to.deep.equal(['/dist/prossima-map.standalone.js']);
    el.remove();
  });
});
