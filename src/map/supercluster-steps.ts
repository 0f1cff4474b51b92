/**
 * `Supercluster.prototype.load()` as steps (see data/chunked.ts), so a big index can be built in
 * slices that give the main thread back: one pause every few thousand input points, and one after
 * each zoom level's clustering and each KD-tree.
 *
 * It does exactly what `load()` of supercluster 9.1.0 does, in the same order, and calls
 * supercluster's own `_createTree` and `_map`. The loop of `load()`, `_cluster()` (so that one
 * zoom level of 50,000 points can pause too) and the tiny module-private helpers below are
 * copied, so the version is pinned in package.json ("supercluster": "9.1.0", no caret). When
 * upgrading supercluster, compare `load()` and `_cluster()` in node_modules/supercluster/index.js
 * with `loadSteps` and `clusterSteps` below and update this file.
 *
 * Copied and adapted parts (load's loop, _cluster, lngX, latY, encode, the OFFSET_* layout):
 *
 * ISC License
 *
 * Copyright (c) 2024, Mapbox
 *
 * Permission to use, copy, modify, and/or distribute this software for any purpose
 * with or without fee is hereby granted, provided that the above copyright notice
 * and this permission notice appear in all copies.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
 * REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND
 * FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
 * INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS
 * OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER
 * TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF
 * THIS SOFTWARE.
 */
import type Supercluster from 'supercluster';
import type { AnyProps, InputFeature } from 'supercluster';
import type { GeoJsonProperties } from 'geojson';
import type { Steps } from '../lib/chunked.js';

/** Input points handled between two pauses in the first loop. */
const POINTS_PER_STEP = 4096;
/** Points clustered between two pauses within one zoom level. */
const CLUSTERED_PER_STEP = 2048;

const SCALE = 0x40000000; // 2^30
const encode = (c: number): number => (c - 0.5) * SCALE;

const OFFSET_ZOOM = 2;
const OFFSET_ID = 3;
const OFFSET_PARENT = 4;
const OFFSET_NUM = 5;
const OFFSET_PROP = 6;

/** Longitude to spherical mercator in [0..1]. */
function lngX(lng: number): number {
  return lng / 360 + 0.5;
}

/** Latitude to spherical mercator in [0..1]. */
function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

/** The KD-tree (KDBush) `_createTree` returns. */
interface Tree {
  withinInto(x: number, y: number, r: number, out: Uint32Array): number;
}

/** Supercluster 9.1.0's internal fields and methods that `load()` and `_cluster()` use. */
interface SuperclusterInternals {
  options: {
    minZoom: number;
    maxZoom: number;
    radius: number;
    extent: number;
    minPoints: number;
    reduce?: (accumulated: object, props: object) => void;
  };
  stride: number;
  trees: Tree[];
  numPoints: number;
  props: unknown[];
  coords: Float64Array;
  ids: unknown[] | null;
  clusterProps: object[];
  _createTree(data: Int32Array, numItems: number): Tree;
  _cluster(data: Int32Array, numItems: number, zoom: number, out: Int32Array): number;
  _map(data: Int32Array, i: number, clone?: boolean): object;
}

/**
 * Does what `index.load(features)` does, pausing between zoom levels and every few thousand
 * points. Throws at the first step if `index` is not shaped like supercluster 9.1.0.
 */
