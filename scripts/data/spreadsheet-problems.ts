/**
 * validateDirectory's verdict on services read from a spreadsheet, told in the spreadsheet's
 * terms: row, id, column, and the cell as typed (`"140,7"`, not `140.7`).
 *
 * validateDirectory reports the first rule each service breaks. To report every problem of a row
 * at once, a rejected service is checked again with the faulty field left out (or, for a required
 * field, replaced by a harmless value) until it passes: validateDirectory stays the only judge.
 */
import { isRecord, preview } from '../../src/data/fields.js';
import type { Directory, Rejection } from '../../src/data/types.js';
import { validateDirectory } from '../../src/data/validate.js';
import { LAYOUT } from './spreadsheet-cells.js';
import type { RowProblem, SheetRow } from './spreadsheet.js';

export type SheetCheck =
  | { readonly ok: true; readonly directory: Directory }
  | { readonly ok: false; readonly problems: RowProblem[] };

/** At most this many problems are looked for in one row. */
const MAX_ROUNDS = 40;

/** Validates `{...base, services}`; `rows[i]` says where `services[i]` came from. */
export function checkServices(base: Record<string, unknown>, services: readonly Record<string, unknown>[], rows: readonly SheetRow[]): SheetCheck {
  const result = validateDirectory({ ...base, services });
  if (!result.ok) return { ok: false, problems: [{ row: 1, message: result.message }] };
  const rejected = new Set(result.rejected.filter((rejection) => rejection.kind === 'service').map((rejection) => rejection.index));
  const problems = [...rejected].flatMap((index) => rowProblems(base.categories, services[index] ?? {}, rows[index]));
  return problems.length === 0 && rejected.size === 0 ? { ok: true, directory: result.directory } : { ok: false, problems };
}

function rowProblems(categories: unknown, service: Record<string, unknown>, row: SheetRow | undefined): RowProblem[] {
  if (row === undefined) return [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  let current: Record<string, unknown> = structuredClone(service);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = validateDirectory({ version: 1, categories, services: [current] });
    const rejection = result.ok ? result.rejected.find((entry) => entry.kind === 'service') : undefined;
    if (rejection === undefined || seen.has(rejection.field)) break;
    seen.add(rejection.field);
    const column = columnOf(rejection.field);
    if (!row.unreadable.has(fieldName(rejection.field)) && rejection.code !== 'duplicate-id') {
      problems.push({ row: row.row, ...(row.id === undefined ? {} : { id: row.id }), column, message: sheetMessage(rejection, current, row, column) });
    }
    current = withoutField(current, rejection.field, categories);
  }
  return problems;
}

/** `lat 140.7 is outside…` -> `"140,7" is outside…`; JSON wording replaced where it shows. */
function sheetMessage(rejection: Rejection, service: Record<string, unknown>, row: SheetRow, column: string): string {
  let text = rejection.message;
  if (text.startsWith(`${rejection.field} `)) text = text.slice(rejection.field.length + 1);
  const value = valueAt(service, rejection.field);
  const shown = value === undefined ? undefined : preview(value);
  const item = /\[\d+\]/.test(rejection.field);
  const typed = item ? String(value) : (row.cells.get(column) ?? String(value));
  if (shown !== undefined && text.startsWith(shown)) text = `"${typed}"${text.slice(shown.length)}`;
  const kind = LAYOUT.find((entry) => entry.field === fieldName(rejection.field))?.kind;
  if (kind === 'date' && rejection.code === 'bad-value') return `"${typed}" is not a real date; write it like 2025-09-10 or 10/09/2025`;
  if (rejection.code === 'missing') {
    if (kind === 'text') return 'the cell is empty; every service needs a name: write it here';
    text = text.replace(/^is missing( or empty)?/, 'the cell is empty');
  }
  return text;
}

/** The column a rejection's field comes from: `phone[1]` -> `phone`, `name.en` -> `name_en`. */
export function columnOf(field: string): string {
  const [, language] = /^[A-Za-z]+\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/.exec(field) ?? [];
  const entry = LAYOUT.find((candidate) => candidate.field === fieldName(field));
  if (entry === undefined) return fieldName(field);
  return entry.kind === 'text' ? `${entry.column}_${(language ?? 'it').toLowerCase()}` : entry.column;
}

function fieldName(field: string): string {
  return /^[A-Za-z]*/.exec(field)?.[0] ?? field;
}

/** The value at `hours[0].opens`, `phone[1]`, `name.en`… */
function valueAt(service: Record<string, unknown>, field: string): unknown {
  let value: unknown = service;
  for (const key of field.split(/[.[\]]+/).filter((part) => part !== '')) {
    if (Array.isArray(value)) value = value[Number(key)];
    else if (isRecord(value) && Object.hasOwn(value, key)) value = value[key];
    else return undefined;
  }
  return value;
}

/**
 * The service without the field at fault. A list item becomes `null` (skipped by the readers, and
 * the other items keep their positions); a required field gets a value that passes.
 */
function withoutField(service: Record<string, unknown>, field: string, categories: unknown): Record<string, unknown> {
  const name = fieldName(field);
  const next = { ...service };
  const placeholders: Record<string, unknown> = { id: 'x', name: 'x', category: firstCategoryId(categories), lat: 0, lon: 0 };
  const index = /^[A-Za-z]+\[(\d+)\]/.exec(field)?.[1];
  const list = next[name];
  if (Object.hasOwn(placeholders, name)) next[name] = placeholders[name];
  else if (index !== undefined && Array.isArray(list)) next[name] = list.map((item, position) => (position === Number(index) ? null : item));
  else delete next[name];
  return next;
}

function firstCategoryId(categories: unknown): unknown {
  const first = Array.isArray(categories) ? categories.find((category) => isRecord(category) && typeof category.id === 'string') : undefined;
  return isRecord(first) ? first.id : undefined;
}
