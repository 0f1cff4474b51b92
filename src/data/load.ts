import type { ValidationResult } from './types.js';
import { runSteps, runStepsAsync, type ChunkOptions, type Steps } from '../lib/chunked.js';
import { JsonStreamParser, parseJsonSteps, pushSteps } from './parse-json.js';
import { streamBody, UnreadableBodyError } from './read-body.js';
import { DirectoryStream, validateDirectory, validateSteps } from './validate.js';

/** Why a directory document could not be used at all. */
export type LoadFailureReason = 'unreachable' | 'http' | 'not-json' | 'invalid';

export interface LoadFailure {
  readonly ok: false;
  readonly reason: LoadFailureReason;
  /** English, for developers and the console. */
  readonly message: string;
  readonly status?: number;
}

/** A usable directory. */
export type LoadSuccess = Extract<ValidationResult, { ok: true }> & {
  /** Set when this is the saved copy shown because loading `src` failed. */
  readonly stale?: { readonly savedAt: string; readonly failure: LoadFailure };
};

export type LoadResult = LoadSuccess | LoadFailure;

/** A directory document as the server sent it, parsed and validated as it arrived. */
export interface FetchedDocument {
  readonly ok: true;
  /** `finish()` gives the document, or throws why it is not JSON. */
  readonly parser: JsonStreamParser;
  /** The services validated as they were parsed. */
  readonly validation: DirectoryStream;
  /** The same response, unread: kept as the offline copy once the document proves valid. */
  readonly response: Response;
}

/** A request that takes longer than this counts as a server that does not answer. */
export const FETCH_TIMEOUT_MS = 20_000;

/** Validates a directory held in memory (the built-in one, or the `directory` property). */
export function useDirectory(raw: unknown): LoadResult {
  return asLoadResult(validateDirectory(raw), '');
}

/**
 * {@link useDirectory} in slices of about `yieldEvery` ms (see chunked.ts), so that a big
 * directory never blocks input or rendering for long.
 */
export function useDirectoryAsync(raw: unknown, options?: ChunkOptions): Promise<LoadResult> {
  return runStepsAsync(
    (function* () {
      return asLoadResult(yield* validateSteps(raw), '');
    })(),
    options,
  );
}

/**
 * Fetches the directory document at `url` (JSON, or JSON compressed with gzip: see
 * read-body.ts) and parses it as it arrives (see parse-json.ts). Sends no cookies or credentials, revalidates any
 * HTTP-cached copy with the server, and gives up after `timeout` ms. Rejects only when `signal`
 * aborts; every other failure is a `LoadFailure` saying what happened.
 */
export async function fetchDirectory(url: string, signal: AbortSignal, timeout = FETCH_TIMEOUT_MS): Promise<FetchedDocument | LoadFailure> {
  const limited = AbortSignal.any([signal, AbortSignal.timeout(timeout)]);
  const unreachable = (error: unknown): LoadFailure => {
    if (signal.aborted) throw error;
    const why = error instanceof DOMException && error.name === 'TimeoutError' ? `no answer in ${timeout / 1000} s` : String(error);
    return { ok: false, reason: 'unreachable', message: `could not reach ${url}: ${why}` };
  };
  let response: Response;
  try {
    // `no-cache`: always ask the server (a 304 costs a few bytes), so an embed never shows a
    // directory older than the one published, whatever caching headers the host sends.
    response = await fetch(url, {
      signal: limited,
      credentials: 'omit',
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    return unreachable(error);
  }
  if (!response.ok) {
    void response.body?.cancel();
    return { ok: false, reason: 'http', status: response.status, message: `${url} answered HTTP ${response.status}` };
  }
  const copy = response.clone();
  const validation = new DirectoryStream();
  const parser = new JsonStreamParser(validation);
  try {
    await streamBody(response, (piece) => runStepsAsync(pushSteps(parser, piece), { signal }));
    return { ok: true, parser, validation, response: copy };
  } catch (error) {
    void copy.body?.cancel();
    if (error instanceof UnreadableBodyError) return { ok: false, reason: 'not-json', message: `${url}: ${error.message}` };
    return unreachable(error);
  }
}

/** Parses and validates a directory document received as text (from `src` or a saved copy). */
export function parseDirectory(text: string, url: string): LoadResult {
  return runSteps(readSteps(text, validateSteps, url));
}

/**
 * {@link parseDirectory} in slices of about `yieldEvery` ms (see chunked.ts): a 36 MB document
 * is parsed one service at a time, then validated, never blocking the page for long.
 */
export function parseDirectoryAsync(text: string, url: string, options?: ChunkOptions): Promise<LoadResult> {
  return runStepsAsync(readSteps(text, validateSteps, url), options);
}

/** Validates a fetched document in slices (see {@link parseDirectoryAsync}). */
export function readFetchedAsync(fetched: FetchedDocument, url: string, options?: ChunkOptions): Promise<LoadResult> {
  return runStepsAsync(
    readSteps(
      () => fetched.parser.finish(),
      (raw) => fetched.validation.finish(raw),
      url,
    ),
    options,
  );
}

function* readSteps(parse: string | (() => unknown), validate: (raw: unknown) => Steps<ValidationResult>, url: string): Steps<LoadResult> {
  let raw: unknown;
  try {
    raw = typeof parse === 'string' ? yield* parseJsonSteps(parse) : parse();
  } catch (error) {
    return { ok: false, reason: 'not-json', message: `${url} is not valid JSON: ${String(error)}` };
  }
  const result = asLoadResult(yield* validate(raw), url);
  return result.ok ? refuseIfNoneValid(result, url) : result;
}

/**
 * A document whose services are all rejected is broken (a bad edit, a wrong file), not an empty
 * directory: it is refused like one that is not a directory, so the last good copy stands in.
 */
function refuseIfNoneValid(result: LoadSuccess, url: string): LoadResult {
  const first = result.rejected.find((r) => r.kind === 'service');
  if (result.directory.services.length > 0 || first === undefined) return result;
  const count = result.rejected.filter((r) => r.kind === 'service').length;
  const message = `${url}: none of its ${count} services is valid (services[${first.index}]: ${first.message})`;
  return { ok: false, reason: 'invalid', message };
}

function asLoadResult(result: ValidationResult, url: string): LoadResult {
  if (result.ok) return result;
  return { ok: false, reason: 'invalid', message: url ? `${url}: ${result.message}` : result.message };
}
