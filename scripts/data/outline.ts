/**
 * `npm run data:outline -- FILE.geojson [--out FILE.ts]`: writes src/map/area-outline.ts, the
 * outline of the province drawn on a map without tiles, from the boundaries of its comuni.
 *
 * The source is openpolis/geojson-italy's `geojson/limits_P77.geojson` (the 31 comuni of the
 * province of Matera, ISTAT code 077, from ISTAT's administrative boundaries):
 * https://raw.githubusercontent.com/openpolis/geojson-italy/master/geojson/limits_P77.geojson
 *
 * The comuni share their borders vertex for vertex, so the province's outline is the edges that
 * belong to one comune only; they are chained into rings (the province's body and the pieces of
 * comuni standing apart from it), each simplified (Douglas-Peucker, 300 m), to thousandths of a
 * degree (about 100 m), written compactly (src/map/outline-code.ts). The tool refuses a file
 * that is not a collection of polygons, whose outline does not close, or whose comuni's borders
 * do not meet point for point (thin slivers would be drawn between them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT, shownPath, userPath } from './io.js';
import { encodeRing } from '../../src/map/outline-code.js';

type Point = readonly [number, number]; // [lon, lat], as GeoJSON writes them

const TOLERANCE_M = 300;

function fail(message: string): never {
  console.error(`data:outline: ${message}`);
  process.exit(1);
}

/** Every ring of every polygon of the collection. */
function ringsOf(collection: unknown, file: string): Point[][] {
  const features = (collection as { features?: unknown }).features;
  if (!Array.isArray(features)) fail(`${file}: not a GeoJSON FeatureCollection (no "features" list).`);
  return features.flatMap((feature: { geometry?: { type?: string; coordinates?: unknown } }, index) => {
    const geometry = feature.geometry;
    if (geometry?.type === 'Polygon') return geometry.coordinates as Point[][];
    if (geometry?.type === 'MultiPolygon') return (geometry.coordinates as Point[][][]).flat();
    return fail(`${file}: feature ${index} is a ${geometry?.type ?? 'feature without geometry'}, not a polygon.`);
  });
}

/** The edges that belong to one ring only, chained into closed rings, biggest first. */
function outerRings(rings: Point[][]): Point[][] {
  const key = ([lon, lat]: Point) => `${lon.toFixed(7)},${lat.toFixed(7)}`;
  const edges = new Map<string, [Point, Point]>();
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i], ring[i + 1]];
      if (key(a) === key(b)) continue;
      const reverse = `${key(b)}>${key(a)}`;
      if (edges.has(reverse)) edges.delete(reverse);
      else edges.set(`${key(a)}>${key(b)}`, [a, b]);
    }
  }
  const next = new Map<string, [Point, Point][]>();
  for (const edge of edges.values()) next.set(key(edge[0]), [...(next.get(key(edge[0])) ?? []), edge]);
  // On an outline one edge leaves each point; two leave a point where the borders of comuni part
  // and meet again without sharing their points (a sliver between them).
  for (const [at, out] of next) {
    if (out.length > 1) fail(`near [${at.split(',').reverse().join(', ')}] (lat, lon) the comuni's borders do not meet point for point, so no outline can be drawn there. Nothing was written.`);
  }
  const chained: Point[][] = [];
  while (next.size > 0) {
    const [start] = next.keys();
    const ring: Point[] = [];
    let at = start;
    for (;;) {
      const out = next.get(at);
      if (out === undefined) break;
      const [a, b] = out.pop()!;
      if (out.length === 0) next.delete(at);
      ring.push(a);
      at = key(b);
      if (at === start) break;
    }
    if (at !== start) fail(`the outline does not close near ${start} (lon, lat): a ring of a comune is open. Nothing was written.`);
    chained.push(ring);
  }
  return chained.sort((a, b) => b.length - a.length);
}

/** Metres east and north of a reference point (an equirectangular projection: fine for a province). */
function metres(point: Point, origin: Point): [number, number] {
  const [lon, lat] = point;
  return [((lon - origin[0]) * Math.PI * 6371000 * Math.cos((origin[1] * Math.PI) / 180)) / 180, ((lat - origin[1]) * Math.PI * 6371000) / 180];
}

