/**
 * `JSON.parse` of a directory document a piece at a time, so that a big directory (50,000
 * services are about 36 MB of JSON) never blocks the page for the hundreds of milliseconds one
 * `JSON.parse` takes, and is parsed while it downloads. The `services` list, nearly all of such a
 * document, is found by a light scan and parsed one entry at a time as the text arrives; the rest
 * of the document is parsed whole at the end. Anything unexpected (malformed JSON, no `services`
 * list, a repeated key) falls back to one `JSON.parse` of the whole text, so the result, and the
 * error for broken JSON, are always exactly `JSON.parse`'s. A document nested deeper than
 * MAX_NESTING (nesting.ts) is refused as the scan meets it: `finish` throws `TooDeepError`. An
 * entry of the services list longer than MAX_ENTRY_CHARS (oversized.ts) is not parsed: it is
 * given as an `OversizedEntry`, which the validator rejects (only there does the result differ
 * from `JSON.parse`'s).
 */
import type { Steps } from '../lib/chunked.js';
import { BACKSLASH, checkNesting, CLOSE_LIST, CLOSE_OBJECT, MAX_NESTING, OPEN_LIST, OPEN_OBJECT, QUOTE, TooDeepError } from './nesting.js';
import { MAX_ENTRY_CHARS, OversizedEntry } from './oversized.js';

/** Characters handed to the parser between two pauses of {@link parseJsonSteps}. */
const CHARACTERS_PER_STEP = 64 * 1024;

const COMMA = 0x2c;

/**
 * The same value as `JSON.parse(text)` (or the same exception), computed in steps: for a big
 * text (a small one is quicker in one `JSON.parse`: see load.ts).
 */
export function* parseJsonSteps(text: string): Steps<unknown> {
  const parser = new JsonStreamParser();
  yield* pushSteps(parser, text);
  return parser.finish();
}

/** Pushes `text` to `parser` in slices, pausing between them: a network piece can be megabytes. */
export function* pushSteps(parser: JsonStreamParser, text: string): Steps<void> {
  for (let at = 0; at < text.length; at += CHARACTERS_PER_STEP) {
    parser.push(text.slice(at, at + CHARACTERS_PER_STEP));
    yield;
  }
}

/** Who hears of the services list as it is parsed (to validate it as it downloads). */
export interface ServicesListener {
  /** The document up to its services list, the list closed empty; undefined if that is not JSON. */
  begin(outline: unknown): void;
  /** Each service, in order, as soon as it is parsed. */
  add(entry: unknown): void;
}

/**
 * Parses a JSON document given in pieces (as it downloads): `push` each piece of text, then
 * `finish` returns what `JSON.parse` of the whole text returns, or throws what it throws.
 *
 * Each piece is scanned once, on its own: the text not consumed yet is kept as a list of pieces
 * and joined only when an entry (or the outline) is complete, so the work is linear in the
 * length of the document even when one value (a 20 MB string) spans many pieces.
 */
export class JsonStreamParser {
  constructor(private readonly listener?: ServicesListener) {}

  /** Every piece pushed, for the fallback. */
  private readonly pieces: string[] = [];
  /**
   * Text not consumed yet, in pieces: the whole document until the services list starts, then
   * from the current entry, then (after the list) the rest of the document.
   */
  private pending: string[] = [];
  /** The last characters scanned, to look back for `"services" :` before a `[`. */
  private recent = '';
  private depth = 0;
  private inString = false;
  /** In a string, the last character was a backslash that escapes the next one. */
  private escaped = false;
  private started = false;
  private stage: 'outline' | 'services' | 'rest' | 'fallback' = 'outline';
  /** Where the scan found the nesting deeper than MAX_NESTING (-1: not found). */
  private tooDeepAt = -1;
  /** Characters scanned in the pieces before the current one. */
  private scanned = 0;
  /** Set while the current entry, too long to parse, is scanned to its end without being kept. */
  private skipping = false;
  /** Characters of the entry being skipped, so far. */
  private skipped = 0;
  /** The document up to the services list's `[`, included. */
  private head = '';
  private readonly entries: unknown[] = [];

  push(piece: string): void {
    if (this.tooDeepAt >= 0) return; // refused: nothing more is kept
    this.pieces.push(piece);
    if (this.stage === 'fallback') return;
    try {
      this.scan(piece);
    } catch {
      this.stage = 'fallback'; // an entry that is not valid JSON: JSON.parse will say where
    }
  }

  /** Throws `TooDeepError` once the text scanned so far is nested too deep: reading on is useless. */
  throwIfRefused(): void {
    if (this.tooDeepAt >= 0) throw new TooDeepError(this.tooDeepAt);
  }

  finish(): unknown {
    this.throwIfRefused();
    if (this.stage === 'rest' && !this.inString) {
      let outline: { services?: unknown } | null = null;
      try {
        outline = JSON.parse(this.head + this.pending.join('')) as { services?: unknown } | null;
      } catch {
        outline = null;
      }
      // Another "services" key later on would have replaced the list: JSON.parse decides then.
      if (Array.isArray(outline?.services) && outline.services.length === 0) {
        outline.services = this.entries;
        return outline;
      }
    }
    // The scan may have stopped early (an entry that is not JSON): the whole text is checked.
    const text = this.pieces.join('');
    checkNesting(text);
    return JSON.parse(text);
  }

  private addEntry(entry: unknown): void {
    this.entries.push(entry);
    this.listener?.add(entry);
  }

