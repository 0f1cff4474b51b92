// Service worker of the PROSSIMA app (demo/app/). Plain, no build step, no library.
//
// - install: precaches the app shell (below) in a versioned cache; if any file cannot be
//   fetched the install fails and the previous version (and its caches) stays in charge.
// - activate: deletes the older versions of this worker's own caches, and nothing else (the
//   widget keeps its directory copies in `prossima-map-directories-v2`: not ours).
// - fetch:
//   - page loads (navigations): network first; when the network fails, answers with a 5xx or
//     is slower than NAVIGATION_TIMEOUT_MS, the cached index.html (the app's page, `./` or
//     `./index.html`, is always fetched and kept as index.html);
//   - the shell files and the script's pieces (dist/pieces/), all listed in dist/pieces.json and
//     precached with the shell, so that every UI language and the list work offline: from the
//     cache at once, refreshed in the background (stale while revalidate), so a new
//     dist/prossima-map.js is used from the next visit;
//   - directory documents (the built-in dist/prossima-directory.json, precached too, and any
//     same-origin `.json` / `.json.gz`): the network first; only an answer that is a directory
//     document is kept; when the network fails, is slow or answers something else, the kept copy,
//     with the time it was stored (X-Prossima-Saved-At), so the widget says it may be out of date;
//   - anything else (map tiles, other origins): not touched.
// Refreshes ask with `cache: 'no-cache'`: the server answers 304 when nothing changed, so an
// unchanged file is not downloaded again (it matters on prepaid data).

/** Bump to replace the caches (e.g. when the shell list changes). */
const VERSION = 'v2';
/** Our caches: `prossima-app-<kind>-<version> <scope>`. The scope keeps two installs of the app on one origin apart. */
const PREFIX = 'prossima-app-';
const SCOPE = self.registration.scope;
const SHELL_CACHE = `${PREFIX}shell-${VERSION} ${SCOPE}`;
const DATA_CACHE = `${PREFIX}data-${VERSION} ${SCOPE}`;

/** What the app needs to open with no network, relative to this file. */
const SHELL = [
  './index.html',
  './manifest.webmanifest',
  './install-help.js',
  './icons/icon.svg',
  './icons/icon-192.png',
  './icons/icon-512.png',
  './icons/maskable-512.png',
  './icons/apple-touch-icon.png',
  '../../dist/prossima-map.js',
].map((path) => new URL(path, self.location.href).href);
/** The list of the script's pieces, written by the build beside it; and their folder. */
const PIECES_LIST = new URL('../../dist/pieces.json', self.location.href).href;
const PIECES = new URL('../../dist/pieces/', self.location.href).href;
/** The directory the app shows: the widget's built-in one, beside the script. */
const BUILTIN_DIRECTORY = new URL('../../dist/prossima-directory.json', self.location.href).href;
const INDEX = new URL('./index.html', self.location.href).href;
const SHELL_URLS = new Set(SHELL);

