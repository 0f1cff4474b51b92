// The installable app in demo/app/: its manifest and icons, the "add to home screen" help in
// every UI language, and the service worker, registered for real, serving the app offline.
// The offline checks flip a test-only switch (test/app/offline-switch.mjs) that makes the
// server answer 503 for /demo/app/* and /dist/*. They need dist/prossima-map.js (the worker
// precaches it): `npm test` builds it first; run alone without a build, they are skipped.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { matchLocale } from '../../src/localization.js';

const APP = '/demo/app/';
const SCOPE = new URL(APP, location.href).href;
const HELP_URL = '/demo/app/install-help.js';

interface PlatformTexts {
  heading: string;
  steps: string[];
}
interface HelpTexts {
  button: string;
  title: string;
  intro: string;
  installNow: string;
  tip: string;
  close: string;
  android: PlatformTexts;
  ios: PlatformTexts;
}
interface FakePrompt {
  prompt(): Promise<{ outcome: string } | undefined>;
}
/** demo/app/install-help.js, a plain JS module loaded from its URL as the app loads it. */
interface InstallHelp {
  HELP_TEXTS: Record<string, HelpTexts>;
  LANGUAGES: string[];
  pickLanguage(own: string | null | undefined, browserLanguages: readonly string[]): string;
  directionOf(lang: string): 'ltr' | 'rtl';
  detectPlatform(userAgent: string): 'android' | 'ios' | 'other';
  buildHelpDialog(
    lang: string,
    options?: { platform?: string; installPrompt?: FakePrompt | null; onPromptDone?: (outcome: string) => void },
  ): HTMLDialogElement;
  startInstallHelp(elements: { button: HTMLButtonElement; widget: Element }): void;
}

async function loadHelp(): Promise<InstallHelp> {
  const url: string = HELP_URL;
  return (await import(url)) as InstallHelp;
}

async function uiLanguages(): Promise<string[]> {
  const config = (await (await fetch('/lit-localize.json')).json()) as { sourceLocale: string; targetLocales: string[] };
  return [config.sourceLocale, ...config.targetLocales];
}

async function appDocument(): Promise<Document> {
  const text = await (await fetch(`${APP}index.html`)).text();
  return new DOMParser().parseFromString(text, 'text/html');
}

/** Width, height and colour type from a PNG's IHDR chunk. */
function readIhdr(bytes: Uint8Array): { width: number; height: number; colourType: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(bytes.subarray(12, 16)), 'first chunk').to.equal('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20), colourType: bytes[25] };
}