  /** The entries complete before `end` of `text` (the pending text first), parsed together; nothing stays pending. */
  private takeEntries(text: string, from: number, end: number): void {
    const batch = JSON.parse(`[${this.pending.join('')}${text.slice(from, end)}]`) as unknown[];
    for (const entry of batch) this.addEntry(entry);
    this.pending = [];
  }

  private pendingFrom(text: string, from: number): void {
    if (from < text.length) this.pending.push(from === 0 ? text : text.slice(from));
  }

  /** The entry under way in the services list has grown past MAX_ENTRY_CHARS: its text is dropped, the rest of it skipped. */
  private skipIfOversized(): void {
    if (this.stage !== 'services') return;
    let length = 0;
    for (const piece of this.pending) length += piece.length;
    if (length <= MAX_ENTRY_CHARS) return;
    this.skipping = true;
    this.skipped = length;
    this.pending = [];
  }

  /** The entry being skipped ends after `more` characters of this piece. */
  private endSkipped(more: number): void {
    this.addEntry(new OversizedEntry(this.skipped + more));
    this.skipping = false;
    this.skipped = 0;
  }

  private scan(text: string): void {
    this.backslashAt = UNKNOWN;
    if (!this.started) {
      if (text.trim() === '') {
        this.pending.push(text);
        this.scanned += text.length;
        return;
      }
      this.started = true;
      if (firstNonSpace(text) !== OPEN_OBJECT) {
        this.stage = 'fallback';
        return;
      }
    }
    /** Where the text not consumed yet starts in this piece (the rest is in `pending`). */
    let keepFrom = 0;
    /** The last comma between two services in this piece: the entries before it are complete. */
    let lastComma = -1;
    let i = 0;
    for (; i < text.length; i++) {
      if (this.inString) {
        const end = this.stringEnd(text, i);
        if (end < 0) {
          i = text.length;
          break;
        }
        i = end;
        this.inString = false;
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === QUOTE) {
        this.inString = true;
        this.escaped = false;
      } else if (code === OPEN_OBJECT || code === OPEN_LIST) {
        if (++this.depth > MAX_NESTING) {
          this.tooDeepAt = this.scanned + i;
          this.stage = 'fallback';
          return;
        }
        const look = i >= LOOK_BACK ? text.slice(i - LOOK_BACK, i + 1) : this.recent + text.slice(0, i + 1);
        if (this.depth === 2 && code === OPEN_LIST && isServicesKeyBefore(look, look.length - 1)) {
          if (this.stage !== 'outline') {
            this.stage = 'fallback'; // a second "services" list
            return;
          }
          this.stage = 'services';
          this.head = this.pending.join('') + text.slice(0, i + 1);
          this.pending = [];
          keepFrom = i + 1;
          this.listener?.begin(parseOrUndefined(`${this.head}]}`));
        }
      } else if (code === CLOSE_OBJECT || code === CLOSE_LIST) {
        if (this.stage === 'services' && this.depth === 2) {
          if (code !== CLOSE_LIST) {
            this.stage = 'fallback'; // `}` closing a list: broken JSON
            return;
          }
          if (this.skipping) {
            this.endSkipped(i - keepFrom);
          } else {
            if (lastComma >= 0) {
              this.takeEntries(text, keepFrom, lastComma);
              keepFrom = lastComma + 1;
              lastComma = -1;
            }
            const last = this.pending.join('') + text.slice(keepFrom, i);
            // `[]` and `[ ]` hold no entry; an empty entry after a comma is a syntax error.
            if (this.entries.length > 0 || last.trim() !== '') this.addEntry(JSON.parse(last));
          }
          this.pending = [];
          this.stage = 'rest';
          keepFrom = i;
        }
        this.depth--;
        if (this.depth < 0) {
          this.stage = 'fallback';
          return;
        }
      } else if (code === COMMA && this.stage === 'services' && this.depth === 2) {
        if (this.skipping) {
          this.endSkipped(i - keepFrom);
          keepFrom = i + 1;
        } else lastComma = i;
      }
    }
    // The entries that ended in this piece, parsed together: one JSON.parse per piece, not one
    // per entry (50,000 calls on a big directory).
    if (lastComma >= 0) {
      this.takeEntries(text, keepFrom, lastComma);
      keepFrom = lastComma + 1;
    }
    if (this.skipping) this.skipped += text.length - keepFrom;
    else {
      this.pendingFrom(text, keepFrom);
      this.skipIfOversized();
    }
    this.recent = (this.recent + text).slice(-LOOK_BACK);
    this.scanned += text.length;
  }

  /**
   * Index of the quote closing the string under way at `from` of `text`; -1 when it does not
   * close within `text` (the escape state carries over to the next piece).
   */
  private stringEnd(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
      if (this.escaped) {
        this.escaped = false;
        continue;
      }
      const quote = text.indexOf('"', i);
      const backslash = this.backslashFrom(text, i);
      if (backslash >= 0 && (quote < 0 || backslash < quote)) {
        i = backslash;
        this.escaped = true;
        continue;
      }
      return quote;
    }
    return -1;
  }

  /** The next backslash of `text` from `from`, the search kept for the piece (scanning only goes forward in it). */
  private backslashFrom(text: string, from: number): number {
    if (this.backslashAt === UNKNOWN || (this.backslashAt >= 0 && this.backslashAt < from)) {
      this.backslashAt = text.indexOf('\\', from);
    }
    return this.backslashAt;
  }

  /** The next backslash in the piece being scanned (UNKNOWN at the start of each piece; -1: none left). */
  private backslashAt = UNKNOWN;
}

const UNKNOWN = -2;

/** Characters looked back at before a `[` for `"services" :`. */
const LOOK_BACK = 256;

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

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
