import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { MapView } from './map/map-adapter.js';
import type { Directory, Service } from './data/types.js';
import { parseCenter, parseIdList, parseNameList, parseTiles, parseZoom, type Parsed } from './attributes.js';
import { isRightToLeft, languageOwnName, uiLocales } from './localization.js';
import { LanguageChangeEvent, ServiceSelectEvent } from './events.js';
import { ClockController } from './controllers/clock-controller.js';
import { afterNextPaint } from './lib/after-paint.js';
import { DirectoryController, loadSearchPiece } from './controllers/directory-controller.js';
import { ExtrasController } from './controllers/extras-controller.js';
import { DetailsController } from './controllers/details-controller.js';
import { builtinDetails } from './builtin-directory.js';
import { MapPieceController } from './controllers/map-piece-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { OriginController } from './controllers/origin-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { UrlStateController } from './controllers/url-state-controller.js';
import { ViewController } from './controllers/view-controller.js';
import { ViewportController } from './controllers/viewport-controller.js';
import { prepareViewAsync } from './view/derive.js';
import { categoryViewOf, helpContact } from './view/view-models.js';
import type { ViewState } from './share/view-link.js';
import { placeNamesOf, type Origin, type Place } from './near/places.js';
import type { ProssimaMapView } from './components/map-view/map-view.js';
import { renderEmergencyBar } from './components/parts/emergency-bar.js';
import { originText, renderFindBar, renderFindNotes } from './components/parts/find-bar.js';
import { renderLanguagePicker } from './components/parts/language-picker.js';
import { mapRegionLabel, mapUnavailableText, renderNotices } from './components/parts/notices.js';
import { renderNeedsRow, settleNeedsRows } from './components/parts/needs-row.js';
import { renderDirectoryInfo, renderMatches, renderStatus, renderViewToggle, type View } from './components/parts/status-bar.js';
import { giveTileConsent, hasTileConsent, renderTileConsent, tileHost } from './components/parts/tile-consent.js';
import { rootStyles } from './prossima-map.styles.js';

// This JSDoc and the property comments below are the single source of the public API:
// `npm run api` turns them into custom-elements.json and the README's tables. In `@csspart`
// texts `Extras:` starts the README's "extras" column, in `@fires` texts `Detail:` its "detail".
/** The map's zoom around the place of "near me" or "choose your comune": a comune and its neighbours. */
const ORIGIN_ZOOM = 12;

/** The search piece is fetched as soon as the search field is focused (if the list has not asked for it yet). */
function warmSearch() {
  loadSearchPiece().catch(() => undefined);
}

/**
 * The directory of services for foreign citizens in the province of Matera, as a searchable
 * list and map. One tag; configured by attributes; see docs/embed-api.md for the contract.
 *
 * @tagname prossima-map
 * @summary Searchable map and list of services, in one script tag.
 * @fires {ReadyEvent} prossima-ready - a directory has been loaded and rendered (built-in, `src` or `directory`). Detail: `{ count }`
 * @fires {ServiceSelectEvent} prossima-service-select - the user opens a service (list, marker or group). Detail: `{ id }`
 * @fires {DirectoryErrorEvent} prossima-error - loading failed, or entries were rejected. Detail: `{ message, rejected, problems }`
 * @fires {LanguageChangeEvent} prossima-language-change - the user chose another language in the switcher. Detail: `{ lang }`
 * @csspart search - the search field
 * @csspart category - each category filter (a toggle button). Extras: `data-category`, `aria-pressed`
 * @csspart list - the result list
 * @csspart item - each result. Extras: `data-id`, `data-category`
 * @csspart status - live region with the number of results (in digits, 0 included)
 * @csspart detail - the open service. Extras: `data-id`
 * @csspart map - the map container
 * @csspart error - the notice when the directory could not be loaded or entries were rejected
 * @csspart language - the language switcher (a select; hidden with `hide-language-switcher`)
 * @csspart tile-consent - with `tile-consent`, the notice over the map asking before tiles load
 * @csspart emergency - the emergency numbers (112 and those the directory lists), always shown
 * @csspart open-now - the "open now" filter (a toggle button). Extras: `aria-pressed`
 * @csspart near-me - the "near me" button (sorts by distance from the phone). Extras: `aria-pressed`
 * @csspart place - the "choose your comune" select (sorts by distance from its centre)
 * @csspart need - each button of "What do you need?" (shown while the search is empty, and when nothing is found). Extras: `data-need`, `aria-pressed`
 * @csspart help-phone - when nothing is found, the link to call the directory's publisher
 * @csspart skip - the first Tab stop, shown only when focused: "skip", which moves keyboard focus past the widget
 * @cssprop [--prossima-height=36rem] - height of the widget
 * @cssprop [--prossima-accent=#0b5cad] - accent colour: buttons, links, focus ring
 * @cssprop [--prossima-text=#1d2b3a] - text colour
 * @cssprop [--prossima-background=#ffffff] - background colour
 * @cssprop [--prossima-border=#c5ced8] - colour of the widget's border and dividing lines
 * @cssprop [--prossima-font=system-ui] - font family (default: the system's UI font)
 * @cssprop [--prossima-radius=8px] - corner radius of the widget
 */