async function png(url: string): Promise<{ width: number; height: number; colourType: number; decoded: ImageBitmap }> {
  const response = await fetch(url);
  expect(response.status, url).to.equal(200);
  const blob = await response.blob();
  const header = readIhdr(new Uint8Array(await blob.arrayBuffer()));
  return { ...header, decoded: await createImageBitmap(blob) };
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

describe('demo/app: manifest and icons', () => {
  const manifestUrl = new URL(`${APP}manifest.webmanifest`, location.href).href;
  let manifest: Record<string, unknown> & { icons: ManifestIcon[] };

  before(async () => {
    const response = await fetch(manifestUrl);
    expect(response.status).to.equal(200);
    manifest = JSON.parse(await response.text()) as typeof manifest;
  });

  it('has the required fields', () => {
    expect(manifest).to.include({
      name: 'PROSSIMA – Servizi per cittadini stranieri (Matera)',
      short_name: 'PROSSIMA',
      start_url: './',
      scope: './',
      display: 'standalone',
      lang: 'it',
      dir: 'auto',
    });
    expect(String(manifest.theme_color).toLowerCase()).to.equal('#0b5cad');
    expect(String(manifest.background_color).toLowerCase()).to.be.oneOf(['#fff', '#ffffff']);
  });

  it('declares PNG icons of 192 and 512 (any), 512 maskable and an SVG, and each file is what it says', async () => {
    const find = (sizes: string, purpose: string, type: string) =>
      manifest.icons.find((i) => i.sizes === sizes && (i.purpose ?? 'any').split(' ').includes(purpose) && i.type === type);
    expect(find('192x192', 'any', 'image/png'), '192 any').to.not.equal(undefined);
    expect(find('512x512', 'any', 'image/png'), '512 any').to.not.equal(undefined);
    expect(find('512x512', 'maskable', 'image/png'), '512 maskable').to.not.equal(undefined);
    const svg = manifest.icons.find((i) => i.type === 'image/svg+xml');
    expect(svg, 'svg').to.not.equal(undefined);

    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const url = new URL(icon.src, manifestUrl).href;
      const { width, height, colourType, decoded } = await png(url);
      expect(`${width}x${height}`, url).to.equal(icon.sizes);
      expect([decoded.width, decoded.height], `${url} decodes`).to.deep.equal([width, height]);
      // A maskable icon is cropped to any shape: it must have no transparent corners.
      if (icon.purpose === 'maskable') expect(colourType, `${url} is opaque (RGB)`).to.equal(2);
    }
    const svgText = await (await fetch(new URL(svg!.src, manifestUrl))).text();
    const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.getAttribute('viewBox')).to.equal('0 0 512 512');
  });

  it('index.html links the manifest and icons and has the app metas and a noscript text in Italian and English', async () => {
    const doc = await appDocument();
    const base = new URL(`${APP}index.html`, location.href);
    const href = (selector: string) => new URL(doc.querySelector(selector)!.getAttribute('href')!, base).href;
    expect(href('link[rel="manifest"]')).to.equal(manifestUrl);
    const meta = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    expect(meta('theme-color')).to.equal(manifest.theme_color);
    expect(meta('apple-mobile-web-app-capable')).to.equal('yes');
    expect(meta('mobile-web-app-capable')).to.equal('yes');
    const apple = await png(href('link[rel="apple-touch-icon"]'));
    expect([apple.width, apple.height, apple.colourType], 'apple-touch-icon: 180, opaque').to.deep.equal([180, 180, 2]);
    const scripts = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
    expect(scripts).to.include('../../dist/prossima-map.js');
    expect(doc.querySelector('prossima-map')).to.not.equal(null);
    const noscript = doc.querySelector('noscript')!.textContent!;
    expect(noscript).to.contain('JavaScript').and.contain('attivalo').and.contain('turn it on');
  });
});

