#!/usr/bin/env node
/**
 * Times the pure pipeline (validate -> index -> search -> derive) on a synthetic directory in Node.
 *
 *   node bench/pipeline.mjs [--services 50000] [--rounds 5] [--json] [--src path/to/another/src]
 *     [--only validate,build,async,search,explain,derive]
 *
 * The sources (src/data, src/search, src/view) are bundled
 * with esbuild into build/bench/ first (./bundle.mjs), so no tsc step is needed. The directory is generated from
 * a fixed seed: Italian names, descriptions and tags (from the built-in directory's real texts),
 * English texts for most services, a few in Arabic, Ukrainian and Chinese.
 *
 * Reports medians: validateDirectory, buildSearchIndex, and per keystroke (typing each query one
 * character at a time, as a person does) searchServices, explainQuery and deriveView.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadPipeline } from './bundle.mjs';
import { syntheticDirectory } from './synthetic-directory.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('node bench/pipeline.mjs [--services N (50000)] [--rounds R (5)] [--json] [--src DIR (src)] [--only validate,build,async,search,explain,derive]');
  process.exit(0);
}
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SERVICES = option('--services', 50_000);
/** Another copy of src/ to time, e.g. a copy of the sources before a change. */
const SRC = args.includes('--src') ? args[args.indexOf('--src') + 1] : join(root, 'src');
const ROUNDS = option('--rounds', 5);
/** Which steps to time (the directory is always validated and indexed once). */
const ONLY = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : undefined;
const timing = (step) => ONLY === undefined || ONLY.has(step);
const QUERIES = ['ospedale', 'permesso di soggiorno', 'doctor', 'طبيب'];

const pipeline = await loadPipeline(SRC);

const raw = syntheticDirectory(SERVICES);

// ----- Timing -----

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** [wall ms, result, CPU ms of the process]: on a busy machine the CPU time is the steadier. */
const time = (run) => {
  const [start, cpuStart] = [performance.now(), cpuNow()];
  const value = run();
  return [performance.now() - start, value, cpuNow() - cpuStart];
};
const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

const validations = [];
const validationsCpu = [];
let directory;
for (let r = 0; r < (timing('validate') ? ROUNDS : 1); r++) {
  const [ms, result, cpu] = time(() => pipeline.validateDirectory(raw));
  validations.push(ms);
  validationsCpu.push(cpu);
  if (!result.ok) throw new Error(result.message);
  directory = result.directory;
}
if (directory.services.length !== SERVICES) {
  throw new Error(`only ${directory.services.length} services valid (${SERVICES} generated)`);
}

const builds = [];
const buildsCpu = [];
let index;
for (let r = 0; r < (timing('build') ? ROUNDS : 1); r++) {
  const [ms, built, cpu] = time(() => pipeline.buildSearchIndex(directory.services, directory.categories));
  builds.push(ms);
  buildsCpu.push(cpu);
  index = built;
}

/**
 * Runs an async, sliced step (an `…Async` function taking `{ yieldEvery }`) ROUNDS times. The
 * slices are timed through a stand-in `scheduler.yield`: wall time, and the process's CPU time,
 * which a busy machine does not inflate (the wall time of a slice includes time the OS gave to
 * other processes). Reports the median wall time to the result and the longest slice of all.
 */
async function timeSliced(run) {
  const walls = [];
  const slices = [];
  const cpuSlices = [];
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let [lastWall, lastCpu] = [0, 0];
  const mark = () => {
    const [wall, used] = [performance.now(), cpu()];
    slices.push(wall - lastWall);
    cpuSlices.push(used - lastCpu);
    [lastWall, lastCpu] = [wall, used];
  };
  const previous = globalThis.scheduler;
  globalThis.scheduler = {
    yield: () => {
      mark();
      return new Promise((resolve) => setImmediate(resolve)).then(() => {
        [lastWall, lastCpu] = [performance.now(), cpu()];
      });
    },
  };
  const roundLongest = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const start = performance.now();
      const first = slices.length;
      [lastWall, lastCpu] = [start, cpu()];
      await run();
      mark();
      walls.push(performance.now() - start);
      roundLongest.push(Math.max(...slices.slice(first)));
    }
  } finally {
    globalThis.scheduler = previous;
  }
  const sorted = [...cpuSlices].sort((a, b) => a - b);
  return {
    wall: median(walls),
    slices: slices.length / ROUNDS,
    longestSliceWall: Math.max(...slices),
    medianLongestSlice: median(roundLongest),
    longestSliceCpu: Math.max(...cpuSlices),
    p99SliceCpu: sorted[Math.floor(sorted.length * 0.99)],
  };
}

