import Supercluster, { type InputFeature } from 'supercluster';
import { runSteps, runStepsAsync, sortInSteps, type ChunkOptions, type Steps } from '../data/chunked.js';
import type { MapPoint } from './map-adapter.js';
import { loadSteps } from './supercluster-steps.js';

/** Every point at one exact coordinate. Several services often share a town centre. */
export interface Place {
  key: string;
  lat: number;
  lon: number;
  /** Sorted by title. */
  points: MapPoint[];
}

/** What the map shows at one zoom: a place (one service or a same-place group) or a cluster. */
export type ClusterItem =
  | { kind: 'place'; place: Place }
  | { kind: 'cluster'; clusterId: number; lat: number; lon: number; count: number };

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

interface PlaceProps {
  key: string;
  count: number;
}
interface CountProps {
  count: number;
}

/** Supercluster's zoom past its own maxZoom returns unclustered places. */
const CLUSTER_MAX_ZOOM = 16;
/** Supercluster stores coordinates as Float32: look around a place with some slack. */
const EPSILON = 1e-3;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function byTitle(a: MapPoint, b: MapPoint): number {
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Points grouped or sorted between two pauses while building. */
const POINTS_PER_STEP = 500;

/** What building makes: the places, and supercluster's index of them. */
interface IndexParts {
  places: Map<string, Place>;
  placeByPoint: Map<string, Place>;
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

  private readonly places: Map<string, Place>;
  private readonly placeByPoint: Map<string, Place>;
  private readonly index: Supercluster<PlaceProps, CountProps>;

  /** `parts` is internal: what `steps` already built from `points`. */
  constructor(points: readonly MapPoint[], parts: IndexParts = runSteps(indexSteps(points))) {
    this.places = parts.places;
    this.placeByPoint = parts.placeByPoint;
    this.index = parts.index;
  }

  get isEmpty(): boolean {
    return this.places.size === 0;
  }

  /** All places, for fitting the view. */
  allPlaces(): IterableIterator<Place> {
    return this.places.values();
  }

  placeOf(pointId: string): Place | undefined {
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
        const place = this.places.get((props as PlaceProps).key);
        if (place !== undefined) items.push({ kind: 'place', place });
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
      .flatMap((leaf) => this.places.get(leaf.properties.key)?.points ?? [])
      .sort(byTitle);
  }

  /** The smallest zoom >= `fromZoom` at which `place` is shown on its own, not in a cluster. */
  revealZoom(place: Place, fromZoom: number): number {
    const bbox: BBox = [place.lon - EPSILON, place.lat - EPSILON, place.lon + EPSILON, place.lat + EPSILON];
    let zoom = Math.floor(fromZoom);
    for (; zoom <= CLUSTER_MAX_ZOOM; zoom++) {
      const alone = this.index
        .getClusters(bbox, zoom)
        .some((f) => !('cluster' in f.properties && f.properties.cluster) && (f.properties as PlaceProps).key === place.key);
      if (alone) return zoom;
    }
    return CLUSTER_MAX_ZOOM + 1;
  }
}

/** Groups, sorts and clusters, pausing every few hundred points and between zoom levels. */
function* indexSteps(points: readonly MapPoint[]): Steps<IndexParts> {
  const places = new Map<string, Place>();
  const placeByPoint = new Map<string, Place>();
  let sinceStep = 0;
  for (const point of points) {
    if (++sinceStep === POINTS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) continue;
    const key = `${point.lat},${point.lon}`;
    let place = places.get(key);
    if (place === undefined) {
      place = { key, lat: point.lat, lon: point.lon, points: [] };
      places.set(key, place);
    }
    place.points.push(point);
    placeByPoint.set(point.id, place);
  }

  const features: InputFeature<PlaceProps>[] = [];
  for (const place of places.values()) {
    if (place.points.length > POINTS_PER_STEP) {
      // Same order as the native sort: both are stable.
      place.points = yield* sortInSteps(place.points, byTitle, POINTS_PER_STEP);
    } else {
      place.points.sort(byTitle);
      sinceStep += place.points.length;
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { key: place.key, count: place.points.length },
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
  return { places, placeByPoint, index };
}
