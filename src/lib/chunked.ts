/**
 * Long pure work written once, run either at once or in slices that give the event loop back.
 * Pure: no DOM. The work is a generator that `yield`s at points where it may pause (every few
 * hundred entries); it never yields a value, and returns its result.
 */

/**
 * From this many services a directory is big: its search index is built after it is shown, and
 * its views in a new language are prepared in slices.
 */
export const BIG_DIRECTORY = 2000;

/** How `…Async` functions share the main thread. */
export interface ChunkOptions {
  /**
   * Milliseconds of work between two pauses (default 5). A pause is a macrotask (see
   * {@link pause}), so input, rendering and other tasks run in between.
   */
  readonly yieldEvery?: number;
  /** Stops the work at the next pause: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

export type Steps<T> = Generator<void, T, void>;

const DEFAULT_SLICE_MS = 5;

/** Runs the steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, pausing whenever `yieldEvery` milliseconds have passed since the last pause. */
export async function runStepsAsync<T>(steps: Steps<T>, options: ChunkOptions = {}): Promise<T> {
  const slice = Math.max(0, options.yieldEvery ?? DEFAULT_SLICE_MS);
  const { signal } = options;
  signal?.throwIfAborted();
  let started = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - started < slice) continue;
    await pause();
    signal?.throwIfAborted();
    started = now();
  }
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/**
 * One macrotask of ordinary priority, through a MessageChannel: unlike `setTimeout` it is not
 * held back 4 ms after a few pauses in a row, and unlike `scheduler.yield()` (whose continuation
 * runs ahead of other work) it lets the browser paint between slices, so the list shows while the
 * map and the index are still being built.
 */
export function pause(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * The items sorted by `compare` (by default as `Array.prototype.sort` does), in steps: runs of
 * `run` items sorted natively, then merged pairwise, pausing every `run` items. Stable.
 */
export function* sortInSteps<T>(items: readonly T[], compare?: (a: T, b: T) => number, run = 1024): Steps<T[]> {
  const before = compare ?? defaultOrder;
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += run) {
    runs.push(items.slice(i, i + run).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      merged.push(i + 1 < runs.length ? yield* mergeInSteps(runs[i], runs[i + 1], before, run) : runs[i]);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

function* mergeInSteps<T>(a: readonly T[], b: readonly T[], compare: (a: T, b: T) => number, run: number): Steps<T[]> {
  const out = new Array<T>(a.length + b.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    // `a` first on ties: stable.
    out[k++] = compare(b[j], a[i]) < 0 ? b[j++] : a[i++];
    if (k % run === 0) yield;
  }
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** `Array.prototype.sort`'s order without a comparator: by the items' strings, in UTF-16 units. */
function defaultOrder<T>(a: T, b: T): number {
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
