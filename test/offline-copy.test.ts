// The last good copies (src/offline-copy.ts): how many are kept, and what is known of one without reading it.
import { expect } from '@open-wc/testing';
import { clearCopies, copyInfo, loadCopy, saveCopy } from '../src/offline-copy.js';

const response = (text: string) => new Response(text, { headers: { 'Content-Type': 'application/json' } });

describe('offline copies', () => {
  beforeEach(clearCopies);
  afterEach(clearCopies);

  it('keeps the newest four copies of a site, so cache-busted versions of a src do not pile up (issue 17)', async () => {
    for (let version = 1; version <= 6; version++) {
      await saveCopy(`https://example.org/directory.json?v=${version}`, response(`{"v":${version}}`), version, `2026-12-0${version}T10:00:00.000Z`);
    }
    const kept = [];
    for (let version = 1; version <= 6; version++) kept.push((await loadCopy(`https://example.org/directory.json?v=${version}`)) !== undefined);
    expect(kept).to.deep.equal([false, false, true, true, true, true]);
  });

  it('says when a copy was saved and how many services it had, without reading it', async () => {
    await saveCopy('https://example.org/a.json', response('{}'), 73, '2026-12-01T10:00:00.000Z');
    expect(await copyInfo('https://example.org/a.json')).to.deep.equal({ savedAt: '2026-12-01T10:00:00.000Z', services: 73 });
    expect(await copyInfo('https://example.org/none.json')).to.equal(undefined);
  });
});