describe('demo/app: install help', () => {
  let help: InstallHelp;
  let languages: string[];

  before(async () => {
    help = await loadHelp();
    languages = await uiLanguages();
  });

  it('has texts for exactly the widget’s UI languages (lit-localize.json)', () => {
    expect([...help.LANGUAGES].sort()).to.deep.equal([...languages].sort());
  });

  it('every language has every text, both platforms’ steps, and the same icons in its steps as Italian', () => {
    const tokens = (steps: string[]) => steps.map((s) => (s.match(/\{\w+\}/g) ?? []).join(''));
    const italian = help.HELP_TEXTS.it;
    for (const lang of languages) {
      const texts = help.HELP_TEXTS[lang];
      for (const key of ['button', 'title', 'intro', 'installNow', 'tip', 'close'] as const) {
        expect(texts[key].trim(), `${lang} ${key}`).to.not.equal('');
      }
      for (const platform of ['android', 'ios'] as const) {
        const { heading, steps } = texts[platform];
        expect(heading.trim(), `${lang} ${platform} heading`).to.not.equal('');
        expect(steps, `${lang} ${platform} steps`).to.have.length(italian[platform].steps.length);
        for (const step of steps) expect(step.replace(/\{\w+\}/g, '').trim(), `${lang} ${platform} step`).to.not.equal('');
        expect(tokens(steps), `${lang} ${platform} icons`).to.deep.equal(tokens(italian[platform].steps));
      }
      // Translated, not copied from Italian.
      if (lang !== 'it') expect(texts.title, `${lang} title`).to.not.equal(italian.title);
    }
  });

  it('builds the dialog in each language, right to left for Arabic and Urdu, with both platforms', () => {
    for (const lang of languages) {
      const dialog = help.buildHelpDialog(lang);
      expect(dialog.lang).to.equal(lang);
      expect(dialog.dir, lang).to.equal(lang === 'ar' || lang === 'ur' ? 'rtl' : 'ltr');
      const sections = [...dialog.querySelectorAll<HTMLElement>('section')];
      expect(sections.map((s) => s.dataset.platform), lang).to.deep.equal(['android', 'ios']);
      for (const section of sections) {
        const items = [...section.querySelectorAll('li')];
        expect(items.length, `${lang} ${section.dataset.platform}`).to.be.at.least(3);
        for (const li of items) expect(li.textContent!.trim(), lang).to.not.equal('');
      }
      expect(dialog.querySelector('h2')!.textContent).to.equal(help.HELP_TEXTS[lang].title);
      // Icons in the steps are pictures for the eye only.
      for (const svg of dialog.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('puts the steps of the user’s platform first', () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
    const android = 'Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
    const ipadDesktop = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
    const macChrome = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
    expect([iphone, android, ipadDesktop, macChrome, 'Mozilla/5.0 (X11; Linux x86_64)'].map(help.detectPlatform)).to.deep.equal([
      'ios',
      'android',
      'ios',
      'other',
      'other',
    ]);
    const first = (platform: string) => help.buildHelpDialog('it', { platform }).querySelector('section')!.dataset.platform;
    expect([first('ios'), first('android'), first('other')]).to.deep.equal(['ios', 'android', 'android']);
  });

  it('chooses the language as the widget does', () => {
    const cases: [string | null, string[]][] = [
      [null, ['fr-CA', 'en']],
      [null, ['de-DE', 'pa-IN']],
      [null, ['zh']],
      [null, ['zh-TW', 'it']],
      [null, ['ZH-cn']],
      [null, ['de', 'pl']],
      [null, []],
      ['ur', ['en-US']],
      ['xx', ['ro-RO']],
      ['', ['sq']],
    ];
    for (const [own, browser] of cases) {
      const widget = matchLocale([own, ...browser].filter((l): l is string => !!l)) ?? 'it';
      expect(help.pickLanguage(own, browser), JSON.stringify([own, browser])).to.equal(widget);
    }
  });

  it('offers a real "Install" button only when the browser gave an install prompt, and calls it', async () => {
    expect(help.buildHelpDialog('en').querySelector('.install-help-now')).to.equal(null);
    let prompted = 0;
    const outcomes: string[] = [];
    const dialog = help.buildHelpDialog('en', {
      installPrompt: {
        prompt: async () => {
          prompted += 1;
          return { outcome: 'accepted' };
        },
      },
      onPromptDone: (outcome) => outcomes.push(outcome),
    });
    document.body.append(dialog);
    dialog.showModal();
    const install = dialog.querySelector<HTMLButtonElement>('.install-help-now')!;
    expect(install.textContent).to.equal('Install now');
    install.click();
    await waitUntil(() => outcomes.length === 1, 'prompt answered');
    expect(prompted).to.equal(1);
    expect(outcomes).to.deep.equal(['accepted']);
    expect(dialog.open, 'closed once installed').to.equal(false);
    dialog.remove();
  });

  it('takes a shared link’s language (prossima-lang) before the browser’s', async () => {
    const original = location.href;
    history.replaceState(history.state, '', '?prossima-lang=ur');
    const saved = { lang: document.documentElement.lang, dir: document.documentElement.dir };
    const button = document.createElement('button');
    const widget = document.createElement('prossima-map');
    try {
      help.startInstallHelp({ button, widget });
      expect(document.documentElement.lang).to.equal('ur');
      expect(document.documentElement.dir).to.equal('rtl');
    } finally {
      history.replaceState(history.state, '', original);
      Object.assign(document.documentElement, saved);
    }
  });

  describe('in a page (startInstallHelp)', () => {
    const saved = { lang: document.documentElement.lang, dir: document.documentElement.dir };
    let button: HTMLButtonElement;

    before(() => {
      button = document.createElement('button');
      button.hidden = true;
      const label = document.createElement('span');
      label.className = 'install-label';
      button.append(label);
      const widget = document.createElement('prossima-map');
      widget.setAttribute('lang', 'ar');
      document.body.append(button, widget);
      help.startInstallHelp({ button, widget });
    });

    after(() => {
      document.querySelectorAll('dialog, prossima-map').forEach((node) => node.remove());
      button.remove();
      document.documentElement.lang = saved.lang;
      document.documentElement.dir = saved.dir;
    });

    it('puts the widget’s language on <html>, labels and shows the button', () => {
      expect(document.documentElement.lang).to.equal('ar');
      expect(document.documentElement.dir).to.equal('rtl');
      expect(button.hidden, 'not standalone here').to.equal(false);
      expect(button.textContent).to.equal(help.HELP_TEXTS.ar.button);
    });

    it('opens an accessible modal dialog; Escape closes it and focus returns to the button', async () => {
      button.focus();
      button.click();
      const dialog = document.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.dir).to.equal('rtl');
      expect(dialog.contains(document.activeElement), 'focus inside the dialog').to.equal(true);
      await expect(dialog).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'closed by Escape');
      await waitUntil(() => document.activeElement === button, 'focus back on the button');
    });

    it('the close button closes it', async () => {
      button.click();
      const dialog = document.querySelector('dialog')!;
      dialog.querySelector<HTMLButtonElement>('.install-help-close')!.click();
      expect(dialog.open).to.equal(false);
    });

    it('follows the language the user picks in the widget (prossima-language-change)', () => {
      document.body.dispatchEvent(new CustomEvent('prossima-language-change', { bubbles: true, composed: true, detail: { lang: 'uk' } }));
      expect(document.documentElement.lang).to.equal('uk');
      expect(document.documentElement.dir).to.equal('ltr');
      expect(button.textContent).to.equal(help.HELP_TEXTS.uk.button);
      button.click();
      const dialog = document.querySelector('dialog')!;
      expect(dialog.lang).to.equal('uk');
      dialog.close();
    });
  });
});

/** The activated worker of a registration. */
async function activated(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
  const worker = (registration.installing ?? registration.waiting ?? registration.active)!;
  if (worker.state === 'activated') return worker;
  await new Promise<void>((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('the service worker failed to install (a shell file missing?)'));
    });
  });
  return worker;
}

