import { expect } from '@open-wc/testing';
import Supercluster from 'supercluster';
import { runStepsAsync } from '../../src/lib/chunked.js';
import { PointIndex, type BBox, type ClusterItem } from '../../src/map/clusters.js';
import type { MapPoint } from '../../src/map/map-adapter.js';
import { loadSteps } from '../../src/map/supercluster-steps.js';
import { seededRandom } from '../random.js';

const WORLD: BBox = [-180, -85, 180, 85];
/** Around Matera, where most of the points are. */
const SMALL: BBox = [16.4, 40.5, 16.8, 40.8];

/**
 * `count` points: most in the province of Matera, some anywhere in the world, about one in
 * five on a coordinate already used, a few with the same title, a few without coordinates.
 */
function randomPoints(count: number, seed = 42): MapPoint[] {
  const random = seededRandom(seed);
  const used: [number, number][] = [];
  const points: MapPoint[] = [];
  for (let i = 0; i < count; i++) {
    let at: [number, number];
    const r = random();
    if (used.length > 0 && r < 0.2) at = used[Math.floor(random() * used.length)];
    else if (r < 0.85) at = [40 + random(), 16 + random()];
    else at = [-80 + random() * 160, -180 + random() * 360];
    used.push(at);
    const title = random() < 0.05 ? 'Sportello' : `Servizio ${Math.floor(random() * count)}`;
    const lat = i % 997 === 0 ? NaN : at[0];
    points.push({ id: `p${i}`, lat, lon: at[1], title, color: '#0a6e8c', iconPath: 'M0 0' });
  }
  return points;
}

/** Items as plain values: places by key and point ids, clusters by id, position and count. */
function plain(items: ClusterItem[]): unknown[] {
  return items.map((item) =>
    item.kind === 'place'
      ? { key: item.place.key, ids: item.place.points.map((p) => p.id) }
      : { id: item.clusterId, lat: item.lat, lon: item.lon, count: item.count },
  );
}

function clusterIds(index: PointIndex, zoom: number): number[] {
  return index.items(WORLD, zoom).flatMap((item) => (item.kind === 'cluster' ? [item.clusterId] : []));
}

// First in this file: byTitle's collator is made once per page.
describe('PointIndex: the order of a place’s points', () => {
  it('building the index and drawing its items make no Intl.Collator; a group’s points are sorted by title when asked for', async () => {
    const made: unknown[] = [];
    const { Collator } = Intl;
    Intl.Collator = new Proxy(Collator, { construct: (target, args) => (made.push(args), new target(...(args as []))) });
    try {
      const at = { lat: 40.66, lon: 16.6, color: '#0a6e8c', iconPath: 'M0 0' };
      const points: MapPoint[] = [
        { id: 'b', title: 'Sportello 10', ...at },
        { id: 'a', title: 'sportello 9', ...at },
        { id: 'c', title: 'Questura', lat: 40.5, lon: 16.4, color: '#0a6e8c', iconPath: 'M0 0' },
      ];
      const index = await PointIndex.build(points);
      const places = index.items(WORLD, 18).flatMap((item) => (item.kind === 'place' ? [item.place] : []));
      expect(places.map((place) => [place.count, place.single?.id ?? null])).to.have.deep.members([
        [2, null],
        [1, 'c'],
      ]);
      expect(made, 'collators made before a group is opened').to.deep.equal([]);
      const group = places.find((place) => place.count === 2)!;
      expect(group.points.map((point) => point.id)).to.deep.equal(['a', 'b']);
      expect(made).to.have.length(1);
    } finally {
      Intl.Collator = Collator;
    }
  });
});