/** Douglas-Peucker on an open line, keeping its two ends. */
function simplify(line: Point[], tolerance: number): Point[] {
  if (line.length < 3) return line;
  const [a, b] = [line[0], line[line.length - 1]];
  const [bx, by] = metres(b, a);
  const length = Math.hypot(bx, by);
  let [far, farthest] = [0, -1];
  for (let i = 1; i < line.length - 1; i++) {
    const [px, py] = metres(line[i], a);
    const distance = length === 0 ? Math.hypot(px, py) : Math.abs(bx * py - by * px) / length;
    if (distance > far) [far, farthest] = [distance, i];
  }
  if (far <= tolerance) return [a, b];
  return [...simplify(line.slice(0, farthest + 1), tolerance).slice(0, -1), ...simplify(line.slice(farthest), tolerance)];
}

const outAt = process.argv.indexOf('--out');
const OUT = outAt < 0 ? resolve(PROJECT_ROOT, 'src/map/area-outline.ts') : userPath(process.argv[outAt + 1] ?? fail('--out needs a file name.'));
const file = process.argv.slice(2).find((arg, i, args) => arg !== '--out' && args[i - 1] !== '--out') ?? fail('give the GeoJSON file: npm run data:outline -- limits_P77.geojson');
const path = userPath(file);
let collection: unknown;
try {
  collection = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  fail(`${shownPath(path)}: ${(error as Error).message}`);
}
const rings = outerRings(ringsOf(collection, shownPath(path)));
if (rings.length === 0) fail(`${shownPath(path)}: no outline found.`);
// Where two comuni's borders do not meet point for point, their edges stay as thin slivers between
// them: a ring under 50 m wide on average (twice its area over its perimeter) is one, not a piece of land.
for (const ring of rings) {
  const local = ring.map((point) => metres(point, ring[0]));
  const area = Math.abs(local.reduce((sum, [x, y], i) => sum + x * local[(i + 1) % local.length][1] - local[(i + 1) % local.length][0] * y, 0)) / 2;
  const perimeter = local.reduce((sum, [x, y], i) => sum + Math.hypot(local[(i + 1) % local.length][0] - x, local[(i + 1) % local.length][1] - y), 0);
  if ((2 * area) / perimeter < 50) {
    fail(`${shownPath(path)}: near [${ring[0][1]}, ${ring[0][0]}] (lat, lon) the comuni's borders do not meet point for point, so no outline can be drawn there. Nothing was written.`);
  }
}

/** A ring simplified: split at its westernmost point and at the point farthest from it, so each half is an open line. */
function simplifyRing(outer: Point[]): Point[] {
  const west = outer.reduce((best, point, i) => (point[0] < outer[best][0] ? i : best), 0);
  const ring = [...outer.slice(west), ...outer.slice(0, west)];
  const far = ring.reduce((best, point, i) => (Math.hypot(...metres(point, ring[0])) > Math.hypot(...metres(ring[best], ring[0])) ? i : best), 0);
  return [...simplify(ring.slice(0, far + 1), TOLERANCE_M).slice(0, -1), ...simplify([...ring.slice(far), ring[0]], TOLERANCE_M).slice(0, -1)];
}
// Every ring: the province's body and the pieces of comuni that stand apart from it (exclaves).
const simple = rings.map(simplifyRing).filter((ring) => ring.length >= 3);
const written = simple.map((ring) => `  '${encodeRing(ring.map(([lon, lat]) => [lat, lon] as const))}',`);
const count = simple.reduce((sum, ring) => sum + ring.length, 0);
const total = rings.reduce((sum, ring) => sum + ring.length, 0);

writeFileSync(
  OUT,
  `// Written by \`npm run data:outline\` (scripts/data/outline.ts): do not edit by hand.
// The province of Matera's outline, the union of its comuni's boundaries in openpolis/geojson-italy
// (geojson/limits_P77.geojson, CC BY 4.0 Openpolis, from ISTAT's administrative boundaries),
// simplified to ${TOLERANCE_M} m: ${simple.length} ring(s), ${count} points of ${total}.

import { decodeRings } from './outline-code.js';

/** The area's outline, closed rings of [lat, lon]: drawn on a map without tiles. */
export const AREA_OUTLINE = decodeRings([
${written.join('\n')}
]);
`,
);
console.log(`data:outline: ${shownPath(OUT)} written, ${simple.length} ring(s) of ${simple.map((ring) => ring.length).join(', ')} points (${total} before).`);
