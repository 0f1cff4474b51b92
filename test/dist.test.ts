// The built script, loaded the way a host page loads it: <script type="module" src=…>.
// Run `npm run build` first (npm test does).
import { expect, oneEvent } from '@open-wc/testing';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}: run "npm run build" first`));
    document.head.append(script);
  });
}

describe('dist/prossima-map.js in a host page', () => {
  const hostLeaflet = { version: 'host', map: () => 'host map' };

  let globalsBefore: string[] = [];
  const symbolMetadataBefore = Object.getOwnPropertyDescriptor(Symbol, 'metadata');

  before(async () => {
    (window as unknown as { L: unknown }).L = hostLeaflet;
    globalsBefore = Object.getOwnPropertyNames(window);
    const errors: string[] = [];
    window.addEventListener('error', (e) => errors.push(e.message));
    await loadScript('/dist/prossima-map.js');
    // A second script tag (another copy, another URL) must not throw or redefine the element.
    await loadScript('/dist/prossima-map.js?second-copy');
    expect(errors).to.deep.equal([]);
  });

  it('defines <prossima-map> once', () => {
    expect(customElements.get('prossima-map')).to.be.a('function');
  });

  it('leaves the host page’s own Leaflet global alone and adds no other', () => {
    expect((window as unknown as { L: unknown }).L).to.equal(hostLeaflet);
    const added = Object.getOwnPropertyNames(window).filter((name) => !globalsBefore.includes(name));
    expect(added, 'new globals').to.deep.equal([]);
    expect(Object.getOwnPropertyDescriptor(Symbol, 'metadata'), 'Symbol.metadata untouched').to.deep.equal(symbolMetadataBefore);
  });

  it('shows the built-in directory with no network request but its own script, pieces and directory file', async () => {
    const requested = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    const el = document.createElement('prossima-map');
    el.setAttribute('tile-url', 'none');
    el.setAttribute('lang', 'it');
    const ready = oneEvent(el, 'prossima-ready');
    document.body.append(el);
    const event = await ready;
    expect(event.detail.count).to.be.greaterThan(50);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(event.detail.count);
    const added = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !requested.has(name));
    // Only the script's own pieces (the map, shown beside the list here) and the built-in
    // directory, from its own folder.
    const own = (path: string) => path.startsWith('/dist/pieces/') || path === '/dist/prossima-directory.json';
    expect(added.filter((name) => !own(new URL(name).pathname))).to.deep.equal([]);
    expect(added.map((name) => new URL(name).pathname)).to.include('/dist/prossima-directory.json');
    expect(document.cookie).to.equal('');
    el.remove();
  });
});
