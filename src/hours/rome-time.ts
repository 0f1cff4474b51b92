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

/** Built once: making a `DateTimeFormat` costs far more than using one. */
const ROME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  // `h23`, not `hour12: false`: some engines print midnight as `24` with the latter.
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
});

const SHORT_WEEKDAYS: Readonly<Record<string, Weekday>> = {
  Mon: 'mo',
  Tue: 'tu',
  Wed: 'we',
  Thu: 'th',
  Fri: 'fr',
  Sat: 'sa',
  Sun: 'su',
};

/** `Date#getUTCDay()` order: Sunday first. */
const UTC_WEEKDAYS: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

const MINUTE_MS = 60_000;

/**
 * The last answer, by UTC minute. Filtering a list asks about the same instant once per service,
 * and `formatToParts` takes ~10 µs: 50,000 services would spend half a second in it. Rome's
 * offset is a whole number of hours, so every instant of one UTC minute has the same answer.
 */
let last: { readonly minute: number; readonly moment: RomeMoment } | undefined;

/** The Rome date, minute of the day and weekday of `instant`. Throws a `RangeError` on an invalid date. */
export function romeMoment(instant: Date): RomeMoment {
  const minute = Math.floor(instant.getTime() / MINUTE_MS);
  if (last?.minute === minute) return last.moment;
  const parts: Record<string, string> = {};
  for (const part of ROME.formatToParts(instant)) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const moment: RomeMoment = {
    date,
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
    weekday: SHORT_WEEKDAYS[parts.weekday] ?? weekdayOf(date),
  };
  last = { minute, moment };
  return moment;
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
