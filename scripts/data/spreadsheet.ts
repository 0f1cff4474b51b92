/**
 * The mapping between a directory's services and spreadsheet rows. Pure: no file access.
 *
 * One header row, then one row per service. The columns (docs/spreadsheet.md), with one column
 * per language for each text (`_it`, `_en` today; `_fr`… when the directory has French):
 *
 *   id, category, name_it, name_en, municipality, address_it, address_en, lat, lon,
 *   coordinate_precision, phone, whatsapp, email, website, hours, hours_note_it, hours_note_en,
 *   closures, open_on_holidays, languages,
 *   languages_note_it, languages_note_en, status, status_note_it, status_note_en, free,
 *   appointment, documents_it, documents_en, no_documents, audience, audience_note_it,
 *   audience_note_en, accessibility, accessibility_note_it, accessibility_note_en, description_it,
 *   description_en, summary_it … summary_zh-cn, unreviewed, tags, handles, needs, sources,
 *   fact_sources, confidence, verified, updated, notes
 *
 * An empty cell is an absent field. How each cell is written and read: spreadsheet-cells.ts.
 * Reading turns cells into a raw service (JSON values); whether it is valid is for validateDirectory.
 */
import { readClosures } from '../../src/data/compound-fields.js';
import { LANGUAGE_CODE, isRecord } from '../../src/data/fields.js';
import type { LocalText, Service } from '../../src/data/types.js';
import { LAYOUT, readCell, writeCell } from './spreadsheet-cells.js';

/** A validated service with the maintainers' own `notes`, which the widget does not read. */
export type SheetService = Service & { readonly notes?: string };

/** One problem, placed as a spreadsheet shows it. */
export interface RowProblem {
  /** The header is row 1. */
  readonly row: number;
  /** The id typed in the row, when there is one. */
  readonly id?: string;
  readonly column?: string;
  readonly message: string;
}

/** What a service was read from. */
export interface SheetRow {
  readonly row: number;
  readonly id?: string;
  /** Cells by column name, trimmed. */
  readonly cells: ReadonlyMap<string, string>;
  /** Fields left out because their cell could not be read (already reported). */
  readonly unreadable: ReadonlySet<string>;
}

export interface SheetRead {
  readonly services: Record<string, unknown>[];
  /** Where each service came from, index by index. */
  readonly rows: SheetRow[];
  readonly problems: RowProblem[];
}

const TEXT_COLUMNS = LAYOUT.filter((column) => column.kind === 'text');
const LIST_COLUMNS = LAYOUT.filter((column) => column.kind === 'list');
const EXPORT_HINT = 'export a fresh spreadsheet with npm run data:export';
const QUOTED_EXAMPLE = '2026-08-10..2026-08-21 ferie; 2026-12-24';

/** The languages of the services' texts: `it` first, then `en`, then the others A-Z. */
export function textLanguages(services: readonly Service[]): string[] {
  const found = new Set<string>(['it']);
  for (const service of services) {
    for (const { field } of TEXT_COLUMNS) Object.keys(textOf(service, field) ?? {}).forEach((code) => found.add(code));
  }
  const rest = [...found].filter((code) => code !== 'it' && code !== 'en').sort();
  return ['it', ...(found.has('en') ? ['en'] : []), ...rest];
}

/** The header row for these text languages. */
export function headerFor(languages: readonly string[]): string[] {
  return LAYOUT.flatMap(({ column, kind }) => (kind === 'text' ? languages.map((code) => `${column}_${code}`) : [column]));
}

/** Header plus one row per service; numbers written with `decimal` (`,` for Italian Excel). */
export function servicesToRows(directory: { readonly services: readonly SheetService[] }, decimal: '.' | ',' = ','): string[][] {
  const languages = textLanguages(directory.services);
  const rows = directory.services.map((service) =>
    LAYOUT.flatMap(({ field, kind }) => {
      if (kind === 'text') return languages.map((code) => textOf(service, field)?.[code] ?? '');
      return [writeCell(kind, (service as unknown as Record<string, unknown>)[field], decimal)];
    }),
  );
  return [headerFor(languages), ...rows];
}

