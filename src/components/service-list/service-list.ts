import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleVars } from '../parts/style-vars.js';
import { localized, msg, str } from '@lit/localize';
import { icon } from '../parts/icons.js';
import { iconPath, ICON_PATHS } from '../../view/icon-paths.js';
import type { HelpContact, ListItem } from '../../view/view-models.js';
import { splitContact, telHref } from '../../data/links.js';
import type { Closure } from '../../data/types.js';
import { openingStatus } from '../../hours/opening-status.js';
import { formatDistance } from '../../view/format.js';
import { openingIcon, openingKind, openingText } from '../parts/opening-line.js';
import { afterNextPaint } from '../../lib/after-paint.js';
import { normalize } from '../../lib/normalize.js';

/**
 * Rows rendered at first, and added each time the user reaches the end of the list: several
 * screens' worth, and few enough that redrawing them at each keystroke stays cheap.
 */
const PAGE = 30;
/** Lists up to this long are drawn whole (a province's directory fits). */
const WHOLE_LIST = 100;
/**
 * Rows the first list shows in its first frame (more than a tall phone screen holds); the others
 * follow once that frame is painted, so the first rows show sooner on a slow phone.
 */
const FIRST_ROWS = 15;
/** Letters typed within this many ms make one type-ahead word. */
const TYPE_AHEAD_MS = 700;

/**
 * The result list: one button per service with its name, category (icon and label) and comune.
 * A long list renders its first rows and a "show more" button that also fills in by itself when
 * scrolled into view, so 50,000 results cost no more to show than 30.
 * Rows are not keyed: new results reuse the rows on screen and only their texts change, which
 * costs far less at each keystroke than taking rows out and making new ones.
 * By keyboard the list is one Tab stop (roving tabindex): the row last reached takes focus, the
 * arrow keys move between rows, Home and End go to the first and the last, and typing the first
 * letters of a name goes to the next service whose name starts so.
 * Renders into its parent's shadow root, so its parts belong to `<prossima-map>`.
 * @internal Emits `list-select` (not composed) with `{ id }`.
 */
@localized()
export class ProssimaServiceList extends LitElement {
  @property({ attribute: false }) items: readonly ListItem[] = [];
  @property({ attribute: false }) selectedId: string | null = null;
  /** The UI language, to mark names shown in another language. */
  @property({ attribute: false }) locale = 'it';
  /** True while the first directory is on its way: says so instead of "no results". */
  @property({ attribute: false }) loading = false;
  /** The present minute, for each row's "open now" line. */
  @property({ attribute: false }) now = new Date();
  /** With "near me": each item's distance in metres, in the items' order. */
  @property({ attribute: false }) distances?: Float64Array;
  /** The directory's own closures (holidays of a comune, and so on). */
  @property({ attribute: false }) closures?: readonly Closure[];
  /** Who to call for help when nothing is found: the directory's publisher. */
  @property({ attribute: false }) help?: HelpContact;

