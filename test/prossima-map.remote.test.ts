import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { itemIds, mount, part, parts, unmountAll } from './helpers.js';
import { clearCopies, loadCopy } from '../src/offline-copy.js';
import type { ProssimaMap } from '../src/prossima-map.js';

const SRC = '/test-server/directory.json';
const URL_OF_SRC = new URL(SRC, document.baseURI).href;
const serverMode = (to: 'ok' | 'fail' | 'hold' | 'shrunk') => fetch(`/test-server/mode?to=${to}`);

/** Loads SRC once, as it is now, and waits until its copy is saved. */
async function saveACopy(): Promise<void> {
  const first = await mount(html`<prossima-map src=${SRC} lang="it" tile-url="none"></prossima-map>`);
  expect(itemIds(first)).to.have.length(4);
  expect(part(first, 'error')).to.equal(null);
  // The copy is stored in the background, after the directory shows.
  await waitUntil(async () => (await loadCopy(URL_OF_SRC)) !== undefined, 'the copy saved');
  unmountAll();
}

/** Mounts a widget on `src`, with the messages of the `prossima-error` events it fired meanwhile. */
async function mountWithErrors(src: string): Promise<{ el: ProssimaMap; errors: string[] }> {
  const errors: string[] = [];
  const onError = (e: Event) => errors.push((e as CustomEvent<{ message: string }>).detail.message);
  document.addEventListener('prossima-error', onError);
  try {
    return { el: await mount(html`<prossima-map src=${src} lang="it" tile-url="none"></prossima-map>`), errors };
  } finally {
    document.removeEventListener('prossima-error', onError);
  }
}

