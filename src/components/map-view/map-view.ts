import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { MapAdapter, MapAdapterFactory, MapLabels, MapPoint, MapView, PlaceName } from '../../map/map-adapter.js';
import { AREA_OUTLINE } from '../../map/area-outline.js';
import { afterNextPaint } from '../../lib/after-paint.js';
import { mapRegionLabel } from '../parts/notices.js';

/**
 * Hosts the map adapter (the only code that knows Leaflet) and keeps it in step with the
 * root's plain values. Renders into its parent's shadow root: its `map` part belongs to
 * `<prossima-map>`. Tiles failing (offline) affect nothing but the map background.
 * Part of the map piece (src/map-piece.ts), defined when the root loads it.
 * @internal Emits `map-select` (not composed) with `{ id }` when the user picks a marker.
 */
/** From this many points, the map waits for a pause in typing before it redraws. */
const BIG = 2000;
/** A pause longer than the time between two keys of most people (phones are slower still). */
const MAP_PAUSE_MS = 300;

@localized()
export class ProssimaMapView extends LitElement {
  @property({ attribute: false }) points: readonly MapPoint[] = [];
  @property({ attribute: false }) selectedId: string | null = null;
  @property({ attribute: false }) tileUrl: string | null = null;
  @property({ attribute: false }) tileAttribution = '';
  @property({ attribute: false }) center?: [number, number];
  @property({ attribute: false }) zoom?: number;
  /** The places written on the map while it has no tiles, most important first (read when the map is made). */
  @property({ attribute: false }) placeNames: readonly PlaceName[] = [];
  /** Makes the map: Leaflet's (the map piece), or a fake in tests. None: no map is made. */
  @property({ attribute: false }) adapterFactory?: MapAdapterFactory;

  private adapter?: MapAdapter;
  private resizeObserver?: ResizeObserver;
  /** Fitting waits until the map has a size (it may start hidden on narrow screens). */
  private pendingFit = false;

