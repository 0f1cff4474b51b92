/**
 * The last good copy of each `src` directory, kept in the browser so the widget still shows
 * something when the network or the server fails. Cache Storage where the page allows it
 * (secure contexts), else localStorage. Holds only the public directory document and the time
 * it was saved; every failure to store or read (private mode, quota, a blocked API) is silent.
 */

const CACHE_NAME = 'prossima-map-directories-v1';
const STORAGE_PREFIX = 'prossima-map:directory:';

export interface OfflineCopy {
  /** The directory document as it was received. */
  readonly text: string;
  /** ISO date-time the copy was saved. */
  readonly savedAt: string;
}

export async function saveCopy(url: string, text: string, savedAt = new Date().toISOString()): Promise<void> {
  const copy: OfflineCopy = { text, savedAt };
  try {
    if ('caches' in globalThis) {
      const cache = await caches.open(CACHE_NAME);
      await cache.put(url, new Response(JSON.stringify(copy), { headers: { 'Content-Type': 'application/json' } }));
      return;
    }
    localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify(copy));
  } catch {
    // No room or no permission: the widget works without a copy.
  }
}

export async function loadCopy(url: string): Promise<OfflineCopy | undefined> {
  try {
    let stored: string | null = null;
    if ('caches' in globalThis) {
      const response = await (await caches.open(CACHE_NAME)).match(url);
      stored = response ? await response.text() : null;
    } else {
      stored = localStorage.getItem(STORAGE_PREFIX + url);
    }
    if (stored === null) return undefined;
    const copy: unknown = JSON.parse(stored);
    return isCopy(copy) ? copy : undefined;
  } catch {
    return undefined;
  }
}

/** Removes every saved copy (used by tests, and by hosts through `clearOfflineCopies()`). */
export async function clearCopies(): Promise<void> {
  try {
    if ('caches' in globalThis) await caches.delete(CACHE_NAME);
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing stored, or storage blocked.
  }
}

function isCopy(value: unknown): value is OfflineCopy {
  const copy = value as Partial<OfflineCopy> | null;
  return typeof copy?.text === 'string' && typeof copy.savedAt === 'string';
}
