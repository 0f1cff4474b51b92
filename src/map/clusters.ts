import Supercluster, { type InputFeature } from 'supercluster';
import { runSteps, runStepsAsync, sortInSteps, type ChunkOptions, type Steps } from '../lib/chunked.js';
import type { MapPoint } from './map-adapter.js';
import { loadSteps } from './supercluster-steps.js';

/** Every point at one exact coordinate. Several services often share a town centre. */
export class Place {
  /** In the order added, until {@link points} sorts them. */
  private list: MapPoint[] = [];
  private sorted = true;
  private text?: string;

  constructor(
    readonly lat: number,
    readonly lon: number,
  ) {}

  /**
   * Sorted by title. A small place is sorted when first asked (its group's list is opened),
   * not when the map is built: the sort makes an `Intl.Collator`, and the first one a page makes
   * loads ICU's data (tens of ms) before the map could show.
   */
  get points(): readonly MapPoint[] {
    if (!this.sorted) {
      this.list.sort(byTitle);
      this.sorted = true;
    }
    return this.list;
  }

  get count(): number {
    return this.list.length;
  }

  /** The one point of a place of one. */
  get single(): MapPoint | undefined {
    return this.list.length === 1 ? this.list[0] : undefined;
  }

  /** For the index: a new point, in any order. */
  add(point: MapPoint): void {
    this.list.push(point);
    this.sorted = this.list.length === 1;
  }

  /** For the index: sorts a big place in slices, while it is built. */
  *sortSteps(): Steps<void> {
    this.list = yield* sortInSteps(this.list, byTitle, POINTS_PER_STEP);
    this.sorted = true;
  }

  /** Every point, in no particular order (no sorting). */
  unordered(): readonly MapPoint[] {
    return this.list;
  }

  /** The same for the same coordinates in every index (markers and the selection keep to it). */
  get key(): string {
    // Made on demand: only the places on screen need one (numbers to text cost at 50,000).
    return (this.text ??= `${this.lat},${this.lon}`);
  }
}

/** What the map shows at one zoom: a place (one service or a same-place group) or a cluster. */
export type ClusterItem =
  | { kind: 'place'; place: Place }
  | { kind: 'cluster'; clusterId: number; lat: number; lon: number; count: number };

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

interface PlaceProps {
  place: Place;
  count: number;
}
interface CountProps {
  count: number;
}

/** Supercluster's zoom past its own maxZoom returns unclustered places. */
const CLUSTER_MAX_ZOOM = 16;
/** Supercluster stores coordinates as Float32: look around a place with some slack. */
const EPSILON = 1e-3;

/** Made at its first use, not when the map piece loads: the first Intl object loads ICU's data. */
let collator: Intl.Collator | undefined;

export function byTitle(a: MapPoint, b: MapPoint): number {
  collator ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Points grouped or sorted between two pauses while building. */
const POINTS_PER_STEP = 500;

/** What building makes: the places, and supercluster's index of them. */
interface IndexParts {
  places: Place[];
  index: Supercluster<PlaceProps, CountProps>;
}

/**
 * Groups points by exact coordinates into places, then clusters the places.
 * A cluster therefore always holds places that a deeper zoom can separate.
 */
export class PointIndex {
  /**
   * The same index as `new PointIndex(points)`, built in slices that give the main thread back
   * every `options.yieldEvery` ms. Rejects with the signal's reason if `options.signal` aborts.
   */
  static build(points: readonly MapPoint[], options?: ChunkOptions): Promise<PointIndex> {
    return runStepsAsync(PointIndex.steps(points), options);
  }

  /** The work of `new PointIndex(points)` as steps (see data/chunked.ts). */
  static *steps(points: readonly MapPoint[]): Steps<PointIndex> {
    return new PointIndex(points, yield* indexSteps(points));
  }

  private readonly places: readonly Place[];
  /** Made on the first `placeOf`. */
  private placeByPoint?: Map<string, Place>;
  private readonly index: Supercluster<PlaceProps, CountProps>;

  /** `parts` is internal: what `steps` already built from `points`. */
  constructor(points: readonly MapPoint[], parts: IndexParts = runSteps(indexSteps(points))) {
    this.places = parts.places;
    this.index = parts.index;
  }

  get isEmpty(): boolean {
    return this.places.length === 0;
  }

  /** All places, for fitting the view. */
  allPlaces(): IterableIterator<Place> {
    return this.places.values();
  }

  placeOf(pointId: string): Place | undefined {
    if (this.placeByPoint === undefined) {
      this.placeByPoint = new Map();
      for (const place of this.places) for (const point of place.unordered()) this.placeByPoint.set(point.id, place);
    }
    return this.placeByPoint.get(pointId);
  }

  items(bbox: BBox, zoom: number): ClusterItem[] {
    const items: ClusterItem[] = [];
    for (const feature of this.index.getClusters(bbox, zoom)) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        items.push({ kind: 'cluster', clusterId: props.cluster_id, lat, lon, count: props.count });
      } else {
        items.push({ kind: 'place', place: (props as PlaceProps).place });
      }
    }
    return items;
  }

  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** Every point inside a cluster, sorted by title. */
  leaves(clusterId: number): MapPoint[] {
    return this.index
      .getLeaves(clusterId, Infinity)
      .flatMap((leaf) => leaf.properties.place.points)
      .sort(byTitle);
  }

  /** The smallest zoom >= `fromZoom` at which `place` is shown on its own, not in a cluster. */
  revealZoom(place: Place, fromZoom: number): number {
    const bbox: BBox = [place.lon - EPSILON, place.lat - EPSILON, place.lon + EPSILON, place.lat + EPSILON];
    let zoom = Math.floor(fromZoom);
    for (; zoom <= CLUSTER_MAX_ZOOM; zoom++) {
      const alone = this.index
        .getClusters(bbox, zoom)
        .some((f) => !('cluster' in f.properties && f.properties.cluster) && (f.properties as PlaceProps).place === place);
      if (alone) return zoom;
    }
    return CLUSTER_MAX_ZOOM + 1;
  }
}

/** Groups, sorts and clusters, pausing every few hundred points and between zoom levels. */
function* indexSteps(points: readonly MapPoint[]): Steps<IndexParts> {
  /** By latitude, then longitude: numbers as keys, no text to make. */
  const byLat = new Map<number, Map<number, Place>>();
  const places: Place[] = [];
  let sinceStep = 0;
  for (const point of points) {
    if (++sinceStep === POINTS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const { lat, lon } = point;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    let byLon = byLat.get(lat);
    if (byLon === undefined) byLat.set(lat, (byLon = new Map()));
    let place = byLon.get(lon);
    if (place === undefined) {
      place = new Place(lat, lon);
      byLon.set(lon, place);
      places.push(place);
    }
    place.add(point);
  }

  const features: InputFeature<PlaceProps>[] = [];
  for (const place of places) {
    // A big place is sorted now, in slices (same order as the native sort: both are stable);
    // a small one when first asked.
    if (place.count > POINTS_PER_STEP) yield* place.sortSteps();
    else sinceStep += 1;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { place, count: place.count },
    });
    if (sinceStep >= POINTS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }

  // extent 256 = Leaflet's tile size, so `radius` is in screen pixels.
  const index = new Supercluster<PlaceProps, CountProps>({
    radius: 48,
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (props) => ({ count: props.count }),
    reduce: (total, props) => {
      total.count += props.count;
    },
  });
  yield* loadSteps(index, features);
  return { places, index };
}
