/**
 * "Open now": whether a service is open at an instant, until when, or when it opens next. Pure:
 * plain values in and out.
 *
 * Everything is worked out on Rome's wall clock (see `rome-time.ts`), in minutes counted from
 * today's midnight: yesterday's intervals start below 0, tomorrow's at 1440. An interval belongs
 * to the day it starts on, so a holiday or closure on that day cancels all of it, including the
 * part after midnight.
 */
import { WEEKDAYS } from '../data/types.js';
import type { Closure, OpeningHours, ServiceStatus, Weekday } from '../data/types.js';
import { normalize } from '../lib/normalize.js';
import { italianHoliday } from './holidays.js';
import type { HolidayId } from './holidays.js';
import { addDays, romeMoment } from './rome-time.js';
import type { RomeMoment } from './rome-time.js';

/** What the status depends on; a `Service` is one. */
export interface OpeningFacts {
  readonly hours: readonly OpeningHours[];
  /** Without hours, whether to say "call to ask" (there is a number) or "by appointment". */
  readonly phone?: readonly string[];
  readonly appointment?: 'needed' | 'walk-in';
  readonly status?: ServiceStatus;
  readonly closures: readonly Closure[];
  readonly openOnHolidays?: boolean;
  readonly municipality?: string;
}

/** A moment the status refers to: Rome date and time, and how many days from today (0 today, 1 tomorrow). */
export interface At {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM`, never `24:00`: the end of a day is the next day's `00:00`. */
  readonly time: string;
  readonly weekday: Weekday;
  readonly daysAhead: number;
}

/** Why today is shut whatever the hours say. */
export type ShutReason =
  | { readonly kind: 'holiday'; readonly holiday: HolidayId }
  | { readonly kind: 'closure'; readonly closure: Closure };

export type OpeningStatus =
  /**
   * No hours: "call for hours" when there is a number (`call`), "by appointment" when the
   * directory says so (`appointment`), else only that they are not known.
   */
  | { readonly kind: 'unknown'; readonly call: boolean; readonly appointment: boolean }
  /** `status: 'closed'`. */
  | { readonly kind: 'permanently-closed' }
  /** `status: 'temporarily-closed'`. */
  | { readonly kind: 'temporarily-closed' }
  /** `closes` is absent when it does not close within the next 7 days (round the clock). */
  | { readonly kind: 'open'; readonly closes?: At }
  /**
   * `opens`: the next opening, absent when there is none in the next 14 days. `today`: why today
   * is shut, when it is a holiday or a closure (also after an interval from the day before ran
   * past midnight into it).
   */
  | { readonly kind: 'closed'; readonly opens?: At; readonly today?: ShutReason };

const DAY = 1440;
/** `closes` is given when it falls on one of the next 7 days (`daysAhead` ≤ 7). */
const CLOSES_WITHIN_DAYS = 7;
/** `opens` is given when it falls on one of the next 14 days (`daysAhead` ≤ 14). */
const OPENS_WITHIN_DAYS = 14;

const NO_CLOSURES: readonly Closure[] = [];

const COLON = 58;
const ZERO = 48;

/**
 * Comune names as compared (see {@link normalize}). A province has a few dozen, and filtering a
 * list compares each once per service; folding accents every time would take most of the filter's
 * time. Emptied when it grows past a size no directory reaches.
 */
const comuneKeys = new Map<string, string>();

/** The last day before asked for: filtering a list asks for the same one once per service. */
let lastDayBefore = { date: '', before: '' };

/**
 * The service's status at `now`: open until when, or closed and opening when. `directoryClosures`
 * are the directory's own closures (those naming a comune apply to its services only).
 */
export function openingStatus(
  facts: OpeningFacts,
  now: Date,
  directoryClosures: readonly Closure[] = NO_CLOSURES,
): OpeningStatus {
  if (facts.status === 'closed') return { kind: 'permanently-closed' };
  if (facts.status === 'temporarily-closed') return { kind: 'temporarily-closed' };
  if (facts.hours.length === 0) return { kind: 'unknown', call: (facts.phone?.length ?? 0) > 0, appointment: facts.appointment === 'needed' };
  const moment = romeMoment(now);
  const today = shutReason(facts, moment.date, directoryClosures);
  const spans = openSpans(facts, moment, directoryClosures);
  const minute = moment.minutes;
  const current = spans.find(([start, end]) => start <= minute && minute < end);
  if (current) {
    const closes = current[1];
    return closes < (CLOSES_WITHIN_DAYS + 1) * DAY ? { kind: 'open', closes: at(moment, closes) } : { kind: 'open' };
  }
  const next = spans.find(([start]) => start > minute);
  const opens = next && next[0] < (OPENS_WITHIN_DAYS + 1) * DAY ? at(moment, next[0]) : undefined;
  return { kind: 'closed', ...(opens && { opens }), ...(today && { today }) };
}

/**
 * `openingStatus(...).kind === 'open'`, cheaply enough to filter 50,000 services: only today's
 * and yesterday's intervals can cover the present, and a day is checked for holidays and
 * closures only when one of its intervals does.
 */
export function isOpenAt(
  facts: OpeningFacts,
  now: Date,
  directoryClosures: readonly Closure[] = NO_CLOSURES,
): boolean {
  if (facts.status === 'closed' || facts.status === 'temporarily-closed' || facts.hours.length === 0) return false;
  const { date, minutes, weekday } = romeMoment(now);
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 6) % 7];
  let todayShut: boolean | undefined;
  let yesterdayShut: boolean | undefined;
  for (const hours of facts.hours) {
    const [start, end] = span(hours);
    if (start <= minutes && minutes < end && hours.days.includes(weekday)) {
      todayShut ??= shutReason(facts, date, directoryClosures) !== undefined;
      if (!todayShut) return true;
    }
    if (minutes < end - DAY && hours.days.includes(yesterday)) {
      yesterdayShut ??= shutReason(facts, dayBefore(date), directoryClosures) !== undefined;
      if (!yesterdayShut) return true;
    }
  }
  return false;
}

/**
 * Why `date` is shut, if it is: the service's own closures first, then the directory's (their
 * notes say where to go instead), then a national holiday unless it opens on holidays.
 */
/** A day {@link openSpans} looks at, and its public holiday (null: none). */
interface Day {
  readonly date: string;
  readonly holiday: HolidayId | null;
}

/**
 * Yesterday to {@link OPENS_WITHIN_DAYS} days ahead of `date`, kept for the last date asked: the
 * same for every row of a list, which would otherwise work each date out again per service.
 */
let lastDays: { readonly date: string; readonly days: readonly Day[] } | undefined;

function daysAround(date: string): readonly Day[] {
  if (lastDays?.date !== date) {
    const days = Array.from({ length: OPENS_WITHIN_DAYS + 2 }, (_, i) => addDays(date, i - 1)).map((day) => ({ date: day, holiday: italianHoliday(day) ?? null }));
    lastDays = { date, days };
  }
  return lastDays.days;
}

function shutReason(
  facts: OpeningFacts,
  date: string,
  directoryClosures: readonly Closure[],
  /** Known already (null: none), or worked out here. */
  known?: HolidayId | null,
): ShutReason | undefined {
  for (const closure of facts.closures) {
    if (closure.from <= date && date <= closure.to) return { kind: 'closure', closure };
  }
  for (const closure of directoryClosures) {
    if (closure.from <= date && date <= closure.to && appliesTo(closure, facts)) return { kind: 'closure', closure };
  }
  if (facts.openOnHolidays) return undefined;
  const holiday = known === undefined ? italianHoliday(date) : known;
  return holiday ? { kind: 'holiday', holiday } : undefined;
}

/** A directory closure naming a comune shuts its services only, however the names are spelled. */
function appliesTo(closure: Closure, facts: OpeningFacts): boolean {
  if (closure.municipality === undefined) return true;
  if (facts.municipality === undefined) return false;
  return closure.municipality === facts.municipality || comuneKey(closure.municipality) === comuneKey(facts.municipality);
}

function dayBefore(date: string): string {
  if (lastDayBefore.date !== date) lastDayBefore = { date, before: addDays(date, -1) };
  return lastDayBefore.before;
}

function comuneKey(name: string): string {
  let key = comuneKeys.get(name);
  if (key === undefined) {
    if (comuneKeys.size >= 1000) comuneKeys.clear();
    key = normalize(name);
    comuneKeys.set(name, key);
  }
  return key;
}

/**
 * The open intervals from yesterday to `OPENS_WITHIN_DAYS` days ahead, in minutes from today's
 * midnight, sorted, with those that touch or overlap merged (Friday 22:00–24:00 and Saturday
 * 00:00–02:00 are one interval that closes at 02:00).
 */
function openSpans(facts: OpeningFacts, moment: RomeMoment, directoryClosures: readonly Closure[]): [number, number][] {
  const todayIndex = WEEKDAYS.indexOf(moment.weekday);
  const days = daysAround(moment.date);
  const spans: [number, number][] = [];
  for (let daysAhead = -1; daysAhead <= OPENS_WITHIN_DAYS; daysAhead++) {
    const weekday = WEEKDAYS[(todayIndex + daysAhead + 7) % 7];
    const hours = facts.hours.filter((entry) => entry.days.includes(weekday));
    if (hours.length === 0) continue;
    const day = days[daysAhead + 1];
    if (shutReason(facts, day.date, directoryClosures, day.holiday)) continue;
    const offset = daysAhead * DAY;
    for (const entry of hours) {
      const [start, end] = span(entry);
      if (!Number.isNaN(end)) spans.push([offset + start, offset + end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * An interval in minutes from the midnight of the day it starts on: `closes` at or before
 * `opens` runs past midnight (`22:00`–`02:00`, `09:00`–`00:00`). NaN for a time that is not `HH:MM`.
 */
function span(hours: OpeningHours): [number, number] {
  const opens = minutesOf(hours.opens);
  // NaN when either time is, so a bad `opens` cannot make yesterday's interval reach into today.
  const length = minutesOf(hours.closes) - opens;
  return [opens, opens + (length > 0 ? length : length + DAY)];
}

/**
 * `HH:MM` -> minutes since midnight; `24:00` is 1440. NaN when it is not a time of the day.
 * Digit by digit: it runs for every interval of every service when a list is filtered.
 */
function minutesOf(time: string): number {
  if (time.length !== 5 || time.charCodeAt(2) !== COLON) return NaN;
  const h1 = digit(time, 0);
  const h2 = digit(time, 1);
  const m1 = digit(time, 3);
  const m2 = digit(time, 4);
  const minutes = (h1 * 10 + h2) * 60 + m1 * 10 + m2;
  return m1 < 6 && minutes <= DAY ? minutes : NaN;
}

/** The digit at `index`, NaN when it is not one. */
function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - ZERO;
  return value >= 0 && value <= 9 ? value : NaN;
}

/** A minute counted from today's midnight, as a date and time. */
function at(moment: RomeMoment, minute: number): At {
  const daysAhead = Math.floor(minute / DAY);
  const ofDay = minute - daysAhead * DAY;
  const weekday = WEEKDAYS[(WEEKDAYS.indexOf(moment.weekday) + daysAhead) % 7];
  return {
    date: addDays(moment.date, daysAhead),
    time: `${pad2(Math.floor(ofDay / 60))}:${pad2(ofDay % 60)}`,
    weekday,
    daysAhead,
  };
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
