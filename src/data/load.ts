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

export type LoadResult = Extract<ValidationResult, { ok: true }> | LoadFailure;

/** Validates a directory held in memory (the built-in one, or the `directory` property). */
export function useDirectory(raw: unknown): LoadResult {
  const result = validateDirectory(raw);
  return result.ok ? result : { ok: false, reason: 'invalid', message: result.message };
}

/**
 * Fetches and validates the directory at `url`. Sends no cookies or credentials. Rejects only
 * when `signal` aborts; every other failure is a `LoadFailure` saying what happened.
 */
export async function fetchDirectory(url: string, signal: AbortSignal): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, reason: 'unreachable', message: `could not reach ${url}: ${String(error)}` };
  }
  if (!response.ok) {
    return {
      ok: false,
      reason: 'http',
      status: response.status,
      message: `${url} answered HTTP ${response.status}`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, reason: 'not-json', message: `${url} is not valid JSON: ${String(error)}` };
  }
  const result = validateDirectory(raw);
  return result.ok ? result : { ok: false, reason: 'invalid', message: `${url}: ${result.message}` };
}
