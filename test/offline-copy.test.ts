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

  describe('in localStorage, where Cache Storage is missing (a page not served over https)', () => {
    let cachesDescriptor: PropertyDescriptor | undefined;
    beforeEach(() => {
      cachesDescriptor = Object.getOwnPropertyDescriptor(window, 'caches');
      delete (window as { caches?: CacheStorage }).caches;
    });
    afterEach(() => {
      if (cachesDescriptor) Object.defineProperty(window, 'caches', cachesDescriptor);
    });

    const stored = () => Object.keys(localStorage).filter((key) => key.startsWith('prossima-map:directory:'));

    it('keeps the newest four copies', async () => {
      expect('caches' in globalThis, 'Cache Storage hidden').to.equal(false);
      for (let version = 1; version <= 6; version++) {
        await saveCopy(`https://example.org/directory.json?v=${version}`, response(`{"v":${version}}`), version, `2026-12-0${version}T10:00:00.000Z`);
      }
      expect(stored().sort()).to.deep.equal([3, 4, 5, 6].map((v) => `prossima-map:directory:https://example.org/directory.json?v=${v}`));
      expect(await loadCopy('https://example.org/directory.json?v=6')).to.deep.equal({ text: '{"v":6}', savedAt: '2026-12-06T10:00:00.000Z', services: 6 });
      expect(await copyInfo('https://example.org/directory.json?v=5')).to.deep.equal({ savedAt: '2026-12-05T10:00:00.000Z', services: 5 });
    });

    it('keeps at most 1,500,000 characters in all, the newest first, so the host keeps its room', async () => {
      // Three copies of 600,000 characters: the two newest fit, the oldest goes.
      const text = (v: number) => `{"v":${v},"pad":"${'x'.repeat(600_000)}"}`;
      for (let version = 1; version <= 3; version++) {
        await saveCopy(`https://example.org/big.json?v=${version}`, response(text(version)), 1, `2026-12-0${version}T10:00:00.000Z`);
      }
      expect(stored().sort()).to.deep.equal([2, 3].map((v) => `prossima-map:directory:https://example.org/big.json?v=${v}`));
    });

    it('does not copy a document over 1,000,000 characters there at all', async () => {
      await saveCopy('https://example.org/huge.json', response(`{"pad":"${'x'.repeat(1_000_001)}"}`), 1);
      expect(stored()).to.deep.equal([]);
    });
  });
});

