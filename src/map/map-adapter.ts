// The map's whole surface as seen by the rest of the app: plain types only, no code.
// The Leaflet implementation is in leaflet/ (createLeafletMapAdapter); the root hands its
// factory to <prossima-map-view>, and tests may hand it another.

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  /** Plain text (service name + category), used as the marker's accessible name. */
  title: string;
  /** '#rrggbb', already validated. */
  color: string;
  /** An SVG path `d` for a 24x24 viewBox, from the app's own icon set. */
  iconPath: string;
  /** True when the point is the town centre, not the service's address: drawn apart, and said in its name. */
  approximate?: boolean;
}

export interface MapLabels {
  /** Added to the accessible name of a marker whose exact place is not known. */
  approximate: string;
  /** Accessible name of a cluster marker, e.g. "Gruppo di 5 servizi". */
  group(count: number): string;
  /** Heading of the popup listing a same-place group. */
  groupTitle(count: number): string;
  zoomIn: string;
  zoomOut: string;
  close: string;
}

/** A place named on a map without tiles (a comune and its approximate centre). */
export interface PlaceName {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

export interface MapOptions {
  /** null: no tile layer; the `placeNames` are written on the map instead, to place the markers by. */
  tileUrl: string | null;
  /** The places written on a map without tiles (default: none). */
  placeNames?: readonly PlaceName[];
  /** The area's outline drawn on a map without tiles, closed rings of [lat, lon] (default: none). */
  outline?: readonly (readonly (readonly [number, number])[])[];
  /** Plain text, escaped before Leaflet sees it; '' = none. */
  tileAttribution: string;
  labels: MapLabels;
  center?: [number, number];
  zoom?: number;
}

export interface MapCallbacks {
  onSelect(id: string): void;
}

/** A map's view: its centre (latitude, longitude) and zoom level. */
export interface MapView {
  readonly center: [number, number];
  readonly zoom: number;
}

export interface MapAdapter {
  /** Replaces all points; `fit`: fit the view to them (unless they are empty). */
  setPoints(points: readonly MapPoint[], fit: boolean): void;
  /**
   * {@link setPoints} for many points: the clustering is computed in slices that never block the
   * page for long, then shown. Rejects (and changes nothing) when `signal` aborts.
   */
  setPointsAsync(points: readonly MapPoint[], fit: boolean, signal: AbortSignal): Promise<void>;
  /** Marks a point as selected and makes it visible. Never calls onSelect. */
  select(id: string | null): void;
  setView(center: [number, number], zoom: number): void;
  /** What the map shows now: its centre and zoom (the start view until the map has a size). */
  getView(): MapView;
  /** Shows every point; `animate: false` jumps there (the map was not seen before, or resized). */
  fitToPoints(animate?: boolean): void;
  setTiles(tileUrl: string | null, attribution: string): void;
  /** Language switch: refreshes accessible names and the zoom control titles. */
  setLabels(labels: MapLabels): void;
  invalidateSize(): void;
  /** Removes the map; nothing of Leaflet remains in the container, no listener or timer. */
  destroy(): void;
}

/** Makes a map in `container`: what `<prossima-map-view>` is given (Leaflet's, or a test's fake). */
export type MapAdapterFactory = (container: HTMLElement, options: MapOptions, callbacks: MapCallbacks) => MapAdapter;