/**
 * The async variants, where this copy of src/ has them: in slices of 5 ms, and with
 * `yieldEvery: 0`, where every step is a slice, for the longest step (the median over the rounds
 * of each round's longest: a single round's figure also holds whatever the OS and the garbage
 * collector did meanwhile). A slice lasts about `yieldEvery` plus one step.
 */
const sliced = {};
async function timeAsync(name, run) {
  if (typeof pipeline[name] !== 'function') return;
  sliced[name] = await timeSliced(() => run(5));
  sliced[name].longestStep = (await timeSliced(() => run(0))).medianLongestSlice;
}
if (timing('async')) {
  await timeAsync('validateDirectoryAsync', (yieldEvery) => pipeline.validateDirectoryAsync(raw, { yieldEvery }));
  await timeAsync('buildSearchIndexAsync', (yieldEvery) =>
    pipeline.buildSearchIndexAsync(directory.services, directory.categories, { yieldEvery }),
  );
  // A shallow copy is a new directory to deriveView: nothing kept for it yet.
  await timeAsync('prepareViewAsync', (yieldEvery) => pipeline.prepareViewAsync({ ...directory }, 'it', { yieldEvery }));
}

/** Types each query one key at a time, ROUNDS times; per keystroke, the median over rounds. */
function perKeystroke(step, run) {
  const perKey = new Map();
  if (!timing(step)) return { median: NaN, max: NaN, byQuery: {} };
  for (let r = 0; r < ROUNDS; r++) {
    for (const query of QUERIES) {
      run(''); // the field starts empty, as after clearing it
      const chars = Array.from(query);
      for (let n = 1; n <= chars.length; n++) {
        const typed = chars.slice(0, n).join('');
        const [ms] = time(() => run(typed));
        const key = `${query}\u0000${n}`;
        perKey.set(key, [...(perKey.get(key) ?? []), ms]);
      }
    }
  }
  const medians = [...perKey.values()].map(median);
  const byQuery = Object.fromEntries(
    QUERIES.map((query) => {
      const keys = [...perKey.keys()].filter((key) => key.startsWith(`${query}\u0000`));
      const ms = keys.map((key) => median(perKey.get(key)));
      return [query, { median: median(ms), max: Math.max(...ms) }];
    }),
  );
  return { median: median(medians), max: Math.max(...medians), byQuery };
}

