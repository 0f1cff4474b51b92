/**
 * Readers for the field kinds of a directory entry. Each takes the raw value and the field's name
 * (`phone[1]`, `hours[0].opens`) and returns the normalized value, `undefined`/`[]` for an absent
 * optional field (`undefined` or `null`), or throws a `FieldProblem`, which `validateDirectory`
 * catches and turns into a rejection of the entry. Nothing else is thrown on purpose.
 */
import type { LocalText, RejectionCode } from './types.js';

/** The first rule an entry broke. Never escapes `validateDirectory`. */
export class FieldProblem extends Error {
  constructor(
    readonly field: string,
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
  }
}

export type Entry = Readonly<Record<string, unknown>>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PREVIEW_LENGTH = 40;
/** Lists up to this long are checked for repeats in place, longer ones through a Set. */
const SHORT_LIST = 16;

/** `read()`, or undefined when the value breaks a rule (a FieldProblem); any other error goes on. */
export function quietly<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof FieldProblem) return undefined;
    throw error;
  }
}

export function problem(field: string, code: RejectionCode, message: string): never {
  throw new FieldProblem(field, code, message);
}

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entry's own property: inherited ones (`constructor`, a polluted prototype) do not count. */
export function own(entry: Entry, key: string): unknown {
  return Object.hasOwn(entry, key) ? entry[key] : undefined;
}

function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** A value as JSON for messages, at most 40 characters: `"helth"`, `140.7`, `{"it":"…"}`. */
export function preview(value: unknown): string {
  const text = previewOf(value, 2);
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/** Bounded: only the first items and levels of a big value are looked at. */
function previewOf(value: unknown, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, PREVIEW_LENGTH + 1));
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) {
    if (depth === 0 || value.length === 0) return value.length === 0 ? '[]' : '[…]';
    const items = value.slice(0, 5).map((item) => previewOf(item, depth - 1));
    return `[${items.join(',')}${value.length > 5 ? ',…' : ''}]`;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (depth === 0 || keys.length === 0) return keys.length === 0 ? '{}' : '{…}';
    const parts = keys.slice(0, 5).map((key) => `${JSON.stringify(key)}:${previewOf(value[key], depth - 1)}`);
    return `{${parts.join(',')}${keys.length > 5 ? ',…' : ''}}`;
  }
  return typeof value; // undefined, function, symbol
}

/** A text: a string (Italian) or `{ languageCode: string }`; `undefined` when absent or empty. */
export function readText(value: unknown, field: string): LocalText | undefined {
  if (absent(value)) return undefined;
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_CHARS) tooLong(field, value);
    return value.trim() ? { it: value.trim() } : undefined;
  }
  if (!isRecord(value)) {
    problem(field, 'wrong-type', `${field} ${preview(value)} must be a text in quotes, or texts by language like {"it": "…", "en": "…"}`);
  }
  // Language codes cannot be `__proto__` or another Object.prototype name: a plain object is safe.
  const texts: Record<string, string> = {};
  let found = false;
  for (const key of Object.keys(value)) {
    const text = value[key];
    if (!LANGUAGE_CODE.test(key) || absent(text)) continue; // not a language: ignored
    if (typeof text !== 'string') {
      problem(`${field}.${key}`, 'wrong-type', `${field}.${key} ${preview(text)} must be a text in quotes`);
    }
    if (text.length > MAX_TEXT_CHARS) tooLong(`${field}.${key}`, text);
    const code = key.toLowerCase();
    const trimmed = text.trim();
    if (trimmed && !Object.hasOwn(texts, code)) {
      texts[code] = trimmed;
      found = true;
    }
  }
  return found ? texts : undefined;
}

/** A text that must be there. */
export function requireText(value: unknown, field: string): LocalText {
  return (
    readText(value, field) ??
    problem(field, 'missing', `${field} is missing or empty; write it as a text, e.g. "${field}": "…", or by language, e.g. {"it": "…", "en": "…"}`)
  );
}

/**
 * The longest text a field may hold: a long description is a few thousand characters; a text of
 * megabytes (a file pasted in a cell, a hostile document) would cost seconds to search and draw.
 */
export const MAX_TEXT_CHARS = 20_000;

function tooLong(field: string, text: string): never {
  return problem(field, 'bad-value', `${field} is ${text.length.toLocaleString('en')} characters long, more than the ${MAX_TEXT_CHARS.toLocaleString('en')} a text may have; shorten it`);
}

/** A string; `undefined` when absent or blank. Trimmed. */
export function readString(value: unknown, field: string): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'string') problem(field, 'wrong-type', `${field} ${preview(value)} must be a text in quotes`);
  if (value.length > MAX_TEXT_CHARS) tooLong(field, value);
  return value.trim() || undefined;
}

