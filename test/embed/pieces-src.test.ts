// An embed with `src` never downloads the built-in directory, dist/prossima-directory.json. Runs
// the built file (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadWidget, readyOf } from '../fixtures/hosts/host-page.js';

before(loadWidget);
describe('dist/prossima-map.js with `src`', () => {
  it('never downloads the built-in directory', async () => {
    const el = createWidget({ 'tile-url': 'none', src: '/test/fixtures/small.json' }, '390px');
    const ready = readyOf(el);
    document.body.append(el);
    expect(await ready).to.equal(4);
    const builtin = performance.getEntriesByType('resource').some((entry) => /\/prossima-directory\.json$/.test(new URL(entry.name).pathname));
    expect(builtin).to.equal(false);
    el.remove();
  });
});
