/**
 * `JSON.parse` of a directory document in steps, so that a big directory (50,000 services are
 * about 36 MB of JSON) never blocks the page for the hundreds of milliseconds one `JSON.parse`
 * takes. The `services` list, nearly all of such a document, is found by a light scan and parsed
 * one entry at a time; the rest of the document is parsed whole. Anything unexpected (malformed
 * JSON, no `services` list, a repeated key) falls back to one `JSON.parse` of the whole text, so
 * the result, and the error for broken JSON, are always exactly `JSON.parse`'s.
 */
import type { Steps } from './chunked.js';

/** Below this many characters one `JSON.parse` is quick enough (a few milliseconds). */
const SMALL_DOCUMENT = 256 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;

/** Where the top-level `services` list sits in the text, and its entries, parsed. */
interface ServicesSpan {
  /** Index of its `[`. */
  readonly open: number;
  /** Index of its `]`. */
  readonly close: number;
  readonly entries: unknown[];
}

/** The same value as `JSON.parse(text)` (or the same exception), computed in steps. */
export function* parseJsonSteps(text: string): Steps<unknown> {
  if (text.length < SMALL_DOCUMENT) return JSON.parse(text);
  let span: ServicesSpan | undefined;
  try {
    span = yield* scanServices(text);
  } catch {
    span = undefined;
  }
  if (span === undefined) return JSON.parse(text);
  let outline: unknown;
  try {
    outline = JSON.parse(text.slice(0, span.open + 1) + text.slice(span.close));
  } catch {
    return JSON.parse(text);
  }
  const services = (outline as { services?: unknown } | null)?.services;
  // Another "services" key later in the document would have replaced the list: let JSON.parse decide.
  if (!Array.isArray(services) || services.length > 0) return JSON.parse(text);
  (outline as { services: unknown[] }).services = span.entries;
  return outline;
}

/**
 * Walks the text once, jumping over strings, to find the top-level `"services": [ … ]` and parse
 * each of its entries. Undefined when the document is not an object holding such a list; throws
 * when an entry is not valid JSON (the caller then lets `JSON.parse` report it).
 */
function* scanServices(text: string): Steps<ServicesSpan | undefined> {
  let depth = 0;
  let open = -1;
  let entryStart = -1;
  const entries: unknown[] = [];
  if (firstNonSpace(text, 0) !== OPEN_OBJECT) return undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = stringEnd(text, i);
      if (i < 0) return undefined;
    } else if (code === OPEN_OBJECT || code === OPEN_LIST) {
      depth++;
      if (depth === 2 && code === OPEN_LIST && isServicesKeyBefore(text, i)) {
        if (open >= 0) return undefined; // a second "services" list
        open = i;
        entryStart = i + 1;
      }
    } else if (code === CLOSE_OBJECT || code === CLOSE_LIST) {
      if (depth === 2 && entryStart >= 0 && code === CLOSE_LIST) {
        const last = text.slice(entryStart, i);
        // `[]` and `[ ]` hold no entry; an empty entry after a comma is a syntax error.
        if (entries.length > 0 || last.trim() !== '') entries.push(JSON.parse(last));
        const span = { open, close: i, entries };
        entryStart = -1;
        depth--;
        // Keep scanning: the rest must be well formed, and must not hold another list.
        for (let j = i + 1; j < text.length; j++) {
          const c = text.charCodeAt(j);
          if (c === QUOTE) {
            j = stringEnd(text, j);
            if (j < 0) return undefined;
          } else if (c === OPEN_LIST && depth === 1 && isServicesKeyBefore(text, j)) {
            return undefined;
          } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
            depth++;
          } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
            depth--;
          }
        }
        return span;
      }
      depth--;
      if (depth < 0) return undefined;
    } else if (code === COMMA && depth === 2 && entryStart >= 0) {
      entries.push(JSON.parse(text.slice(entryStart, i)));
      entryStart = i + 1;
      yield;
    }
  }
  return undefined;
}

/** Index of the quote closing the string that opens at `start`; -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/** True when the `[` at `at` follows `"services" :` (spaces allowed). */
function isServicesKeyBefore(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  if (text.charCodeAt(j) !== 0x3a) return false; // ':'
  j--;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  const key = '"services"';
  return text.startsWith(key, j - key.length + 1) && text.charCodeAt(j - key.length) !== BACKSLASH;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