  /** How many rows are rendered. */
  @state() private shown = PAGE;
  /** How many rows the list shows once the rows after its first frame have followed. */
  private target = PAGE;
  /** True once rows have been drawn. */
  private drawn = false;
  /** Settles when the rows that follow the first frame are drawn. */
  private rest?: Promise<void>;
  private moreObserver?: IntersectionObserver;
  /** The row that takes focus when Tab comes to the list (the last one reached). */
  @state() private activeId?: string;
  /** The letters typed for type-ahead, and when the last came. */
  private typed = { text: '', at: 0 };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreObserver?.disconnect();
    this.moreObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('items')) return;
    // New results start again from the top. The very first list shows its first rows, then the
    // others after that frame is painted; later lists reuse the rows on screen, drawn at once.
    this.target = this.items.length <= WHOLE_LIST ? this.items.length : PAGE;
    this.shown = this.drawn ? this.target : Math.min(this.target, FIRST_ROWS);
  }

  /** Complete once the rows that follow the first frame are drawn too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.rest !== undefined) {
      await this.rest;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    this.drawn ||= this.shown > 0 && this.items.length > 0;
    if (this.shown < this.target && this.rest === undefined) {
      this.rest = new Promise((resolve) =>
        afterNextPaint(() => {
          this.rest = undefined;
          this.shown = Math.max(this.shown, this.target);
          resolve();
        }),
      );
    }
    const more = this.querySelector('.more');
    this.moreObserver?.disconnect();
    if (more === null) return;
    this.moreObserver ??= new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.showMore();
    });
    this.moreObserver.observe(more);
  }

  /** Moves keyboard focus to a service's row, rendering it first if needed; false when absent. */
  async focusItem(id: string): Promise<boolean> {
    const at = this.items.findIndex((item) => item.id === id);
    if (at < 0) return false;
    if (at >= this.shown) {
      this.shown = at + 1;
      await this.updateComplete;
    }
    const button = this.querySelector<HTMLElement>(`[part~="item"][data-id="${CSS.escape(id)}"] button`);
    button?.focus();
    return button !== null;
  }

  private showMore(): void {
    this.shown = Math.min(this.items.length, this.shown + PAGE);
  }

  /** The row Tab reaches, among those drawn: the last one reached, else the open service's, else the first. */
  private tabStop(): string | undefined {
    const drawn = this.items.slice(0, this.shown);
    const isDrawn = (id: string | null | undefined) => id != null && drawn.some((item) => item.id === id);
    if (isDrawn(this.activeId)) return this.activeId;
    if (isDrawn(this.selectedId)) return this.selectedId ?? undefined;
    return drawn[0]?.id;
  }

  private handleFocusIn(event: FocusEvent): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[part~="item"]');
    if (row?.dataset.id !== undefined) this.activeId = row.dataset.id;
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[part~="item"]');
    const at = row ? this.items.findIndex((item) => item.id === row.dataset.id) : -1;
    if (at < 0) return;
    const last = this.items.length - 1;
    let to: number | undefined;
    if (event.key === 'ArrowDown') to = Math.min(at + 1, last);
    else if (event.key === 'ArrowUp') to = Math.max(at - 1, 0);
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = Math.max(this.shown - 1, 0);
    else if (event.key.length === 1 && event.key !== ' ') to = this.typeAhead(event.key, at);
    else return;
    event.preventDefault();
    if (to !== undefined && to !== at) void this.focusItem(this.items[to].id);
  }

  /** The next row (after `at`, wrapping) whose name starts with the letters typed so far. */
  private typeAhead(key: string, at: number): number | undefined {
    const now = performance.now();
    const text = now - this.typed.at < TYPE_AHEAD_MS ? this.typed.text + key : key;
    this.typed = { text, at: now };
    const prefix = normalize(text);
    if (prefix === '') return undefined;
    // A repeated first letter moves on; more letters first try the row already reached.
    const from = text.length > 1 ? at : at + 1;
    for (let step = 0; step < this.items.length; step++) {
      const i = (from + step) % this.items.length;
      if (normalize(this.items[i].name.text).startsWith(prefix)) return i;
    }
    return undefined;
  }

  private handleSelect(id: string): void {
    this.dispatchEvent(new CustomEvent('list-select', { detail: { id }, bubbles: true }));
  }

  override render() {
    if (this.items.length === 0) return this.loading ? this.renderLoading() : this.renderEmpty();
    const rest = this.items.length - this.shown;
    // While the rows of the first frame wait for the others, no "show more".
    const stop = this.tabStop();
    return html`<ul part="list" class="list" @keydown=${this.handleKeydown} @focusin=${this.handleFocusIn}>
        ${this.items.slice(0, this.shown).map((item, i) => this.renderItem(item, this.distances?.[i], item.id === stop))}
      </ul>
      ${rest > 0 && this.shown >= this.target ? this.renderMore(rest) : nothing}`;
  }

  private renderMore(rest: number) {
    return html`<button type="button" class="more" @click=${this.showMore}>
      ${msg(str`Mostra altri servizi (${rest})`, {
        desc: 'service-list: button showing the next rows of a long list; the number is how many are not shown yet',
      })}
    </button>`;
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
      ${this.renderHelp()}
    </div>`;
  }

  /** "Ask for help": the publisher's number, so that a search that finds nothing still leads somewhere. */
  private renderHelp() {
    const phone = this.help && splitContact(this.help.phone).value;
    const href = phone === undefined ? undefined : telHref(phone);
    if (phone === undefined || href === undefined) return nothing;
    const name = this.help?.name;
    return html`<p class="empty-help">
      ${msg('Non sai a chi rivolgerti? Chiama', { desc: 'service-list: before the help number of the directory\'s publisher, when nothing is found' })}
      ${name ? html`<span lang=${name.lang === this.locale ? nothing : name.lang}>${name.text}</span>:` : nothing}
      <a part="help-phone" href=${href}>${icon(ICON_PATHS.phone)}<span dir="ltr">${phone}</span></a>
    </p>`;
  }

  /**
   * One row. Its icons and "open now" line are written out in the row's own template (the same
   * markup as `icon()` and `renderOpeningLine()`), not as templates of their own: a hundred rows
   * were five hundred nested template instances, most of the cost of drawing the list.
   */
  private renderItem(item: ListItem, distance: number | undefined, tabStop: boolean) {
    const { name, category } = item;
    const opening = openingStatus(item.opening, this.now, this.closures);
    const kind = openingKind(opening);
    return html`<li part="item" data-id=${item.id} data-category=${category.id}>
      <button
        type="button"
        class="item"
        tabindex=${tabStop ? '0' : '-1'}
        aria-current=${this.selectedId === item.id ? 'true' : 'false'}
        @click=${() => this.handleSelect(item.id)}
      >
        <span class="item-icon" ${styleVars({ '--_prossima-chip-color': category.color })}
          ><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${iconPath(category.icon)}></path></svg
        ></span>
        <span class="item-text">
          <span
            class="item-name"
            lang=${name.lang === this.locale ? nothing : name.lang}
            dir=${name.lang === this.locale ? nothing : 'auto'}
            >${name.text}</span
          >
          <span class="item-meta">
            <span class="item-category">${category.name}</span>
            ${item.municipality
              ? html`<span class="item-place"
                  ><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${ICON_PATHS.pin}></path></svg
                  >${item.municipality}</span
                >`
              : nothing}
            ${distance === undefined || item.approximate
              ? nothing
              : html`<span class="item-distance">${icon(ICON_PATHS.nearMe)}${formatDistance(distance, this.locale)}</span>`}
            ${item.toVerify ? this.renderToVerify() : nothing}
          </span>
          <span class="opening opening-${kind}"
            ><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${openingIcon(opening)}></path></svg
            ><span>${openingText(opening)}</span></span
          >
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
