import {
  divIcon,
  latLng,
  layerGroup,
  marker,
  type LatLng,
  type LayerGroup,
  type LeafletKeyboardEvent,
  type LeafletMouseEvent,
  type Map as LeafletMap,
  type Marker,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { BBox, ClusterItem, PointIndex } from '../clusters.js';
import type { MapLabels } from '../map-adapter.js';
import { MARKER_BOX, buildGroupMarker, buildPointMarker } from './markers.js';
import { moveAlongRow, settleTabStop, takeTabStop } from '../../lib/roving-focus.js';

/** One marker on the map. `item` is refreshed on every render; handlers read it then. */
export interface MarkerEntry {
  key: string;
  marker: Marker;
  /** What the marker's DOM shows: a different signature means a new marker. */
  sig: string;
  item: ClusterItem;
}

export type ActivateHandler = (entry: MarkerEntry, byKeyboard: boolean) => void;

const SELECTED_Z = 1000;

function describe(item: ClusterItem): { key: string; sig: string } {
  if (item.kind === 'cluster') return { key: `c:${item.clusterId}`, sig: String(item.count) };
  const p = item.place.single;
  if (p === undefined) return { key: `g:${item.place.key}`, sig: String(item.place.count) };
  return { key: `p:${p.id}`, sig: `${p.title}\n${p.color}\n${p.iconPath}\n${p.approximate === true}` };
}

function position(item: ClusterItem): LatLng {
  return item.kind === 'cluster' ? latLng(item.lat, item.lon) : latLng(item.place.lat, item.place.lon);
}

/**
 * The markers currently shown. Re-rendered on every `moveend`; a marker whose key (cluster id,
 * group place or point id) is still there is kept, so keyboard focus on it survives a pan.
 * By keyboard the markers are one Tab stop (lib/roving-focus.ts): the arrow keys, Home and End
 * move between them in reading order (top to bottom, then along the line), without panning.
 */
export class MarkerLayer {
  private readonly layer: LayerGroup;
  private entries = new Map<string, MarkerEntry>();
  private selectedPlace: string | null = null;

  constructor(
    private readonly map: LeafletMap,
    private labels: MapLabels,
    private readonly onActivate: ActivateHandler,
  ) {
    this.layer = layerGroup().addTo(map);
    const pane = map.getPane('markerPane');
    pane?.addEventListener('keydown', (event) => {
      // Handled here, not by Leaflet's keyboard handler on the map (which would pan).
      if (moveAlongRow(event, this.inReadingOrder(), true)) event.stopPropagation();
    });
    pane?.addEventListener('focusin', (event) => takeTabStop(event, this.inReadingOrder()));
  }

  /** The markers' elements from the top of the map down, each line in the reading direction. */
  private inReadingOrder(): HTMLElement[] {
    const rtl = getComputedStyle(this.map.getContainer()).direction === 'rtl';
    const placed: { element: HTMLElement; x: number; y: number }[] = [];
    for (const entry of this.entries.values()) {
      const element = entry.marker.getElement();
      if (element === undefined) continue;
      const { x, y } = this.map.latLngToContainerPoint(entry.marker.getLatLng());
      placed.push({ element, x: rtl ? -x : x, y });
    }
    // Markers within half a marker of each other in height count as one line.
    placed.sort((a, b) => Math.round(a.y / (MARKER_BOX / 2)) - Math.round(b.y / (MARKER_BOX / 2)) || a.x - b.x);
    return placed.map((entry) => entry.element);
  }

  render(index: PointIndex): void {
    const view = this.map.getBounds().pad(0.25);
    const bbox: BBox = [
      Math.max(-180, view.getWest()),
      Math.max(-90, view.getSouth()),
      Math.min(180, view.getEast()),
      Math.min(90, view.getNorth()),
    ];
    const next = new Map<string, MarkerEntry>();
    for (const item of index.items(bbox, this.map.getZoom())) {
      const { key, sig } = describe(item);
      let entry = this.entries.get(key);
      if (entry === undefined || entry.sig !== sig) {
        entry = this.create(key, sig, item);
      } else {
        entry.item = item;
        const at = position(item);
        if (!entry.marker.getLatLng().equals(at)) entry.marker.setLatLng(at);
        this.decorate(entry);
      }
      next.set(key, entry);
    }
    let hadFocus = false;
    for (const [key, entry] of this.entries) {
      if (next.get(key) === entry) continue;
      hadFocus ||= entry.marker.getElement()?.matches(':focus-within') ?? false;
      this.layer.removeLayer(entry.marker);
    }
    this.entries = next;
    settleTabStop(this.inReadingOrder());
    // The focused marker went away (e.g. its cluster split): keep focus inside the map.
    if (hadFocus) this.map.getContainer().focus({ preventScroll: true });
  }

  /** `placeKey`: the place of the selected point, or null. */
  setSelectedPlace(placeKey: string | null): void {
    this.selectedPlace = placeKey;
    for (const entry of this.entries.values()) this.decorate(entry);
  }

  setLabels(labels: MapLabels): void {
    this.labels = labels;
    for (const entry of this.entries.values()) this.decorate(entry);
  }

  element(key: string): HTMLElement | undefined {
    return this.entries.get(key)?.marker.getElement();
  }

  private create(key: string, sig: string, item: ClusterItem): MarkerEntry {
    const single = (item.kind === 'place' && item.place.single) || null;
    const count = item.kind === 'cluster' ? item.count : item.place.count;
    const icon = divIcon({
      html: single ? buildPointMarker(single) : buildGroupMarker(count),
      className: `prossima-marker prossima-marker--${single ? 'point' : 'group'}`,
      iconSize: [MARKER_BOX, MARKER_BOX],
    });
    const m = marker(position(item), { icon, keyboard: true, riseOnHover: true });
    const entry: MarkerEntry = { key, marker: m, sig, item };
    m.on('add', () => this.decorate(entry));
    // A click with no pointer behind it (detail 0) comes from assistive technology.
    m.on('click', (e: LeafletMouseEvent) => this.onActivate(entry, e.originalEvent.detail === 0));
    m.on('keydown', (e: LeafletKeyboardEvent) => {
      const key = e.originalEvent.key;
      if (key !== 'Enter' && key !== ' ') return;
      e.originalEvent.preventDefault(); // no page scroll on Space, no keypress after Enter
      if (!e.originalEvent.repeat) this.onActivate(entry, true);
    });
    m.addTo(this.layer);
    return entry;
  }

  /** Accessible name and selected state; Leaflet gives role="button", the Tab stop is ours (inReadingOrder). */
  private decorate(entry: MarkerEntry): void {
    const el = entry.marker.getElement();
    if (el === undefined) return;
    const { item } = entry;
    const label =
      item.kind === 'cluster'
        ? this.labels.group(item.count)
        : item.place.single === undefined
          ? this.labels.group(item.place.count)
          : item.place.single.approximate
            ? `${item.place.single.title} – ${this.labels.approximate}`
            : item.place.single.title;
    if (el.getAttribute('aria-label') !== label) {
      el.setAttribute('aria-label', label);
      el.title = label;
    }
    const selected = item.kind === 'place' && item.place.key === this.selectedPlace;
    if (el.classList.contains('is-selected') === selected) return;
    el.classList.toggle('is-selected', selected);
    if (selected) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
    entry.marker.setZIndexOffset(selected ? SELECTED_Z : 0);
  }
}