describe('<prossima-map> with a remote directory', () => {
  beforeEach(async () => {
    await clearCopies();
    await serverMode('ok');
  });
  afterEach(async () => {
    unmountAll();
    await fetch('/test-server/release');
    await serverMode('ok');
  });

  it('keeps the last good copy and shows it, marked as possibly out of date, when the server fails', async () => {
    await saveACopy();
    await serverMode('fail');
    const { el, errors } = await mountWithErrors(SRC);
    expect(itemIds(el)).to.have.length(4);
    const notice = part(el, 'error')!.textContent!;
    expect(notice).to.match(/Dati salvati il \d+ \S+ \d{4}: potrebbero non essere aggiornati\./);
    expect(notice).to.contain('(503)');
    expect(errors.some((m) => m.includes('showing the copy saved on'))).to.equal(true);
  });

  it('a document with less than half the services of the copy is shown with a warning, and the copy is kept (issue 17)', async () => {
    await saveACopy();
    await serverMode('shrunk');
    const { el: shrunk, errors } = await mountWithErrors(SRC);
    expect(itemIds(shrunk), 'the new document is shown').to.have.length(1);
    expect(part(shrunk, 'error')!.textContent).to.match(/Questo elenco ha 1 servizi, meno della metà dei 4 della copia salvata il \d+ \S+ \d{4}/);
    expect(errors.some((m) => m.includes('less than half the 4 of the copy saved on')), errors.join(' / ')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const kept = await loadCopy(URL_OF_SRC);
    expect((JSON.parse(kept!.text) as { services: unknown[] }).services, 'the copy is not replaced').to.have.length(4);
    unmountAll();

    await serverMode('fail');
    const fallback = await mount(html`<prossima-map src=${SRC} lang="it" tile-url="none"></prossima-map>`);
    expect(itemIds(fallback), 'the kept copy, when the server then fails').to.have.length(4);
  });

  it('a copy served by the app\'s service worker (X-Prossima-Saved-At) says it may be out of date, with its date (issue 17)', async () => {
    const el = await mount(html`<prossima-map src="/test-server/sw-copy.json" lang="it" tile-url="none"></prossima-map>`);
    expect(itemIds(el)).to.have.length(4);
    expect(part(el, 'error')!.textContent).to.contain('Dati salvati il 30 novembre 2026: potrebbero non essere aggiornati.');
  });

  it('a document that decodes to more than 100,000,000 characters is stopped and refused, naming the limit (issue 17)', async () => {
    const { el, errors } = await mountWithErrors('/test-server/huge.json.gz');
    expect(itemIds(el)).to.have.length(0);
    expect(part(el, 'error')!.textContent).to.contain('Il file ricevuto è troppo grande per essere mostrato.');
    expect(errors.some((m) => m.includes('more than 100,000,000 characters once decoded')), errors.join(' / ')).to.equal(true);
  });

  it('with no copy: a clear error, and a retry button that loads once the server is back', async () => {
    await serverMode('fail');
    const el = await mount(html`<prossima-map src=${SRC} lang="it" tile-url="none"></prossima-map>`);
    expect(itemIds(el)).to.deep.equal([]);
    expect(part(el, 'error')!.textContent).to.contain('Impossibile caricare l’elenco dei servizi.');
    await serverMode('ok');
    const ready = oneEvent(el, 'prossima-ready');
    part(el, 'error')!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await ready;
    await el.updateComplete;
    expect(itemIds(el)).to.have.length(4);
    expect(part(el, 'error')).to.equal(null);
  });

  it('a slow server shows a loading state, not an empty list', async () => {
    await serverMode('hold');
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = document.createElement('prossima-map') as ProssimaMap;
    el.setAttribute('lang', 'it');
    el.setAttribute('tile-url', 'none');
    el.setAttribute('src', SRC);
    const ready = oneEvent(wrapper, 'prossima-ready');
    wrapper.append(el);
    // The request is held by the server until released.
    await waitUntil(() => part(el, 'list')?.textContent?.includes('Caricamento dell’elenco…'), 'loading shown');
    expect(part(el, 'list')!.textContent).not.to.contain('Nessun servizio trovato');
    expect(el.shadowRoot!.querySelector('.list-pane')!.getAttribute('aria-busy')).to.equal('true');
    await fetch('/test-server/release');
    await ready;
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('.list-pane')!.getAttribute('aria-busy')).to.equal('false');
    wrapper.remove();
  });

  it('an invalid new document never replaces the good one on screen', async () => {
    const el = await mount(html`<prossima-map src=${SRC} lang="it" tile-url="none"></prossima-map>`);
    const error = oneEvent(el, 'prossima-error');
    el.src = '/test/fixtures/version2.json';
    await error;
    await el.updateComplete;
    expect(itemIds(el)).to.have.length(4);
    expect(part(el, 'error')!.textContent).to.contain('versione 1');
  });

  it('does nothing heavy until it comes near the viewport: no request, no list, no map', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<div style="height: 4000px"></div>';
    document.body.append(wrapper);
    const el = document.createElement('prossima-map') as ProssimaMap;
    el.setAttribute('tile-url', 'none');
    el.setAttribute('src', `${SRC}?far-below`);
    wrapper.append(el);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const requested = () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('?far-below'));
    expect(requested(), 'no request yet').to.equal(false);
    expect(part(el, 'list')).to.equal(null);
    expect(part(el, 'map')).to.equal(null);
    const ready = oneEvent(el, 'prossima-ready');
    el.scrollIntoView();
    await ready;
    await el.updateComplete;
    expect(requested()).to.equal(true);
    expect(parts(el, 'item')).to.have.length(4);
    wrapper.remove();
  });

  it('on screen from the start, it starts at its first update, not a frame later', async () => {
    const starts = () => performance.getEntriesByName('prossima-map:start').length;
    const before = starts();
    const el = document.createElement('prossima-map') as ProssimaMap;
    el.setAttribute('tile-url', 'none');
    el.setAttribute('src', SRC);
    document.body.prepend(el);
    // No frame in between: the directory request is under way after the first update.
    await el.updateComplete;
    expect(starts(), 'the load started').to.equal(before + 1);
    el.remove();
  });

  describe('a gzip-compressed directory (directory.json.gz)', () => {
    it('is read whatever the server says it is', async () => {
      const el = await mount(html`<prossima-map src="/test-server/directory.json.gz" lang="it" tile-url="none"></prossima-map>`);
      expect(itemIds(el)).to.have.length(4);
      expect(part(el, 'error')).to.equal(null);
    });

    it('is read when the server already decompressed it (Content-Encoding: gzip)', async () => {
      const el = await mount(html`<prossima-map src="/test-server/directory.json.gz?encoding=gzip" lang="it" tile-url="none"></prossima-map>`);
      expect(itemIds(el)).to.have.length(4);
    });

    it('is kept as the offline copy, and read back when the server fails', async () => {
      const src = '/test-server/directory.json.gz';
      await mount(html`<prossima-map src=${src} lang="it" tile-url="none"></prossima-map>`);
      await waitUntil(async () => (await loadCopy(new URL(src, document.baseURI).href)) !== undefined, 'the copy saved');
      unmountAll();
      await serverMode('fail');
      const el = await mount(html`<prossima-map src=${src} lang="it" tile-url="none"></prossima-map>`);
      expect(itemIds(el)).to.have.length(4);
      expect(part(el, 'error')!.textContent).to.match(/Dati salvati il/);
    });

    it('a broken one gets an error naming the file and the problem', async () => {
      const { el, errors } = await mountWithErrors('/test-server/broken.json.gz');
      expect(itemIds(el)).to.deep.equal([]);
      expect(part(el, 'error')).to.not.equal(null);
      expect(errors.some((m) => m.includes('broken.json.gz') && m.includes('could not be decompressed'))).to.equal(true, errors.join('\n'));
    });
  });
});
