import type { ValidationResult } from './types.js';
import { runSteps, runStepsAsync, type ChunkOptions, type Steps } from '../lib/chunked.js';
import type { JsonStreamParser } from './parse-json.js';
import type { DirectoryStream } from './directory-stream.js';
import { readBody, streamBody, TooBigBodyError, UnreadableBodyError } from './read-body.js';
import { validateDirectory, validateSteps } from './validate.js';
import { discard, unreachable, type LoadFailure } from './request.js';
import { checkNesting, TooDeepError } from './nesting.js';

export type { LoadFailure, LoadFailureReason } from './request.js';

/** A usable directory. */
export type LoadSuccess = Extract<ValidationResult, { ok: true }> & {
  /** Set when this is the saved copy shown because loading `src` failed. */
  readonly stale?: { readonly savedAt: string; readonly failure: LoadFailure };
  /**
   * Set when this fresh document has less than half the services of the last good copy (saved at
   * `savedAt`, with `services` of them): it is shown, with a warning, and the copy is kept.
   */
  readonly shrunk?: { readonly savedAt: string; readonly services: number };
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
/** Below this many characters one `JSON.parse` is quick enough (a few milliseconds). */
const SMALL_TEXT = 256 * 1024;

/** The streaming parser and validation, a piece of their own: only a big document needs them. */
const streamReader = () => import('../stream-reader.js');

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
    let held: string[] = [];
    let heldLength = 0;
    let stream: Stream | undefined;
    let streamable = true;
    await streamBody(response, async (piece) => {
      if (stream === undefined) {
        held.push(piece);
        heldLength += piece.length;
        if (heldLength <= WHOLE_TEXT_MAX || !streamable) return;
        stream = await startStream();
        // Without the streaming piece the text is held whole: slower to parse, but shown.
        streamable = stream !== undefined;
        if (stream === undefined) return;
        piece = held.join('');
        held = [];
      }
      await runStepsAsync(stream.pushSteps(stream.parser, piece), { signal });
      stream.parser.throwIfRefused();
    });
    if (stream === undefined) return { ok: true, text: held.join(''), response: copy };
    return { ok: true, parser: stream.parser, validation: stream.validation, response: copy };
  } catch (error) {
    discard(copy);
    if (error instanceof TooBigBodyError) return { ok: false, reason: 'too-big', message: `${url}: ${error.message}` };
    if (error instanceof UnreadableBodyError) return { ok: false, reason: 'not-json', message: `${url}: ${error.message}` };
    if (error instanceof TooDeepError) return tooDeep(url, error);
    return unreachable(url, error, signal);
  }
}

/** A document being parsed and validated as it arrives. */

type Stream = NonNullable<Awaited<ReturnType<typeof startStream>>>;

/** Undefined when the streaming piece cannot be loaded (offline, a host that copied only the entry). */
async function startStream() {
  const piece = await streamReader().catch(() => undefined);
  if (piece === undefined) return undefined;
  const validation = new piece.DirectoryStream();
  return { parser: new piece.JsonStreamParser(validation), validation, pushSteps: piece.pushSteps };
}

/** Parses and validates a directory document received as text (from `src` or a saved copy). */
export function parseDirectory(text: string, url: string): LoadResult {
  return runSteps(readSteps(() => parseWhole(text), validateSteps, url));
}

/**
 * {@link parseDirectory} in slices of about `yieldEvery` ms (see chunked.ts): a 36 MB document
 * is parsed one service at a time, then validated, never blocking the page for long.
 */
export async function parseDirectoryAsync(text: string, url: string, options?: ChunkOptions): Promise<LoadResult> {
  // A big text is parsed in steps by the streaming piece; without it, by one JSON.parse.
  const piece = text.length < SMALL_TEXT ? undefined : await streamReader().catch(() => undefined);
  const parse = piece ? piece.parseJsonSteps(text) : () => parseWhole(text);
  return runStepsAsync(readSteps(parse, validateSteps, url), options);
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

/** `parse`: the parsing, in steps or in one go. */
function* readSteps(parse: Steps<unknown> | (() => unknown), validate: (raw: unknown) => Steps<ValidationResult>, url: string): Steps<LoadResult> {
  let raw: unknown;
  try {
    raw = typeof parse === 'function' ? parse() : yield* parse;
  } catch (error) {
    if (error instanceof TooDeepError) return tooDeep(url, error);
    return { ok: false, reason: 'not-json', message: `${url} is not valid JSON: ${String(error)}` };
  }
  const result = asLoadResult(yield* validate(raw), url);
  return result.ok ? refuseIfNoneValid(result, url) : result;
}

/** A document nested too deep is not a directory: refused as one that is not. */
function tooDeep(url: string, error: TooDeepError): LoadFailure {
  return { ok: false, reason: 'invalid', message: `${url}: ${error.message}` };
}

/** `JSON.parse`, once the text proves no deeper than a directory may be (see nesting.ts). */
function parseWhole(text: string): unknown {
  checkNesting(text);
  return JSON.parse(text);
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
