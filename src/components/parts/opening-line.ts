import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { At, OpeningStatus } from '../../hours/opening-status.js';
import type { ServiceStatus, Weekday } from '../../data/types.js';
import { formatTime } from '../../view/format.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

/**
 * The "open now" line of a service, in words: "Aperto ora · chiude alle 13:00", "Chiuso ora ·
 * apre domani alle 09:00", "Chiuso oggi (festivo) · apre lunedì alle 09:00", "Chiuso
 * temporaneamente", "Orari da chiedere al telefono" (only with a number to call), "Su appuntamento",
 * "Orari non noti". The colour class says open or closed; the
 * words say it too. Called from the render of @localized elements.
 */
export function renderOpeningLine(status: OpeningStatus) {
  const kind = openingKind(status);
  return html`<span class="opening opening-${kind}">${icon(openingIcon(status))}<span>${openingText(status)}</span></span>`;
}

/** The line's colour class: `open`, `closed` or `unknown`. */
export function openingKind(status: OpeningStatus): 'open' | 'closed' | 'unknown' {
  return status.kind === 'open' ? 'open' : status.kind === 'unknown' ? 'unknown' : 'closed';
}

/** The line's icon: a clock, or a phone when the hours are to be asked by phone. */
export function openingIcon(status: OpeningStatus): string {
  return status.kind === 'unknown' && status.call ? ICON_PATHS.phone : ICON_PATHS.clock;
}

/** The line's words, also for share texts and the printed list. */
export function openingText(status: OpeningStatus): string {
  switch (status.kind) {
    case 'unknown':
      // Never "call to ask" without a number to call.
      if (status.appointment) {
        return status.call
          ? msg('Su appuntamento: telefona per fissarlo', { desc: 'opening-line: no opening hours, the service sees people by appointment; call to book' })
          : msg('Su appuntamento', { desc: 'service-facts: appointment needed' });
      }
      return status.call
        ? msg('Orari da chiedere al telefono', { desc: 'opening-line: no opening hours known; call to ask' })
        : msg('Orari non noti', { desc: 'opening-line: no opening hours known, and no phone number to ask them' });
    case 'permanently-closed':
      return statusLabel('closed');
    case 'temporarily-closed':
      return statusLabel('temporarily-closed');
    case 'open':
      if (status.closes === undefined) return msg('Aperto 24 ore su 24', { desc: 'opening-line: open round the clock' });
      return joined(msg('Aperto ora', { desc: 'open now: the filter button, and the start of a service status line' }), closesText(status.closes));
    case 'closed': {
      const head =
        status.today?.kind === 'holiday'
          ? msg('Chiuso oggi (festivo)', { desc: 'opening-line: shut today, a public holiday' })
          : status.today?.kind === 'closure'
            ? msg('Chiuso oggi', { desc: 'opening-line: shut today (a closure the directory lists)' })
            : msg('Chiuso ora', { desc: 'opening-line: closed at this moment' });
      return status.opens === undefined ? head : joined(head, opensText(status.opens));
    }
  }
}

function joined(head: string, tail: string): string {
  return `${head} · ${tail}`;
}

function closesText(at: At): string {
  const time = formatTime(at.time);
  if (at.daysAhead === 0) return msg(str`chiude alle ${time}`, { desc: 'opening-line: closes today at a time' });
  if (at.daysAhead === 1) return msg(str`chiude domani alle ${time}`, { desc: 'opening-line: closes tomorrow (past midnight) at a time' });
  const day = weekdayInSentence(at.weekday);
  return msg(str`chiude ${day} alle ${time}`, { desc: 'opening-line: closes on a weekday at a time, e.g. closes Monday at 13:00' });
}

