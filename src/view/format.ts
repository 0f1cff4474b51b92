import { WEEKDAYS, type OpeningHours, type Weekday } from '../data/types.js';

/**
 * Locale-aware formatting through Intl. Digits stay Latin (`latn`) in every language, so
 * numbers, times and dates read the same as on the phone's keypad and in the directory.
 */

const DAY_INDEX: Record<Weekday, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };

const formats = new Map<string, unknown>();

/** One Intl formatter per kind and language, made once: making one costs far more than using it. */
function format<T>(kind: string, locale: string, make: () => T): T {
  const key = `${kind} ${locale}`;
  let made = formats.get(key) as T | undefined;
  if (made === undefined) {
    made = make();
    formats.set(key, made);
  }
  return made;
}

/** 2024-01-01 was a Monday: used to name weekdays through Intl. */
export function weekdayName(day: Weekday, locale: string, width: 'short' | 'long'): string {
  const date = new Date(Date.UTC(2024, 0, 1 + DAY_INDEX[day]));
  return format(`weekday-${width}`, locale, () => new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' })).format(date);
}

/** Consecutive runs of weekdays: `mo tu we th fr` -> `[['mo','fr']]`. */
function dayRuns(days: readonly Weekday[]): Array<[Weekday, Weekday]> {
  const sorted = WEEKDAYS.filter((d) => days.includes(d));
  const runs: Array<[Weekday, Weekday]> = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && DAY_INDEX[day] === DAY_INDEX[last[1]] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

export function formatDays(days: readonly Weekday[], locale: string): string {
  const list = format('days', locale, () => new Intl.ListFormat(locale, { type: 'unit', style: 'short' }));
  return list.format(
    dayRuns(days).map(([from, to]) =>
      from === to
        ? weekdayName(from, locale, 'long')
        : `${weekdayName(from, locale, 'short')}–${weekdayName(to, locale, 'short')}`,
    ),
  );
}

/** One line per group of days with the same times: `lun–ven 09:00–13:00, 15:00–18:00`. */
export function formatHours(hours: readonly OpeningHours[], locale: string): string[] {
  const byDays = new Map<string, { days: readonly Weekday[]; times: string[] }>();
  for (const slot of hours) {
    const key = WEEKDAYS.filter((d) => slot.days.includes(d)).join(' ');
    const entry = byDays.get(key) ?? { days: slot.days, times: [] };
    // Isolated left to right (LRI … PDI): in Arabic or Urdu, "15:00–18:00" must not flip.
    entry.times.push(`\u2066${slot.opens}–${slot.closes}\u2069`);
    byDays.set(key, entry);
  }
  return [...byDays.values()].map(({ days, times }) => `${formatDays(days, locale)} ${times.join(', ')}`);
}

/** `2025-09-10` -> `10 settembre 2025` (in the given locale). */
export function formatDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls impossible dates over (Feb 30 -> Mar 2): show those as given instead.
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  const dates = format('date', locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }));
  return dates.format(date);
}

/** A count in Latin digits, grouped as the language groups them: `12.345` (it), `12,345` (en). */
export function formatCount(count: number, locale: string): string {
  // Below 1,000 no language groups digits: skip Intl, whose first use costs tens of ms.
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  return format('count', locale, () => new Intl.NumberFormat(locale, { numberingSystem: 'latn' })).format(count);
}

/** A time `HH:MM` kept left to right (LRI … PDI), so that it never flips inside Arabic or Urdu. */
export function formatTime(time: string): string {
  return `\u2066${time}\u2069`;
}

/** Text typed by a person or taken from data, set apart (FSI … PDI) inside a sentence of either direction. */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Text for outside the page (a chat message, a printed sheet): the isolates of times left out. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

/** A distance for "near me": `350 m`, `1,2 km`, `12 km` (the language's own unit words and decimals). */
export function formatDistance(metres: number, locale: string): string {
  if (metres < 1000) {
    const rounded = Math.max(10, Math.round(metres / 10) * 10);
    return format('metres', locale, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', numberingSystem: 'latn' })).format(rounded);
  }
  const digits = metres < 10_000 ? 1 : 0;
  return format(`km-${digits}`, locale, () =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: digits, numberingSystem: 'latn' }),
  ).format(metres / 1000);
}

/** A language code's name in the UI language: `fr` -> `francese` (it) / `French` (en). */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
