// The classic-script build, loaded the way an old CMS loads it: a plain <script src=…> with no
// type="module", after the tag is already in the page. It is a loader of the ES entry beside it,
// which then loads its pieces from the same folder. Run `npm run build` first (npm test does).
import { expect } from '@open-wc/testing';

const SCRIPT = '/dist/prossima-map.iife.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

function loadClassicScript(src: string, doc: Document = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}: run "npm run build" first`));
    doc.body.append(script);
  });
}

function readyCount(el: HTMLElement): Promise<number> {
  return new Promise((resolve) => {
    el.addEventListener('prossima-ready', (e) => resolve((e as CustomEvent<{ count: number }>).detail.count), {
      once: true,
    });
  });
}

function newKeys(before: readonly string[], win: Window): string[] {
  const known = new Set(before);
  return Object.keys(win).filter((key) => !known.has(key));
}

describe('dist/prossima-map.iife.js as a classic script', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  let globalsBefore: string[];
  let el: Widget;
  let ready: Promise<number>;

  before(async () => {
    window.addEventListener('error', onError);
    // The CMS page already holds the tag when the script at the bottom of the page runs.
    el = document.createElement('prossima-map') as Widget;
    el.setAttribute('tile-url', 'none');
    el.setAttribute('lang', 'it');
    ready = readyCount(el);
    document.body.append(el);
    globalsBefore = Object.keys(window);
    expect(customElements.get('prossima-map')).to.equal(undefined);
    await loadClassicScript(SCRIPT);
    // The classic script is a loader: the ES entry beside it defines the element.
    await customElements.whenDefined('prossima-map');
  });

  after(() => {
    window.removeEventListener('error', onError);
    el.remove();
  });

  it('loads without errors and defines <prossima-map>', () => {
    expect(errors).to.deep.equal([]);
    expect(customElements.get('prossima-map')).to.be.a('function');
    expect(el).to.be.instanceOf(customElements.get('prossima-map')!);
  });

  it('shows the built-in directory, from the ES entry and the directory file beside the loader', async () => {
    const count = await ready;
    expect(count).to.be.greaterThan(50);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(count);
    const paths = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(paths).to.include.members(['/dist/prossima-map.js', '/dist/prossima-directory.json']);
  });

  it('creates no global', () => {
    expect(newKeys(globalsBefore, window)).to.deep.equal([]);
  });

  it('can be loaded a second time without throwing or redefining the element', async () => {
    const defined = customElements.get('prossima-map');
    await loadClassicScript(`${SCRIPT}?second-copy`);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('prossima-map')).to.equal(defined);
    expect(newKeys(globalsBefore, window)).to.deep.equal([]);
  });
});

// The test page above already holds the test framework's own Lit, whose registries on the global
// object (litHtmlVersions…) would hide ours: a page with nothing else shows them too.
describe('dist/prossima-map.iife.js in a page with no other script', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 700px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<!doctype html><html lang="it"><body><prossima-map tile-url="none"></prossima-map></body></html>';
    document.body.append(frame);
    await loaded;
  });

  after(() => frame.remove());

  it('renders the directory and creates no global', async () => {
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const before = Object.keys(win);
    const el = doc.querySelector('prossima-map')!;
    const ready = readyCount(el);
    await loadClassicScript(SCRIPT, doc);
    const count = await ready;
    expect(count).to.be.greaterThan(50);
    expect(newKeys(before, win)).to.deep.equal([]);
  });
});
