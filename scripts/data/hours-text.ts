/**
 * Opening hours as people type them in a spreadsheet cell, in Italian or English, and back.
 *
 * Read: `lun-ven 9-13, 15-18`, `Mo-Fr 09:00-13:00,15:00-18:00`, `lun, mer, ven 15:00-20:00; sab
 * 8:30-13:30`, `lunedì 9.30-12.30`, `mar e gio 10-12`, `tutti i giorni 9-19`, `every day 9-19`,
 * `dal lunedì al venerdì dalle 9 alle 13`, `ven-lun 10-12` (a range may wrap past Sunday), `dom
 * chiuso`. Groups are separated by `;`, a new line, or a comma before the next days. A closing time
 * before the opening time is read as "after midnight" only when it is before 06:00 (`ven 22-2`).
 *
 * Normal form (`normalizeHours`): one entry per distinct opening interval, its days in week order,
 * entries sorted by their first day, then opening and closing time. `parseHoursText` returns this
 * form, and `parseHoursText(formatHoursText(h))` gives `normalizeHours(h)` for any valid `h`.
 */
import { CLOSED_WORDS, DAY_PHRASES, DAY_WORDS, HoursError, readTime, tokenize, type Token } from './hours-tokens.js';
import { WEEKDAYS, type OpeningHours, type Weekday } from '../../src/data/types.js';

export type HoursTextResult = { ok: true; hours: OpeningHours[] } | { ok: false; message: string };

const ITALIAN = ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'];
/** Before this, a closing time earlier than the opening time means the next morning. */
const LATEST_NIGHT_CLOSING = '06:00';

/** Reads opening hours typed by a person; empty text means no structured hours. */
export function parseHoursText(text: string): HoursTextResult {
  const hours: OpeningHours[] = [];
  for (const part of text.split(/[;\n\r]+/)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    try {
      hours.push(...new Reader(tokenize(trimmed)).readPart());
    } catch (error) {
      if (!(error instanceof HoursError)) throw error;
      return { ok: false, message: `cannot read "${trimmed}": ${error.reason}; ${error.hint}` };
    }
  }
  return { ok: true, hours: normalizeHours(hours) };
}

/** The canonical Italian text, e.g. `lun-ven 09:00-13:00, 15:00-18:00; sab 09:00-12:00`. */
export function formatHoursText(hours: readonly OpeningHours[]): string {
  const slotsByDay = WEEKDAYS.map((day) => {
    const slots = hours.filter((entry) => entry.days.includes(day)).map((entry) => `${entry.opens}-${entry.closes}`);
    return [...new Set(slots)].sort().join(', ');
  });
  const groups: string[] = [];
  slotsByDay.forEach((slots, index) => {
    if (slots === '' || slotsByDay.indexOf(slots) !== index) return;
    const days = WEEKDAYS.filter((_, other) => slotsByDay[other] === slots);
    groups.push(`${formatDays(days)} ${slots}`);
  });
  return groups.join('; ');
}

/** One entry per distinct interval, days in week order, sorted by first day, opens, closes. */
export function normalizeHours(hours: readonly OpeningHours[]): OpeningHours[] {
  const daysBySlot = new Map<string, Set<Weekday>>();
  for (const { days, opens, closes } of hours) {
    const key = `${opens}-${closes}`;
    const set = daysBySlot.get(key) ?? new Set<Weekday>();
    days.forEach((day) => set.add(day));
    daysBySlot.set(key, set);
  }
  const entries = [...daysBySlot].map(([key, set]) => {
    const [opens = '', closes = ''] = key.split('-');
    return { days: WEEKDAYS.filter((day) => set.has(day)), opens, closes };
  });
  const rank = (entry: OpeningHours): string => `${WEEKDAYS.indexOf(entry.days[0] ?? 'mo')} ${entry.opens} ${entry.closes}`;
  return entries.filter((entry) => entry.days.length > 0).sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
}

/** `lun-ven`, `lun, mer`, `ven-lun` (a run that wraps past Sunday), `lun-dom`. */
function formatDays(days: readonly Weekday[]): string {
  const runs: number[][] = [];
  for (const index of days.map((day) => WEEKDAYS.indexOf(day))) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[last.length - 1] === index - 1) last.push(index);
    else runs.push([index]);
  }
  const first = runs[0];
  const final = runs[runs.length - 1];
  if (runs.length > 1 && first?.[0] === 0 && final?.[final.length - 1] === 6) {
    runs[runs.length - 1] = [...final, ...first];
    runs.shift();
  }
  return runs
    .map((run) => {
      const names = run.map((index) => ITALIAN[index]);
      return run.length >= 3 ? `${names[0]}-${names[names.length - 1]}` : names.join(', ');
    })
    .join(', ');
}

