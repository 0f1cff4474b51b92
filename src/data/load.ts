import type { ValidationResult } from './types.js';
import { validateDirectory } from './validate.js';

/** Why a directory document could not be used at all. */
export type LoadFailureReason = 'unreachable' | 'http' | 'not-json' | 'invalid';

export interface LoadFailure {
  readonly ok: false;
  readonly reason: LoadFailureReason;
  /** English, for developers and the console. */
  readonly message: string;
  readonly status?: number;
}

/** A usable directory; `text` is the document as received from `src`. */
export type LoadSuccess = Extract<ValidationResult, { ok: true }> & {
  readonly text?: string;
  /** Set when this is the saved copy shown because loading `src` failed. */
  readonly stale?: { readonly savedAt: string; readonly failure: LoadFailure };
};

export type LoadResult = LoadSuccess | LoadFailure;

/** A request that takes longer than this counts as a server that does not answer. */
export const FETCH_TIMEOUT_MS = 20_000;

/** Validates a directory held in memory (the built-in one, or the `directory` property). */
export function useDirectory(raw: unknown): LoadResult {
  const result = validateDirectory(raw);
  return result.ok ? result : { ok: false, reason: 'invalid', message: result.message };
}

/**
 * Fetches and validates the directory at `url`. Sends no cookies or credentials, revalidates
 * any HTTP-cached copy with the server, and gives up after
 * `timeout` ms. Rejects only when `signal` aborts; every other failure is a `LoadFailure`
 * saying what happened.
 */
export async function fetchDirectory(url: string, signal: AbortSignal, timeout = FETCH_TIMEOUT_MS): Promise<LoadResult> {
  let response: Response;
  let text: string;
  try {
    const limited = AbortSignal.any([signal, AbortSignal.timeout(timeout)]);
    // `no-cache`: always ask the server (a 304 costs a few bytes), so an embed never shows a
    // directory older than the one published, whatever caching headers the host sends.
    response = await fetch(url, {
      signal: limited,
      credentials: 'omit',
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    });
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    const why = error instanceof DOMException && error.name === 'TimeoutError' ? `no answer in ${timeout / 1000} s` : String(error);
    return { ok: false, reason: 'unreachable', message: `could not reach ${url}: ${why}` };
  }
  if (!response.ok) {
    return {
      ok: false,
      reason: 'http',
      status: response.status,
      message: `${url} answered HTTP ${response.status}`,
    };
  }
  return parseDirectory(text, url);
}

/** Parses and validates a directory document received as text (from `src` or a saved copy). */
export function parseDirectory(text: string, url: string): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not-json', message: `${url} is not valid JSON: ${String(error)}` };
  }
  const result = validateDirectory(raw);
  return result.ok ? { ...result, text } : { ok: false, reason: 'invalid', message: `${url}: ${result.message}` };
}