describe('PointIndex.build', () => {
  const points = randomPoints(5000);
  let sync: PointIndex;
  let sliced: PointIndex;

  before(async () => {
    sync = new PointIndex(points);
    // yieldEvery 0: a pause at every step, so every pause point is crossed.
    sliced = await PointIndex.build(points, { yieldEvery: 0 });
  });

  it('gives the same items at every zoom, over the world and a small box', () => {
    for (let zoom = 0; zoom <= 17; zoom++) {
      for (const bbox of [WORLD, SMALL]) {
        const expected = plain(sync.items(bbox, zoom));
        expect(plain(sliced.items(bbox, zoom)), `zoom ${zoom} [${bbox}]`).to.deep.equal(expected);
      }
    }
    // Guards against a vacuous pass: there are clusters and places to compare.
    expect(clusterIds(sync, 3).length).to.be.greaterThan(3);
    expect(sync.items(WORLD, 17).length).to.be.greaterThan(3000);
  });

  it('gives the same expansion zoom and leaves for clusters', () => {
    const ids = [0, 4, 8, 12].flatMap((zoom) => clusterIds(sync, zoom).slice(0, 3));
    expect(ids.length).to.be.greaterThan(6);
    for (const id of ids) {
      expect(sliced.expansionZoom(id), `cluster ${id}`).to.equal(sync.expansionZoom(id));
      expect(sliced.leaves(id).map((p) => p.id)).to.deep.equal(sync.leaves(id).map((p) => p.id));
    }
  });

  it('gives the same places, and the same reveal zoom for them', () => {
    expect([...sliced.allPlaces()].map((p) => p.key)).to.deep.equal([...sync.allPlaces()].map((p) => p.key));
    for (const point of points) {
      expect(sliced.placeOf(point.id)?.points.map((p) => p.id)).to.deep.equal(sync.placeOf(point.id)?.points.map((p) => p.id));
    }
    for (const id of ['p1', 'p10', 'p100', 'p1234', 'p4321']) {
      for (const fromZoom of [0, 5, 10]) {
        const expected = sync.revealZoom(sync.placeOf(id)!, fromZoom);
        expect(sliced.revealZoom(sliced.placeOf(id)!, fromZoom), `${id} from ${fromZoom}`).to.equal(expected);
      }
    }
  });

  it('sorts a place holding more points than one step, as the constructor does', async () => {
    const crowd = randomPoints(1500, 7).map((p) => ({ ...p, lat: 40.6664, lon: 16.6043 }));
    const [expected] = [...new PointIndex(crowd).allPlaces()];
    const [actual] = [...(await PointIndex.build(crowd, { yieldEvery: 0 })).allPlaces()];
    expect(actual.points.map((p) => p.id)).to.deep.equal(expected.points.map((p) => p.id));
    expect(actual.points.length).to.equal(1500);
  });

  it('builds an empty index', async () => {
    const empty = await PointIndex.build([]);
    expect(empty.isEmpty).to.be.true;
    expect(empty.items(WORLD, 3)).to.deep.equal([]);
  });

  it('rejects when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const error = await PointIndex.build(points, { signal: controller.signal }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.an('error').with.property('message', 'stop');
  });

  it('rejects when the signal aborts while building', async () => {
    const controller = new AbortController();
    const built = PointIndex.build(points, { yieldEvery: 0, signal: controller.signal });
    controller.abort(new Error('changed'));
    const error = await built.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.an('error').with.property('message', 'changed');
  });
});

describe('loadSteps', () => {
  it('builds the same supercluster index as load()', async () => {
    const features = randomPoints(3000, 3)
      .filter((p) => Number.isFinite(p.lat))
      .map((p, i) => ({
        type: 'Feature' as const,
        id: i,
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
        properties: { title: p.title },
      }));
    const options = { radius: 40, maxZoom: 14 };
    const expected = new Supercluster(options).load(features);
    const actual = await runStepsAsync(loadSteps(new Supercluster(options), features), { yieldEvery: 0 });
    for (let zoom = 0; zoom <= 15; zoom++) {
      expect(actual.getClusters(WORLD, zoom)).to.deep.equal(expected.getClusters(WORLD, zoom));
    }
  });

  it('names the file to update when supercluster is not shaped as expected', () => {
    const notSupercluster = { options: { minZoom: 0, maxZoom: 16 } } as unknown as Supercluster;
    expect(() => loadSteps(notSupercluster, []).next()).to.throw(/supercluster-steps\.ts/);
  });
});

describe('PointIndex.steps at 50,000 points', () => {
  it('builds the same index as the constructor, and reports its longest slice', async function () {
    this.timeout(60000);
    const points = randomPoints(50000, 2024);

    // Timings are reported, never asserted (timings belong in benchmarks).
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });

    // What runStepsAsync does with yieldEvery 5, timing each slice between two pauses.
    const steps = PointIndex.steps(points);
    const slices: number[] = [];
    let longestStep = 0;
    let count = 0;
    let sliceStart = performance.now();
    let result: IteratorResult<void, PointIndex>;
    for (;;) {
      const before = performance.now();
      result = steps.next();
      const after = performance.now();
      longestStep = Math.max(longestStep, after - before);
      count++;
      if (result.done) break;
      if (after - sliceStart >= 5) {
        slices.push(after - sliceStart);
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
    slices.push(performance.now() - sliceStart);
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();

    const syncStart = performance.now();
    const sync = new PointIndex(points);
    const syncMs = performance.now() - syncStart;
    for (const zoom of [0, 4, 8, 12, 16, 17]) {
      expect(plain(result.value.items(WORLD, zoom)), `zoom ${zoom}`).to.deep.equal(plain(sync.items(WORLD, zoom)));
    }
    console.log(
      `PointIndex, 50,000 points: constructor ${syncMs.toFixed(0)} ms in one task; ` +
        `steps: ${count}, longest ${longestStep.toFixed(1)} ms, ` +
        `${slices.length} slices (yieldEvery 5), longest slice ${Math.max(...slices).toFixed(1)} ms, ` +
        `long tasks: ${longTasks.length ? longTasks.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none'}`,
    );
  });
});