/** Reads one group's tokens: `days times [, days times]…`. */
class Reader {
  private position = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  readPart(): OpeningHours[] {
    const hours: OpeningHours[] = [];
    while (this.peek() !== undefined) {
      const days = this.readDays();
      for (const [opens, closes] of this.readSlots()) hours.push({ days, opens, closes });
      if (this.peek()?.kind === 'list' && this.startsDays(this.position + 1)) this.position++;
      else if (this.peek() !== undefined && !this.startsDays(this.position)) throw this.unexpected(this.peek());
    }
    return hours;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  private readDays(): Weekday[] {
    if (this.peek()?.kind === 'number') throw new HoursError('it does not say which days');
    const days = new Set<Weekday>();
    do {
      if (this.peek()?.kind === 'list') this.position++;
      this.readDayItem().forEach((day) => days.add(day));
    } while (this.startsDays(this.position) || (this.peek()?.kind === 'list' && this.startsDays(this.position + 1)));
    return WEEKDAYS.filter((day) => days.has(day));
  }

  private readDayItem(): readonly Weekday[] {
    const phrase = this.matchPhrase(this.position);
    if (phrase !== undefined) {
      this.position += phrase[0].split(' ').length;
      return phrase[1];
    }
    const from = this.readDay();
    if (this.peek()?.kind !== 'dash') return [from];
    this.position++;
    const to = this.readDay();
    const start = WEEKDAYS.indexOf(from);
    const length = ((WEEKDAYS.indexOf(to) - start + 7) % 7) + 1;
    return Array.from({ length }, (_, step) => WEEKDAYS[(start + step) % 7] as Weekday);
  }

  private readDay(): Weekday {
    const token = this.tokens[this.position++];
    const day = token?.kind === 'word' ? DAY_WORDS.get(token.key) : undefined;
    if (day !== undefined) return day;
    if (token?.kind === 'number') throw new HoursError(`a day is missing before "${token.text}"`);
    throw token === undefined ? new HoursError('a day is missing at the end') : this.unexpected(token);
  }

  private readSlots(): [string, string][] {
    const next = this.peek();
    if (next?.kind === 'word' && CLOSED_WORDS.has(next.key)) {
      this.position++;
      return [];
    }
    if (next === undefined) throw new HoursError('the days have no times');
    const slots: [string, string][] = [];
    do {
      if (this.peek()?.kind === 'list') this.position++;
      slots.push(this.readSlot());
    } while (this.peek()?.kind === 'number' || (this.peek()?.kind === 'list' && this.peek(1)?.kind === 'number'));
    return slots;
  }

  private readSlot(): [string, string] {
    const start = this.tokens[this.position++];
    if (start?.kind !== 'number') throw start === undefined ? new HoursError('the days have no times') : this.unexpected(start);
    const opens = readTime(start.text, false, this.readHalf());
    const end = this.tokens[this.position + 1];
    if (this.peek()?.kind !== 'dash' || end?.kind !== 'number') throw new HoursError(`"${start.text}" has no closing time`);
    this.position += 2;
    const closes = readTime(end.text, true, this.readHalf());
    if (closes === opens) throw new HoursError(`it opens and closes at ${opens}`);
    if (closes < opens && closes >= LATEST_NIGHT_CLOSING) {
      throw new HoursError(
        `it closes at ${closes}, before it opens at ${opens}`,
        'write the opening time first, e.g. "lun 9-13" (a closing time before 06:00 means after midnight, e.g. "ven 22-2")',
      );
    }
    return [opens, closes];
  }

  /** `am`/`pm` after a time, as in `9am-5pm`. */
  private readHalf(): 'am' | 'pm' | undefined {
    const key = this.peek()?.key;
    if (key !== 'am' && key !== 'pm') return undefined;
    this.position++;
    return key;
  }

  private startsDays(position: number): boolean {
    const token = this.tokens[position];
    return token?.kind === 'word' && (DAY_WORDS.has(token.key) || this.matchPhrase(position) !== undefined);
  }

  private matchPhrase(position: number): readonly [string, readonly Weekday[]] | undefined {
    return DAY_PHRASES.find(([phrase]) =>
      phrase.split(' ').every((word, offset) => {
        const token = this.tokens[position + offset];
        return token !== undefined && token.kind !== 'number' && token.key === word;
      }),
    );
  }

  private unexpected(token: Token | undefined): HoursError {
    if (token === undefined) return new HoursError('it ends too early');
    if (token.kind === 'number') return new HoursError(`"${token.text}" is out of place`);
    return new HoursError(`"${token.text}" is not a day or a time`);
  }
}