  /** Stops clustering points that newer ones replace. */
  private clustering?: AbortController;
  /** Cancels the creation of the map, when it waits for the first paint. */
  private cancelCreation?: () => void;
  /** Cancels the pending redraw of the points. */
  private cancelPoints?: () => void;
  /** Settles once the latest points are on the map. */
  private pointsShown: Promise<void> = Promise.resolve();
  private settlePoints?: () => void;
  /** How many points the map shows. */
  private pointsOnMap = 0;
  /** The container's size, as last observed (reading it would force a layout). */
  private sized = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelCreation?.();
    this.cancelCreation = undefined;
    this.cancelPoints?.();
    this.clustering?.abort();
    this.settlePoints?.();
    this.settlePoints = undefined;
    this.resizeObserver?.disconnect();
    this.adapter?.destroy();
    this.adapter = undefined;
    this.pointsOnMap = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a move in the DOM: build the map again on the next update.
    if (this.hasUpdated && this.adapter === undefined) this.requestUpdate('points');
  }

  protected override updated(changed: PropertyValues<this>): void {
    const container = this.querySelector<HTMLElement>('[part~="map"]');
    if (container === null) return;
    if (this.adapter === undefined) {
      if (this.adapterFactory !== undefined) this.scheduleCreation(container);
      return;
    }
    if (changed.has('tileUrl') || changed.has('tileAttribution')) {
      this.adapter.setTiles(this.tileUrl, this.tileAttribution);
    }
    if (changed.has('points')) this.schedulePoints();
    if ((changed.has('center') || changed.has('zoom')) && this.center !== undefined) {
      this.adapter.setView(this.center, this.zoom ?? 13);
    } else if (changed.has('center') && changed.get('center') !== undefined) {
      // No centre any more ("near me" cleared, with no `center` attribute): every service again.
      this.adapter.fitToPoints();
    }
    if (changed.has('selectedId')) this.adapter.select(this.selectedId);
    this.adapter.setLabels(this.labels());
  }

  /** From now until `settlePoints`, `whenPointsShown` waits. */
  private awaitPoints(): void {
    if (this.settlePoints === undefined) this.pointsShown = new Promise((resolve) => (this.settlePoints = resolve));
  }

  /** What the map shows now; undefined before the map is made. */
  currentView(): MapView | undefined {
    return this.adapter?.getView();
  }

  /** Resolves once the latest points are on the map (they follow the list by a frame or so). */
  whenPointsShown(): Promise<void> {
    return this.pointsShown;
  }

  /**
   * The map is made once the first screen (search, list) has been painted, in a task of its own:
   * the list shows sooner, and neither waits for the other.
   */
  private scheduleCreation(container: HTMLElement): void {
    if (this.cancelCreation !== undefined) return;
    this.awaitPoints();
    this.cancelCreation = afterNextPaint(() => {
      this.cancelCreation = undefined;
      if (this.isConnected && this.adapter === undefined && this.adapterFactory !== undefined) this.createAdapter(this.adapterFactory, container);
    });
  }

  private createAdapter(factory: MapAdapterFactory, container: HTMLElement): void {
    this.sized = container.clientWidth > 0 && container.clientHeight > 0;
    this.adapter = factory(
      container,
      {
        tileUrl: this.tileUrl,
        tileAttribution: this.tileAttribution,
        placeNames: this.placeNames,
        // The outline is the province's whose comuni the names are: drawn with them, or not at all.
        outline: this.placeNames.length > 0 ? AREA_OUTLINE : undefined,
        labels: this.labels(),
        center: this.center,
        zoom: this.center === undefined ? undefined : this.zoom ?? 13,
      },
      { onSelect: (id) => this.handleSelect(id) },
    );
    this.showPoints(this.center === undefined);
    this.adapter.select(this.selectedId);
    this.resizeObserver = new ResizeObserver(() => this.handleResize(container));
    this.resizeObserver.observe(container);
  }

  /**
   * New points go to the map once the list has been painted; for big directories, once typing
   * pauses. Each keystroke then costs only the list.
   */
  private schedulePoints(): void {
    this.cancelPoints?.();
    // Points still being clustered are out of date: stop now, not when the new ones start.
    this.clustering?.abort();
    this.clustering = undefined;
    this.awaitPoints();
    const show = () => {
      this.cancelPoints = undefined;
      this.showPoints(this.center === undefined);
    };
    if (this.points.length < BIG) {
      // The first points at once: there is nothing on the map to keep up with.
      if (this.pointsOnMap === 0) show();
      else this.cancelPoints = afterNextPaint(show);
    } else if (this.pointsOnMap === 0) {
      // Clustering many points takes a while, in slices: the list is painted first.
      this.cancelPoints = afterNextPaint(show);
    } else {
      const timer = setTimeout(show, MAP_PAUSE_MS);
      this.cancelPoints = () => clearTimeout(timer);
    }
  }

  /** Puts the points on the map: at once when they are few, else clustered in slices first. */
  private showPoints(fit: boolean): void {
    this.clustering?.abort();
    this.clustering = undefined;
    const adapter = this.adapter;
    if (adapter === undefined) return;
    const done = () => {
      this.pointsOnMap = this.points.length;
      if (fit && !this.sized) this.pendingFit = true;
      this.settlePoints?.();
      this.settlePoints = undefined;
    };
    if (this.points.length < BIG) {
      adapter.setPoints(this.points, fit && this.sized);
      done();
      return;
    }
    const clustering = (this.clustering = new AbortController());
    adapter.setPointsAsync(this.points, fit && this.sized, clustering.signal).then(done, () => {}); // aborted: newer points follow
  }

  /** A new size: the map is measured again; a fit that waited for a size (hidden at first) is done, at once. */
  private handleResize(container: HTMLElement): void {
    this.sized = container.clientWidth > 0 && container.clientHeight > 0;
    if (!this.sized) return;
    this.adapter?.invalidateSize();
    if (this.pendingFit) {
      this.pendingFit = false;
      // Nobody has seen this map yet: jump to the view rather than animate to it.
      this.adapter?.fitToPoints(false);
    }
  }

  private handleSelect(id: string): void {
    this.dispatchEvent(new CustomEvent('map-select', { detail: { id }, bubbles: true }));
  }

  private labels(): MapLabels {
    return {
      approximate: msg('posizione approssimativa, indirizzo esatto non noto', {
        desc: 'map-view: added to the accessible name of a marker placed on the town centre because the exact address is not known',
      }),
      group: (count) => msg(str`Gruppo di ${count} servizi: apri`, { desc: 'map-view: accessible name of a marker grouping several services' }),
      groupTitle: (count) => msg(str`${count} servizi in questo luogo`, { desc: 'map-view: heading of the list of services sharing one place' }),
      zoomIn: msg('Ingrandisci', { desc: 'map-view: zoom in button' }),
      zoomOut: msg('Riduci', { desc: 'map-view: zoom out button' }),
      close: msg('Chiudi', { desc: 'close button of a popup or a dialog' }),
    };
  }

  override render() {
    return html`<div
      part="map"
      class="map"
      dir="ltr"
      role="region"
      aria-label=${mapRegionLabel()}
    ></div>`;
  }
}