function opensText(at: At): string {
  const time = formatTime(at.time);
  if (at.daysAhead === 0) return msg(str`apre alle ${time}`, { desc: 'opening-line: opens later today at a time' });
  if (at.daysAhead === 1) return msg(str`apre domani alle ${time}`, { desc: 'opening-line: opens tomorrow at a time' });
  if (at.daysAhead < 7) {
    const day = weekdayInSentence(at.weekday);
    return msg(str`apre ${day} alle ${time}`, { desc: 'opening-line: opens on a weekday of this week at a time, e.g. opens Monday at 09:00' });
  }
  const date = dayAndMonth(at.date);
  // Italian elides the article before the days read with a vowel: "l’8 dicembre", "l’11 dicembre".
  if (at.date.endsWith('-08') || at.date.endsWith('-11')) {
    return msg(str`apre l’${date} alle ${time}`, {
      desc: "opening-line: opens on a date at a time, when the day is the 8th or the 11th (Italian writes l’8, l’11 instead of il 8, il 11); translate exactly as 'apre il <date> alle <time>'",
    });
  }
  return msg(str`apre il ${date} alle ${time}`, { desc: 'opening-line: opens on a date at a time, e.g. opens on 7 January at 09:00' });
}

/**
 * A weekday as "apre lunedì alle 09:00" and "chiude lunedì alle 13:00" write it. UI texts rather
 * than `Intl.DateTimeFormat`: the first date format a page makes loads the browser's date data
 * (tens of ms, four times that on a cheap phone) before the first list row could show, and a
 * translator can give the form a sentence needs.
 */
function weekdayInSentence(day: Weekday): string {
  return WEEKDAYS_IN_SENTENCE[day]();
}

const WEEKDAYS_IN_SENTENCE: Readonly<Record<Weekday, () => string>> = {
  mo: () => msg('lunedì', { desc: "opening-line: a weekday inside 'opens/closes <weekday> at <time>'" }),
  tu: () => msg('martedì', { desc: "opening-line: a weekday inside 'opens/closes <weekday> at <time>'" }),
  we: () => msg('mercoledì', { desc: "opening-line: a weekday inside 'opens/closes <weekday> at <time>'" }),
  th: () => msg('giovedì', { desc: "opening-line: a weekday inside 'opens/closes <weekday> at <time>'" }),
  fr: () => msg('venerdì', { desc: "opening-line: a weekday inside 'opens/closes <weekday> at <time>'" }),
  sa: () => msg('sabato', { desc: "opening-line: a weekday inside 'opens/closes <weekday> at <time>'" }),
  su: () => msg('domenica', { desc: "opening-line: a weekday inside 'opens/closes <weekday> at <time>'" }),
};

/**
 * "7 gennaio": the day and month of a date (`YYYY-MM-DD`) an opening falls on, at most 14 days
 * ahead, so no year. UI texts (one per month, the day inside) rather than `Intl.DateTimeFormat`,
 * for the reason given at {@link weekdayInSentence}.
 */
function dayAndMonth(date: string): string {
  return DAYS_AND_MONTHS[Number(date.slice(5, 7)) - 1](String(Number(date.slice(8, 10))));
}

/** By month, January first: its day written with its name. */
const DAYS_AND_MONTHS: readonly ((day: string) => string)[] = [
  (day) => msg(str`${day} gennaio`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} febbraio`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} marzo`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} aprile`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} maggio`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} giugno`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} luglio`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} agosto`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} settembre`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} ottobre`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} novembre`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
  (day) => msg(str`${day} dicembre`, { desc: "opening-line: the date inside 'opens on <date> at <time>' (a day of this month or the next), e.g. 7 gennaio" }),
];

/** A service's status in words (the detail's notice, and the line of a closed service). */
export function statusLabel(status: ServiceStatus): string {
  switch (status) {
    case 'active':
      return msg('Attivo', { desc: 'service-facts: the service is open for business' });
    case 'temporarily-closed':
      return msg('Chiuso temporaneamente', { desc: 'service-facts: status' });
    case 'closed':
      return msg('Chiuso definitivamente', { desc: 'service-facts: status' });
  }
}