@localized()
export class ProssimaMap extends LitElement {
  static override styles = rootStyles;

  /**
   * URL of a directory document (format v1). Absent: the directory built into the script
   * (`prossima-directory.json` beside it, or inlined in the one-file builds).
   * Fetched without cookies.
   */
  @property() src?: string;
  /**
   * Category ids, separated by spaces or commas: the categories offered, in this order.
   * Unknown ids are ignored with one console warning.
   */
  @property() categories?: string;
  /** Comune names, comma-separated, matched ignoring case and accents. */
  @property() municipality?: string;
  /** Initial search text. */
  @property() query?: string;
  /** Id of a service to open at start. */
  @property() service?: string;
  /**
   * UI and content language: `it`, `en`, `fr`, `es`, `ar`, `ur`, `ro`, `sq`, `uk`, `zh-CN`,
   * `bn`, `pa` (regional variants fall back: `fr-CA` → `fr`, `pa-IN` → `pa`, `zh` → `zh-CN`).
   * Absent or not available: the nearest ancestor's `lang`, then the browser's languages, then
   * Italian.
   */
  @property({ attribute: 'lang' }) langAttribute?: string;
  /**
   * Initial map centre, e.g. `center="40.66,16.60"`. Absent: fit the services shown. Bad
   * values: ignored with a warning.
   */
  @property() center?: string;
  /**
   * Initial map zoom, 0 to 19, e.g. `zoom="11"`. Absent: fit the services shown. Bad values:
   * ignored with a warning.
   */
  @property() zoom?: string;
  /** Leaflet tile URL template; `none` for no tiles (the map then draws the province's outline and names its comuni). Default: OpenStreetMap's standard tiles. */
  @property({ attribute: 'tile-url' }) tileUrl?: string;
  /** Attribution text (plain text) for custom tiles. */
  @property({ attribute: 'tile-attribution' }) tileAttribution?: string;
  /** Asks the user before any request reaches the tile server (privacy by default). */
  @property({ type: Boolean, attribute: 'tile-consent' }) tileConsent = false;
  /**
   * Keeps the page's address in step with what the user sees (open service, search, filters,
   * chosen comune, language) in `prossima-*` query parameters, so the address bar can be
   * bookmarked or shared. Off by default: the widget then never touches the page's URL. Links
   * made with "share" and QR codes work either way, since the widget always reads them.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /**
   * Names of the page's own query parameters that links handed out by share, the QR codes and
   * print keep (space- or comma-separated), e.g. `keep-params="lang page"`. By default those links
   * carry the page's address with the widget's `prossima-*` parameters only: no other parameter,
   * no fragment.
   */
  @property({ attribute: 'keep-params' }) keepParams?: string;
  /** Hides the language switcher inside the widget (for hosts that set `lang` themselves). */
  @property({ type: Boolean, attribute: 'hide-language-switcher' }) hideLanguageSwitcher = false;
  /**
   * A directory object set from script. It takes precedence over `src`; set it back to
   * `undefined` to return to `src` or the built-in directory.
   */
  @property({ attribute: false }) directory?: unknown;

  /**
   * What the map shows now, `{ center: [lat, lon], zoom }` (read-only; undefined until the map is
   * made). For tools that turn the view a person chose into `center` and `zoom`, like the embed
   * code builder (`demo/builder.html`).
   */
  get mapView(): MapView | undefined {
    const view = this.renderRoot?.querySelector('prossima-map-view') as { currentView?: () => MapView | undefined } | null | undefined;
    return view?.currentView?.();
  }

  /** Which pane a narrow widget shows. */
  @state() private pane: View = 'list';
  /** Whether "What do you need?" shows its other needs. */
  @state() private needsOpen = false;

