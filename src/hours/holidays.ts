/**
 * Italian national public holidays (feste nazionali), the days most offices are shut. Pure.
 *
 * Local patron saints' days are not here: they differ by comune, so publishers list them as
 * directory closures with a `municipality`.
 */

export type HolidayId =
  | 'new-year'
  | 'epiphany'
  | 'easter'
  | 'easter-monday'
  | 'liberation'
  | 'labour'
  | 'republic'
  | 'assumption'
  | 'st-francis'
  | 'all-saints'
  | 'immaculate'
  | 'christmas'
  | 'st-stephen';

/** Holidays on the same date every year, by `MM-DD`. */
const FIXED: Readonly<Record<string, HolidayId>> = {
  '01-01': 'new-year',
  '01-06': 'epiphany',
  '04-25': 'liberation',
  '05-01': 'labour',
  '06-02': 'republic',
  '08-15': 'assumption',
  '10-04': 'st-francis',
  '11-01': 'all-saints',
  '12-08': 'immaculate',
  '12-25': 'christmas',
  '12-26': 'st-stephen',
};

/** San Francesco (4 October) became a national holiday again by the law the Senate passed on 1 October 2025. */
const ST_FRANCIS_SINCE = 2026;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Easter Sunday of a Gregorian year, `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  const [month, day] = easterMonthDay(year);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The national holiday on `date` (`YYYY-MM-DD`), or `undefined` on a working day or a string
 * that is not a date. When Easter or Easter Monday falls on 25 April (2011, 2038), the day is
 * named after Easter: the feast people plan around.
 */
export function italianHoliday(date: string): HolidayId | undefined {
  if (date === last.date) return last.holiday;
  const holiday = findHoliday(date);
  last = { date, holiday };
  return holiday;
}

/**
 * The last answer: filtering a list asks about the same date once per service, 50,000 times.
 * `date` starts as a string no date equals.
 */
let last: { readonly date: string; readonly holiday: HolidayId | undefined } = { date: '-', holiday: undefined };

function findHoliday(date: string): HolidayId | undefined {
  if (!DATE.test(date)) return undefined;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  // Easter falls between 22 March and 25 April, so Easter Monday by 26 April.
  if (month === 3 || month === 4) {
    const day = Number(date.slice(8, 10));
    const [easterMonth, easterDay] = easterMonthDay(year);
    if (month === easterMonth && day === easterDay) return 'easter';
    // The next day: 1 April when Easter is 31 March.
    const [mondayMonth, mondayDay] = easterDay === 31 ? [4, 1] : [easterMonth, easterDay + 1];
    if (month === mondayMonth && day === mondayDay) return 'easter-monday';
  }
  const fixed = FIXED[date.slice(5)];
  if (fixed === 'st-francis' && year < ST_FRANCIS_SINCE) return undefined;
  return fixed;
}

/** The anonymous Gregorian algorithm (Meeus/Jones/Butcher): [month 3 or 4, day]. */
function easterMonthDay(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
