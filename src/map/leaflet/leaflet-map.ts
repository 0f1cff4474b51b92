import {
  control,
  divIcon,
  latLng,
  latLngBounds,
  layerGroup,
  map as createMap,
  marker,
  svgOverlay,
  tileLayer,
  type Control,
  type LayerGroup,
  type Map as LeafletMap,
  type Marker,
  type SVGOverlay,
  type TileLayer,
  type TileLayerOptions,
} from 'leaflet/dist/leaflet-src.esm.js';
import { PointIndex, type Place } from '../clusters.js';
import type { MapAdapter, MapAdapterFactory, MapCallbacks, MapLabels, MapOptions, MapPoint, MapView, PlaceName } from '../map-adapter.js';
import { GroupPopups } from './group-popup.js';
import { MarkerLayer, type MarkerEntry } from './marker-layer.js';
import { escapeHtml } from './markers.js';
import { mapStyles } from './map.styles.js';
import { addStyles } from '../../lib/add-styles.js';

/** Far enough out to fit the whole of Italy on a phone (a national directory). */
const MIN_ZOOM = 4;
const MAX_ZOOM = 18;
/** Fitting to one place (or a few close ones) stops at street level, not at the max zoom. */
const FIT_MAX_ZOOM = 15;
const FIT_PADDING: [number, number] = [32, 32];
/** Shown when there is nothing to fit to and no view was given: the province of Matera. */
const DEFAULT_CENTER: [number, number] = [40.55, 16.35];
const DEFAULT_ZOOM = 9;
/**
 * Where a place's name may stand around its point, in order of preference (see showNames): its
 * offset from the point for a label of that size, clear of a marker standing on the point.
 */
const NAME_PLACES: readonly ((width: number, height: number) => [number, number])[] = [
  (width) => [-width / 2, 16],
  (width, height) => [-width / 2, -height - 16],
  (_, height) => [24, -height / 2],
  (width, height) => [-width - 24, -height / 2],
];

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;
/** Below this zoom the place names of a map without tiles would cover each other. */
const NAMES_MIN_ZOOM = 8;
/** Non-interactive labels (no Tab stop, hidden from screen readers: the markers carry the names). */
function namesOf(places: readonly PlaceName[]) {
  return places.map((place) => {
    const label = document.createElement('span');
    label.className = 'prossima-place-name';
    label.setAttribute('aria-hidden', 'true');
    label.textContent = place.name;
    const icon = divIcon({ html: label, className: 'prossima-place', iconSize: undefined });
    return marker([place.lat, place.lon], { icon, interactive: false, keyboard: false, pane: 'prossima-names' });
  });
}

/** The outline's source (CC BY 4.0 asks for it), in the attribution while the outline is shown. */
const OUTLINE_ATTRIBUTION =
  '© <a href="https://www.istat.it/" target="_blank" rel="noopener noreferrer">ISTAT</a>, <a href="https://github.com/openpolis/geojson-italy" target="_blank" rel="noopener noreferrer">openpolis</a> (CC BY 4.0)';

/**
 * The outline of the area, a light line for a map without tiles: an SVG stretched over the
 * outline's bounds, drawn in Web Mercator coordinates (x the longitude, y the projected latitude,
 * both relative to the outline's north-west corner), which Leaflet's own projection maps linearly
 * onto the screen, so it follows pans and zooms as the tiles would. Under the names and markers,
 * not interactive, hidden from screen readers.
 */
function outlineOf(rings: readonly (readonly (readonly [number, number])[])[]): SVGOverlay {
  const mercator = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
  const lats = rings.flat().map(([lat]) => lat);
  const lons = rings.flat().map(([, lon]) => lon);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const top = mercator(north);
  const scale = 1000; // thousandths of a degree: well within the SVG's float precision
  const point = ([lat, lon]: readonly [number, number]) => `${((lon - west) * scale).toFixed(1)} ${((top - mercator(lat)) * scale).toFixed(1)}`;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${((east - west) * scale).toFixed(1)} ${((top - mercator(south)) * scale).toFixed(1)}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('class', 'prossima-outline');
  path.setAttribute('d', rings.map((ring) => `M${ring.map(point).join('L')}Z`).join(''));
  svg.append(path);
  return svgOverlay(svg, [
    [south, west],
    [north, east],
  ], { interactive: false, attribution: OUTLINE_ATTRIBUTION });
}