  private readonly viewport = new ViewportController(this);
  private readonly language = new LocaleController(this);
  private readonly clock = new ClockController(this);
  private readonly view = new ViewController(this, (message) => this.warnOnce(message));
  private readonly selection = new SelectionController(this);
  private readonly extras = new ExtrasController(this);
  private readonly details = new DetailsController(this, builtinDetails);
  private readonly mapPiece = new MapPieceController(this);
  private readonly origin = new OriginController(this, () => ({ services: this.data.loaded?.directory.services, locale: this.locale }));
  private readonly url = new UrlStateController(this, {
    sync: () => this.syncUrl,
    state: () => this.linkState(),
    keep: () => parseIdList(this.keepParams),
  });
  private readonly data = new DirectoryController(this, {
    prepare: (directory, signal) =>
      prepareViewAsync(directory, this.locale, { signal, categoryIds: this.categoryIds, municipalities: this.municipalities }),
    shown: (directory, first) => {
      if (first) this.handleFirstDirectory(directory);
    },
    whenRendered: async () => {
      await this.whenRendered();
      // The first list is on screen: the line under it once that is painted (after
      // prossima-ready), then the details, when the browser is idle.
      if (!this.listDrawn) afterNextPaint(() => ((this.listDrawn = true), this.requestUpdate()));
      this.extras.loadWhenIdle();
    },
  });

  /** Set once the widget has come near the viewport and started its work. */
  private started = false;
  /**
   * Set once a first list is on screen. The line under it (the directory's date and publisher)
   * waits for that: its date is the page's first Intl date format, whose data costs a cheap phone
   * tens of ms that neither the first list nor prossima-ready need wait for.
   */
  private listDrawn = false;
  // The attributes' typed values, parsed once each time they change.
  private categoryIds: readonly string[] = [];
  private municipalities: readonly string[] = [];
  private mapCenter?: [number, number];
  private namedPlaces?: { readonly services: readonly Service[]; readonly places: readonly Place[] };
  /** The map's centre for the origin of "near me" or "choose your comune" (see originCenter). */
  private shownOrigin?: { readonly origin: Origin; readonly center: [number, number] };
  private mapZoom?: number;
  private tiles = parseTiles(undefined, undefined);
  private tileServer = '';
  private warned = new Set<string>();

  /** The page's UI language, which is also this widget's content language. */
  private get locale(): string {
    return this.language.locale;
  }

  /** The search index of the directory shown; undefined while a big one is being built. */
  private get searchIndex() {
    return this.data.index;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Nothing heavy until the widget comes near the viewport; then everything counts as new.
    if (!this.viewport.near) return;
    const starting = !this.started;
    this.started = true;
    const has = (key: keyof ProssimaMap) => starting || changed.has(key);
    if (starting) this.startFromLink();
    // The directory first: the longest request leaves before the language's piece is asked for.
    if (has('src') || has('directory')) void this.data.load({ directory: this.directory, src: this.src });
    if (has('langAttribute')) this.language.resolve((starting && this.url.take('lang')) || this.langAttribute);
    if (has('categories')) this.categoryIds = parseIdList(this.categories);
    if (has('municipality')) this.municipalities = parseNameList(this.municipality);
    if (has('center')) this.mapCenter = this.parsed(parseCenter(this.center));
    if (has('zoom')) this.mapZoom = this.parsed(parseZoom(this.zoom));
    if (has('tileUrl') || has('tileAttribution')) this.setTiles();
    if (has('query')) this.view.search((starting && this.url.take('query')) || (this.query ?? ''));
    const loaded = this.data.loaded;
    if (!starting && changed.has('service') && loaded) this.openService(this.service, loaded.directory);
    if (loaded) this.deriveView(loaded.directory);
    if (this.selection.selectedId !== null && this.extras.state === 'absent') void this.extras.load();
  }

  protected override updated(): void {
    settleNeedsRows(this.renderRoot);
    // The map's piece is wanted once the first list (or the notice of its failure) is on screen;
    // looked for once, not at every update (every keystroke).
    if (this.mapPiece.state !== 'absent' || (this.data.loaded === undefined && this.data.failure === undefined)) return;
    const pane = this.renderRoot.querySelector('.map-pane');
    if (pane !== null) this.mapPiece.watch(pane);
  }

