/**
 * A small CSV reader and writer (RFC 4180) for the files spreadsheets save.
 *
 * Reading: cells in double quotes may hold the separator, line breaks and quotes written twice
 * (`""`); lines may end in CR LF, LF or CR; a UTF-8 byte order mark is dropped; blank lines at the
 * end are dropped, blank lines in between are kept as rows of one empty cell so that row numbers
 * stay the ones the spreadsheet shows. The separator (`;`, `,` or tab) is the one the header line
 * uses most. Writing: `;` (what Excel opens directly in Italy), a byte order mark (so Excel reads
 * UTF-8), CR LF, quotes only around cells that need them, and a `'` before a cell that a
 * spreadsheet would run as a formula (taken off again by `unsafeCell` on reading).
 */

export type CsvSeparator = ';' | ',' | '\t';

export type CsvRead =
  | { readonly ok: true; readonly rows: string[][]; readonly separator: CsvSeparator }
  /** `row` as the spreadsheet numbers it (the first line is row 1). */
  | { readonly ok: false; readonly row: number; readonly message: string };

export interface CsvWriteOptions {
  readonly separator?: CsvSeparator;
  /** Start with a UTF-8 byte order mark; default true. */
  readonly bom?: boolean;
}

const SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t'];
const SEPARATOR_NAMES: Readonly<Record<CsvSeparator, string>> = { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab' };

/** The separator the first line uses most outside quotes; `,` when it has none. */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvSeparator = ',';
  for (const separator of SEPARATORS) {
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  }
  return best;
}

/** Splits CSV text into rows of cells. */
export function parseCsv(input: string, separator: CsvSeparator = detectSeparator(input)): CsvRead {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  const endRow = (): void => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"' && cell === '') {
      const closing = readQuoted(text, index + 1);
      const rowNumber = rows.length + 1;
      if (closing === undefined) {
        return fail(rowNumber, `a quote (") opens a cell that is never closed: ${excerpt(text, index)}; add the closing quote, or remove the opening one`);
      }
      const after = text[closing + 1];
      if (after !== undefined && after !== separator && after !== '\n' && after !== '\r') {
        return fail(
          rowNumber,
          `a cell in quotes must end with a quote just before the next ${SEPARATOR_NAMES[separator]}: ${excerpt(text, index)}; write quotes inside a cell twice ("")`,
        );
      }
      cell = text.slice(index + 1, closing).replace(/""/g, '"');
      index = closing + 1;
      if (after === undefined) break;
      continue;
    }
    if (char === separator) endCell();
    else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && text[index + 1] === '\n') index++;
    } else cell += char;
    index++;
  }
  if (cell !== '' || row.length > 0 || text.endsWith('"')) endRow();
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((value) => value === '')) rows.pop();
  return { ok: true, rows, separator };
}

/** Index of the quote that closes a quoted cell whose text starts at `start`. */
function readQuoted(text: string, start: number): number | undefined {
  let index = start;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote === -1) return undefined;
    if (text[quote + 1] !== '"') return quote;
    index = quote + 2;
  }
}

function fail(row: number, message: string): CsvRead {
  return { ok: false, row, message };
}

function excerpt(text: string, from: number): string {
  const line = text.slice(from).split(/\r\n|\n|\r/)[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+39 333…` read as a
 * sum, `-2+3+cmd|…`): it starts with `=`, `+`, `-`, `@`, a tab or a CR. A plain number is not one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as a spreadsheet cell holds it: decimal comma or point. */
export const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** The cell as written to the file: one a spreadsheet would run gets a `'`, which makes it text. */
export function safeCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The cell as read back: the `'` that `safeCell` added comes off (and a maintainer's own, the same way). */
export function unsafeCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** CSV text for `rows`, ending with a line break; no cell is left for a spreadsheet to run (see safeCell). */
export function formatCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const separator = options.separator ?? ';';
  const needsQuotes = (cell: string): boolean => cell.includes(separator) || /["\r\n]/.test(cell);
  const lines = rows.map((row) =>
    row.map(safeCell).map((cell) => (needsQuotes(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator),
  );
  return `${options.bom === false ? '' : '\uFEFF'}${lines.map((line) => `${line}\r\n`).join('')}`;
}

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Windows-1252's characters for the bytes 0x80-0x9F (where it differs from Latin-1). */
const WINDOWS_1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const SAVE_AS_UTF8 = 'save it again choosing "CSV UTF-8 (delimitato da virgole)" (Excel) or "Testo CSV" with the character set "Unicode (UTF-8)" (LibreOffice), and import that file';

/**
 * The file's text: UTF-8 (what "CSV UTF-8" and Google Sheets save), or Windows-1252 (what older
 * Excel saves as "CSV") when the file holds no UTF-8 letter at all. A file that mixes the two (a
 * UTF-8 file with one stray byte), UTF-16 ("Unicode text") or anything else is refused, so that
 * no letter is garbled without a word.
 */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: `the file is saved as UTF-16 ("Unicode text"), which the import does not read; ${SAVE_AS_UTF8}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: Windows-1252, unless the file also holds UTF-8 letters or bytes 1252 does not define.
  }
  if (hasUtf8Letter(bytes) || bytes.some((byte) => UNDEFINED_1252.has(byte))) {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).reduce((lines, byte) => lines + (byte === 0x0a ? 1 : 0), 1);
    return { ok: false, message: `line ${line} holds a byte that is not UTF-8 (0x${bytes[at]!.toString(16).toUpperCase()}) while other lines are UTF-8, so some letters would come out wrong; ${SAVE_AS_UTF8}` };
  }
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252[byte - 0x80] : String.fromCharCode(byte);
  return { ok: true, text };
}

/** The length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

function validSequenceAt(bytes: Uint8Array, i: number): number {
  const length = sequenceLength(bytes[i]!);
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence (a letter like "à"). */
function hasUtf8Letter(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc2 && validSequenceAt(bytes, i) > 0) return true;
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    const length = validSequenceAt(bytes, i);
    if (length === 0) return i;
    i += length - 1;
  }
  return bytes.length - 1;
}
