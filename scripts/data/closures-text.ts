/**
 * A service's closures as people type them in one spreadsheet cell, and back (docs/spreadsheet.md):
 *
 *   2026-08-10..2026-08-21 ferie estive [en: summer holidays]; 24/12/2026; 2027-01-07 inventario
 *
 * Closures are separated by `;` or a new line. Each starts with its first day shut, then
 * optionally `..` (or a dash) and the last day shut, then, after a space (or `:`, or ` - `), the
 * note: the Italian text first, other languages at the end in square brackets, `[en: …]`. Dates
 * are `YYYY-MM-DD` or `DD/MM/YYYY` (as in the date columns). So a note cannot hold `;`, a line
 * break or square brackets: `closuresCellProblem` says when a directory's closures cannot be
 * written in the cell.
 */
import { LANGUAGE_CODE } from '../../src/data/fields.js';
import type { Closure, LocalText } from '../../src/data/types.js';
import { isDate } from './checks.js';

/** A closure as the directory JSON writes it: `to` only when it is not `from`, a note in Italian as a plain string. */
export interface RawClosure {
  readonly from: string;
  readonly to?: string;
  readonly note?: string | LocalText;
}

export type ClosuresTextResult = { ok: true; closures: RawClosure[] } | { ok: false; message: string };