  /** Complete once what is open is on screen: an open service waits for the details' piece. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.extras.pending !== undefined) {
      await this.extras.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** A shared link's search filters and "open now" apply at once; its service and comune with the directory. */
  private startFromLink(): void {
    const { filter, openNow, need } = this.url.read();
    if (filter !== undefined) this.view.filter(filter);
    if (need !== undefined) this.view.chooseNeed(need);
    if (openNow) this.view.setOpenNow(true);
  }

  private handleFirstDirectory(directory: Directory): void {
    // A shared link's service wins over the attribute, on the first load only.
    this.openService(this.url.take('service') || this.service, directory);
    const place = this.url.take('place');
    if (place !== undefined) this.origin.chooseFromLink(place);
  }

  private openService(id: string | null | undefined, directory: Directory): void {
    if (id === undefined || id === null || id === '') return;
    if (directory.services.some((s) => s.id === id)) this.selection.open(id);
    else this.warnOnce(`service="${id}" is not in the directory; ignored`);
  }

  private deriveView(directory: Directory): void {
    this.view.update({
      directory,
      index: this.searchIndex,
      categoryIds: this.categoryIds,
      municipalities: this.municipalities,
      locale: this.locale,
      origin: this.origin.origin,
      now: this.clock.now,
    });
    // A service the host's categories or comuni do not offer is not shown, open or not.
    const id = this.selection.selectedId;
    if (id !== null && !this.view.offers(id)) this.selection.open(null);
  }

  private setTiles(): void {
    this.tiles = parseTiles(this.tileUrl, this.tileAttribution);
    if (this.tiles.refused !== undefined) this.warnOnce(this.tiles.refused);
    this.tileServer = this.tiles.url === null ? '' : tileHost(this.tiles.url);
  }

  /** What the user sees, as a link's state; undefined until a directory is shown. */
  private linkState(): ViewState | undefined {
    if (this.data.loaded === undefined) return undefined;
    const { origin } = this.origin;
    return {
      service: this.selection.selectedId ?? undefined,
      query: this.view.query,
      need: this.view.need,
      filter: [...this.view.active],
      openNow: this.view.openNow,
      place: origin?.kind === 'place' ? origin.name : undefined,
      lang: this.locale,
    };
  }

