import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Rejection, RejectionCode } from '../../data/types.js';
import type { LoadFailure, LoadSuccess } from '../../data/load.js';
import { formatCount, formatDate } from '../../view/format.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

/**
 * The `error` part: a directory that could not be loaded (with a retry button), or the entries
 * that were rejected, each with its position, id, field and reason. Called from the render of
 * the @localized root, so the messages follow the language.
 */
export interface NoticeState {
  /** The last load failed (and no saved copy could stand in). */
  readonly failure?: LoadFailure;
  /** The directory shown is a saved copy, because loading failed. */
  readonly stale?: LoadSuccess['stale'];
  /** The directory shown has less than half the services of the last good copy, which is kept. */
  readonly shrunk?: LoadSuccess['shrunk'];
  /** How many services the directory shown has. */
  readonly count?: number;
  readonly rejected: readonly Rejection[];
  readonly locale: string;
  readonly retry: () => void;
  /** The own name of a UI language that could not be loaded ("العربية"): the widget stays in Italian. */
  readonly missingLanguage?: string;
  /** The map's piece could not be loaded. */
  readonly mapUnavailable?: boolean;
  /** `tile-url` could not be used: the map is shown without tiles. */
  readonly tilesRefused?: boolean;
  /** The piece with the services' details could not be loaded; `retryDetails` tries again. */
  readonly detailsUnavailable?: boolean;
  readonly retryDetails?: () => void;
  /** The search's piece could not be loaded: typing finds plain words only. */
  readonly searchUnavailable?: boolean;
}

export function renderNotices(state: NoticeState) {
  const { failure, stale, rejected, locale, retry, missingLanguage } = state;
  const { mapUnavailable, detailsUnavailable, searchUnavailable, tilesRefused } = state;
  const pieceMissing = missingLanguage !== undefined || mapUnavailable || detailsUnavailable || searchUnavailable || tilesRefused;
  const { shrunk } = state;
  if (failure === undefined && stale === undefined && shrunk === undefined && rejected.length === 0 && !pieceMissing) {
    return nothing;
  }
  return html`<div part="error" class="notice">
    ${icon(ICON_PATHS.warning)}
    <div>
      ${missingLanguage ? renderMissingLanguage(missingLanguage) : nothing}
      ${mapUnavailable ? html`<p>${mapUnavailableText()}</p>` : nothing}
      ${tilesRefused
        ? html`<p>${msg('Le immagini della mappa non si possono caricare (indirizzo non valido): la mappa è mostrata senza.', {
            desc: 'notices: the tile-url attribute of the page is not a template the map can use; the map shows the markers and place names without map images',
          })}</p>`
        : nothing}
      ${searchUnavailable ? html`<p>${searchUnavailableText()}</p>` : nothing}
      ${detailsUnavailable ? renderDetailsUnavailable(state.retryDetails) : nothing}
      ${failure ? renderFailure(failure, retry) : nothing} ${stale ? renderStale(stale, locale, retry) : nothing}
      ${shrunk ? renderShrunk(shrunk, state.count ?? 0, locale) : nothing}
      ${rejected.length > 0 ? renderRejected(rejected, locale) : nothing}
    </div>
  </div>`;
}

/** The map's accessible name: the map view's, and the root's box when the map's piece is missing. */
export function mapRegionLabel(): string {
  return msg('Mappa dei servizi', { desc: 'map-view: accessible name of the map' });
}

/** The map's piece could not be loaded: said in the map's place and in the notice. */
export function mapUnavailableText(): string {
  return msg('La mappa non si è caricata (manca la connessione o il file). L’elenco funziona.', {
    desc: 'map-view: the map could not be downloaded; the list still works',
  });
}

/** The services' details (and share, QR code, print) could not be downloaded; the list goes on. */
function renderDetailsUnavailable(retry: (() => void) | undefined) {
  return html`<p>
      ${msg('La scheda dei servizi non si è caricata (manca la connessione o il file). L’elenco funziona.', {
        desc: 'notices: the piece of the script with the service details could not be downloaded; the list still works',
      })}
    </p>
    <button type="button" class="retry" @click=${retry}>${msg('Riprova', { desc: 'notices: retry loading button' })}</button>`;
}

/** The search's piece could not be loaded: the list still filters by the words typed. */
function searchUnavailableText(): string {
  return msg('La ricerca per significato non si è caricata (manca la connessione o il file): si trovano solo le parole scritte.', {
    desc: 'notices: the search piece could not be downloaded; typing still finds the words as written, not by meaning or in other languages',
  });
}

/** Said in the language still in force; the missing one is named in its own words, which its reader knows. */
function renderMissingLanguage(name: string) {
  return html`<p>
    <strong dir="auto">${name}</strong>
    ${msg('Questa lingua non è stata caricata (manca la connessione o il file): i testi restano in italiano.', {
      desc: 'notices: the chosen UI language could not be downloaded; the widget stays in Italian. Shown after the language’s own name',
    })}
  </p>`;
}

