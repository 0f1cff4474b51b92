import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { At, OpeningStatus } from '../../hours/opening-status.js';
import type { ServiceStatus } from '../../data/types.js';
import { formatDate, formatTime, weekdayName } from '../../view/format.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

/**
 * The "open now" line of a service, in words: "Aperto ora · chiude alle 13:00", "Chiuso ora ·
 * apre domani alle 09:00", "Chiuso oggi (festivo) · apre lunedì alle 09:00", "Chiuso
 * temporaneamente", "Orari da chiedere al telefono". The colour class says open or closed; the
 * words say it too. Called from the render of @localized elements.
 */
export function renderOpeningLine(status: OpeningStatus, locale: string) {
  const kind = status.kind === 'open' ? 'open' : status.kind === 'unknown' ? 'unknown' : 'closed';
  return html`<span class="opening opening-${kind}">${icon(kind === 'unknown' ? ICON_PATHS.phone : ICON_PATHS.clock)}<span
      >${openingText(status, locale)}</span
    ></span>`;
}

/** The line's words, also for share texts and the printed list. */
export function openingText(status: OpeningStatus, locale: string): string {
  switch (status.kind) {
    case 'unknown':
      return msg('Orari da chiedere al telefono', { desc: 'opening-line: no opening hours known; call to ask' });
    case 'permanently-closed':
      return statusLabel('closed');
    case 'temporarily-closed':
      return statusLabel('temporarily-closed');
    case 'open':
      if (status.closes === undefined) return msg('Aperto 24 ore su 24', { desc: 'opening-line: open round the clock' });
      return joined(msg('Aperto ora', { desc: 'open now: the filter button, and the start of a service status line' }), closesText(status.closes, locale));
    case 'closed': {
      const head =
        status.today?.kind === 'holiday'
          ? msg('Chiuso oggi (festivo)', { desc: 'opening-line: shut today, a public holiday' })
          : status.today?.kind === 'closure'
            ? msg('Chiuso oggi', { desc: 'opening-line: shut today (a closure the directory lists)' })
            : msg('Chiuso ora', { desc: 'opening-line: closed at this moment' });
      return status.opens === undefined ? head : joined(head, opensText(status.opens, locale));
    }
  }
}

function joined(head: string, tail: string): string {
  return `${head} · ${tail}`;
}

function closesText(at: At, locale: string): string {
  const time = formatTime(at.time);
  if (at.daysAhead === 0) return msg(str`chiude alle ${time}`, { desc: 'opening-line: closes today at a time' });
  if (at.daysAhead === 1) return msg(str`chiude domani alle ${time}`, { desc: 'opening-line: closes tomorrow (past midnight) at a time' });
  const day = weekdayName(at.weekday, locale, 'long');
  return msg(str`chiude ${day} alle ${time}`, { desc: 'opening-line: closes on a weekday at a time, e.g. closes Monday at 13:00' });
}

function opensText(at: At, locale: string): string {
  const time = formatTime(at.time);
  if (at.daysAhead === 0) return msg(str`apre alle ${time}`, { desc: 'opening-line: opens later today at a time' });
  if (at.daysAhead === 1) return msg(str`apre domani alle ${time}`, { desc: 'opening-line: opens tomorrow at a time' });
  if (at.daysAhead < 7) {
    const day = weekdayName(at.weekday, locale, 'long');
    return msg(str`apre ${day} alle ${time}`, { desc: 'opening-line: opens on a weekday of this week at a time, e.g. opens Monday at 09:00' });
  }
  const date = formatDate(at.date, locale);
  return msg(str`apre il ${date} alle ${time}`, { desc: 'opening-line: opens on a date at a time, e.g. opens on 7 January 2027 at 09:00' });
}

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
