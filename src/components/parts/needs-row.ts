import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { COMMON_NEEDS } from '../../data/needs.js';
import type { NeedChoice } from '../../view/needs.js';
import { icon } from './icons.js';
import { needIcon, needLabel } from './need-labels.js';
import { moveAlongRow, settleTabStop, takeTabStop } from '../../lib/roving-focus.js';

/** The buttons of one of the rows (the common needs and "more", or the others once open). */
function buttonsOf(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(':scope > button')];
}

/** Each row of needs is one Tab stop (lib/roving-focus.ts): to call after the root renders. */
export function settleNeedsRows(root: ParentNode): void {
  for (const row of root.querySelectorAll('.needs-row, .needs-others')) settleTabStop(buttonsOf(row));
}

const rowKeys = {
  keydown: (event: KeyboardEvent) => moveAlongRow(event, buttonsOf(event.currentTarget as Element)),
  focusin: (event: FocusEvent) => takeTabStop(event, buttonsOf(event.currentTarget as Element)),
};

/**
 * "What do you need?": the most common needs as buttons (icon and label) in one row that scrolls
 * sideways after its title, the others behind "more" at its end (one line above the list).
 * Choosing one is a search for it; choosing it again ends it (as typing does). Shown at the top of
 * the list while nothing is typed, and when a search finds nothing. Each row is one Tab stop,
 * the arrow keys between its buttons. Template helper for the @localized root, which keeps
 * whether "more" is open and calls settleNeedsRows after rendering.
 */
export function renderNeedsRow(needs: readonly NeedChoice[], choose: (id: string) => void, more: { open: boolean; toggle: () => void }) {
  if (needs.length === 0) return nothing;
  const common = needs.filter((need, i) => i < COMMON_NEEDS || need.pressed);
  const others = needs.filter((need) => !common.includes(need));
  const button = (need: NeedChoice) => html`<button
    type="button"
    class="chip need"
    part="need"
    data-need=${need.id}
    aria-pressed=${need.pressed ? 'true' : 'false'}
    @click=${() => choose(need.pressed ? '' : need.id)}
  >
    <span class="chip-icon">${icon(needIcon(need.id))}</span><span class="chip-name">${needLabel(need.id)}</span>
  </button>`;
  return html`<div class="needs" role="group" aria-labelledby="prossima-needs-title">
    <div class="needs-row" @keydown=${rowKeys.keydown} @focusin=${rowKeys.focusin}>
      <p class="needs-title" id="prossima-needs-title">
        ${msg('Di cosa hai bisogno?', { desc: 'search-bar: title of the row of common needs shown while the search is empty' })}
      </p>
      ${common.map(button)}
      ${others.length > 0
        ? html`<button type="button" class="needs-more" aria-expanded=${more.open ? 'true' : 'false'} aria-controls="prossima-needs-others" @click=${more.toggle}>
            ${msg(str`Altro (${others.length})`, { desc: 'search-bar: button showing the other needs; the number is how many more' })}
          </button>`
        : nothing}
    </div>
    <div
      class="needs-others"
      id="prossima-needs-others"
      ?hidden=${!more.open || others.length === 0}
      @keydown=${rowKeys.keydown}
      @focusin=${rowKeys.focusin}
    >
      ${others.map(button)}
    </div>
  </div>`;
}
