/** Readers for the structured service fields: opening hours and sources (see fields.ts). */
import { websiteHref } from './links.js';
import { isRecord, own, preview, problem, readDate, readList, readString, readText, requireText } from './fields.js';
import { FACT_FIELDS, WEEKDAYS, type Closure, type EmergencyNumber, type FactField, type FactSource, type OpeningHours, type Source, type Weekday } from './types.js';

/** A source's own date: a year, a month or a day. */
const FACT_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** `00:00` … `23:59`, and `24:00` for "until midnight". */
const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DAY_NAMES = WEEKDAYS.map((day) => `"${day}"`).join(', ');
const URL_START = /^https?:\/\//i;

/** `hours`: a list of `{ days, opens, closes }`. */
export function readHours(value: unknown): OpeningHours[] {
  return readList(value, 'hours', readInterval);
}

function readInterval(value: unknown, field: string): OpeningHours {
  if (!isRecord(value)) {
    problem(field, 'wrong-type', `${field} ${preview(value)} must be like {"days": ["mo", "tu"], "opens": "09:00", "closes": "13:00"}`);
  }
  const days = readDays(own(value, 'days'), `${field}.days`);
  const opens = readTime(own(value, 'opens'), `${field}.opens`);
  const closes = readTime(own(value, 'closes'), `${field}.closes`);
  if (opens === closes) {
    problem(`${field}.closes`, 'bad-value', `${field}.closes ${preview(closes)} is the same as opens; for a whole day write "opens": "00:00", "closes": "24:00"`);
  }
  return { days, opens, closes };
}

/**
 * `closures`: a list of `{ from, to, note }` (dates `YYYY-MM-DD`, `to` inclusive and optional
 * for one day); with `municipality` (directory closures) each may also name a comune.
 */
export function readClosures(value: unknown, field: string, municipality = false): Closure[] {
  return readList(value, field, (item, itemField) => readClosure(item, itemField, municipality));
}

function readClosure(value: unknown, field: string, withMunicipality: boolean): Closure {
  const example = '{"from": "2026-12-24", "to": "2027-01-06", "note": "…"}';
  if (!isRecord(value)) problem(field, 'wrong-type', `${field} ${preview(value)} must be like ${example}`);
  const from = readDate(own(value, 'from'), `${field}.from`) ?? problem(`${field}.from`, 'missing', `${field}.from is missing; write the first day shut, e.g. ${example}`);
  const to = readDate(own(value, 'to'), `${field}.to`) ?? from;
  if (to < from) problem(`${field}.to`, 'bad-value', `${field}.to ${preview(to)} is before from ${preview(from)}; "to" is the last day shut`);
  const closure: { from: string; to: string; note?: Closure['note']; municipality?: string } = { from, to };
  const note = readText(own(value, 'note'), `${field}.note`);
  if (note !== undefined) closure.note = note;
  const municipality = withMunicipality ? readString(own(value, 'municipality'), `${field}.municipality`) : undefined;
  if (municipality !== undefined) closure.municipality = municipality;
  return closure;
}

/** One of the directory's `emergency` numbers: `{ "phone": "1522", "name": "…" }` (`field` may be empty). */
export function readEmergencyNumber(value: unknown, field: string): EmergencyNumber {
  const at = (name: string): string => (field === '' ? name : `${field}.${name}`);
  if (!isRecord(value)) problem(field, 'wrong-type', `${field || 'this entry'} ${preview(value)} must be like {"phone": "1522", "name": "…"}`);
  const phone =
    readString(own(value, 'phone'), at('phone')) ??
    problem(at('phone'), 'missing', `${at('phone')} is missing; write the number to call, e.g. "phone": "1522"`);
  return { phone, name: requireText(own(value, 'name'), at('name')) };
}

