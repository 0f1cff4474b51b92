// The search piece arrives late (a slow network): the list shows without it, and a query given
// before it arrives (the `query` attribute, a link, fast typing) waits and is then applied. The
// entry comes from /test-server/search-held/ (scripts/test-server.mjs), where the search piece is
// held until /test-server/release. Runs the built file (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, nextFrame, shadowPart, shadowParts, waitFor } from '../fixtures/hosts/host-page.js';

const ids = (el: Element) => shadowParts(el, 'item').map((item) => item.dataset.id);

describe('dist/prossima-map.js with a search piece that arrives late', () => {
  before(() => loadScript('/test-server/search-held/prossima-map.js', true));
  after(() => fetch('/test-server/release'));

  it('shows "What do you need?" with the first list, from the directory\'s tags, before the search has come', async () => {
    // First, while the search piece is held. The built-in directory's file, given as `src` (this
    // route serves only scripts): its services are tagged.
    const el = createWidget({ lang: 'it', 'tile-url': 'none', src: '/dist/prossima-directory.json' }, '900px');
    document.body.append(el);
    await waitFor(() => shadowParts(el, 'item').length > 0, 'the list while the search piece is held');
    const needs = shadowParts(el, 'need').map((button) => button.dataset.need);
    expect(needs.length, 'need buttons beside the first list').to.be.greaterThan(3);
    expect(needs).to.include('residence-permit');
    el.remove();
  });

  it('lists without the search, then applies a query given before it arrived', async () => {
    const el = createWidget({ lang: 'en', 'tile-url': 'none', src: '/test/fixtures/small.json', query: 'doctor' }, '900px');
    document.body.append(el);
    // The list does not wait for the search: every service, the query waiting.
    await waitFor(() => shadowParts(el, 'item').length === 4, 'the whole list while the search piece is held');
    expect((shadowPart(el, 'search') as HTMLInputElement).value).to.equal('doctor');
    // The piece has been asked for (it is held), and the list still shows everything meanwhile.
    for (let held = 0; held === 0; ) {
      held = Number(await (await fetch('/test-server/held')).text());
      await nextFrame();
    }
    expect(ids(el)).to.have.length(4);
    await fetch('/test-server/release');
    await waitFor(() => shadowParts(el, 'item').length === 1, 'the query applied once the piece arrived');
    expect(ids(el)).to.deep.equal(['ospedale-matera']);
    el.remove();
  });
});