/**
 * Raw services from spreadsheet rows (the first is the header). `languages` are the text
 * languages the directory has: their columns must be there; more languages may be added.
 */
export function rowsToServices(rows: readonly (readonly string[])[], languages: readonly string[]): SheetRead {
  const problems: RowProblem[] = [];
  const columns = readHeader(rows[0] ?? [], languages, problems);
  const read: SheetRead = { services: [], rows: [], problems };
  if (problems.length > 0) return read;
  const textCodes = [...new Set(['it', ...languages, ...columns.textCodes])];
  const idRows = new Map<string, number>();
  rows.forEach((cells, index) => {
    if (index === 0 || cells.every((cell) => cell.trim() === '')) return;
    const row = index + 1;
    const byColumn = new Map<string, string>();
    columns.names.forEach((name, position) => byColumn.set(name, (cells[position] ?? '').trim()));
    const id = byColumn.get('id') || undefined;
    const at = { row, ...(id === undefined ? {} : { id }) };
    let hinted = false;
    cells.forEach((cell, position) => {
      if (!columns.names[position] && cell.trim() !== '') {
        // Past the header's last column, the likeliest cause is a cell edited as text without its quotes.
        const beyond = position >= columns.names.length && !hinted;
        hinted ||= beyond;
        const hint = beyond ? `; if the file was edited as text, put each cell that holds a ; or , in double quotes, e.g. "${QUOTED_EXAMPLE}"` : '';
        problems.push({ ...at, message: `there is a value in column ${columnLetter(position)}, which has no name in row 1: "${cell.trim()}"; move it into the right column or delete it${hint}` });
      }
    });
    if (id !== undefined && idRows.has(id)) {
      problems.push({ ...at, column: 'id', message: `"${id}" is already the id of row ${idRows.get(id)}; give each service its own id` });
    } else if (id !== undefined) idRows.set(id, row);
    const unreadable = new Set<string>();
    read.services.push(readService(byColumn, textCodes, (field, column, message) => {
      unreadable.add(field);
      problems.push({ ...at, column, message });
    }));
    read.rows.push({ ...at, cells: byColumn, unreadable });
  });
  return read;
}

function readService(
  cells: ReadonlyMap<string, string>,
  textCodes: readonly string[],
  report: (field: string, column: string, message: string) => void,
): Record<string, unknown> {
  const service: Record<string, unknown> = {};
  for (const { column, field, kind } of LAYOUT) {
    if (kind === 'text') {
      const texts = textCodes
        .map((code) => [code, (cells.get(`${column}_${code}`) ?? '').replace(/\r\n?/g, '\n')] as const)
        .filter(([, text]) => text !== '');
      if (texts.length === 1 && texts[0]?.[0] === 'it') service[field] = texts[0][1];
      else if (texts.length > 0) service[field] = Object.fromEntries(texts);
      continue;
    }
    const cell = cells.get(column) ?? '';
    if (cell === '') continue;
    const value = readCell(kind, cell);
    if (!value.ok) report(field, column, value.message);
    else if (!Array.isArray(value.value) || value.value.length > 0) service[field] = value.value;
  }
  return service;
}

interface Header {
  /** Column name at each position; `''` for an unnamed column. */
  readonly names: string[];
  /** Text languages found in the header. */
  readonly textCodes: string[];
}

