import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Directory, Rejection, Service } from './data/types.js';
import type { LoadFailure, LoadResult, LoadSuccess } from './data/load.js';
import { DirectoryLoader } from './directory-loader.js';
import { buildSearchIndex, buildSearchIndexAsync, isBlankQuery, type SearchIndex } from './search/search-index.js';
import { parseCenter, parseIdList, parseNameList, parseZoom, type Parsed } from './attributes.js';
import { deriveView, isViewPrepared, prepareViewAsync } from './derive.js';
import { isRightToLeft, uiLocales } from './localization.js';
import { LocaleController } from './locale-controller.js';
import { ViewportController } from './viewport-controller.js';
import { renderLanguagePicker } from './components/language-picker.js';
import { LanguageChangeEvent, ServiceSelectEvent } from './events.js';
import { renderDirectoryInfo, renderMatches, renderStatus, renderViewToggle, type View } from './components/status-bar.js';
import { categoryViewOf, emptyViewModel, type ViewModel } from './components/view-models.js';
import type { ProssimaServiceList } from './components/service-list.js';
import type { ProssimaMapView } from './components/map-view.js';
import type { ProssimaServiceDetail } from './components/service-detail.js';
import { renderNotices } from './components/notices.js';
import { giveTileConsent, hasTileConsent, renderTileConsent, tileHost } from './components/tile-consent.js';
import { renderEmergencyBar } from './components/emergency-bar.js';
import { originText, renderFindBar, type Origin } from './components/find-bar.js';
import { ClockController } from './clock-controller.js';
import { locate, type LocateProblem } from './near/locate.js';
import { placesOf, type Place } from './near/places.js';
import { normalize } from './search/normalize.js';
import { readViewState, viewLink, type ViewState } from './share/view-link.js';
import { buildPrintList } from './components/print-entries.js';
import { rootStyles } from './prossima-map.styles.js';
import { mapStyles } from './map/map.styles.js';

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

