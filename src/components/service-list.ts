import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleVars } from './style-vars.js';
import { localized, msg } from '@lit/localize';
import { icon, iconPath, ICON_PATHS } from './icons.js';
import type { ListItem } from './view-models.js';
import { statusLabel } from './service-facts.js';

/**
 * The result list: one button per service with its name, category (icon and label) and comune.
 * Renders into its parent's shadow root, so its parts belong to `<prossima-map>`.
 * @internal Emits `list-select` (not composed) with `{ id }`.
 */
@localized()
export class ProssimaServiceList extends LitElement {
  @property({ attribute: false }) items: readonly ListItem[] = [];
  @property({ attribute: false }) selectedId: string | null = null;
  /** The UI language, to mark names shown in another language. */
  @property({ attribute: false }) uiLang = 'it';
  /** True while the first directory is on its way: says so instead of "no results". */
  @property({ attribute: false }) loading = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Moves keyboard focus to a service's row; false when it is not in the list. */
  focusItem(id: string): boolean {
    const button = this.querySelector<HTMLElement>(`[part~="item"][data-id="${CSS.escape(id)}"] button`);
    button?.focus();
    return button !== null;
  }

  private handleSelect(id: string): void {
    this.dispatchEvent(new CustomEvent('list-select', { detail: { id }, bubbles: true }));
  }

  override render() {
    if (this.items.length === 0) return this.loading ? this.renderLoading() : this.renderEmpty();
    return html`<ul part="list" class="list">
      ${repeat(this.items, (item) => item.id, (item) => this.renderItem(item))}
    </ul>`;
  }

  private renderLoading() {
    return html`<div part="list" class="list empty">
      <p class="empty-title"><span class="spinner" aria-hidden="true"></span>${msg('Caricamento dell’elenco…', {
        desc: 'status-bar: loading',
      })}</p>
    </div>`;
  }

  private renderEmpty() {
    return html`<div part="list" class="list empty">
      <p class="empty-title">${msg('Nessun servizio trovato.', { desc: 'service-list: no results' })}</p>
      <p>${msg('Prova con meno parole, controlla come sono scritte o togli i filtri.', {
        desc: 'service-list: advice when there are no results',
      })}</p>
    </div>`;
  }

  private renderItem(item: ListItem) {
    const { name, category } = item;
    return html`<li part="item" data-id=${item.id} data-category=${category.id}>
      <button
        type="button"
        class="item"
        aria-current=${this.selectedId === item.id ? 'true' : 'false'}
        @click=${() => this.handleSelect(item.id)}
      >
        <span class="item-icon" ${styleVars({ '--_prossima-chip-color': category.color })}
          >${icon(iconPath(category.icon))}</span
        >
        <span class="item-text">
          <span
            class="item-name"
            lang=${name.lang === this.uiLang ? nothing : name.lang}
            dir=${name.lang === this.uiLang ? nothing : 'auto'}
            >${name.text}</span
          >
          <span class="item-meta">
            <span class="item-category">${category.name}</span>
            ${item.municipality
              ? html`<span class="item-place">${icon(ICON_PATHS.pin)}${item.municipality}</span>`
              : nothing}
            ${item.closed ? html`<span class="badge-closed">${icon(ICON_PATHS.closed)}${statusLabel(item.closed)}</span>` : nothing}
            ${item.toVerify ? this.renderToVerify() : nothing}
          </span>
        </span>
      </button>
    </li>`;
  }

  private renderToVerify() {
    return html`<span class="badge-verify"
      >${icon(ICON_PATHS.warning)}${msg('da verificare', {
        desc: 'service-list: badge on services whose facts are uncertain',
      })}</span
    >`;
  }
}
