/**
 * A small CSV reader and writer (RFC 4180) for the files spreadsheets save.
 *
 * Reading: cells in double quotes may hold the separator, line breaks and quotes written twice
 * (`""`); lines may end in CR LF, LF or CR; a UTF-8 byte order mark is dropped; blank lines at the
 * end are dropped, blank lines in between are kept as rows of one empty cell so that row numbers
 * stay the ones the spreadsheet shows. The separator (`;`, `,` or tab) is the one the header line
 * uses most. Writing: `;` (what Excel opens directly in Italy), a byte order mark (so Excel reads
 * UTF-8), CR LF, and quotes only around cells that need them.
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

/** CSV text for `rows`, ending with a line break. */
export function formatCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const separator = options.separator ?? ';';
  const needsQuotes = (cell: string): boolean => cell.includes(separator) || /["\r\n]/.test(cell);
  const lines = rows.map((row) =>
    row.map((cell) => (needsQuotes(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator),
  );
  return `${options.bom === false ? '' : '\uFEFF'}${lines.map((line) => `${line}\r\n`).join('')}`;
}