/** A point this close to the edge (px) counts as outside the view. */
const EDGE = 24;
/** Opens in a tab of its own, never in the host's page, and says nothing of where it came from. */
const LEAFLET_PREFIX = '<a href="https://leafletjs.com" target="_blank" rel="noopener noreferrer">Leaflet</a>';

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The {@link MapAdapterFactory} of Leaflet 1.9: what the root gives `<prossima-map-view>`. The
 * map brings its own styles (Leaflet's CSS and the markers') to the shadow root it is drawn in,
 * so they travel with the map's piece, not with the entry.
 */
export const createLeafletMapAdapter: MapAdapterFactory = (container, options, callbacks) => {
  addStyles(container.getRootNode(), mapStyles);
  return new LeafletMapAdapter(container, options, callbacks);
};

/** The MapAdapter on Leaflet 1.9. Created only through createLeafletMapAdapter(). */
export class LeafletMapAdapter implements MapAdapter {
  private readonly map: LeafletMap;
  private readonly markers: MarkerLayer;
  private readonly popups: GroupPopups;
  private readonly zoomControl: Control.Zoom;
  /** The container's own attributes, put back by destroy(). */
  private readonly saved: Record<'class' | 'style' | 'tabindex', string | null>;
  private index = new PointIndex([]);
  private tiles: TileLayer | null = null;
  /** The place names shown while there are no tiles (a pane under the markers). */
  private readonly names: LayerGroup;
  /** The area's outline, shown with the names while there are no tiles. */
  private readonly outline?: SVGOverlay;
  private selectedId: string | null = null;
  private hasView = false;
  /**
   * True once markers have been shown: moves are animated only from then on. The first points
   * land on an empty default view, and an animation from it would only delay (and, cut short by
   * a resize, could lose) the first real view.
   */
  private hasShownPoints = false;
  private destroyed = false;
  private readonly enableWheel = (): void => void this.map.scrollWheelZoom.enable();
  private readonly disableWheel = (): void => void this.map.scrollWheelZoom.disable();

