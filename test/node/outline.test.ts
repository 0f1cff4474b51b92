import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { decodeRings, encodeRing } from '../../src/map/outline-code.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = resolve(ROOT, 'build/scripts/data/outline.js');
const work = mkdtempSync(join(tmpdir(), 'prossima-outline-'));
after(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** A square comune of `size` degrees, its south-west corner at [lon, lat], with a point midway along each side. */
function square(lon: number, lat: number, size = 0.1) {
  const h = size / 2;
  const ring = [
    [lon, lat], [lon + h, lat], [lon + size, lat], [lon + size, lat + h], [lon + size, lat + size],
    [lon + h, lat + size], [lon, lat + size], [lon, lat + h], [lon, lat],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** The rings the written module holds, decoded as the map will. */
function writtenRings(file: string) {
  const codes = [...readFileSync(file, 'utf8').matchAll(/^ {2}'([-\d ]+)',$/gm)].map((match) => match[1]);
  return decodeRings(codes);
}

describe('npm run data:outline', () => {
  it('keeps the border two comuni share out of the outline: two squares side by side make one rectangle', () => {
    const from = join(work, 'two.geojson');
    writeFileSync(from, JSON.stringify({ type: 'FeatureCollection', features: [square(16, 40.5), square(16.1, 40.5)] }));
    const out = join(work, 'two.ts');
    const result = run(from, '--out', out);
    assert.equal(result.status, 0, result.stderr);
    const [ring, ...others] = writtenRings(out);
    assert.equal(others.length, 0, 'one ring');
    const corners = new Set(ring.map(([lat, lon]) => `${lat},${lon}`));
    // The shared side (lon 16.1) has no point left but its two ends on the outline, which a straight line drops.
    assert.deepEqual([...corners].sort(), ['40.5,16', '40.5,16.2', '40.6,16', '40.6,16.2'].sort());
  });

  it('refuses comuni whose borders do not meet point for point, naming the problem, and writes nothing', () => {
    const from = join(work, 'gap.geojson');
    const shifted = square(16.1, 40.5);
    // One vertex of the shared side moved: the outline cannot be closed from one-comune edges.
    (shifted.geometry.coordinates[0] as number[][])[7] = [16.1001, 40.55];
    writeFileSync(from, JSON.stringify({ type: 'FeatureCollection', features: [square(16, 40.5), shifted] }));
    const out = join(work, 'gap.ts');
    const result = run(from, '--out', out);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /near \[40\.\d+, 16\.1\d*\] \(lat, lon\) the comuni's borders do not meet point for point/);
    assert.throws(() => readFileSync(out), 'nothing written');
  });

  it('refuses a file that is not a collection of polygons', () => {
    const from = join(work, 'points.geojson');
    writeFileSync(from, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [16, 40] } }] }));
    const result = run(from, '--out', join(work, 'points.ts'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /points\.geojson: feature 0 is a Point, not a polygon/);
  });

  it('the written outline decodes to the points encoded, to a thousandth of a degree', () => {
    const ring: [number, number][] = [[40.6366, 16.0491], [40.61, 16.2], [40.2, 16.6], [40.6366, 16.0491]];
    const [decoded] = decodeRings([encodeRing(ring)]);
    assert.deepEqual(decoded, [[40.637, 16.049], [40.61, 16.2], [40.2, 16.6], [40.637, 16.049]]);
  });
});