function renderStale(stale: NonNullable<LoadSuccess['stale']>, locale: string, retry: () => void) {
  const date = formatDate(stale.savedAt.slice(0, 10), locale);
  return html`<p>
      <strong>${msg(str`Dati salvati il ${date}: potrebbero non essere aggiornati.`, {
        desc: 'notices: the list shown is a copy saved earlier, because loading failed',
      })}</strong>
      ${failureReason(stale.failure)}
    </p>
    <button type="button" class="retry" @click=${retry}>${msg('Riprova', { desc: 'notices: retry loading button' })}</button>`;
}

function renderFailure(failure: LoadFailure, retry: () => void) {
  return html`<p>
      <strong>${msg('Impossibile caricare l’elenco dei servizi.', { desc: 'notices: the directory could not be loaded' })}</strong>
      ${failureReason(failure)}
    </p>
    <button type="button" class="retry" @click=${retry}>${msg('Riprova', { desc: 'notices: retry loading button' })}</button>`;
}

function renderShrunk(shrunk: NonNullable<LoadSuccess['shrunk']>, count: number, locale: string) {
  const date = formatDate(shrunk.savedAt.slice(0, 10), locale);
  const now = formatCount(count, locale);
  const before = formatCount(shrunk.services, locale);
  return html`<p>
    ${msg(str`Questo elenco ha ${now} servizi, meno della metà dei ${before} della copia salvata il ${date}: potrebbe essere incompleto.`, {
      desc: 'notices: the directory just received has far fewer services than the copy saved earlier (which is kept); e.g. This list has 12 services, fewer than half the 73 of the copy saved on 3 December: it may be incomplete.',
    })}
  </p>`;
}

function failureReason(failure: LoadFailure): string {
  switch (failure.reason) {
    case 'unreachable':
      return msg('Il server non risponde o manca la connessione.', { desc: 'notices: network failure' });
    case 'http': {
      const status = String(failure.status ?? '');
      return msg(str`Il server ha risposto con un errore (${status}).`, { desc: 'notices: HTTP error status' });
    }
    case 'not-json':
      return msg('Il file ricevuto non è un JSON valido.', { desc: 'notices: the document is not JSON' });
    case 'invalid':
      return msg('Il file ricevuto non è un elenco di servizi valido (formato versione 1).', {
        desc: 'notices: the document is JSON but not a directory v1',
      });
    case 'too-big':
      return msg('Il file ricevuto è troppo grande per essere mostrato.', {
        desc: 'notices: the directory document is bigger than the widget reads (more than 100 million characters)',
      });
    case 'too-slow':
      return msg('Caricare l’elenco ha richiesto troppo tempo.', {
        desc: 'notices: downloading, reading and checking the directory took longer than the widget waits (30 seconds)',
      });
  }
}

/** Rejected entries listed one by one in the notice; the rest are counted ("and 999,950 more"). */
const LISTED_REJECTIONS = 50;

function renderRejected(rejected: readonly Rejection[], locale: string) {
  const count = rejected.length;
  const more = count - LISTED_REJECTIONS;
  const summary =
    count === 1
      ? msg('1 voce dell’elenco non è valida e non viene mostrata.', { desc: 'notices: one entry rejected' })
      : msg(str`${count} voci dell’elenco non sono valide e non vengono mostrate.`, { desc: 'notices: entries rejected' });
  return html`<details>
    <summary>${summary}</summary>
    <ul>
      ${rejected.slice(0, LISTED_REJECTIONS).map(
        (r) => html`<li>
          <code dir="ltr">${r.kind === 'service' ? 'services' : 'categories'}[${r.index}]${r.id ? ` ${r.id}` : ''} · ${r.field}</code>
          — ${rejectionReason(r.code)}
        </li>`,
      )}
      ${more > 0
        ? html`<li>${msg(str`e altre ${formatCount(more, locale)}`, { desc: 'notices: after the first rejected entries listed, how many more there are, e.g. and 999,950 more' })}</li>`
        : nothing}
    </ul>
  </details>`;
}

export function rejectionReason(code: RejectionCode): string {
  switch (code) {
    case 'not-an-object':
      return msg('la voce non è un oggetto', { desc: 'notices: rejection reason' });
    case 'missing':
      return msg('manca un campo obbligatorio', { desc: 'notices: rejection reason' });
    case 'wrong-type':
      return msg('il valore è del tipo sbagliato', { desc: 'notices: rejection reason' });
    case 'bad-id':
      return msg('identificativo non valido', { desc: 'notices: rejection reason' });
    case 'duplicate-id':
      return msg('identificativo ripetuto', { desc: 'notices: rejection reason' });
    case 'unknown-category':
      return msg('categoria sconosciuta', { desc: 'notices: rejection reason' });
    case 'out-of-range':
      return msg('coordinate fuori dai limiti', { desc: 'notices: rejection reason' });
    case 'bad-value':
      return msg('valore non valido', { desc: 'notices: rejection reason' });
  }
}
