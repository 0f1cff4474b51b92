/**
 * The words and clock times that hours-text.ts understands, and the tokens it reads them into.
 * Pure: no DOM, no Node. Matching ignores case and accents (`Lunedì` = `lunedi`).
 */
import { WEEKDAYS, type Weekday } from '../../src/data/types.js';

export const DEFAULT_HINT = 'write days and times like "lun-ven 9-13, 15-18"';

/** A part of the text that cannot be read: why, and how to write it instead. */
export class HoursError extends Error {
  constructor(
    readonly reason: string,
    readonly hint = DEFAULT_HINT,
  ) {
    super(reason);
  }
}

/** Day names, full or short, Italian and English. */
export const DAY_WORDS: ReadonlyMap<string, Weekday> = wordTable({
  mo: 'lun lunedi mo mon monday',
  tu: 'mar martedi tu tue tues tuesday',
  we: 'mer mercoledi we wed weds wednesday',
  th: 'gio giovedi th thu thur thurs thursday',
  fr: 'ven venerdi fr fri friday',
  sa: 'sab sabato sa sat saturday',
  su: 'dom domenica su sun sunday',
});

/** Phrases naming several days at once. */
export const DAY_PHRASES: readonly (readonly [string, readonly Weekday[]])[] = [
  ['tutti i giorni', WEEKDAYS],
  ['tutti giorni', WEEKDAYS],
  ['ogni giorno', WEEKDAYS],
  ['tutta la settimana', WEEKDAYS],
  ['every day', WEEKDAYS],
  ['everyday', WEEKDAYS],
  ['daily', WEEKDAYS],
  ['all week', WEEKDAYS],
  ['giorni feriali', WEEKDAYS.slice(0, 6)],
  ['feriali', WEEKDAYS.slice(0, 6)],
  ['weekdays', WEEKDAYS.slice(0, 5)],
  ['fine settimana', WEEKDAYS.slice(5)],
  ['weekend', WEEKDAYS.slice(5)],
];

/** `dom chiuso`: days named only to say they are closed. */
export const CLOSED_WORDS: ReadonlySet<string> = new Set(['chiuso', 'chiusa', 'closed']);
/** Words that join two items of a list, join the two ends of a range, or mean nothing here. */
const LIST_WORDS = new Set(['e', 'ed', 'and']);
const RANGE_WORDS = new Set(['a', 'al', 'alle', 'to', 'till', 'until']);
const FILLER_WORDS = new Set(['ore', 'h', 'hrs', 'dalle', 'dal', 'da', 'from', 'orario']);

/** `number`: a clock time as typed; `dash`: `-` or a word like "alle"; `list`: `,`, `/`, "e". */
export interface Token {
  readonly kind: 'number' | 'word' | 'dash' | 'list' | 'other';
  /** As typed, for messages. */
  readonly text: string;
  /** Lower case, without accents, for matching. */
  readonly key: string;
}

const TOKEN = /\s+|(\d+(?:[.:]\d+)?)|([\p{L}\p{M}]+)['’]?\.?|([-–—−])|([,&/+])|([:.])|(\S)/uy;

/** The tokens of one group of text; filler words and stray `:`/`.` are left out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null && match[0] !== ''; match = TOKEN.exec(text)) {
    const [, number, word, dash, list, , other] = match;
    const key = (word ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (number !== undefined) tokens.push({ kind: 'number', text: number, key: number });
    else if (word !== undefined && LIST_WORDS.has(key)) tokens.push({ kind: 'list', text: word, key });
    else if (word !== undefined && RANGE_WORDS.has(key)) tokens.push({ kind: 'dash', text: word, key });
    else if (word !== undefined && !FILLER_WORDS.has(key)) tokens.push({ kind: 'word', text: word, key });
    else if (dash !== undefined) tokens.push({ kind: 'dash', text: dash, key: '-' });
    else if (list !== undefined) tokens.push({ kind: 'list', text: list, key: ',' });
    else if (other !== undefined) tokens.push({ kind: 'other', text: other, key: other });
  }
  return tokens;
}

/**
 * `9`, `9.30`, `9:30`, `09:30` -> `HH:MM`; with `half` (`am`/`pm`), a 12-hour time (`5 pm` ->
 * `17:00`). `24`/`24:00` only as a closing time.
 */
export function readTime(text: string, closing: boolean, half?: 'am' | 'pm'): string {
  const [, hour = '', minute = '00'] = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text) ?? [];
  let h = Number(hour);
  const m = Number(minute);
  const valid = hour !== '' && m <= 59 && (half === undefined ? h <= 23 || (closing && h === 24 && m === 0) : h >= 1 && h <= 12);
  const shown = half === undefined ? text : `${text} ${half}`;
  if (!valid) throw new HoursError(`"${shown}" is not a time of day`, 'write times like 9, 9.30 or 09:30, from 00:00 to 24:00');
  if (half !== undefined) h = (h % 12) + (half === 'pm' ? 12 : 0);
  return `${String(h).padStart(2, '0')}:${minute}`;
}

function wordTable(lists: Readonly<Record<Weekday, string>>): Map<string, Weekday> {
  return new Map(WEEKDAYS.flatMap((day) => lists[day].split(' ').map((word) => [word, day] as const)));
}
