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

/** The paths of the streaming reader piece requested so far. */
const streamPiece = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/pieces\/stream-reader-[\w-]+\.js$/.test(path));

describe('dist/prossima-map.js: the streaming reader piece', () => {
  it('is asked for only by a document too big to read whole (over 4 MB, of unknown size)', async () => {
    for (const [query, count, streamed] of [
      ['count=4&sized=0', 4, false],
      ['count=1200', 1200, true],
      ['count=8000&sized=0', 8000, true],
    ] as const) {
      const el = createWidget({ 'tile-url': 'none', src: `/test-server/generated.json?${query}` }, '390px');
      const ready = readyOf(el);
      document.body.append(el);
      expect(await ready, query).to.equal(count);
      expect(streamPiece().length > 0, `${query}: the streaming piece`).to.equal(streamed);
      el.remove();
    }
  });
});
