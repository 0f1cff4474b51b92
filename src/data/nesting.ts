/**
 * The limit on how deeply a directory document may nest lists and objects. A directory needs 6
 * levels (document, services, a service, its hours, a day, a time range); a document of a few
 * megabytes can nest a million, which costs `JSON.parse` about a second and its memory, and
 * nothing a real directory holds. The text is checked before it is parsed (see load.ts), and the
 * streaming parser counts as it scans (parse-json.ts).
 */

/** Ten times the 6 levels a directory needs: nothing real comes near it. */
export const MAX_NESTING = 64;

/** A document nested deeper than MAX_NESTING: refused before it is parsed. */
export class TooDeepError extends Error {
  /** `at`: the index of the bracket one level too deep. */
  constructor(at: number) {
    super(
      `lists and objects are nested more than ${MAX_NESTING} deep (at character ${(at + 1).toLocaleString('en')}); a directory needs 6 levels, and this widget reads at most ${MAX_NESTING}: write the file with a JSON tool or the spreadsheet import`,
    );
  }
}

/** The character codes of JSON's structure (also read by the streaming parser, parse-json.ts). */
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_LIST = 0x5b;
export const CLOSE_LIST = 0x5d;

/**
 * Throws {@link TooDeepError} when `text` (JSON, or anything: only brackets outside strings
 * count) nests deeper than MAX_NESTING. Strings are skipped with `indexOf`, so a real directory
 * (mostly text) is checked in a few milliseconds per megabyte.
 */
export function checkNesting(text: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = stringEnd(text, i + 1);
    } else if (code === OPEN_OBJECT || code === OPEN_LIST) {
      if (++depth > MAX_NESTING) throw new TooDeepError(i);
    } else if (code === CLOSE_OBJECT || code === CLOSE_LIST) {
      depth--;
    }
  }
}

/** Index of the quote that closes the string starting at `from`; the text's end if none does. */
function stringEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    i = quote + 1;
  }
}