function loadFrame(frame: HTMLIFrameElement, src: string): Promise<void> {
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = src;
  });
}

const appOffline = (on: boolean) => fetch(`/test-server/app-offline?to=${on ? 'on' : 'off'}`);
const directoryServer = (to: 'ok' | 'fail' | 'cut') => fetch(`/test-server/mode?to=${to}`);
const ownCaches = async () => (await caches.keys()).filter((name) => name.startsWith('prossima-app-') && name.endsWith(` ${SCOPE}`));

describe('demo/app/sw.js, registered for real', function () {
  // Installing precaches the 400 KB widget script.
  this.timeout(20000);
  const WIDGET_CACHE = 'prossima-map-directories-v2';
  const OLD_OWN = `prossima-app-shell-v0 ${SCOPE}`;
  const OTHER_INSTALL = 'prossima-app-shell-v0 https://example.org/other/app/';
  let frame: HTMLIFrameElement;

  async function cleanUp(): Promise<void> {
    frame?.remove();
    await appOffline(false);
    // The test server marks every answer cacheable for a year, its 503s too: fetch the widget
    // script and its pieces afresh, so the browser's HTTP cache holds them again for the test
    // files after this one.
    await fetch('/dist/prossima-map.js', { cache: 'reload' });
    const pieces = (await (await fetch('/dist/pieces.json', { cache: 'reload' })).json()) as string[];
    await Promise.all(pieces.map((piece) => fetch(`/dist/${piece}`, { cache: 'reload' })));
    await directoryServer('ok');
    await (await navigator.serviceWorker.getRegistration(APP))?.unregister();
    for (const name of await caches.keys()) {
      if (name.startsWith('prossima-app-') || name === WIDGET_CACHE) await caches.delete(name);
    }
  }

  before(async function () {
    const dist = await fetch('/dist/prossima-map.js', { method: 'HEAD' });
    if (!dist.ok) {
      console.warn('dist/prossima-map.js is missing (run `npm run build`): service worker tests skipped');
      this.skip();
    }
    await cleanUp();
    // Caches that are not this worker's current ones: the widget's, an old version, another install's.
    await (await caches.open(WIDGET_CACHE)).put('/x.json', new Response('{}'));
    await (await caches.open(OLD_OWN)).put('/old', new Response('old'));
    await (await caches.open(OTHER_INSTALL)).put('/other', new Response('other'));
    const registration = await navigator.serviceWorker.register(`${APP}sw.js`, { scope: APP });
    await activated(registration);
  });

  after(cleanUp);

  it('precaches everything the app page loads, the manifest’s icons, the widget script and its pieces', async () => {
    const [name] = (await ownCaches()).filter((n) => n.startsWith('prossima-app-shell-'));
    expect(name, 'shell cache').to.be.a('string');
    const cache = await caches.open(name);
    const doc = await appDocument();
    const base = new URL(`${APP}index.html`, location.href);
    const manifestUrl = new URL(doc.querySelector('link[rel="manifest"]')!.getAttribute('href')!, base);
    const manifest = (await (await fetch(manifestUrl)).json()) as { icons: ManifestIcon[] };
    const needed = [
      base.href,
      ...[...doc.querySelectorAll('link[href]')].map((l) => new URL(l.getAttribute('href')!, base).href),
      ...[...doc.querySelectorAll('script[src]')].map((s) => new URL(s.getAttribute('src')!, base).href),
      ...[...doc.querySelectorAll('script:not([src])')].flatMap((s) =>
        [...s.textContent!.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => new URL(m[1], base).href),
      ),
      ...manifest.icons.map((i) => new URL(i.src, manifestUrl).href),
      // The widget's pieces (every UI language) and its directory, listed by the build beside the script.
      ...((await (await fetch('/dist/pieces.json')).json()) as string[]).map((piece) => new URL(`/dist/${piece}`, location.href).href),
    ];
    expect(needed).to.include(new URL('/dist/prossima-map.js', location.href).href);
    expect(needed.some((url) => /\/dist\/pieces\/ar-[\w-]+\.js$/.test(url)), 'the Arabic piece').to.equal(true);
    expect(needed).to.include(new URL('/dist/prossima-directory.json', location.href).href);
    expect(needed).to.include(new URL(HELP_URL, location.href).href);
    // The test server adds its own /__web-dev-server… script to HTML pages: not the app's.
    for (const url of new Set(needed.filter((u) => !new URL(u).pathname.startsWith('/__web-dev-server')))) {
      const cached = await cache.match(url);
      expect(cached?.status, `precached: ${url}`).to.equal(200);
    }
  });

  it('on activation deleted its own old cache, and no one else’s', async () => {
    const names = await caches.keys();
    expect(names).to.include(WIDGET_CACHE);
    expect(names).to.include(OTHER_INSTALL);
    expect(names).to.not.include(OLD_OWN);
    expect(await (await caches.open(WIDGET_CACHE)).match('/x.json')).to.not.equal(undefined);
  });

  it('serves the app from its cache when the server is down: page, widget script, and the widget shows', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 390px; height: 640px; border: 0';
    document.body.append(frame);
    await loadFrame(frame, `${APP}index.html`);
    expect(frame.contentWindow!.navigator.serviceWorker.controller, 'controlled').to.not.equal(null);

    await appOffline(true);
    const direct = await fetch(`${APP}index.html`, { cache: 'no-store' });
    expect(direct.status, 'the server is down for the app').to.equal(503);

    await loadFrame(frame, `${APP}?from=home-screen`);
    const doc = frame.contentDocument!;
    expect(doc?.querySelector('.app-name')?.textContent, 'the cached page').to.equal('PROSSIMA');
    const widget = doc.querySelector('prossima-map')!;
    await waitUntil(() => (widget.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 50, 'the widget lists services', {
      timeout: 10000,
    });
    const help = await loadHelp();
    expect(doc.documentElement.lang, 'install-help.js ran from the cache').to.equal(help.pickLanguage(null, navigator.languages));

    const script = await frame.contentWindow!.fetch('/dist/prossima-map.js');
    expect(script.status).to.equal(200);
    // The built-in directory beside the script: the worker's kept copy, which the widget says may be
    // out of date, with the day it was kept (issue 17: network first, a dated notice from the cache).
    expect((await frame.contentWindow!.fetch('/dist/prossima-directory.json')).status).to.equal(200);
    const notice = widget.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '';
    expect(notice.includes(String(new Date().getFullYear())), `a notice with the day the copy was kept: "${notice.slice(0, 120)}"`).to.equal(true);
    // Not in the shell: passed through to the (down) server.
    const other = await frame.contentWindow!.fetch(`${APP}not-in-the-shell.txt`);
    expect(other.status).to.equal(503);
  });

  it('keeps directory documents (.json) and serves them when the server fails', async () => {
    await appOffline(false);
    const url = '/test-server/directory.json';
    const fresh = await frame.contentWindow!.fetch(url);
    expect(fresh.status).to.equal(200);
    const body = await fresh.text();
    const [dataCache] = (await ownCaches()).filter((n) => n.startsWith('prossima-app-data-'));
    expect(dataCache, 'data cache').to.be.a('string');
    await waitUntil(async () => (await (await caches.open(dataCache)).match(url)) !== undefined, 'directory cached');

    await directoryServer('fail');
    expect((await fetch(url, { cache: 'no-store' })).status, 'the server fails').to.equal(503);
    const served = await frame.contentWindow!.fetch(url);
    expect(served.status).to.equal(200);
    expect(await served.text()).to.equal(body);
    expect(served.headers.get('X-Prossima-Saved-At'), 'marked with the time it was kept').to.match(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('never keeps a broken answer: a cut file (HTTP 200) gets the kept copy; a corrected file is served at once (issue 17)', async () => {
    await appOffline(false);
    await directoryServer('ok');
    const url = '/test-server/directory.json';
    const good = await (await frame.contentWindow!.fetch(url)).text();
    await directoryServer('cut');
    const cut = await frame.contentWindow!.fetch(url);
    expect(await cut.text(), 'the kept copy, not the cut file').to.equal(good);
    expect(cut.headers.get('X-Prossima-Saved-At')).to.match(/^\d{4}-\d{2}-\d{2}T/);
    const [dataCache] = (await ownCaches()).filter((n) => n.startsWith('prossima-app-data-'));
    expect(await (await (await caches.open(dataCache)).match(url))!.text(), 'the cache still holds the good file').to.equal(good);
    await directoryServer('ok');
    const fixed = await frame.contentWindow!.fetch(url);
    expect(fixed.headers.get('X-Prossima-Saved-At'), 'the network answer, not the copy').to.equal(null);
    expect(await fixed.text()).to.equal(good);
  });
});
