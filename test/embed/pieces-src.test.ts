// An embed with `src` never downloads the built-in directory, a piece of its own. Runs the built
// file (`npm run build`).
import { expect } from '@open-wc/testing';
import { loadWidget, readyOf, type Widget } from '../fixtures/hosts/host-page.js';

before(loadWidget);
describe('dist/prossima-map.js with `src`', () => {
  it('never downloads the built-in directory', async () => {
    const el = document.createElement('prossima-map') as Widget;
    el.style.width = '390px';
    el.setAttribute('tile-url', 'none');
    el.setAttribute('src', '/test/fixtures/small.json');
    const ready = readyOf(el);
    document.body.append(el);
    expect(await ready).to.equal(4);
    const builtin = performance.getEntriesByType('resource').some((entry) => /\/dist\/pieces\/builtin-/.test(entry.name));
    expect(builtin).to.equal(false);
    el.remove();
  });
});
