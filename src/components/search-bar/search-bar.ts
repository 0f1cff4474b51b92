import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleVars } from '../parts/style-vars.js';
import { localized, msg, str } from '@lit/localize';
import { icon } from '../parts/icons.js';
import { iconPath, ICON_PATHS } from '../../view/icon-paths.js';
import type { CategoryChip } from '../../view/view-models.js';
import { moveAlongRow, settleTabStop, takeTabStop } from '../../lib/roving-focus.js';


/**
 * The search field, the "clear" control, and the row of filters: what the root gives as
 * `leading` ("open now", "near me", "choose your comune"), then the category chips with their
 * result counts.
 * Renders into its parent's shadow root, so its parts belong to `<prossima-map>`.
 * @internal Emits `search-input`, `category-toggle` and `filters-clear` (not composed).
 */
@localized()
export class ProssimaSearchBar extends LitElement {
  /** The search text. */
  @property() value = '';
  @property({ attribute: false }) chips: readonly CategoryChip[] = [];
  /** Whether anything can be cleared (search text or chips). */
  @property({ type: Boolean }) clearable = false;
  /** Drawn first in the row of filters, before the chips. */
  @property({ attribute: false }) leading: unknown = nothing;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private handleInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    this.dispatchEvent(new CustomEvent('search-input', { detail: { value }, bubbles: true }));
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.value !== '') {
      // Handled here: it clears the search, and must not also close a host's <dialog>.
      event.preventDefault();
      event.stopPropagation();
      this.dispatchEvent(new CustomEvent('search-input', { detail: { value: '' }, bubbles: true }));
    }
  }

  private handleChip(id: string): void {
    this.dispatchEvent(new CustomEvent('category-toggle', { detail: { id }, bubbles: true }));
  }

  /** The chips: one Tab stop, the arrow keys between them (lib/roving-focus.ts). */
  private chipButtons(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('.chips > .chip')];
  }

  protected override updated(): void {
    settleTabStop(this.chipButtons());
  }

  private handleClear(): void {
    this.dispatchEvent(new CustomEvent('filters-clear', { bubbles: true }));
    this.querySelector('input')?.focus();
  }

  override render() {
    const label = msg('Cerca un servizio', { desc: 'search-bar: label of the search field' });
    return html`
      <div class="search-row" role="search">
        <label class="search-field">
          ${icon(ICON_PATHS.search)}
          <span class="visually-hidden">${label}</span>
          <input
            part="search"
            type="search"
            enterkeyhint="search"
            autocomplete="off"
            spellcheck="false"
            .value=${this.value}
            placeholder=${msg('Cerca: medico, permesso, lavoro…', {
              desc: 'search-bar: placeholder with example searches',
            })}
            @input=${this.handleInput}
            @keydown=${this.handleKeydown}
          />
        </label>
        ${this.clearable ? this.renderClear() : nothing}
      </div>
      <div class="filters">
        ${this.leading}
        <div
          class="chips"
          role="group"
          aria-label=${msg('Categorie', { desc: 'search-bar: name of the group of category filters' })}
          @keydown=${(event: KeyboardEvent) => moveAlongRow(event, this.chipButtons())}
          @focusin=${(event: FocusEvent) => takeTabStop(event, this.chipButtons())}
        >
          ${this.chips.map((chip) => this.renderChip(chip))}
        </div>
      </div>
    `;
  }

  private renderClear() {
    return html`<button type="button" class="clear" @click=${this.handleClear}>
      ${icon(ICON_PATHS.close)}
      <span>${msg('Azzera', { desc: 'search-bar: button clearing search text and filters' })}</span>
    </button>`;
  }

  private renderChip(chip: CategoryChip) {
    const count = chip.count;
    return html`<button
      type="button"
      class="chip"
      part="category"
      data-category=${chip.id}
      aria-pressed=${chip.pressed ? 'true' : 'false'}
      aria-label=${msg(str`${chip.name}: ${count}`, {
        desc: 'search-bar: accessible name of a category filter, with its number of results',
      })}
      ${styleVars({ '--_prossima-chip-color': chip.color })}
      @click=${() => this.handleChip(chip.id)}
    >
      <span class="chip-icon">${icon(iconPath(chip.icon))}</span>
      <span class="chip-name">${chip.name}</span>
      <span class="chip-count" aria-hidden="true">${count}</span>
    </button>`;
  }
}
