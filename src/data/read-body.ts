/**
 * The text of a directory response, plain or gzip-compressed, a piece at a time as it arrives.
 * A directory published as `directory.json.gz` is about 7 times smaller than its JSON (50,000
 * services: 5 MB instead of 36 MB) whether or not the web server compresses JSON itself; the
 * widget recognises it by its first bytes, so the file name and the Content-Type do not matter,
 * and a server that already decompressed it (`Content-Encoding: gzip`) is handled too.
 * Decompression and decoding work as the bytes arrive, never blocking the page.
 */

import { pause } from '../lib/chunked.js';

/** The first two bytes of every gzip stream. */
const GZIP_MAGIC = [0x1f, 0x8b];

export class UnreadableBodyError extends Error {}

/**
 * The most text a directory may decode to: nearly three times the 36.5 MB of JSON of 50,000
 * services (which pass), and far below what would exhaust a phone (a 2.9 MB gzip can hold 3 GB
 * of whitespace). Past it the download is stopped and the directory refused, naming the limit.
 */
export const MAX_DECODED_CHARS = 100_000_000;

/**
 * Compressed bytes handed to the decompressor at a time. Gzip expands up to about 1,030 times,
 * all at once for each piece it is given: a 64 KB piece of a 3 GB gzip of spaces is 66 MB of
 * text in one task. In slices of 2 KB, each step makes at most about 2 MB, and the limit above
 * stops the download within a step of it.
 */
const GZIP_SLICE = 2048;

/** Decoded characters between two pauses, when the bytes come faster than they are read. */
const CHARS_BETWEEN_PAUSES = 4 * 1024 * 1024;

/** The body decodes to more than MAX_DECODED_CHARS. */
export class TooBigBodyError extends Error {
  constructor() {
    super(`the directory is more than ${MAX_DECODED_CHARS.toLocaleString('en')} characters once decoded, more than this widget reads; publish it split into smaller directories`);
  }
}

/**
 * Hands the decoded text of `response` (UTF-8, a BOM dropped) to `sink`, piece by piece; waits
 * for what `sink` returns before reading on.
 */
export async function streamBody(response: Response, sink: (piece: string) => unknown): Promise<void> {
  if (response.body === null) return;
  const reader = response.body.getReader();
  const first = await reader.read();
  let rest = first.value;
  const gzip = rest !== undefined && rest.length >= 2 && rest[0] === GZIP_MAGIC[0] && rest[1] === GZIP_MAGIC[1];
  let ended = first.done;
  // The bytes as they come; compressed ones a small slice at a time (see GZIP_SLICE).
  const whole = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (rest === undefined || rest.length === 0) {
        const next = ended ? undefined : await reader.read();
        if (next === undefined || next.done) {
          controller.close();
          return;
        }
        rest = next.value;
      }
      const size = gzip ? GZIP_SLICE : rest.length;
      controller.enqueue(rest.subarray(0, size));
      rest = rest.subarray(size);
    },
    cancel(reason) {
      ended = true;
      return reader.cancel(reason);
    },
  });
  let bytes = whole;
  if (gzip) {
    if (typeof DecompressionStream !== 'function') {
      void whole.cancel().catch(() => undefined);
      throw new UnreadableBodyError('the directory is gzip-compressed and this browser cannot decompress it (no DecompressionStream)');
    }
    bytes = whole.pipeThrough(asPair<Uint8Array, Uint8Array>(new DecompressionStream('gzip')));
  }
  const text = bytes.pipeThrough(asPair<Uint8Array, string>(new TextDecoderStream())).getReader();
  let decoded = 0;
  let sincePause = 0;
  try {
    for (;;) {
      const { done, value } = await text.read();
      if (done) return;
      decoded += value.length;
      if (decoded > MAX_DECODED_CHARS) throw new TooBigBodyError();
      await sink(value);
      // Bytes already received decode without a pause of their own: the page gets its turn.
      sincePause += value.length;
      if (sincePause >= CHARS_BETWEEN_PAUSES) {
        sincePause = 0;
        await pause();
      }
    }
  } catch (error) {
    void text.cancel().catch(() => undefined); // the download stops too
    if (gzip && error instanceof TypeError) throw new UnreadableBodyError(`the directory looks gzip-compressed but could not be decompressed: ${String(error)}`);
    throw error;
  }
}

/**
 * The whole decoded text of `response` (see {@link streamBody}). A plain body is read in one go
 * and decoded at once, without the streams a compressed one goes through.
 */
export async function readBody(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!(bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1])) {
    // UTF-8 never decodes to more characters than it has bytes.
    if (bytes.length > MAX_DECODED_CHARS) throw new TooBigBodyError();
    return new TextDecoder().decode(bytes);
  }
  const pieces: string[] = [];
  await streamBody(new Response(bytes), (piece) => pieces.push(piece));
  return pieces.join('');
}

/** TypeScript's DOM types disagree with themselves on the chunk types of these streams. */
function asPair<In, Out>(stream: GenericTransformStream): ReadableWritablePair<Out, In> {
  return stream as unknown as ReadableWritablePair<Out, In>;
}
