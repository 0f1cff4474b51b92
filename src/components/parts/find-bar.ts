import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { LocateProblem } from '../../near/locate.js';
import type { Origin, Place } from '../../near/places.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

export interface FindBarState {
  readonly openNow: boolean;
  readonly origin?: Origin;
  readonly locating: boolean;
  readonly problem?: LocateProblem;
  readonly places: readonly Place[];
}

export interface FindBarActions {
  readonly toggleOpenNow: () => void;
  readonly nearMe: () => void;
  readonly choosePlace: (name: string) => void;
  readonly clearOrigin: () => void;
}

/**
 * "Open now", "near me" and "choose your comune": the first filters under the search, before the
 * category chips (the search bar draws them there). The position is asked only when "near me" is
 * pressed, and the button says it stays on the phone. Template helper for the @localized root.
 */
export function renderFindBar(state: FindBarState, actions: FindBarActions) {
  const { origin, locating } = state;
  return html`<div class="find-bar">
      <button type="button" class="find-button" part="open-now" aria-pressed=${state.openNow ? 'true' : 'false'} @click=${actions.toggleOpenNow}>
        ${icon(ICON_PATHS.clock)}<span>${msg('Aperto ora', { desc: 'open now: the filter button, and the start of a service status line' })}</span>
      </button>
      <button
        type="button"
        class="find-button"
        part="near-me"
        aria-pressed=${origin?.kind === 'device' ? 'true' : 'false'}
        aria-describedby="prossima-find-privacy"
        title=${privacyText()}
        ?disabled=${locating}
        @click=${actions.nearMe}
      >
        ${icon(ICON_PATHS.nearMe)}<span
          >${locating
            ? msg('Cerco la posizione…', { desc: 'find-bar: near-me button while the phone looks for its position' })
            : msg('Vicino a me', { desc: 'find-bar: button sorting services by distance from the phone' })}</span
        >
      </button>
      ${renderPlacePicker(state, actions)}
      <span class="visually-hidden" id="prossima-find-privacy">${privacyText()}</span>
    </div>`;
}

/** Under the filters: that the position stays on the phone, how the list is sorted, or why the position failed. */
export function renderFindNotes(state: FindBarState, actions: FindBarActions) {
  const { origin, locating } = state;
  return html`${locating ? html`<p class="find-note" role="status">${privacyText()}</p>` : nothing}
    ${origin ? renderOriginNote(origin, actions) : nothing} ${state.problem ? renderProblem(state.problem) : nothing}`;
}

/**
 * Said where it matters: while the browser asks for the position (its permission prompt is
 * open), beside the results sorted by it, and to screen readers on the button itself.
 */
function privacyText(): string {
  return msg('La tua posizione resta sul telefono.', {
    desc: 'find-bar: privacy note under near-me; the location is never sent anywhere, distances are computed on the phone',
  });
}

function renderPlacePicker(state: FindBarState, actions: FindBarActions) {
  const chosen = state.origin?.kind === 'place' ? state.origin.name : '';
  const label = msg('Scegli il comune', { desc: 'find-bar: label of the select listing the comuni to sort by distance from' });
  return html`<label class="find-place">
    ${icon(ICON_PATHS.pin)}<span class="visually-hidden">${label}</span>
    <select part="place" @change=${(event: Event) => actions.choosePlace((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${chosen === ''}>${label}</option>
      ${state.places.map((place) => html`<option value=${place.name} ?selected=${place.name === chosen}>${place.name}</option>`)}
    </select>
  </label>`;
}

/** How the list is ordered when a point is chosen: "Nearest to you first", "Nearest to Policoro first". */
export function originText(origin: Origin): string {
  return origin.kind === 'device'
    ? msg('Dal più vicino alla tua posizione', { desc: 'find-bar: the list is sorted by distance from the phone' })
    : msg(str`Dal più vicino a ${origin.name}`, { desc: 'find-bar: the list is sorted by distance from a comune, e.g. Nearest to Policoro first' });
}

function renderOriginNote(origin: Origin, actions: FindBarActions) {
  return html`<p class="find-note" role="status">
    <span>${originText(origin)}${origin.kind === 'device' ? html` · ${privacyText()}` : nothing}</span>
    <button type="button" class="link-button" @click=${actions.clearOrigin}>
      ${msg('Annulla', { desc: 'find-bar: stop sorting by distance' })}
    </button>
  </p>`;
}

function renderProblem(problem: LocateProblem) {
  return html`<p class="find-problem" role="alert">${icon(ICON_PATHS.warning)}<span>${problemText(problem)}</span></p>`;
}

function problemText(problem: LocateProblem): string {
  const choose = msg('Scegli il comune dall’elenco qui sopra.', { desc: 'find-bar: after a location problem, the alternative' });
  switch (problem) {
    case 'denied':
      return `${msg('Il browser non ha il permesso di usare la posizione (puoi darlo nelle sue impostazioni).', {
        desc: 'find-bar: location permission denied',
      })} ${choose}`;
    case 'unavailable':
      return `${msg('Il telefono non trova la posizione in questo momento.', { desc: 'find-bar: position unavailable' })} ${choose}`;
    case 'timeout':
      return `${msg('La posizione non è arrivata in tempo.', { desc: 'find-bar: position request timed out' })} ${choose}`;
    case 'insecure':
      return `${msg('Questa pagina non è sicura (non usa https), quindi il browser non dà la posizione.', {
        desc: 'find-bar: geolocation needs a secure page',
      })} ${choose}`;
    case 'unsupported':
      return `${msg('Questo browser non sa dare la posizione.', { desc: 'find-bar: no geolocation in this browser' })} ${choose}`;
  }
}
