
/** Why a directory document could not be used at all. */
export type LoadFailureReason = 'unreachable' | 'http' | 'not-json' | 'invalid' | 'too-big' | 'too-slow';

export interface LoadFailure {
  readonly ok: false;
  readonly reason: LoadFailureReason;
  /** English, for developers and the console. */
  readonly message: string;
  readonly status?: number;
}

/** A request that takes longer than this counts as a server that does not answer. */
export const FETCH_TIMEOUT_MS = 20_000;

/**
 * From the request to the verdict on what came (the document downloaded, read and checked, or
 * refused): past this the load is given up as 'too-slow' and the last good copy stands in. The
 * request's own {@link FETCH_TIMEOUT_MS} ends a silent or slow server sooner; this bounds the
 * whole, the work on the phone included (50,000 services are shown 3.9 s after navigation on
 * the bench's desktop, bench/RESULTS.md: a phone five times slower stays within it).
 */
export const VERDICT_TIMEOUT_MS = 30_000;

/** The failure of a load given up at `timeout` ms (see {@link VERDICT_TIMEOUT_MS}). */
export function tooSlow(url: string, timeout: number): LoadFailure {
  return {
    ok: false,
    reason: 'too-slow',
    message: `${url}: no verdict in ${timeout / 1000} s: downloading, reading and checking the directory took longer, and the widget gave up (a faster server or a smaller directory would load in time)`,
  };
}

/** The server's answer to a directory request: the response, its body still to read. */
export interface DirectoryResponse {
  readonly ok: true;
  readonly response: Response;
}

/**
 * Asks for the directory document at `url`. In the entry, apart from the reader (load.ts, a piece),
 * so that the request leaves at once while the reader is on its way. Sends no cookies or
 * credentials, revalidates any HTTP-cached copy with the server, and gives up after `timeout` ms
 * (the body's download included). Rejects only when `signal` aborts; every other failure is a
 * `LoadFailure` saying what happened.
 */
export async function requestDirectory(url: string, signal: AbortSignal, timeout = FETCH_TIMEOUT_MS): Promise<DirectoryResponse | LoadFailure> {
  let response: Response;
  try {
    // `no-cache`: always ask the server (a 304 costs a few bytes), so an embed never shows a
    // directory older than the one published, whatever caching headers the host sends.
    response = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeout)]),
      credentials: 'omit',
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    return unreachable(url, error, signal, timeout);
  }
  if (!response.ok) {
    discard(response);
    return { ok: false, reason: 'http', status: response.status, message: `${url} answered HTTP ${response.status}` };
  }
  return { ok: true, response };
}

/** The failure of a request that got no (whole) answer; rethrows when `signal` aborted it. */
export function unreachable(url: string, error: unknown, signal: AbortSignal, timeout = FETCH_TIMEOUT_MS): LoadFailure {
  if (signal.aborted) throw error;
  const why = error instanceof DOMException && error.name === 'TimeoutError' ? `no answer in ${timeout / 1000} s` : String(error);
  return { ok: false, reason: 'unreachable', message: `could not reach ${url}: ${why}` };
}

/**
 * Drops the unread body of `response` (the download stops). A body already failed (the deadline
 * aborted its request) cannot be cancelled: that is not an error worth reporting.
 */
export function discard(response: Response | undefined): void {
  response?.body?.cancel().catch(() => undefined);
}