/** A list (`[]` when absent); each item read by `readItem` with its field name, e.g. `tags[2]`. */
export function readList<T>(value: unknown, field: string, readItem: (item: unknown, field: string) => T): T[] {
  if (absent(value)) return [];
  if (!Array.isArray(value)) problem(field, 'wrong-type', `${field} ${preview(value)} must be a list in square brackets, e.g. [${listExample(field)}]`);
  const items: T[] = [];
  for (let index = 0; index < value.length; index++) items.push(readItem(value[index], `${field}[${index}]`));
  return items;
}

/** A list of non-blank strings, without repeats. With `single`, one string counts as a list of one. */
export function readStrings(value: unknown, field: string, single = false): string[] {
  const list = single && typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) return withoutRepeats(readList(list, field, readString));
  // The common case without readList's item names (`tags[3]`), which only messages need.
  const kept: string[] = [];
  const seen = list.length > SHORT_LIST ? new Set<string>() : undefined;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    const text = typeof item === 'string' && item.length <= MAX_TEXT_CHARS ? item.trim() : readString(item, `${field}[${index}]`);
    if (!text || (seen ? seen.has(text) : kept.includes(text))) continue;
    seen?.add(text);
    kept.push(text);
  }
  return kept;
}

/** The defined items, each once, in order. */
function withoutRepeats<T>(items: readonly (T | undefined)[]): T[] {
  const kept: T[] = [];
  // Short lists (most of them) are checked in place; long ones through a Set.
  const seen = items.length > SHORT_LIST ? new Set<T>() : undefined;
  for (const item of items) {
    if (item === undefined || (seen ? seen.has(item) : kept.includes(item))) continue;
    seen?.add(item);
    kept.push(item);
  }
  return kept;
}

/** Language codes, lower case, without repeats: `["it", "en", "pt-br"]`. */
export function readLanguages(value: unknown, field: string): string[] {
  const codes = readList(value, field, (item, itemField) => {
    const code = readString(item, itemField);
    if (code !== undefined && !LANGUAGE_CODE.test(code)) {
      problem(itemField, 'bad-value', `${itemField} ${preview(code)} is not a language code; use codes like "it", "en", "fr", "ar"`);
    }
    return code?.toLowerCase();
  });
  return withoutRepeats(codes);
}

/** A real calendar date written `YYYY-MM-DD`. */
export function readDate(value: unknown, field: string): string | undefined {
  const text = readString(value, field);
  if (text === undefined) return undefined;
  const [, year, month, day] = DATE.exec(text) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = year !== undefined && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  if (!real) problem(field, 'bad-value', `${field} ${preview(text)} is not a date written YYYY-MM-DD, e.g. "2025-09-10"`);
  return text;
}

/** One of a few fixed words. */
export function readChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T | undefined {
  const text = readString(value, field);
  if (text === undefined) return undefined;
  const choice = choices.find((candidate) => candidate === text);
  return choice ?? problem(field, 'bad-value', `${field} ${preview(text)} must be one of ${choices.map((c) => `"${c}"`).join(', ')}`);
}

/** A list of fixed words, without repeats (`[]` when absent). */
export function readChoices<T extends string>(value: unknown, field: string, choices: readonly T[]): T[] {
  return withoutRepeats(readList(value, field, (item, itemField) => readChoice(item, itemField, choices)));
}

/** `true` or `false`, written without quotes. */
export function readBoolean(value: unknown, field: string): boolean | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'boolean') problem(field, 'wrong-type', `${field} ${preview(value)} must be true or false, without quotes`);
  return value;
}

/** An id: `a-z`, `0-9` and single `-` between them. */
export function readId(value: unknown): string {
  if (absent(value) || (typeof value === 'string' && value.trim() === '')) {
    problem('id', 'missing', 'id is missing; give every entry a unique id made of a-z, 0-9 and "-", e.g. "questura-matera"');
  }
  if (typeof value === 'string' && ID.test(value)) return value;
  const shown = typeof value === 'string' ? preview(value) : `${preview(value)} (not a text)`;
  problem('id', 'bad-id', `id ${shown} may use only a-z, 0-9 and "-" (e.g. "${suggestId(value)}")`);
}

function suggestId(value: unknown): string {
  const source = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const slug = source
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'questura-matera';
}

/** A finite number; `example` shows the expected form in messages. */
export function readNumber(value: unknown, field: string, example: string): number {
  if (absent(value)) problem(field, 'missing', `${field} is missing; write it as a number, e.g. ${example}`);
  if (typeof value !== 'number' || Number.isNaN(value)) {
    problem(field, 'wrong-type', `${field} ${preview(value)} must be a number without quotes, e.g. ${example}`);
  }
  if (!Number.isFinite(value)) problem(field, 'out-of-range', `${field} ${preview(value)} must be a number, e.g. ${example}`);
  return value;
}

function listExample(field: string): string {
  const name = field.replace(/\[\d+\]$/, '');
  if (name === 'hours') return '{"days": ["mo"], "opens": "09:00", "closes": "13:00"}';
  if (name === 'languages') return '"it", "en"';
  if (name.endsWith('days')) return '"mo", "tu"';
  return '"…", "…"';
}
