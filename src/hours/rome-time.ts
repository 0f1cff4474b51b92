/**
 * Europe/Rome wall-clock time, whatever the device's own time zone. Pure: values in, values out.
 *
 * Opening hours are written in Rome's local time, so an instant is turned into a Rome date and
 * minute of the day once; everything after that is civil-date arithmetic, with no time zone and
 * no DST to think about.
 */
import type { Weekday } from '../data/types.js';

/** An instant as a clock and a calendar on a wall in Rome show it. */
export interface RomeMoment {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Minutes since midnight, 0…1439 (wall clock: on DST change days an hour is skipped or repeated). */
  readonly minutes: number;
  readonly weekday: Weekday;
}

/** `Date#getUTCDay()` order: Sunday first. */
const UTC_WEEKDAYS: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The last answer, by UTC minute: filtering a list asks about the same instant once per service.
 * Rome's offset is a whole number of hours, so every instant of one UTC minute has the same answer.
 */
let last: { readonly minute: number; readonly moment: RomeMoment } | undefined;

/**
 * The Rome date, minute of the day and weekday of `instant`. Throws a `RangeError` on an invalid date.
 *
 * Rome keeps the European Union's time (Directive 2000/84/EC): UTC+1, and UTC+2 from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October. Worked out here rather than
 * asked of `Intl.DateTimeFormat` with `timeZone: 'Europe/Rome'`: the first `Intl` object a page
 * makes loads the browser's ICU data, 40-70 ms of a cheap phone's first view before the first row
 * (test/hours/rome-time.test.ts checks every half hour of 2020-2035 against `Intl`).
 */
export function romeMoment(instant: Date): RomeMoment {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid time value');
  const minute = Math.floor(time / MINUTE_MS);
  if (last?.minute === minute) return last.moment;
  const wall = new Date(time + (isSummerTime(time) ? 2 : 1) * HOUR_MS);
  const moment: RomeMoment = {
    date: `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1, 2)}-${pad(wall.getUTCDate(), 2)}`,
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    weekday: UTC_WEEKDAYS[wall.getUTCDay()] ?? 'mo',
  };
  last = { minute, moment };
  return moment;
}

/** True from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function isSummerTime(time: number): boolean {
  const year = new Date(time).getUTCFullYear();
  return time >= lastSundayAt1Utc(year, 2) && time < lastSundayAt1Utc(year, 9);
}

/** 01:00 UTC on the last Sunday of `month` (0-based; a month of 31 days). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 31);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS + HOUR_MS;
}

/** The civil date `days` days after `date` (before it when negative); both `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const day = new Date(civilTime(date) + days * 86_400_000);
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
}

/** The weekday of a civil date `YYYY-MM-DD` (`mo` for a string that is not one). */
export function weekdayOf(date: string): Weekday {
  return UTC_WEEKDAYS[new Date(civilTime(date)).getUTCDay()] ?? 'mo';
}

/** Midnight UTC of a civil date: days are then exactly 86,400,000 ms long. */
function civilTime(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