  /** Resolves once the directory given to the root is on screen: the whole list, and the map's markers. */
  private async whenRendered(): Promise<void> {
    await this.updateComplete;
    // The list's rows after its first frame, then the map's markers.
    await this.renderRoot.querySelector<LitElement>('prossima-service-list')?.updateComplete;
    // The map's piece (when the map is on screen), then its markers.
    await this.mapPiece.whenKnown();
    const map = this.renderRoot.querySelector<ProssimaMapView>('prossima-map-view');
    if (this.mapPiece.state === 'ready') await map?.whenPointsShown();
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`prossima-map: ${message}`);
  }

  private parsed<T>(result: Parsed<T> | undefined): T | undefined {
    if (result?.warning !== undefined) this.warnOnce(result.warning);
    return result?.value;
  }

  private handleLanguageChoice(locale: string): void {
    this.language.request(locale);
    this.dispatchEvent(new LanguageChangeEvent({ lang: locale }));
  }

  private handleSelect(event: CustomEvent<{ id: string }>, fromMap: boolean): void {
    this.selection.select(event.detail.id);
    if (this.extras.state === 'failed') void this.extras.load();
    if (fromMap) this.pane = 'list';
    this.dispatchEvent(new ServiceSelectEvent({ id: event.detail.id }));
  }

  private handleDetailClose(): void {
    const target = this.selection.returnTarget;
    // Back to the map a narrow widget came from.
    if (target?.closest('.map-pane') && this.renderRoot.querySelector<HTMLElement>('.view-toggle')?.offsetParent != null) {
      this.pane = 'map';
    }
    void this.selection.close();
  }

  /**
   * "Skip": focus goes to the widget's end, so the next Tab leaves it. The end is in the Tab order
   * only while it has focus: Chromium starts the next Tab of an element outside the order from the
   * first stop of its shadow root, which would be "skip" again.
   */
  private skipPast(): void {
    const end = this.renderRoot.querySelector<HTMLElement>('.end');
    if (end === null) return;
    end.tabIndex = 0;
    end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
    end.focus();
  }

  private handleTileConsent(): void {
    giveTileConsent(this.tileServer);
    this.requestUpdate();
  }

  override render() {
    if (!this.started) return html`<div class="root"></div>`;
    return html`<div class="root" lang=${this.locale} dir=${isRightToLeft(this.locale) ? 'rtl' : 'ltr'}>
      <button type="button" class="skip" part="skip" @click=${this.skipPast}>
        ${msg('Salta i servizi per stranieri', { desc: 'skip button, first in the widget, shown when focused: moves keyboard focus past the whole widget' })}
      </button>
      ${this.renderToolbar()} ${this.renderFinder()} ${this.renderStatus()}
      <div class="main" data-view=${this.pane}>${this.renderListPane()} ${this.renderMapPane()}</div>
      <span class="visually-hidden end" tabindex="-1"
        >${msg('Fine dei servizi per stranieri', { desc: 'read by screen readers where the skip button lands, after the whole widget' })}</span
      >
    </div>`;
  }

  /** Emergency numbers and the language switcher. */
  private renderToolbar() {
    return html`<div class="toolbar">
      ${renderEmergencyBar(this.data.loaded?.directory.emergency ?? [], this.locale)}
      ${this.hideLanguageSwitcher ? nothing : renderLanguagePicker(this.locale, uiLocales, (locale) => this.handleLanguageChoice(locale))}
    </div>`;
  }

  /** The search, then one row of filters: "open now", "near me", "choose your comune" and the categories. */
  private renderFinder() {
    const { view, origin } = this;
    const state = { openNow: view.openNow, origin: origin.origin, locating: origin.locating, problem: origin.problem, places: origin.places };
    const actions = {
      toggleOpenNow: () => view.setOpenNow(!view.openNow),
      nearMe: () => void origin.nearMe(),
      choosePlace: (name: string) => origin.choose(name),
      clearOrigin: () => origin.clear(),
    };
    return html`<div class="finder">
      <prossima-search-bar
        .value=${view.query}
        .chips=${view.model.chips}
        .leading=${renderFindBar(state, actions)}
        ?clearable=${view.narrowed}
        @search-input=${(e: CustomEvent<{ value: string }>) => view.type(e.detail.value)}
        @focusin=${warmSearch}
        @category-toggle=${(e: CustomEvent<{ id: string }>) => view.toggleCategory(e.detail.id)}
        @filters-clear=${() => view.clear()}
      ></prossima-search-bar>
      ${renderFindNotes(state, actions)}
    </div>`;
  }

  /** The count of results (a live region), the list's actions, the list/map switch, and the notices of loading. */
  private renderStatus() {
    const { model } = this.view;
    const { loaded, loading, failure } = this.data;
    const waiting = this.view.typing || (loaded !== undefined && this.view.searchWaits(this.searchIndex));
    return html`<div class="status-row">
        ${renderStatus(model.items.length, model.total, this.locale, loading, waiting)} ${this.renderViewActions()}
        ${renderViewToggle(this.pane, (pane) => (this.pane = pane))}
      </div>
      ${renderNotices({
      failure,
      stale: loaded?.stale,
      shrunk: loaded?.shrunk,
      count: loaded?.directory.services.length,
      rejected: loaded?.rejected ?? [],
      locale: this.locale,
      retry: () => this.data.retry(),
      missingLanguage: this.language.missing === undefined ? undefined : languageOwnName(this.language.missing),
      mapUnavailable: this.mapPiece.state === 'failed',
      tilesRefused: this.tiles.refused !== undefined,
      searchUnavailable: this.data.searchUnavailable,
      detailsUnavailable: this.extras.state === 'failed',
      retryDetails: () => void this.extras.load(),
    })}`;
  }

  private renderListPane() {
    const { view } = this;
    const { model } = view;
    const { loaded, loading } = this.data;
    return html`<section class=${this.detailShown() ? 'list-pane covered' : 'list-pane'} aria-busy=${loading ? 'true' : 'false'}>
      ${renderMatches(model.matches, model.leftOut)}
      ${view.blank || (model.items.length === 0 && !loading) ? renderNeedsRow(model.needs, (id) => view.chooseNeed(id), {
            open: this.needsOpen,
            toggle: () => (this.needsOpen = !this.needsOpen),
          }) : nothing}
      <prossima-service-list
        .items=${model.items}
        .distances=${model.distances}
        .selectedId=${this.selection.selectedId}
        .locale=${this.locale}
        .now=${this.clock.now}
        .closures=${loaded?.directory.closures}
        .help=${helpContact(loaded?.directory, this.locale)}
        .loading=${loading && loaded === undefined}
        ?inert=${this.detailShown()}
        @list-select=${(e: CustomEvent<{ id: string }>) => this.handleSelect(e, false)}
      ></prossima-service-list>
      ${this.listDrawn ? renderDirectoryInfo(loaded?.directory, this.locale) : nothing}
      ${this.renderDetail()}
    </section>`;
  }

  /** Share, QR code and print for the results as a whole, beside their count (with the extras piece). */
  private renderViewActions() {
    const directory = this.data.loaded?.directory;
    const { piece } = this.extras;
    if (directory === undefined || piece === undefined) return nothing;
    const { model, query } = this.view;
    const categories = model.chips.filter((chip) => chip.pressed).map((chip) => chip.name);
    const { origin } = this.origin;
    return html`<prossima-view-actions
      ?empty=${model.items.length === 0}
      .link=${this.url.link({ ...this.linkState(), service: undefined })}
      .heading=${piece.viewTitle(query, categories)}
      .printable=${() =>
        piece.buildPrintList({
          directory,
          items: model.items,
          locale: this.locale,
          query,
          categories,
          order: origin && originText(origin),
          linkOf: (id: string) => this.url.link({ service: id, lang: this.locale }),
        })}
    ></prossima-view-actions>`;
  }

  /** True while a service is open and its detail can be shown (the list behind it is inert). */
  private detailShown(): boolean {
    return this.selectedService() !== undefined && this.extras.state !== 'failed';
  }

  private renderDetail() {
    const selected = this.selectedService();
    if (selected === undefined || !this.detailShown()) return nothing;
    // The built-in directory's summaries and sources are a file of their own (DetailsController).
    const builtin = this.directory === undefined && !this.src;
    const service = builtin ? this.details.of(selected, this.locale) : selected;
    const directory = this.data.loaded?.directory;
    return html`<prossima-service-detail
      .service=${service}
      .category=${categoryViewOf(this.view.model.categories, service.category)}
      .locale=${this.locale}
      .reportChange=${directory?.publisher?.reportChange}
      .link=${this.url.link({ service: service.id, lang: this.locale })}
      .now=${this.clock.now}
      .closures=${directory?.closures}
      .help=${helpContact(directory, this.locale)}
      @detail-close=${this.handleDetailClose}
    ></prossima-service-detail>`;
  }

  private renderMapPane() {
    const { url, attribution } = this.tiles;
    const waiting = this.tileConsent && url !== null && !hasTileConsent(this.tileServer);
    if (this.mapPiece.state === 'failed') {
      return html`<section class="map-pane">
        <div part="map" class="map" role="region" aria-label=${mapRegionLabel()}>
          <p class="map-unavailable" role="status" dir="auto">${mapUnavailableText()}</p>
        </div>
      </section>`;
    }
    // <prossima-map-view> is defined by the map piece; until then it is an empty box.
    return html`<section class="map-pane">
      ${waiting ? renderTileConsent(this.tileServer, () => this.handleTileConsent()) : nothing}<prossima-map-view
        .adapterFactory=${this.mapPiece.factory}
        .points=${this.view.model.points}
        .selectedId=${this.selection.selectedId}
        .tileUrl=${waiting ? null : url}
        .tileAttribution=${attribution}
        .placeNames=${this.placeNames()}
        .center=${this.originCenter() ?? this.mapCenter}
        .zoom=${this.origin.origin ? ORIGIN_ZOOM : this.mapZoom}
        @map-select=${(e: CustomEvent<{ id: string }>) => this.handleSelect(e, true)}
      ></prossima-map-view>
    </section>`;
  }

  /** The comuni a map without tiles names, those with the most services first (per directory). */
  private placeNames(): readonly Place[] {
    const services = this.data.loaded?.directory.services ?? [];
    if (this.namedPlaces?.services !== services) this.namedPlaces = { services, places: placeNamesOf(services) };
    return this.namedPlaces.places;
  }

  /** Where "near me" or "choose your comune" put the map: the same array while the origin stays. */
  private originCenter(): [number, number] | undefined {
    const { origin } = this.origin;
    if (origin === undefined) return undefined;
    if (this.shownOrigin?.origin !== origin) this.shownOrigin = { origin, center: [origin.lat, origin.lon] };
    return this.shownOrigin.center;
  }

  private selectedService(): Service | undefined {
    const id = this.selection.selectedId;
    return id === null ? undefined : this.data.loaded?.directory.services.find((s) => s.id === id);
  }
}
