// demo/embed.html, the page partner sites frame: it obeys its publisher, not the link (issue 17).
// Runs the built files (`npm run build`).
import { expect } from '@open-wc/testing';
import { waitFor } from '../fixtures/hosts/host-page.js';

/** The widget of demo/embed.html opened with `query`, once it is on the page. */
async function embedded(query: string): Promise<{ map: Element }> {
  const frame = document.createElement('iframe');
  frame.style.width = '400px';
  frame.style.height = '500px';
  frame.src = `/demo/embed.html?${query}`;
  document.body.append(frame);
  await waitFor(() => frame.contentDocument?.querySelector('prossima-map') != null, 'the embedded widget', 600);
  const map = frame.contentDocument!.querySelector('prossima-map')!;
  return { map };
}

describe('demo/embed.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('takes a tile server only from its publisher\'s list, and never a credit from the link', async () => {
    const { map } = await embedded('tile-url=https://evil.example/{z}/{x}/{y}.png&tile-attribution=Servizio%20sospeso:%20chiamare%20899&lang=it');
    expect(map.hasAttribute('tile-url'), 'a server the publisher did not list').to.equal(false);
    expect(map.hasAttribute('tile-attribution'), 'a credit written by the link').to.equal(false);
    expect(map.getAttribute('lang')).to.equal('it');
  });

  it('accepts "none" and OpenStreetMap, as its list says', async () => {
    expect((await embedded('tile-url=none')).map.getAttribute('tile-url')).to.equal('none');
    const osm = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
    expect((await embedded(`tile-url=${encodeURIComponent(osm)}`)).map.getAttribute('tile-url')).to.equal(osm);
  });
});
