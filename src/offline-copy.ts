/**
 * The last good copy of each `src` directory, kept in the browser so the widget still shows
 * something when the network or the server fails. Cache Storage where the page allows it
 * (secure contexts), else localStorage (small directories only). Holds only the public directory
 * document and the time it was saved; every failure to store or read (private mode, quota, a
 * blocked API) is silent.
 */

import { readBody } from './data/read-body.js';
import { discard } from './data/request.js';

/** v2 keeps the document as sent, with the time in a header (v1 wrapped it in JSON). */
const CACHE_NAME = 'prossima-map-directories-v2';
const OLD_CACHE_NAMES = ['prossima-map-directories-v1'];
const SAVED_AT_HEADER = 'X-Prossima-Saved-At';
const SERVICES_HEADER = 'X-Prossima-Services';
const STORAGE_PREFIX = 'prossima-map:directory:';
/** localStorage holds about 5 MB per site: bigger documents are not copied there. */
const STORAGE_LIMIT_CHARS = 1_000_000;
/**
 * Copies kept per site: the newest few (a host that adds a version to its `src` at each update
 * would otherwise leave one more copy at each), and in localStorage at most this many characters
 * in all, so the host's own storage keeps its room.
 */
const MAX_COPIES = 4;
const STORAGE_TOTAL_CHARS = 1_500_000;

export interface OfflineCopy {
  /** The directory document as it was received. */
  readonly text: string;
  /** ISO date-time the copy was saved. */
  readonly savedAt: string;
}

/** What is known of a saved copy without reading it: when, and how many valid services it had. */
export interface CopyInfo {
  readonly savedAt: string;
  readonly services?: number;
}

/**
 * Saves the directory document that came in `response` (unread) as the copy of `url`. Cache
 * Storage takes it as it streams in, with no work on the main thread (it matters for a 36 MB
 * directory); localStorage only when it is small.
 */
export async function saveCopy(url: string, response: Response, services?: number, savedAt = new Date().toISOString()): Promise<void> {
  try {
    if ('caches' in globalThis) {
      const cache = await caches.open(CACHE_NAME);
      const headers: Record<string, string> = { 'Content-Type': 'application/json', [SAVED_AT_HEADER]: savedAt };
      if (services !== undefined) headers[SERVICES_HEADER] = String(services);
      await cache.put(url, new Response(response.body, { headers }));
      for (const name of OLD_CACHE_NAMES) await caches.delete(name);
      await evictCached(cache);
      return;
    }
    if (Number(response.headers.get('Content-Length')) > STORAGE_LIMIT_CHARS) {
      discard(response);
      return;
    }
    const text = await readBody(response);
    if (text.length > STORAGE_LIMIT_CHARS) return;
    const copy: OfflineCopy & { services?: number } = { text, savedAt, ...(services !== undefined && { services }) };
    localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify(copy));
    evictStored();
  } catch {
    // No room or no permission: the widget works without a copy.
  }
}

/** The newest MAX_COPIES copies stay; the others go. */
async function evictCached(cache: Cache): Promise<void> {
  const requests = await cache.keys();
  if (requests.length <= MAX_COPIES) return;
  const dated = await Promise.all(
    requests.map(async (request) => ({ request, savedAt: (await cache.match(request))?.headers.get(SAVED_AT_HEADER) ?? '' })),
  );
  dated.sort(newestFirst);
  for (const { request } of dated.slice(MAX_COPIES)) await cache.delete(request);
}

/** The newest copies, at most MAX_COPIES and STORAGE_TOTAL_CHARS characters in all, stay. */
function evictStored(): void {
  const copies = Object.keys(localStorage)
    .filter((key) => key.startsWith(STORAGE_PREFIX))
    .map((key) => {
      const stored = localStorage.getItem(key) ?? '';
      return { key, size: stored.length, savedAt: storedInfo(stored)?.savedAt ?? '' };
    })
    .sort(newestFirst);
  let total = 0;
  copies.forEach((copy, i) => {
    total += copy.size;
    if (i >= MAX_COPIES || (i > 0 && total > STORAGE_TOTAL_CHARS)) localStorage.removeItem(copy.key);
  });
}

/** When the copy of `url` was saved and how many services it had, without reading its document. */
export async function copyInfo(url: string): Promise<CopyInfo | undefined> {
  try {
    if ('caches' in globalThis) {
      const headers = (await (await caches.open(CACHE_NAME)).match(url))?.headers;
      const savedAt = headers?.get(SAVED_AT_HEADER);
      if (!savedAt) return undefined;
      const services = Number(headers?.get(SERVICES_HEADER) ?? NaN);
      return Number.isFinite(services) ? { savedAt, services } : { savedAt };
    }
    const stored = localStorage.getItem(STORAGE_PREFIX + url);
    return stored === null ? undefined : storedInfo(stored);
  } catch {
    return undefined;
  }
}

export async function loadCopy(url: string): Promise<OfflineCopy | undefined> {
  try {
    if ('caches' in globalThis) {
      const response = await (await caches.open(CACHE_NAME)).match(url);
      const savedAt = response?.headers.get(SAVED_AT_HEADER);
      return response && savedAt ? { text: await readBody(response), savedAt } : undefined;
    }
    const stored = localStorage.getItem(STORAGE_PREFIX + url);
    if (stored === null) return undefined;
    const copy: unknown = JSON.parse(stored);
    return isCopy(copy) ? copy : undefined;
  } catch {
    return undefined;
  }
}

/** Removes every saved copy (used by the tests). */
export async function clearCopies(): Promise<void> {
  try {
    if ('caches' in globalThis) for (const name of [CACHE_NAME, ...OLD_CACHE_NAMES]) await caches.delete(name);
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing stored, or storage blocked.
  }
}

/** Newest `savedAt` first (ISO date-times sort as text). */
function newestFirst(a: { savedAt: string }, b: { savedAt: string }): number {
  return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;
}

/**
 * A localStorage copy's date and count, read from the end of its JSON (`{"text":…,"savedAt":…,
 * "services":…}`) without parsing the document in `text` (whose quotes are escaped there).
 */
function storedInfo(stored: string): CopyInfo | undefined {
  const tail = stored.slice(-200);
  const savedAt = /"savedAt":"([^"]*)"/.exec(tail)?.[1];
  if (savedAt === undefined) return undefined;
  const services = /"services":(\d+)\}$/.exec(tail)?.[1];
  return services === undefined ? { savedAt } : { savedAt, services: Number(services) };
}

function isCopy(value: unknown): value is OfflineCopy {
  const copy = value as Partial<OfflineCopy> | null;
  return typeof copy?.text === 'string' && typeof copy.savedAt === 'string';
}
