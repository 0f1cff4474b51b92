/**
 * The last good copy of each `src` directory, kept in the browser so the widget still shows
 * something when the network or the server fails. Cache Storage where the page allows it
 * (secure contexts), else localStorage (small directories only). Holds only the public directory
 * document and the time it was saved; every failure to store or read (private mode, quota, a
 * blocked API) is silent.
 */

import { readBody } from './data/read-body.js';

/** v2 keeps the document as sent, with the time in a header (v1 wrapped it in JSON). */
const CACHE_NAME = 'prossima-map-directories-v2';
const OLD_CACHE_NAMES = ['prossima-map-directories-v1'];
const SAVED_AT_HEADER = 'X-Prossima-Saved-At';
const STORAGE_PREFIX = 'prossima-map:directory:';
/** localStorage holds about 5 MB per site: bigger documents are not copied there. */
const STORAGE_LIMIT_CHARS = 1_000_000;

export interface OfflineCopy {
  /** The directory document as it was received. */
  readonly text: string;
  /** ISO date-time the copy was saved. */
  readonly savedAt: string;
}

/**
 * Saves the directory document that came in `response` (unread) as the copy of `url`. Cache
 * Storage takes it as it streams in, with no work on the main thread (it matters for a 36 MB
 * directory); localStorage only when it is small.
 */
export async function saveCopy(url: string, response: Response, savedAt = new Date().toISOString()): Promise<void> {
  try {
    if ('caches' in globalThis) {
      const cache = await caches.open(CACHE_NAME);
      const headers = { 'Content-Type': 'application/json', [SAVED_AT_HEADER]: savedAt };
      await cache.put(url, new Response(response.body, { headers }));
      for (const name of OLD_CACHE_NAMES) await caches.delete(name);
      return;
    }
    if (Number(response.headers.get('Content-Length')) > STORAGE_LIMIT_CHARS) {
      void response.body?.cancel();
      return;
    }
    const text = await readBody(response);
    if (text.length > STORAGE_LIMIT_CHARS) return;
    const copy: OfflineCopy = { text, savedAt };
    localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify(copy));
  } catch {
    // No room or no permission: the widget works without a copy.
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

function isCopy(value: unknown): value is OfflineCopy {
  const copy = value as Partial<OfflineCopy> | null;
  return typeof copy?.text === 'string' && typeof copy.savedAt === 'string';
}