const search = perKeystroke('search', (q) => pipeline.searchServices(index, q));
const explain = perKeystroke('explain', (q) => pipeline.explainQuery(index, q));
// `lang`: the name older copies of src/ gave `locale`.
const inputs = { directory, categoryIds: [], municipalities: [], index, active: new Set(), locale: 'it', lang: 'it' };
const derive = perKeystroke('derive', (q) => pipeline.deriveView({ ...inputs, searchText: q }));
const deriveBlank = [];
for (let r = 0; r < (timing('derive') ? ROUNDS : 0); r++) deriveBlank.push(time(() => pipeline.deriveView({ ...inputs, searchText: '' }))[0]);
const deriveCold = [];
for (let r = 0; r < (timing('derive') ? ROUNDS : 0); r++) {
  // A shallow copy is a new directory to deriveView: its first call in a language does it all.
  const fresh = { ...directory };
  deriveCold.push(time(() => pipeline.deriveView({ ...inputs, directory: fresh, searchText: '' }))[0]);
}
const deriveEn = [];
for (let r = 0; r < (timing('derive') ? ROUNDS : 0); r++) {
  deriveEn.push(time(() => pipeline.deriveView({ ...inputs, locale: r % 2 ? 'en' : 'it', lang: r % 2 ? 'en' : 'it', searchText: 'ospedale' }))[0]);
}
// "Open now" (a new minute: every service's status is worked out again) and "near me" (a new
// point: every distance, then the results sorted by it).
const deriveOpen = [];
const deriveNear = [];
for (let r = 0; r < (timing('derive') ? ROUNDS : 0); r++) {
  const at = new Date(Date.UTC(2026, 10, 25, 9 + r, 0)); // Wednesdays' mornings in Rome, a new minute each round
  deriveOpen.push(time(() => pipeline.deriveView({ ...inputs, searchText: '', openAt: at }))[0]);
  deriveNear.push(time(() => pipeline.deriveView({ ...inputs, searchText: '', origin: { lat: 40.5 + r / 100, lon: 16.5 } }))[0]);
}

const sanity = {
  vocabulary: index.vocabulary?.length,
  ospedale: pipeline.searchServices(index, 'ospedale').size,
  'permesso di soggiorno': pipeline.searchServices(index, 'permesso di soggiorno').size,
  doctor: pipeline.searchServices(index, 'doctor').size,
  طبيب: pipeline.searchServices(index, 'طبيب').size,
};

const report = {
  services: SERVICES,
  rounds: ROUNDS,
  node: process.version,
  validateDirectory: median(validations),
  validateDirectoryCpu: median(validationsCpu),
  buildSearchIndex: median(builds),
  buildSearchIndexCpu: median(buildsCpu),
  sliced,
  searchServices: search,
  explainQuery: explain,
  deriveView: derive,
  deriveViewBlank: median(deriveBlank),
  deriveViewFirstCall: median(deriveCold),
  deriveViewLanguageSwitch: median(deriveEn),
  deriveViewOpenNow: median(deriveOpen),
  deriveViewNearMe: median(deriveNear),
  sanity,
};

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`${SERVICES} services, ${ROUNDS} rounds, Node ${process.version} (medians)`);
  console.log(`validateDirectory            ${fmt(report.validateDirectory)} (CPU ${fmt(report.validateDirectoryCpu)})`);
  console.log(`buildSearchIndex             ${fmt(report.buildSearchIndex)} (CPU ${fmt(report.buildSearchIndexCpu)})`);
  for (const [name, f] of Object.entries(sliced)) {
    console.log(
      `${name.padEnd(28)} ${fmt(f.wall)} to the end in ${f.slices.toFixed(0)} slices of 5 ms; longest slice ${fmt(f.medianLongestSlice)} ` +
        `(worst seen ${fmt(f.longestSliceWall)}); longest step ${fmt(f.longestStep)}`,
    );
  }
  for (const [label, figures] of [['searchServices / key', search], ['explainQuery / key', explain], ['deriveView / key', derive]]) {
    console.log(`${label.padEnd(28)} ${fmt(figures.median)} (slowest key ${fmt(figures.max)})`);
    for (const [query, q] of Object.entries(figures.byQuery)) {
      console.log(`    ${query.padEnd(24)} ${fmt(q.median)} (slowest ${fmt(q.max)})`);
    }
  }
  console.log(`deriveView, blank query      ${fmt(report.deriveViewBlank)}`);
  console.log(`deriveView, first call       ${fmt(report.deriveViewFirstCall)} (a new directory, blank query)`);
  console.log(`deriveView, it<->en and back ${fmt(report.deriveViewLanguageSwitch)}`);
  console.log(`deriveView, open now         ${fmt(report.deriveViewOpenNow)} (a new minute: every status again)`);
  console.log(`deriveView, near me          ${fmt(report.deriveViewNearMe)} (a new point: every distance, then sorted)`);
  console.log(`sanity: ${JSON.stringify(sanity)}`);
}