const EXAMPLE = 'write closures like "2026-08-10..2026-08-21 ferie estive; 2026-12-24"';
const DATE_TEXT = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}`;
/** The first day, optionally `..`, `-` or `–` and the last day, then the rest. */
const DATES = new RegExp(String.raw`^(${DATE_TEXT})(?:\s*(?:\.\.|-|–)\s*(${DATE_TEXT}))?([\s\S]*)$`);
const ITALIAN_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
/** Between the dates and the note: a space, or `:` or a dash with spaces around it (`2026-12-24 - chiuso`). */
const NOTE_START = /^(?:\s*:\s*|\s+[-–]\s+|\s+)/;
/** `[en: summer holidays]` */
const LANGUAGE_NOTE = /^\[\s*([^\s:\]]+)\s*:\s*([^\]]*)\]\s*/;

/** `10/08/2026` or `10.08.2026` -> `2026-08-10`; any other text as it is. */
export function isoDate(text: string): string {
  const [, day = '', month = '', year = ''] = ITALIAN_DATE.exec(text) ?? [];
  return year === '' ? text : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Reads the closures typed in a cell; an empty cell means none. */
export function parseClosuresText(text: string): ClosuresTextResult {
  const closures: RawClosure[] = [];
  for (const part of text.split(/[;\n\r]+/)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const read = readClosure(trimmed);
    if (typeof read === 'string') return { ok: false, message: read };
    closures.push(read);
  }
  return { ok: true, closures };
}

function readClosure(text: string): RawClosure | string {
  const [, first = '', last, rest = ''] = DATES.exec(text) ?? [];
  if (first === '') return `cannot read "${text}": a closure starts with its first day shut, written 2026-12-24 or 24/12/2026; ${EXAMPLE}`;
  for (const date of [first, last]) {
    if (date !== undefined && !isDate(isoDate(date))) return `"${date}" is not a real date; write it like 2026-08-10 or 10/08/2026`;
  }
  const from = isoDate(first);
  const to = last === undefined ? from : isoDate(last);
  if (to < from) return `cannot read "${text}": the last day shut (${last}) is before the first (${first}); write the first day, then the last: ${last}..${first}`;
  if (/^\s*\.\./.test(rest)) return `cannot read "${text}": after ".." write the last day shut, e.g. "2026-08-10..2026-08-21"`;
  const [gap] = NOTE_START.exec(rest) ?? [];
  if (rest !== '' && gap === undefined) return `cannot read "${text}": put a space between the dates and the note, e.g. "${first} ferie"`;
  const note = readNote(rest.slice(gap?.length ?? 0).trim());
  if (!note.ok) return `cannot read "${text}": ${note.message}`;
  const closure: { from: string; to?: string; note?: string | LocalText } = { from };
  if (to !== from) closure.to = to;
  if (note.note !== undefined) closure.note = note.note;
  return closure;
}

type NoteRead = { ok: true; note?: string | LocalText } | { ok: false; message: string };

/** `ferie estive [en: summer holidays]` -> `{it, en}`; Italian alone -> a plain string. */
function readNote(text: string): NoteRead {
  const brackets = 'square brackets hold the note in another language, like [en: summer holidays], at the end of the note; write other remarks in round brackets ( )';
  const start = text.indexOf('[');
  const italian = (start < 0 ? text : text.slice(0, start)).trim();
  if (italian.includes(']')) return { ok: false, message: `a "]" without its "["; ${brackets}` };
  const texts: Record<string, string> = italian === '' ? {} : { it: italian };
  let rest = start < 0 ? '' : text.slice(start);
  while (rest !== '') {
    if (!rest.startsWith('[')) {
      return { ok: false, message: `"${rest}" comes after the note in another language; write the Italian note first, then the other languages at the end, e.g. "ferie estive [en: summer holidays]"` };
    }
    const [group = '', code = '', note = ''] = LANGUAGE_NOTE.exec(rest) ?? [];
    if (group === '' || !LANGUAGE_CODE.test(code)) return { ok: false, message: `"${rest}": ${brackets}` };
    const language = code.toLowerCase();
    if (Object.hasOwn(texts, language)) return { ok: false, message: `the note in "${language}" is written twice; keep one` };
    if (note.trim() !== '') texts[language] = note.trim();
    rest = rest.slice(group.length);
  }
  const languages = Object.keys(texts);
  if (languages.length === 0) return { ok: true };
  return { ok: true, note: languages.length === 1 && languages[0] === 'it' ? texts.it : texts };
}

/** The cell for a service's (validated) closures, e.g. `2026-08-10..2026-08-21 ferie estive [en: summer holidays]`. */
export function formatClosuresText(closures: readonly Closure[]): string {
  return closures.map(formatClosure).join('; ');
}

function formatClosure(closure: Closure): string {
  const dates = closure.to === closure.from ? closure.from : `${closure.from}..${closure.to}`;
  const note = closure.note ?? {};
  const others = Object.keys(note).filter((code) => code !== 'it').map((code) => `[${code}: ${note[code]}]`);
  return [dates, note.it, ...others].filter((part) => part !== undefined).join(' ');
}

/**
 * Why these closures cannot be written in the cell and read back the same (a note with `;`, a
 * line break or square brackets…), as `closures[1].note …`; undefined when they can.
 */
export function closuresCellProblem(closures: readonly Closure[]): string | undefined {
  for (const [index, closure] of closures.entries()) {
    const texts = Object.values(closure.note ?? {});
    const field = `closures[${index}].note`;
    const bad = texts.find((text) => /[;\n\r[\]]/.test(text));
    if (bad !== undefined) {
      const what = bad.includes(';') ? 'a ";"' : /[\n\r]/.test(bad) ? 'a line break' : 'square brackets';
      return `${field} ${JSON.stringify(bad)} holds ${what}, which the spreadsheet's closures column keeps for separating closures (; and line breaks) and for other languages ([en: …]); write the note without it (a comma, round brackets), then export again`;
    }
    const read = parseClosuresText(formatClosure(closure));
    const back = read.ok && read.closures.length === 1 ? read.closures[0] : undefined;
    const note = typeof back?.note === 'string' ? { it: back.note } : back?.note;
    const same = back !== undefined && back.from === closure.from && (back.to ?? back.from) === closure.to && sameText(note, closure.note);
    if (!same) return `${field} cannot be written in the spreadsheet's closures column and read back the same; start the note with a word, then export again`;
  }
  return undefined;
}

function sameText(a: LocalText | undefined, b: LocalText | undefined): boolean {
  const keys = (text: LocalText | undefined): string[] => Object.keys(text ?? {}).sort();
  return JSON.stringify(keys(a)) === JSON.stringify(keys(b)) && keys(a).every((key) => a?.[key] === b?.[key]);
}
