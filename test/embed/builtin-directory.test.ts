// The built-in directory is a file beside the script, dist/prossima-directory.json, fetched and
// checked like a `src`: replacing it updates every embed, and a broken replacement is refused
// (the last good copy stays, marked as possibly out of date, and part=error says why). The
// script comes from /test-server/replaced/ (scripts/test-server.mjs): dist/ as published, its
// prossima-directory.json swapped for a missing, HTML, cut or invalid one by a switch.
// Runs the built files (`npm run build`).
import { expect, waitUntil } from '@open-wc/testing';
import { createWidget, loadScript, readyOf, shadowPart, shadowParts, waitFor } from '../fixtures/hosts/host-page.js';

const FOLDER = '/test-server/replaced/';
const FILE = new URL(`${FOLDER}prossima-directory.json`, location.href).href;
/** The widget's saved copies (src/offline-copy.ts). */
const COPIES = 'prossima-map-directories-v2';

type Mode = 'ok' | 'missing' | 'html' | 'cut' | 'rejected';
const replaceWith = (mode: Mode) => fetch(`/test-server/replaced-mode?to=${mode}`);
const entries = () => performance.getEntriesByType('resource') as PerformanceResourceTiming[];
const requests = (pattern: RegExp) => entries().filter((entry) => pattern.test(new URL(entry.name).pathname));
const saved = async () => (await (await caches.open(COPIES)).match(FILE)) !== undefined;
/** The copy is stored in the background, after the directory shows. */
const copySaved = () => waitUntil(saved, 'the last good copy saved', { timeout: 10000 });

/** How many services the published file holds. */
async function publishedCount(): Promise<number> {
  const directory = (await (await fetch('/dist/prossima-directory.json')).json()) as { services: unknown[] };
  return directory.services.length;
}

describe('dist/prossima-directory.json, the built-in directory beside the script', function () {
  this.timeout(20000);

  before(() => loadScript(`${FOLDER}prossima-map.js`, true));
  beforeEach(async () => {
    await caches.delete(COPIES);
    await replaceWith('ok');
    performance.clearResourceTimings();
  });
  after(async () => {
    await caches.delete(COPIES);
    await replaceWith('ok');
  });

  it('lists the services of the file beside the script, fetched at once and with no built-in piece', async () => {
    const el = createWidget({ lang: 'uk', 'tile-url': 'none' }, '900px');
    const ready = readyOf(el);
    document.body.append(el);
    const count = await ready;
    expect(count).to.equal(await publishedCount());
    expect(shadowParts(el, 'item')).to.have.length(count);
    const [directory] = requests(/^\/test-server\/replaced\/prossima-directory\.json$/);
    expect(directory !== undefined, 'prossima-directory.json requested from the script’s folder').to.equal(true);
    expect(requests(/\/pieces\/builtin-/), 'no built-in piece').to.deep.equal([]);
    // At once, in parallel with the pieces: requested before the language's piece had come, and
    // before the map's piece, which is asked for once the widget has rendered.
    const [language] = requests(/\/pieces\/uk-[\w-]+\.js$/);
    const [map] = requests(/\/pieces\/map-piece-[\w-]+\.js$/);
    expect(language !== undefined && map !== undefined, 'the uk and map pieces requested').to.equal(true);
    expect(directory.startTime, 'before the uk piece came').to.be.below(language.responseEnd);
    expect(directory.startTime, 'before the map piece was asked for').to.be.at.most(map.startTime);
    expect(shadowPart(el, 'error') === null, 'no notice').to.equal(true);
    // Kept as the last good copy, as a `src` is (and saved before the next test clears the copies).
    await copySaved();
    el.remove();
  });

  it('missing (404), with no copy saved: says the list could not be loaded, with "retry" that works once it is back', async () => {
    await replaceWith('missing');
    const el = createWidget({ lang: 'it', 'tile-url': 'none' }, '900px');
    document.body.append(el);
    await waitFor(() => shadowPart(el, 'error')?.querySelector('.retry') != null, 'the notice with retry');
    const notice = shadowPart(el, 'error')!.textContent!;
    expect(notice).to.contain('Impossibile caricare l’elenco dei servizi.');
    expect(notice).to.contain('(404)');
    expect(shadowParts(el, 'item')).to.have.length(0);
    // The search box stays: not a blank widget.
    expect(shadowPart(el, 'search') !== null, 'the search box').to.equal(true);

    await replaceWith('ok');
    const ready = readyOf(el);
    shadowPart(el, 'error')!.querySelector<HTMLButtonElement>('.retry')!.click();
    expect(await ready).to.equal(await publishedCount());
    await copySaved();
    el.remove();
  });

  const broken: [Mode, string][] = [
    ['html', 'Il file ricevuto non è un JSON valido.'],
    ['cut', 'Il file ricevuto non è un JSON valido.'],
    ['rejected', 'Il file ricevuto non è un elenco di servizi valido'],
  ];
  for (const [mode, reason] of broken) {
    it(`a broken replacement (${mode}) after a good visit: the last good copy, marked as possibly out of date`, async () => {
      const good = createWidget({ lang: 'it', 'tile-url': 'none' }, '900px');
      const goodReady = readyOf(good);
      document.body.append(good);
      const count = await goodReady;
      await copySaved();
      good.remove();

      await replaceWith(mode);
      const errors: string[] = [];
      const el = createWidget({ lang: 'it', 'tile-url': 'none' }, '900px');
      el.addEventListener('prossima-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
      const ready = readyOf(el);
      document.body.append(el);
      expect(await ready).to.equal(count);
      expect(shadowParts(el, 'item')).to.have.length(count);
      await waitFor(() => shadowPart(el, 'error') !== null, 'the notice');
      const notice = shadowPart(el, 'error')!.textContent!;
      expect(notice).to.match(/Dati salvati il \d+ \S+ \d{4}: potrebbero non essere aggiornati\./);
      expect(notice).to.contain(reason);
      expect(errors.some((m) => m.includes('prossima-directory.json') && m.includes('showing the copy saved on')), errors.join(' | ')).to.equal(true);
      el.remove();
    });
  }
});
