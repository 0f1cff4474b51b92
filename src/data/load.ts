import type { ValidationResult } from './types.js';
import { runSteps, runStepsAsync, type ChunkOptions, type Steps } from '../lib/chunked.js';
import { JsonStreamParser, parseJsonSteps, pushSteps } from './parse-json.js';
import { readBody, streamBody, UnreadableBodyError } from './read-body.js';
import { DirectoryStream, validateDirectory, validateSteps } from './validate.js';
import { unreachable, type LoadFailure } from './request.js';

export type { LoadFailure, LoadFailureReason } from './request.js';

/** A usable directory. */
export type LoadSuccess = Extract<ValidationResult, { ok: true }> & {
  /** Set when this is the saved copy shown because loading `src` failed. */
  readonly stale?: { readonly savedAt: string; readonly failure: LoadFailure };
};

export type LoadResult = LoadSuccess | LoadFailure;

/**
 * A directory document as the server sent it: a small one as its whole text (parsed at once by
 * the browser's own JSON parser), a big one parsed and validated as it arrived.
 */
export type FetchedDocument = {
  readonly ok: true;
  /** The same response, unread: kept as the offline copy once the document proves valid. */
  readonly response: Response;
} & (
  | { readonly text: string }
  | {
      /** `finish()` gives the document, or throws why it is not JSON. */
      readonly parser: JsonStreamParser;
      /** The services validated as they were parsed. */
      readonly validation: DirectoryStream;
    }
);

/**
 * Up to this size (the Content-Length the server gives, or the text received so far when it gives
 * none), a document is read whole and parsed by the browser's JSON parser, tens of times faster
 * than the streaming one; bigger, it is parsed as it arrives, so it never needs its whole text in
 * memory.
 */
const WHOLE_TEXT_MAX = 4 * 1024 * 1024;

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
 * Reads the body of a directory response (JSON, or JSON compressed with gzip: see read-body.ts;
 * see requestDirectory() in request.ts for the request). Rejects only when `signal` aborts; every
 * other failure is a `LoadFailure` saying what happened.
 */
export async function readResponse(response: Response, url: string, signal: AbortSignal): Promise<FetchedDocument | LoadFailure> {
  const copy = response.clone();
  const length = Number(response.headers.get('content-length'));
  try {
    if (length > 0 && length <= WHOLE_TEXT_MAX) {
      return { ok: true, text: await readBody(response), response: copy };
    }
    // Of unknown size (a server compressing on the fly sends no Content-Length): held whole while
    // it stays small, and parsed as it arrives only once it proves big.
    let held: string[] | undefined = [];
    let heldLength = 0;
    const validation = new DirectoryStream();
    const parser = new JsonStreamParser(validation);
    await streamBody(response, (piece) => {
      if (held !== undefined) {
        heldLength += piece.length;
        if (heldLength <= WHOLE_TEXT_MAX) {
          held.push(piece);
          return undefined;
        }
        piece = held.join('') + piece;
        held = undefined;
      }
      return runStepsAsync(pushSteps(parser, piece), { signal });
    });
    if (held !== undefined) return { ok: true, text: held.join(''), response: copy };
    return { ok: true, parser, validation, response: copy };
  } catch (error) {
    void copy.body?.cancel();
    if (error instanceof UnreadableBodyError) return { ok: false, reason: 'not-json', message: `${url}: ${error.message}` };
    return unreachable(url, error, signal);
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
  if ('text' in fetched) return parseDirectoryAsync(fetched.text, url, options);
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
