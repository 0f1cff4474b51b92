/**
 * The spreadsheet's column layout and how one cell is written and read. Pure: no file access.
 * See docs/spreadsheet.md for the layout as maintainers read it.
 */
import { formatHoursText, parseHoursText } from './hours-text.js';
import { FACT_FIELDS, type Closure, type FactField, type FactSource, type OpeningHours, type Source } from '../../src/data/types.js';
import { formatClosuresText, isoDate, parseClosuresText } from './closures-text.js';
import { PLAIN_NUMBER } from './csv.js';

/**
 * - `text`: one column per language (`name_it`, `name_en`, …); a plain JSON string is Italian.
 * - `id`/`string`: as typed. `code`: lower-cased (`Active` -> `active`).
 * - `list`: items separated by `|` (not by commas: a phone may read "0835 3781 (centralino, 2009)").
 *   `codes`: separated by `|` or `,`, lower-cased.
 * - `number`: decimal comma or point. `boolean`: sì/no. `date`: YYYY-MM-DD or DD/MM/YYYY.
 * - `hours`: the text of src/data/hours-text.ts. `sources`: `URL (note)` or a note, split by `|`.
 * - `closures`: the text of closures-text.ts, e.g. `2026-08-10..2026-08-21 ferie estive; 2026-12-24`.
 * - `factSources`: `fact: URL (date)` split by `|`, e.g. `phone: https://… (2019-05) | hours: https://…`.
 */
export type CellKind =
  | 'id'
  | 'text'
  | 'string'
  | 'code'
  | 'list'
  | 'codes'
  | 'number'
  | 'boolean'
  | 'date'
  | 'hours'
  | 'closures'
  | 'sources'
  | 'factSources';

export interface FieldColumn {
  /** The column's name; for a text, the name before `_it`, `_en`… */
  readonly column: string;
  /** The service's field in the directory JSON. */
  readonly field: string;
  readonly kind: CellKind;
}

/** The columns, in the order the export writes them. `notes` is the maintainers' own note. */
export const LAYOUT: readonly FieldColumn[] = [
  { column: 'id', field: 'id', kind: 'id' },
  { column: 'category', field: 'category', kind: 'code' },
  { column: 'name', field: 'name', kind: 'text' },
  { column: 'municipality', field: 'municipality', kind: 'string' },
  { column: 'address', field: 'address', kind: 'text' },
  { column: 'lat', field: 'lat', kind: 'number' },
  { column: 'lon', field: 'lon', kind: 'number' },
  { column: 'coordinate_precision', field: 'coordinatePrecision', kind: 'code' },
  { column: 'phone', field: 'phone', kind: 'list' },
  { column: 'whatsapp', field: 'whatsapp', kind: 'list' },
  { column: 'email', field: 'email', kind: 'list' },
  { column: 'website', field: 'website', kind: 'string' },
  { column: 'hours', field: 'hours', kind: 'hours' },
  { column: 'hours_note', field: 'hoursNote', kind: 'text' },
  { column: 'closures', field: 'closures', kind: 'closures' },
  { column: 'open_on_holidays', field: 'openOnHolidays', kind: 'boolean' },
  { column: 'languages', field: 'languages', kind: 'codes' },
  { column: 'languages_note', field: 'languagesNote', kind: 'text' },
  { column: 'status', field: 'status', kind: 'code' },
  { column: 'status_note', field: 'statusNote', kind: 'text' },
  { column: 'free', field: 'free', kind: 'boolean' },
  { column: 'appointment', field: 'appointment', kind: 'code' },
  { column: 'documents', field: 'documents', kind: 'text' },
  { column: 'no_documents', field: 'noDocuments', kind: 'boolean' },
  { column: 'audience', field: 'audience', kind: 'codes' },
  { column: 'audience_note', field: 'audienceNote', kind: 'text' },
  { column: 'accessibility', field: 'accessibility', kind: 'codes' },
  { column: 'accessibility_note', field: 'accessibilityNote', kind: 'text' },
  { column: 'description', field: 'description', kind: 'text' },
  { column: 'summary', field: 'summary', kind: 'text' },
  { column: 'unreviewed', field: 'unreviewed', kind: 'codes' },
  { column: 'tags', field: 'tags', kind: 'list' },
  { column: 'handles', field: 'handles', kind: 'codes' },
  { column: 'needs', field: 'needs', kind: 'codes' },
  { column: 'sources', field: 'sources', kind: 'sources' },
  { column: 'fact_sources', field: 'factSources', kind: 'factSources' },
  { column: 'confidence', field: 'confidence', kind: 'code' },
  { column: 'verified', field: 'verified', kind: 'date' },
  { column: 'updated', field: 'updated', kind: 'date' },
  { column: 'notes', field: 'notes', kind: 'string' },
];

/** What separates the items of a list in a cell. */
export const LIST_SEPARATOR = ' | ';