/** Weekdays without repeats, in week order. */
function readDays(value: unknown, field: string): Weekday[] {
  if (value === undefined || value === null) problem(field, 'missing', `${field} is missing; list the days, e.g. ["mo", "tu"]`);
  const days = readList(value, field, (item, itemField) => {
    const day = WEEKDAYS.find((weekday) => weekday === item);
    return day ?? problem(itemField, 'bad-value', `${itemField} ${preview(item)} is not a day; use ${DAY_NAMES}`);
  });
  if (days.length === 0) problem(field, 'bad-value', `${field} is empty; list at least one day, e.g. ["mo"]`);
  return WEEKDAYS.filter((day) => days.includes(day));
}

/** `HH:MM`, 24-hour clock. */
function readTime(value: unknown, field: string): string {
  const time = readString(value, field);
  if (time === undefined) problem(field, 'missing', `${field} is missing; write a time like "09:00"`);
  if (!TIME.test(time)) {
    problem(field, 'bad-value', `${field} ${preview(time)} is not a time from "00:00" to "24:00"; write it HH:MM, e.g. "09:00"`);
  }
  return time;
}

/** `sources`: a list of texts (`"https://… (2024)"` or a note) or `{ url, note }` objects. */
export function readSources(value: unknown): Source[] {
  return readList(value, 'sources', readSource).filter((source): source is Source => source !== undefined);
}

function readSource(value: unknown, field: string): Source | undefined {
  if (typeof value === 'string') return sourceFromText(value);
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    problem(field, 'wrong-type', `${field} ${preview(value)} must be a text, e.g. "https://… (2024)", or {"url": "https://…", "note": "…"}`);
  }
  return buildSource(readString(own(value, 'url'), `${field}.url`), readString(own(value, 'note'), `${field}.note`));
}

/**
 * `factSources`: `{ "phone": { "url": "https://…", "date": "2019-05" }, … }`, for the facts in
 * FACT_FIELDS (other keys are ignored, for newer directories). Absent or empty: undefined.
 */
export function readFactSources(value: unknown): Partial<Record<FactField, FactSource>> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    problem('factSources', 'wrong-type', `factSources ${preview(value)} must be like {"phone": {"url": "https://…", "date": "2024-05"}}`);
  }
  const read: Partial<Record<FactField, FactSource>> = {};
  for (const field of FACT_FIELDS) {
    const entry = own(value, field);
    if (entry === undefined || entry === null) continue;
    const at = `factSources.${field}`;
    if (!isRecord(entry)) problem(at, 'wrong-type', `${at} ${preview(entry)} must be like {"url": "https://…", "date": "2024-05"}`);
    const url = readString(own(entry, 'url'), `${at}.url`);
    if (url !== undefined && websiteHref(url) === undefined) problem(`${at}.url`, 'bad-value', `${at}.url ${preview(url)} must be an http or https address`);
    const date = readString(own(entry, 'date'), `${at}.date`);
    if (date !== undefined && !FACT_DATE.test(date)) {
      problem(`${at}.date`, 'bad-value', `${at}.date ${preview(date)} must be the source's date as "2024", "2024-05" or "2024-05-17"`);
    }
    if (url !== undefined || date !== undefined) read[field] = { ...(url !== undefined && { url }), ...(date !== undefined && { date }) };
  }
  return Object.keys(read).length > 0 ? read : undefined;
}

/** `"https://example.org/page (2024-12)"` -> url + note `2024-12`; any other text is a note. */
function sourceFromText(text: string): Source | undefined {
  const trimmed = text.trim();
  if (!URL_START.test(trimmed)) return buildSource(undefined, trimmed);
  const [, url = '', rest = ''] = /^(\S+)\s*([\s\S]*)$/.exec(trimmed) ?? [];
  const note = rest.trim().replace(/^\(([\s\S]*)\)$/, '$1').trim();
  return buildSource(url, note);
}

/** A url that is not http(s) is kept only as text, in the note. */
function buildSource(url: string | undefined, note: string | undefined): Source | undefined {
  if (url && !websiteHref(url)) return buildSource(undefined, note ? `${url} — ${note}` : url);
  const source: { url?: string; note?: string } = {};
  if (url) source.url = url;
  if (note) source.note = note;
  return source.url || source.note ? source : undefined;
}