// This JSDoc and the property comments below are the single source of the public API:
// `npm run api` turns them into custom-elements.json and the README's tables. In `@csspart`
// texts `Extras:` starts the README's "extras" column, in `@fires` texts `Detail:` its "detail".
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
  static override styles = [mapStyles, rootStyles];

  /**
   * URL of a directory document (format v1). Absent: the directory built into the script.
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
  /** Leaflet tile URL template; `none` for no tiles. Default: OpenStreetMap's standard tiles. */
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
  /** Hides the language switcher inside the widget (for hosts that set `lang` themselves). */
  @property({ type: Boolean, attribute: 'hide-language-switcher' }) hideLanguageSwitcher = false;
  /**
   * A directory object set from script. It takes precedence over `src`; set it back to
   * `undefined` to return to `src` or the built-in directory.
   */
  @property({ attribute: false }) directory?: unknown;

  @state() private loaded?: { directory: Directory; rejected: readonly Rejection[]; stale?: LoadSuccess['stale'] };
  @state() private failure?: LoadFailure;
  @state() private searchText = '';
  @state() private activeCategories: ReadonlySet<string> = new Set();
  @state() private selectedId: string | null = null;
  @state() private view: View = 'list';
  /** "Open now": only the services open at this minute. */
  @state() private openNow = false;
  /** "Near me" or a chosen comune: results nearest first. */
  @state() private origin?: Origin;
  /** True while the phone looks for its position. */
  @state() private locating = false;
  @state() private locateProblem?: LocateProblem;
  /** True until the user pauses typing: the status region waits to announce the count. */
  @state() private typing = false;
  private typingTimer?: ReturnType<typeof setTimeout>;

  private language = new LocaleController(this);
  private clock = new ClockController(this);
  /** The minute "open now" was last derived for. */
  private derivedMinute = 0;
  /** What the page's URL asked for at start (a shared link), applied as the directory arrives. */
  private fromUrl: ViewState = {};
  /** The places of "choose your comune", per directory. */
  private places?: { directory: Directory; locale: string; list: Place[] };
  private viewport = new ViewportController(this);
  /** Set once the widget has come near the viewport and started its work. */
  private started = false;
  /** The language the view model was derived in. */
  private derivedIn = '';
  private loader = new DirectoryLoader(this, {
    prepareDirectory: (directory, signal) => this.prepareDirectory(directory, signal),
    applyLoad: (result) => this.applyLoad(result),
    whenRendered: () => this.whenRendered(),
  });
  /** The search index of the directory shown; undefined while a big one is being built. */
  @state() private searchIndex?: SearchIndex;
  /** Stops building the index of a directory no longer shown. */
  private indexing?: AbortController;
  /** A small directory's index, built with its views before it is shown. */
  private preparedIndex?: { directory: Directory; index: SearchIndex };
  /** The language whose views are being prepared for a big directory, in slices. */
  private preparing?: string;
  private model: ViewModel = emptyViewModel();
  private mapCenter?: [number, number];
  private mapZoom?: number;
  private warned = new Set<string>();
  private focusDetail = false;
  private returnFocus: HTMLElement | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
    this.indexing?.abort();
  }

  /** The page's UI language, which is also this widget's content language. */
  private get locale(): string {
    return this.language.locale;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Nothing heavy until the widget comes near the viewport; then everything counts as new.
    if (!this.viewport.near) return;
    const starting = !this.started;
    this.started = true;
    const has = (key: string) => starting || changed.has(key);
    if (starting) this.readUrl();
    if (has('langAttribute')) this.language.resolve((starting && this.fromUrl.lang) || this.langAttribute);
    if (has('src') || has('directory')) void this.loader.load(this);
    if (has('query')) this.searchText = (starting && this.fromUrl.query) || (this.query ?? '');
    if (changed.has('loaded')) this.indexDirectory();
    if (has('service') || changed.has('loaded')) this.openRequestedService(has('service'), changed.get('loaded') === undefined);
    if (changed.has('loaded') && changed.get('loaded') === undefined) this.applyUrlPlace();
    const minuteChanged = this.openNow && this.derivedMinute !== minuteOf(this.clock.now);
    if (DERIVED_FROM.some((key) => changed.has(key)) || this.derivedIn !== this.locale || minuteChanged) this.deriveModel();
    if (has('center')) this.mapCenter = this.parsed(parseCenter(this.center));
    if (has('zoom')) this.mapZoom = this.parsed(parseZoom(this.zoom));
  }

  /** A shared link's state: search, filters and "open now" at once; service and comune with the directory. */
  private readUrl(): void {
    this.fromUrl = readViewState(location.search);
    const { filter, openNow } = this.fromUrl;
    if (filter !== undefined) this.activeCategories = new Set(filter);
    if (openNow) this.openNow = true;
  }

  private applyUrlPlace(): void {
    const name = this.fromUrl.place;
    if (name === undefined) return;
    const place = this.placeList().find((candidate) => normalize(candidate.name) === normalize(name));
    if (place) this.origin = { kind: 'place', ...place };
  }

  /** What the user sees, as a link's state. */
  private viewState(): ViewState {
    return {
      service: this.selectedId ?? undefined,
      query: this.searchText,
      filter: [...this.activeCategories],
      openNow: this.openNow,
      place: this.origin?.kind === 'place' ? this.origin.name : undefined,
      lang: this.locale,
    };
  }

  /** With `sync-url`, the page's address follows the view (replaced, so Back still leaves the page). */
  private syncAddress(): void {
    if (!this.syncUrl || this.loaded === undefined) return;
    const href = viewLink(location.href, this.viewState());
    if (href !== location.href) history.replaceState(history.state, '', href);
  }

  protected override updated(): void {
    this.syncAddress();
    if (this.focusDetail) {
      this.focusDetail = false;
      void this.renderRoot.querySelector<ProssimaServiceDetail>('prossima-service-detail')?.focusHeading();
    }
  }

  /** Resolves once the directory given to the root is on screen: list, and map markers. */
  private async whenRendered(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector<ProssimaMapView>('prossima-map-view')?.whenPointsShown();
  }

  /**
   * The work done in slices before a directory is shown: its views in the current language and
   * the scope of the attributes; for a small directory, its search index too.
   */
  private async prepareDirectory(directory: Directory, signal: AbortSignal): Promise<void> {
    await prepareViewAsync(directory, this.locale, {
      signal,
      categoryIds: parseIdList(this.categories),
      municipalities: parseNameList(this.municipality),
    });
    if (directory.services.length < BIG_DIRECTORY) {
      const index = await buildSearchIndexAsync(directory.services, directory.categories, { signal });
      this.preparedIndex = { directory, index };
    }
  }

  /**
   * The search index of the directory shown: prepared with it for a small one; for a big one,
   * built in slices once the list and map show (a search typed before waits for it).
   */
  private indexDirectory(): void {
    this.indexing?.abort();
    this.indexing = undefined;
    const directory = this.loaded?.directory;
    const prepared = this.preparedIndex;
    this.preparedIndex = undefined;
    this.searchIndex = undefined;
    if (directory === undefined) return;
    const { services, categories } = directory;
    if (services.length < BIG_DIRECTORY) {
      this.searchIndex = prepared?.directory === directory ? prepared.index : buildSearchIndex(services, categories);
      return;
    }
    this.indexing = new AbortController();
    void this.indexAfterRender(directory, this.indexing.signal);
  }

  /** Builds a big directory's index in slices once its list and map are on screen. */
  private async indexAfterRender(directory: Directory, signal: AbortSignal): Promise<void> {
    try {
      await this.whenRendered();
      const index = await buildSearchIndexAsync(directory.services, directory.categories, { signal });
      if (this.loaded?.directory === directory) this.searchIndex = index;
    } catch {
      // Superseded by another directory, or the widget left the page.
    }
  }

  private applyLoad(result: LoadResult): void {
    if (result.ok) {
      this.loaded = { directory: result.directory, rejected: result.rejected, stale: result.stale };
      this.failure = undefined;
    } else {
      this.failure = result;
    }
  }

  private handleLanguageChoice(locale: string): void {
    this.language.request(locale);
    this.dispatchEvent(new LanguageChangeEvent({ lang: locale }));
  }

  private openRequestedService(serviceChanged: boolean, firstLoad: boolean): void {
    // A shared link's service wins over the attribute, on the first load only.
    const requested = (firstLoad && this.fromUrl.service) || this.service;
    if (requested === undefined || this.loaded === undefined) return;
    // A new directory re-opens the requested service only on the first load.
    if (!serviceChanged && !firstLoad) return;
    const found = this.loaded.directory.services.some((s) => s.id === requested);
    if (found) this.selectedId = requested;
    else this.warnOnce(`service="${requested}" is not in the directory; ignored`);
  }

  private deriveModel(): void {
    if (this.loaded === undefined) return;
    if (!this.prepareLanguage(this.loaded.directory)) return;
    const { model, offered, unknownCategories } = deriveView({
      directory: this.loaded.directory,
      categoryIds: parseIdList(this.categories),
      municipalities: parseNameList(this.municipality),
      index: this.searchIndex,
      searchText: this.searchText,
      active: this.activeCategories,
      lang: this.locale,
      openAt: this.openNow ? this.clock.now : undefined,
      origin: this.origin,
    });
    this.derivedIn = this.locale;
    this.derivedMinute = minuteOf(this.clock.now);
    if (unknownCategories.length > 0) this.warnOnce(`categories: unknown ids ${unknownCategories.join(', ')} ignored`);
    this.model = model;
    // A service the host's categories or comuni no longer offer is not shown, open or not.
    if (this.selectedId !== null && !offered.has(this.selectedId)) this.selectedId = null;
  }

  /**
   * True when the views of a big directory in the current language are ready; else prepares them
   * in slices and updates again (the list stays in the previous language meanwhile).
   */
  private prepareLanguage(directory: Directory): boolean {
    const lang = this.locale;
    if (directory.services.length < BIG_DIRECTORY || isViewPrepared(directory, lang)) return true;
    if (this.preparing === lang) return false;
    this.preparing = lang;
    void prepareViewAsync(directory, lang).then(() => {
      this.preparing = undefined;
      this.requestUpdate();
    });
    return false;
  }

  /** True while a search waits for the index of a big directory. */
  private get searchWaits(): boolean {
    return this.loaded !== undefined && this.searchIndex === undefined && !isBlankQuery(this.searchText);
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

  private handleSearch(event: CustomEvent<{ value: string }>): void {
    this.searchText = event.detail.value;
    this.typing = true;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => (this.typing = false), TYPING_PAUSE_MS);
  }

  private handleCategoryToggle(event: CustomEvent<{ id: string }>): void {
    const next = new Set(this.activeCategories);
    if (!next.delete(event.detail.id)) next.add(event.detail.id);
    this.activeCategories = next;
  }

  private handleClear(): void {
    this.searchText = '';
    this.activeCategories = new Set();
    this.openNow = false;
  }

  private async handleNearMe(): Promise<void> {
    this.locating = true;
    this.locateProblem = undefined;
    const result = await locate();
    this.locating = false;
    if (result.ok) this.origin = { kind: 'device', ...result.point };
    else this.locateProblem = result.problem;
  }

  private handlePlace(name: string): void {
    const place = this.placeList().find((candidate) => candidate.name === name);
    this.origin = place === undefined ? undefined : { kind: 'place', ...place };
    this.locateProblem = undefined;
  }

  /** The comuni "choose your comune" offers (the province's, and any other the directory names). */
  private placeList(): readonly Place[] {
    const directory = this.loaded?.directory;
    if (directory === undefined) return [];
    if (this.places?.directory !== directory || this.places.locale !== this.locale) {
      this.places = { directory, locale: this.locale, list: placesOf(directory.services, this.locale) };
    }
    return this.places.list;
  }

  private handleSelect(event: CustomEvent<{ id: string }>, fromMap: boolean): void {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : null;
    this.selectedId = event.detail.id;
    this.focusDetail = true;
    if (fromMap) this.view = 'list';
    this.dispatchEvent(new ServiceSelectEvent({ id: event.detail.id }));
  }

  /** Closes the detail and puts focus back where the user came from. */
  private async handleDetailClose(): Promise<void> {
    const id = this.selectedId;
    const target = this.returnFocus;
    this.selectedId = null;
    if (target?.closest('.map-pane') && this.isNarrow()) this.view = 'map';
    await this.updateComplete;
    if (target?.isConnected && target.offsetParent !== null) {
      target.focus();
      return;
    }
    const list = this.renderRoot.querySelector<ProssimaServiceList>('prossima-service-list');
    if (id === null || !(await list?.focusItem(id))) this.renderRoot.querySelector<HTMLElement>('[part~="search"]')?.focus();
  }

  private isNarrow(): boolean {
    return this.renderRoot.querySelector<HTMLElement>('.view-toggle')?.offsetParent != null;
  }

  override render() {
    if (!this.started) return html`<div class="root"></div>`;
    const dir = isRightToLeft(this.locale) ? 'rtl' : 'ltr';
    const detailOpen = this.selectedService() !== undefined;
    return html`<div class="root" lang=${this.locale} dir=${dir}>
      <div class="toolbar">
        ${renderEmergencyBar(this.loaded?.directory.emergency ?? [], this.locale)}
        ${this.hideLanguageSwitcher
          ? nothing
          : renderLanguagePicker(this.locale, uiLocales, (locale) => this.handleLanguageChoice(locale))}
      </div>
      <div class="finder">
        <prossima-search-bar
          .value=${this.searchText}
          .chips=${this.model.chips}
          ?clearable=${this.searchText !== '' || this.activeCategories.size > 0 || this.openNow}
          @search-input=${this.handleSearch}
          @category-toggle=${this.handleCategoryToggle}
          @filters-clear=${this.handleClear}
        ></prossima-search-bar>
        ${renderFindBar(
          { openNow: this.openNow, origin: this.origin, locating: this.locating, problem: this.locateProblem, places: this.placeList() },
          {
            toggleOpenNow: () => (this.openNow = !this.openNow),
            nearMe: () => void this.handleNearMe(),
            choosePlace: (name) => this.handlePlace(name),
            clearOrigin: () => (this.origin = undefined),
          },
        )}
      </div>
      ${renderStatus(this.model.items.length, this.model.total, this.locale, this.loader.loading, this.typing || this.searchWaits)} ${renderNotices({
        failure: this.failure,
        stale: this.loaded?.stale,
        rejected: this.loaded?.rejected ?? [],
        locale: this.locale,
        retry: () => void this.loader.load(this),
      })}
      ${renderViewToggle(this.view, (view) => (this.view = view))}
      <div class="main" data-view=${this.view}>
        <section class="list-pane" aria-busy=${this.loader.loading ? 'true' : 'false'}>
          ${renderMatches(this.model.matches)}
          <prossima-service-list
            .items=${this.model.items}
            .distances=${this.model.distances}
            .selectedId=${this.selectedId}
            .uiLang=${this.locale}
            .now=${this.clock.now}
            .closures=${this.loaded?.directory.closures}
            .loading=${this.loader.loading && this.loaded === undefined}
            ?inert=${detailOpen}
            @list-select=${(e: CustomEvent<{ id: string }>) => this.handleSelect(e, false)}
          ></prossima-service-list>
          ${this.renderViewActions()} ${renderDirectoryInfo(this.loaded?.directory, this.locale)} ${this.renderDetail()}
        </section>
        <section class="map-pane">${this.renderMap()}</section>
      </div>
    </div>`;
  }

  /** Share, QR code and print for the results as a whole. */
  private renderViewActions() {
    const directory = this.loaded?.directory;
    if (directory === undefined) return nothing;
    const state = { ...this.viewState(), service: undefined };
    const categories = this.model.chips.filter((chip) => chip.pressed).map((chip) => chip.name);
    const heading = [
      msg('Servizi per cittadini stranieri', { desc: 'print-list: title of the printed list' }),
      this.searchText.trim(),
      ...categories,
    ]
      .filter(Boolean)
      .join(' · ');
    return html`<prossima-view-actions
      .link=${viewLink(location.href, state)}
      .heading=${heading}
      .printable=${() =>
        buildPrintList({
          directory,
          items: this.model.items,
          locale: this.locale,
          query: this.searchText,
          categories,
          order: this.origin && originText(this.origin),
          linkOf: (id: string) => viewLink(location.href, { service: id, lang: this.locale }),
        })}
    ></prossima-view-actions>`;
  }

  private renderDetail() {
    const service = this.selectedService();
    if (service === undefined) return nothing;
    return html`<prossima-service-detail
      .service=${service}
      .category=${categoryViewOf(this.model.categories, service.category)}
      .uiLang=${this.locale}
      .reportChange=${this.loaded?.directory.publisher?.reportChange}
      .link=${viewLink(location.href, { service: service.id, lang: this.locale })}
      .now=${this.clock.now}
      .closures=${this.loaded?.directory.closures}
      @detail-close=${this.handleDetailClose}
    ></prossima-service-detail>`;
  }

  private renderMap() {
    const custom = this.tileUrl !== undefined && this.tileUrl !== '' && this.tileUrl !== 'none';
    const tiles = this.tileUrl === 'none' ? null : custom ? this.tileUrl! : OSM_TILES;
    const host = tiles === null ? '' : tileHost(tiles);
    const waiting = this.tileConsent && tiles !== null && !hasTileConsent(host);
    const agree = () => {
      giveTileConsent(host);
      this.requestUpdate();
    };
    return html`${waiting ? renderTileConsent(host, agree) : nothing}<prossima-map-view
      .points=${this.model.points}
      .selectedId=${this.selectedId}
      .tileUrl=${waiting ? null : tiles}
      .tileAttribution=${custom ? this.tileAttribution ?? '' : OSM_ATTRIBUTION}
      .center=${this.mapCenter}
      .zoom=${this.mapZoom}
      @map-select=${(e: CustomEvent<{ id: string }>) => this.handleSelect(e, true)}
    ></prossima-map-view>`;
  }

  private selectedService(): Service | undefined {
    const id = this.selectedId;
    return id === null ? undefined : this.loaded?.directory.services.find((s) => s.id === id);
  }
}

/** From this many services, indexing and per-language preparation work in slices. */
const BIG_DIRECTORY = 2000;

/** How long typing must pause before the number of results is announced. */
const TYPING_PAUSE_MS = 700;

/** Changes to these re-derive the results, chips, list and map points. */
const DERIVED_FROM = ['loaded', 'searchIndex', 'categories', 'municipality', 'searchText', 'activeCategories', 'openNow', 'origin'];

function minuteOf(date: Date): number {
  return Math.floor(date.getTime() / 60_000);
}