function readHeader(cells: readonly string[], languages: readonly string[], problems: RowProblem[]): Header {
  const names = cells.map((cell) => cell.trim().toLowerCase());
  const textCodes: string[] = [];
  if (names.every((name) => name === '')) {
    problems.push({ row: 1, message: `row 1 must hold the column names (id, category, name_it, …) but it is empty; ${EXPORT_HINT} and start from it` });
    return { names, textCodes };
  }
  const at = (column: string, message: string): void => void problems.push({ row: 1, column, message });
  names.forEach((name, position) => {
    if (name === '') return;
    const first = names.indexOf(name);
    if (first !== position) at(name, `the column appears twice in row 1 (columns ${columnLetter(first)} and ${columnLetter(position)}); keep one of them`);
    const plain = LAYOUT.some(({ column, kind }) => kind !== 'text' && column === name);
    const text = TEXT_COLUMNS.find(({ column }) => name.startsWith(`${column}_`) && LANGUAGE_CODE.test(name.slice(column.length + 1)));
    if (text !== undefined) textCodes.push(name.slice(text.column.length + 1));
    else if (!plain) at(name, `"${cells[position]?.trim()}" (column ${columnLetter(position)}) is not a column of the directory; correct its name (see docs/spreadsheet.md) or delete the column`);
  });
  const missing = headerFor([...new Set(['it', ...languages, ...textCodes])]).filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const list = missing.length === 1 ? `the column ${missing[0]} is` : `the columns ${missing.join(', ')} are`;
    problems.push({ row: 1, message: `${list} missing (without a column, its field would be emptied in every service); add them back, even empty, or ${EXPORT_HINT}` });
  }
  return { names, textCodes };
}

/** The order of a new service's fields in the JSON: the order of `Service` in types.ts. */
const JSON_ORDER = 'id name category lat lon municipality address description summary unreviewed phone whatsapp email website hours closures openOnHolidays hoursNote languages languagesNote status statusNote free appointment documents noDocuments audience audienceNote accessibility accessibilityNote tags handles needs updated verified sources factSources confidence coordinatePrecision notes'.split(' ');

/**
 * Brings a raw service read from the sheet close to the one it replaces (`base`, when there is
 * one), for small diffs: the same key order, `{"it": …}` kept as an object where the base wrote
 * it so, a list of one kept as a plain string where the base wrote it so (`"whatsapp": "…"`),
 * and a closure that means what one of the base's closures means written as the base wrote it.
 * New fields follow the order of types.ts.
 */
export function fitToBase(service: Record<string, unknown>, base: unknown): Record<string, unknown> {
  const before = isRecord(base) ? base : {};
  const fitted = { ...service };
  for (const { field } of TEXT_COLUMNS) {
    const text = fitted[field];
    if (typeof text === 'string' && isRecord(before[field])) fitted[field] = { it: text };
  }
  for (const { field } of LIST_COLUMNS) {
    const list = fitted[field];
    if (Array.isArray(list) && list.length === 1 && typeof before[field] === 'string') fitted[field] = list[0];
  }
  const closures = fitted.closures;
  const baseClosures = Array.isArray(before.closures) ? before.closures : [];
  if (Array.isArray(closures)) {
    fitted.closures = closures.map((closure: unknown) => baseClosures.find((old: unknown) => sameClosure(old, closure)) ?? closure);
  }
  const added = JSON_ORDER.filter((key) => key in fitted && !(key in before));
  const keys = [...Object.keys(before).filter((key) => key in fitted), ...added];
  return Object.fromEntries(keys.map((key) => [key, fitted[key]]));
}

/** Two raw closures that mean the same (`to` left out or equal to `from`, a note as a string or `{"it": …}`). */
function sameClosure(a: unknown, b: unknown): boolean {
  const meaning = (raw: unknown): string | undefined => {
    try {
      const [closure] = readClosures([raw], 'closures');
      return closure && JSON.stringify([closure.from, closure.to, Object.entries(closure.note ?? {}).sort()]);
    } catch {
      return undefined; // not a closure the widget reads: never the same as one from the sheet
    }
  };
  const read = meaning(a);
  return read !== undefined && read === meaning(b);
}

/** Where a column comes in the layout, for sorting messages. */
export function columnRank(column: string | undefined): number {
  if (column === undefined) return -1;
  return LAYOUT.findIndex((entry) => entry.column === column || (entry.kind === 'text' && column.startsWith(`${entry.column}_`)));
}

/** `A`, `B`, … `Z`, `AA`… as spreadsheets name columns. */
export function columnLetter(position: number): string {
  let letters = '';
  for (let rest = position + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function textOf(service: Service, field: string): LocalText | undefined {
  const value = (service as unknown as Record<string, unknown>)[field];
  return isRecord(value) ? (value as LocalText) : undefined;
}