export function* loadSteps<P extends GeoJsonProperties = AnyProps, C extends GeoJsonProperties = AnyProps>(
  index: Supercluster<P, C>,
  features: readonly InputFeature<P>[],
): Steps<Supercluster<P, C>> {
  const sc = internals(index);
  const { minZoom, maxZoom } = sc.options;
  const notProcessed = maxZoom + 1; // sentinel for "not yet processed at any zoom"
  const stride = sc.stride;

  // MultiPoint features expand into one internal point per coordinate, so count first.
  let numPoints = features.length;
  for (const p of features) {
    const g = p.geometry;
    if (g && g.type === 'MultiPoint') numPoints += g.coordinates.length - 1;
  }
  sc.numPoints = numPoints;

  const props: unknown[] = (sc.props = new Array(numPoints));
  const coords = (sc.coords = new Float64Array(numPoints * 2));
  let ids: unknown[] | null = null;

  const data = new Int32Array(numPoints * stride);
  let w = 0;
  let i = 0; // index of the individual point (several per MultiPoint feature)
  let sinceStep = 0;
  for (const p of features) {
    if (++sinceStep === POINTS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const g = p.geometry;
    if (!g) {
      // Keep the slot so point indices stay aligned with input features.
      i++;
      continue;
    }
    const multi = g.type === 'MultiPoint';
    const cs = g.coordinates;
    for (let c = 0, n = multi ? cs.length : 1; c < n; c++, i++) {
      const [lng, lat] = (multi ? (cs as number[][])[c] : cs) as number[];
      const px = lngX(lng);
      const py = latY(lat);
      coords[2 * i] = px;
      coords[2 * i + 1] = py;
      data[w] = encode(px);
      data[w + 1] = encode(py);
      data[w + OFFSET_ZOOM] = notProcessed;
      data[w + OFFSET_ID] = i;
      data[w + OFFSET_PARENT] = -1;
      data[w + OFFSET_NUM] = 1;
      props[i] = p.properties;
      if (p.id !== undefined) {
        if (!ids) ids = new Array(numPoints);
        ids[i] = p.id;
      }
      w += stride;
    }
  }
  sc.ids = ids;
  let prev: Int32Array = w === data.length ? data : data.subarray(0, w);
  let prevNum = w / stride;
  yield;
  sc.trees[maxZoom + 1] = sc._createTree(prev, prevNum);

  // Cluster the points at maxZoom, then the results at the zoom above, and so on.
  let recycled: Int32Array | null = null;
  for (let z = maxZoom; z >= minZoom; z--) {
    yield;
    // A plateau zoom (no cluster formed) leaves prev/prevNum as they were: reuse its slab.
    const out: Int32Array = recycled ?? new Int32Array(prevNum * stride);
    recycled = null;
    const written = yield* clusterSteps(sc, prev, prevNum, z, out);
    if (written === prevNum) {
      // No clusters formed: same coordinates in the same order, so share the tree above.
      sc.trees[z] = sc.trees[z + 1];
      recycled = out;
    } else {
      yield;
      sc.trees[z] = sc._createTree(out, written);
      prev = out;
      prevNum = written;
    }
  }
  return index;
}

/** `_cluster()` of supercluster 9.1.0, pausing every few thousand points. */
function* clusterSteps(sc: SuperclusterInternals, data: Int32Array, numItems: number, zoom: number, out: Int32Array): Steps<number> {
  const { radius, extent, reduce, minPoints, maxZoom } = sc.options;
  const r = (radius / (extent * (1 << zoom))) * SCALE;
  const notProcessed = maxZoom + 1;
  const tree = sc.trees[zoom + 1];
  const stride = sc.stride;
  const limit = numItems * stride;
  const neighborIds = new Uint32Array(numItems);
  let cursor = 0;

  for (let i = 0; i < limit; i += stride) {
    if (i > 0 && (i / stride) % CLUSTERED_PER_STEP === 0) yield;
    // Already visited at this zoom.
    if (data[i + OFFSET_ZOOM] <= zoom) continue;
    data[i + OFFSET_ZOOM] = zoom;

    const x = data[i];
    const y = data[i + 1];
    const neighborCount = tree.withinInto(x, y, r, neighborIds);
    const numPointsOrigin = data[i + OFFSET_NUM];
    let numPoints = numPointsOrigin;
    for (let n = 0; n < neighborCount; n++) {
      const k = neighborIds[n] * stride;
      // Neighbours not processed yet.
      if (data[k + OFFSET_ZOOM] > zoom) numPoints += data[k + OFFSET_NUM];
    }

    if (numPoints > numPointsOrigin && numPoints >= minPoints) {
      let wx = x * numPointsOrigin;
      let wy = y * numPointsOrigin;
      let clusterProperties: object | undefined;
      let clusterPropIndex = -1;
      // The zoom and the index of the point the cluster started from, after the input points.
      const id = (((i / stride) | 0) << 5) + (zoom + 1) + sc.numPoints;
      for (let n = 0; n < neighborCount; n++) {
        const k = neighborIds[n] * stride;
        if (data[k + OFFSET_ZOOM] <= zoom) continue;
        data[k + OFFSET_ZOOM] = zoom; // not processed twice
        const numPoints2 = data[k + OFFSET_NUM];
        wx += data[k] * numPoints2; // weighted centre
        wy += data[k + 1] * numPoints2;
        data[k + OFFSET_PARENT] = id;
        if (reduce) {
          if (!clusterProperties) {
            clusterProperties = sc._map(data, i, true);
            clusterPropIndex = sc.clusterProps.length;
            sc.clusterProps.push(clusterProperties);
          }
          reduce(clusterProperties, sc._map(data, k));
        }
      }
      data[i + OFFSET_PARENT] = id;
      out[cursor] = wx / numPoints;
      out[cursor + 1] = wy / numPoints;
      out[cursor + OFFSET_ZOOM] = notProcessed;
      out[cursor + OFFSET_ID] = id;
      out[cursor + OFFSET_PARENT] = -1;
      out[cursor + OFFSET_NUM] = numPoints;
      if (reduce) out[cursor + OFFSET_PROP] = clusterPropIndex;
      cursor += stride;
    } else {
      // Left unclustered.
      for (let j = 0; j < stride; j++) out[cursor + j] = data[i + j];
      cursor += stride;
      if (numPoints > 1) {
        for (let n = 0; n < neighborCount; n++) {
          const k = neighborIds[n] * stride;
          if (data[k + OFFSET_ZOOM] <= zoom) continue;
          data[k + OFFSET_ZOOM] = zoom;
          for (let j = 0; j < stride; j++) out[cursor + j] = data[k + j];
          cursor += stride;
        }
      }
    }
  }
  return cursor / stride;
}

/** `index` seen through the fields `load()` uses, or a clear error if it does not have them. */
function internals(index: object): SuperclusterInternals {
  const sc = index as Partial<SuperclusterInternals>;
  const problems = [
    typeof sc._cluster !== 'function' || sc._cluster.length !== 4 ? '_cluster(data, numItems, zoom, out)' : '',
    typeof sc._createTree !== 'function' || sc._createTree.length !== 2 ? '_createTree(data, numItems)' : '',
    typeof sc._map !== 'function' || sc._map.length !== 3 ? '_map(data, i, clone)' : '',
    !Array.isArray(sc.clusterProps) ? 'clusterProps' : '',
    !Array.isArray(sc.trees) ? 'trees' : '',
    sc.stride !== 6 && sc.stride !== 7 ? 'stride' : '',
    typeof sc.options?.minZoom !== 'number' || typeof sc.options?.maxZoom !== 'number' ? 'options' : '',
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new Error(
      `supercluster is not shaped like version 9.1.0 (no ${problems.join(', ')}): ` +
        'update src/map/supercluster-steps.ts to match its load(), or pin supercluster to 9.1.0 in package.json.',
    );
  }
  return sc as SuperclusterInternals;
}