  constructor(
    private readonly container: HTMLElement,
    options: MapOptions,
    private readonly callbacks: MapCallbacks,
  ) {
    this.saved = {
      class: container.getAttribute('class'),
      style: container.getAttribute('style'),
      tabindex: container.getAttribute('tabindex'),
    };
    const { labels } = options;
    const still = reducedMotion();
    this.map = createMap(container, {
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      zoomControl: false,
      // A wheel over an embedded map scrolls the page until the map is focused or clicked.
      scrollWheelZoom: false,
      keyboard: true,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      // The map view observes its own container (ResizeObserver); Leaflet's window `resize`
      // listener would also leave a `_leaflet_events` property on the host's window.
      trackResize: false,
    });
    this.map.attributionControl.setPrefix(LEAFLET_PREFIX);
    this.zoomControl = control
      .zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut })
      .addTo(this.map);
    // The Tab order follows the reading order: the zoom buttons (top corners) before the markers,
    // the attribution (bottom corners) after them. Leaflet puts every corner after the panes.
    for (const corner of container.querySelectorAll('.leaflet-top')) container.insertBefore(corner, this.map.getPane('mapPane')!);
    this.map.createPane('prossima-names').style.zIndex = '450';
    this.names = layerGroup(namesOf(options.placeNames ?? []));
    if (options.outline !== undefined && options.outline.some((ring) => ring.length > 2)) this.outline = outlineOf(options.outline);
    this.markers = new MarkerLayer(this.map, labels, (entry, kb) => this.activate(entry, kb));
    this.popups = new GroupPopups(this.map, labels, {
      onSelect: (id) => callbacks.onSelect(id),
      returnFocusTo: (key) => this.markers.element(key) ?? container,
    });
    this.map.on('load', () => {
      this.hasView = true;
      this.render();
    });
    this.map.on('moveend', () => this.render());
    this.map.on('focus click', this.enableWheel);
    this.map.on('blur', this.disableWheel);
    container.addEventListener('mouseleave', this.disableWheel);
    this.setTiles(options.tileUrl, options.tileAttribution);
    if (options.center !== undefined) {
      this.map.setView(options.center, options.zoom ?? DEFAULT_ZOOM, { animate: false });
    }
  }

  setPoints(points: readonly MapPoint[], fit: boolean): void {
    this.showIndex(new PointIndex(points), fit);
  }

  async setPointsAsync(points: readonly MapPoint[], fit: boolean, signal: AbortSignal): Promise<void> {
    const index = await PointIndex.build(points, { signal });
    if (!this.destroyed) this.showIndex(index, fit);
  }

  private showIndex(index: PointIndex, fit: boolean): void {
    this.popups.close(false);
    this.index = index;
    this.markers.setSelectedPlace(this.selectedPlace()?.key ?? null);
    // With no view yet there is no user's view to keep: fit whenever possible.
    if (fit || !this.hasView) this.fitToPoints();
    this.render();
    if (!index.allPlaces().next().done) this.hasShownPoints = true;
  }

  select(id: string | null): void {
    this.selectedId = id;
    const place = this.selectedPlace();
    this.markers.setSelectedPlace(place?.key ?? null);
    this.popups.markSelected(id);
    if (place !== undefined && this.hasView) this.reveal(place);
  }

  setView(center: [number, number], zoom: number): void {
    if (this.afterZoomAnimation(() => this.setView(center, zoom))) return;
    this.map.setView(center, zoom, { animate: this.hasView && !reducedMotion() });
  }

  getView(): MapView {
    const center = this.map.getCenter();
    return { center: [center.lat, center.lng], zoom: this.map.getZoom() };
  }

  fitToPoints(animate = true): void {
    if (this.afterZoomAnimation(() => this.fitToPoints(animate))) return;
    const places = [...this.index.allPlaces()];
    if (places.length === 0 || this.container.clientWidth === 0 || this.container.clientHeight === 0) {
      if (!this.hasView) this.map.setView(DEFAULT_CENTER, DEFAULT_ZOOM, { animate: false });
      return;
    }
    this.map.invalidateSize({ pan: false });
    const bounds = latLngBounds(places.map((p) => latLng(p.lat, p.lon)));
    this.map.fitBounds(bounds, {
      padding: FIT_PADDING,
      maxZoom: FIT_MAX_ZOOM,
      animate: animate && this.hasView && this.hasShownPoints && !reducedMotion(),
    });
  }

  setTiles(tileUrl: string | null, attribution: string): void {
    this.tiles?.remove();
    this.tiles = null;
    this.showNames();
    if (tileUrl === null) return;
    const options: TileLayerOptions = { maxZoom: 19, crossOrigin: false };
    // Leaflet writes attributions as HTML: the plain text is escaped first.
    if (attribution !== '') options.attribution = escapeHtml(attribution);
    this.tiles = tileLayer(tileUrl, options).addTo(this.map);
    this.showNames();
  }

  /**
   * Without tiles, the area's outline is drawn and the places' names stand where the map would
   * show them, from a zoom where they fit; a name that a marker or a name already written (in the
   * order given) would cover is left out.
   */
  private showNames(): void {
    if (this.outline !== undefined && (this.tiles === null) !== this.map.hasLayer(this.outline)) {
      if (this.tiles === null) this.outline.addTo(this.map);
      else this.outline.remove();
    }
    const wanted = this.tiles === null && this.map.getZoom() >= NAMES_MIN_ZOOM;
    if (wanted && !this.map.hasLayer(this.names)) this.names.addTo(this.map);
    if (!wanted && this.map.hasLayer(this.names)) this.names.remove();
    if (!wanted) return;
    // All read first (the labels' sizes and points, the markers' boxes), then all written: one layout.
    const pane = this.map.getPane('markerPane');
    const taken: Box[] = [...(pane?.children ?? [])].map((element) => element.getBoundingClientRect());
    const labels = this.names.getLayers().flatMap((layer) => {
      const label = (layer as Marker).getElement()?.firstElementChild;
      if (!(label instanceof HTMLElement) || label.parentElement === null) return [];
      const point = label.parentElement.getBoundingClientRect();
      return [{ label, x: point.left, y: point.top, width: label.offsetWidth, height: label.offsetHeight }];
    });
    const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const { label, x, y, width, height } of labels) {
      // Under its point, else above, beside it, or left out.
      const place = NAME_PLACES.map((offset) => offset(width, height)).find(([dx, dy]) => {
        const box = { left: x + dx, top: y + dy, right: x + dx + width, bottom: y + dy + height };
        if (taken.some((other) => overlaps(box, other))) return false;
        taken.push(box);
        return true;
      });
      label.style.visibility = place === undefined ? 'hidden' : '';
      if (place !== undefined) label.style.transform = `translate(${place[0]}px, ${place[1]}px)`;
    }
  }

  setLabels(labels: MapLabels): void {
    this.markers.setLabels(labels);
    const zoom = this.zoomControl.getContainer();
    for (const [selector, text] of [
      ['.leaflet-control-zoom-in', labels.zoomIn],
      ['.leaflet-control-zoom-out', labels.zoomOut],
    ] as const) {
      const button = zoom?.querySelector<HTMLElement>(selector);
      button?.setAttribute('title', text);
      button?.setAttribute('aria-label', text);
    }
    this.popups.setLabels(labels);
  }

  invalidateSize(): void {
    // Mid-animation, Leaflet would pan the frames of a zoom still under way.
    if (this.afterZoomAnimation(() => this.invalidateSize())) return;
    this.map.invalidateSize();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.popups.forget();
    this.container.removeEventListener('mouseleave', this.disableWheel);
    // Leaflet 1.9 ends a zoom animation from a 250 ms timer that remove() does not clear; on a
    // removed map it throws (`_leaflet_pos` of undefined). Marking the animation over makes that
    // timer return early.
    (this.map as unknown as ZoomAnimationState)._animatingZoom = false;
    this.map.remove();
    for (const [name, value] of Object.entries(this.saved)) {
      if (value === null) this.container.removeAttribute(name);
      else this.container.setAttribute(name, value);
    }
  }

  private render(): void {
    if (!this.hasView || this.destroyed) return;
    this.markers.render(this.index);
    this.showNames();
  }

  private selectedPlace(): Place | undefined {
    return this.selectedId === null ? undefined : this.index.placeOf(this.selectedId);
  }

  /** Zooms in just enough for `place` to leave its cluster; pans only if it is out of view. */
  private reveal(place: Place): void {
    if (this.afterZoomAnimation(() => this.selectedPlace() === place && this.reveal(place))) return;
    const at = latLng(place.lat, place.lon);
    const zoom = this.map.getZoom();
    const target = Math.min(this.index.revealZoom(place, zoom), this.map.getMaxZoom());
    const p = this.map.latLngToContainerPoint(at);
    const size = this.map.getSize();
    const inView = p.x >= EDGE && p.y >= EDGE && p.x <= size.x - EDGE && p.y <= size.y - EDGE;
    const animate = !reducedMotion();
    if (target > zoom) {
      if (inView) this.map.setZoomAround(at, target, { animate });
      else this.map.setView(at, target, { animate });
    } else if (!inView) {
      this.map.panTo(at, { animate });
    }
  }

  /**
   * Leaflet drops a new zoom asked while one is animating (a fit to new results, say): when one
   * is, `run` waits for its end and this returns true.
   */
  private afterZoomAnimation(run: () => void): boolean {
    if (!isAnimatingZoom(this.map)) return false;
    this.map.once('zoomend', () => {
      if (!this.destroyed) run();
    });
    return true;
  }

  private activate(entry: MarkerEntry, byKeyboard: boolean): void {
    const { item } = entry;
    if (item.kind === 'place') {
      const { points } = item.place;
      if (points.length === 1) this.callbacks.onSelect(points[0]!.id);
      else this.popups.show(entry.key, points, latLng(item.place.lat, item.place.lon), byKeyboard, this.selectedId);
      return;
    }
    const expansion = this.index.expansionZoom(item.clusterId);
    const max = this.map.getMaxZoom();
    if (expansion > max || this.map.getZoom() >= max) {
      const points = this.index.leaves(item.clusterId);
      this.popups.show(entry.key, points, latLng(item.lat, item.lon), byKeyboard, this.selectedId);
    } else {
      // A click during a zoom animation is dropped, like a double click: the cluster may be gone.
      this.map.setView([item.lat, item.lon], expansion, { animate: !reducedMotion() });
    }
  }

}

/** Leaflet's own flag (1.9) for a zoom animation under way; not part of its API. */
interface ZoomAnimationState {
  _animatingZoom?: boolean;
}

function isAnimatingZoom(map: LeafletMap): boolean {
  return (map as unknown as ZoomAnimationState)._animatingZoom === true;
}