export type CellRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const TRUE_WORDS = new Set(['sì', 'si', 's', 'yes', 'y', 'true', 'vero', 'x', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'falso', '0']);
const URL_START = /^https?:\/\//i;

/** The cell for a (validated) value; `decimal` is the decimal mark for numbers. */
export function writeCell(kind: Exclude<CellKind, 'text'>, value: unknown, decimal: '.' | ','): string {
  if (value === undefined || value === null) return '';
  switch (kind) {
    case 'number':
      return String(value).replace('.', decimal);
    case 'boolean':
      return value === true ? 'sì' : 'no';
    case 'list':
    case 'codes':
      return (value as readonly string[]).join(LIST_SEPARATOR);
    case 'hours':
      return formatHoursText(value as readonly OpeningHours[]);
    case 'closures':
      return formatClosuresText(value as readonly Closure[]);
    case 'sources':
      return (value as readonly Source[]).map(writeSource).join(LIST_SEPARATOR);
    case 'factSources':
      return Object.entries(value as Partial<Record<FactField, FactSource>>)
        .map(([fact, source]) => `${fact}: ${[source.url, source.date && `(${source.date})`].filter(Boolean).join(' ')}`)
        .join(LIST_SEPARATOR);
    default:
      return String(value);
  }
}

function writeSource(source: Source): string {
  if (source.url === undefined) return source.note ?? '';
  return source.note === undefined ? source.url : `${source.url} (${source.note})`;
}

/**
 * The JSON value for a non-empty, trimmed cell, or a message saying what is wrong and how to
 * write it. Whether the value is allowed (a known category, a real date…) is for validateDirectory.
 */
export function readCell(kind: Exclude<CellKind, 'text'>, cell: string): CellRead {
  switch (kind) {
    case 'number': {
      if (!PLAIN_NUMBER.test(cell)) return failure(`"${cell}" is not a number; write it with one decimal comma or point, e.g. 40,6664`);
      return success(Number(cell.replace(',', '.')));
    }
    case 'boolean': {
      const word = cell.toLowerCase();
      if (TRUE_WORDS.has(word)) return success(true);
      if (FALSE_WORDS.has(word)) return success(false);
      return failure(`"${cell}" is not a yes or no; write sì or no, or leave the cell empty when it is not known`);
    }
    case 'code':
      return success(cell.toLowerCase());
    case 'list':
      return success(splitList(cell, /\|/));
    case 'codes':
      return success(splitList(cell.toLowerCase(), /[|,]/));
    case 'date':
      return success(isoDate(cell));
    case 'hours': {
      const read = parseHoursText(cell);
      if (read.ok) return success(read.hours);
      return failure(read.message.includes('is not a day or a time') ? `${read.message}; other remarks go in hours_note_it` : read.message);
    }
    case 'closures': {
      const read = parseClosuresText(cell);
      return read.ok ? success(read.closures) : failure(read.message);
    }
    case 'sources':
      return success(splitList(cell, /\|/).map(readSource));
    case 'factSources':
      return readFactSources(cell);
    default:
      return success(cell);
  }
}

function splitList(cell: string, separator: RegExp): string[] {
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `https://example.org/page (2024-12)` -> url and note `2024-12`; any other text is a note. */
function readSource(text: string): Source {
  if (!URL_START.test(text)) return { note: text };
  const [, url = '', rest = ''] = /^(\S+)\s*([\s\S]*)$/.exec(text) ?? [];
  const note = rest.replace(/^\(([\s\S]*)\)$/, '$1').trim();
  return note === '' ? { url } : { url, note };
}

/** `phone: https://… (2019-05) | hours: (2024)` -> `{ phone: { url, date }, hours: { date } }`. */
function readFactSources(cell: string): CellRead {
  const read: Record<string, FactSource> = {};
  for (const item of splitList(cell, /\|/)) {
    const [, fact = '', rest = ''] = /^([a-z]+)\s*:\s*([\s\S]*)$/i.exec(item) ?? [];
    if (!(FACT_FIELDS as readonly string[]).includes(fact.toLowerCase())) {
      return failure(`"${item}" does not start with one of ${FACT_FIELDS.join(', ')} and a colon; write e.g. "phone: https://www.example.it/contatti (2024-05)"`);
    }
    const [, url, date] = /^(https?:\/\/\S+)?\s*(?:\((.*)\))?$/i.exec(rest.trim()) ?? [];
    if (url === undefined && date === undefined) {
      return failure(`"${item}": after "${fact}:" write the page's address and its date in brackets, e.g. "${fact}: https://www.example.it/contatti (2024-05)"`);
    }
    read[fact.toLowerCase()] = { ...(url !== undefined && { url }), ...(date !== undefined && { date: date.trim() }) };
  }
  return success(read);
}

function success(value: unknown): CellRead {
  return { ok: true, value };
}

function failure(message: string): CellRead {
  return { ok: false, message };
}