/** How long a page load waits for the network before the cached page is shown (slow mobile data). */
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll([...SHELL, ...(await pieceUrls())].map((url) => new Request(url, { cache: 'no-cache' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set([SHELL_CACHE, DATA_CACHE]);
      for (const name of await caches.keys()) {
        const ours = name.startsWith(PREFIX) && name.endsWith(` ${SCOPE}`);
        if (ours && !current.has(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (url.href.startsWith(SCOPE)) event.respondWith(networkFirstPage(event));
    return;
  }
  const key = url.origin + url.pathname + url.search;
  if (key === BUILTIN_DIRECTORY) {
    event.respondWith(networkFirstData(event, SHELL_CACHE, key));
  } else if (SHELL_URLS.has(key) || key.startsWith(PIECES)) {
    event.respondWith(staleWhileRevalidate(event, SHELL_CACHE, key));
  } else if (/\.json(\.gz)?$/.test(url.pathname)) {
    event.respondWith(networkFirstData(event, DATA_CACHE, key));
  }
});

/** How long a directory request waits for the network before the kept copy is served. */
const DATA_TIMEOUT_MS = 8000;
/** On a copy served from this worker's cache: when it was stored (the widget then says "may be out of date"). */
const SAVED_AT_HEADER = 'X-Prossima-Saved-At';

/**
 * Directory documents: the network first, and only a document that reads as one is kept (a JSON
 * object of `"version": 1`, or gzip data); when the network fails, is slow, answers with an error
 * or with something else (an HTML maintenance page, a cut file), the kept copy, marked with the
 * time it was stored so the widget says the list may be out of date. A corrected file is used at
 * the next visit.
 */
async function networkFirstData(event, cacheName, key) {
  const cache = await caches.open(cacheName);
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(resolve, DATA_TIMEOUT_MS, 'slow');
  });
  const network = fetch(new Request(event.request, { cache: 'no-cache' })).then(async (response) => {
    if (!response.ok || response.type !== 'basic') return { response, good: false };
    const body = await response.clone().arrayBuffer();
    if (!isDirectoryDocument(new Uint8Array(body), key)) return { response, good: false };
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT_HEADER, new Date().toISOString());
    await cache.put(key, new Response(body, { status: 200, headers }));
    return { response, good: true };
  });
  event.waitUntil(network.catch(() => undefined));
  try {
    const first = await Promise.race([network, slow]);
    if (first !== 'slow' && first.good) return first.response;
    const copy = await cache.match(key, { ignoreVary: true });
    if (copy !== undefined) return copy;
    return first === 'slow' ? (await network).response : first.response;
  } catch (error) {
    const copy = await cache.match(key, { ignoreVary: true });
    if (copy !== undefined) return copy;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether `bytes` hold a directory document (or the widget's details file): JSON with version 1, or gzip. */
function isDirectoryDocument(bytes, key) {
  try {
    if (key.endsWith('.gz')) return bytes[0] === 0x1f && bytes[1] === 0x8b;
    const document = JSON.parse(new TextDecoder().decode(bytes));
    return typeof document === 'object' && document !== null && document.version === 1;
  } catch {
    return false;
  }
}

/** The pieces of the script and its directory, from dist/pieces.json (none when a build has no such list). */
async function pieceUrls() {
  const response = await fetch(new Request(PIECES_LIST, { cache: 'no-cache' }));
  if (!response.ok) return [];
  const pieces = await response.json();
  return Array.isArray(pieces) ? pieces.map((path) => new URL(path, PIECES_LIST).href) : [];
}

/** True for the page itself (`./`, `./index.html`, with any query). */
function isAppPage(url) {
  return url.origin + url.pathname === SCOPE || url.origin + url.pathname === INDEX;
}

/**
 * Page loads. The app's own page is always index.html, fetched by that name: a server that
 * maps `./` to something else (the dev server's SPA fallback does) cannot swap it.
 */
async function networkFirstPage(event) {
  const url = new URL(event.request.url);
  const appPage = isAppPage(url);
  const network = fetch(appPage ? new Request(INDEX, { cache: 'no-cache' }) : event.request).then(async (response) => {
    if (response.status >= 500) throw new Error(`server answered ${response.status}`);
    if (appPage && response.ok) {
      const cache = await caches.open(SHELL_CACHE);
      await cache.put(INDEX, response.clone());
    }
    return plain(response);
  });
  // The refresh of the cached page may finish after the cached page was shown.
  event.waitUntil(network.catch(() => undefined));
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(resolve, NAVIGATION_TIMEOUT_MS, 'slow');
  });
  try {
    const first = await Promise.race([network, slow]);
    if (first !== 'slow') return first;
    return (await cachedPage()) ?? (await network);
  } catch (error) {
    const cached = await cachedPage();
    if (cached !== undefined) return cached;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function cachedPage() {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(INDEX, { ignoreVary: true });
  return cached === undefined ? undefined : plain(cached);
}

/** A page load may not be answered with a response that went through a redirect: copy it. */
async function plain(response) {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

/** The cached copy at once when there is one, and a refreshed copy for the next time. */
async function staleWhileRevalidate(event, cacheName, key) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(key, { ignoreVary: true });
  const refresh = fetch(new Request(event.request, { cache: 'no-cache' })).then(async (response) => {
    if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
    return response;
  });
  if (cached === undefined) return refresh;
  event.waitUntil(refresh.catch(() => undefined));
  return cached;
}
