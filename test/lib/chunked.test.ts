import { expect } from '@open-wc/testing';
import { runSteps, runStepsAsync, sortInSteps, type Steps } from '../../src/lib/chunked.js';

/** Counts to `n`, pausing after each number, and records what ran. */
function* counting(n: number, log: string[]): Steps<number> {
  for (let i = 1; i <= n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return n;
}

/** A macrotask queued now: it runs only when the work gives the event loop back. */
function queueTask(log: string[]): void {
  setTimeout(() => log.push('task'), 0);
}

describe('runSteps', () => {
  it('runs every step and returns the result', () => {
    const log: string[] = [];
    expect(runSteps(counting(3, log))).to.equal(3);
    expect(log).to.deep.equal(['step 1', 'step 2', 'step 3']);
  });

  it('a generator that never pauses', () => {
    function* none(): Steps<string> {
      return 'done';
    }
    expect(runSteps(none())).to.equal('done');
  });

  it('lets an error out', () => {
    function* failing(): Steps<void> {
      yield;
      throw new Error('bad step');
    }
    expect(() => runSteps(failing())).to.throw('bad step');
  });
});

describe('runStepsAsync', () => {
  it('gives the same result as runSteps', async () => {
    expect(await runStepsAsync(counting(50, []))).to.equal(runSteps(counting(50, [])));
  });

  it('pauses with a macrotask: a task queued before runs in between', async () => {
    const log: string[] = [];
    queueTask(log);
    const result = runStepsAsync(counting(500, log), { yieldEvery: 0 });
    expect(log, 'the first slice runs at once').to.deep.equal(['step 1']);
    await result;
    expect(log.indexOf('task')).to.be.greaterThan(0).and.lessThan(log.length - 1);
  });

  it('lets the browser paint between slices (a frame comes before a long job ends)', async () => {
    let framed = false;
    let frameAtStep = -1;
    requestAnimationFrame(() => (framed = true));
    function* busy(): Steps<void> {
      for (let step = 0; step < 150; step++) {
        const end = performance.now() + 2;
        while (performance.now() < end);
        if (framed && frameAtStep < 0) frameAtStep = step;
        yield;
      }
    }
    await runStepsAsync(busy(), { yieldEvery: 5 });
    expect(frameAtStep, 'the step during which a frame had been drawn').to.be.within(0, 60);
  });

  it('a long slice keeps going without pausing', async () => {
    const log: string[] = [];
    queueTask(log);
    await runStepsAsync(counting(20, log), { yieldEvery: 60_000 });
    expect(log).to.not.include('task');
  });

  it('an aborted signal stops before the first step', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    const log: string[] = [];
    let error: unknown;
    await runStepsAsync(counting(3, log), { signal: controller.signal }).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('stopped');
    expect(log).to.deep.equal([]);
  });

  it('an abort during the work stops it at the next pause', async () => {
    const controller = new AbortController();
    const log: string[] = [];
    let error: unknown;
    setTimeout(() => controller.abort(new Error('stopped')), 0);
    await runStepsAsync(counting(1000, log), { yieldEvery: 0, signal: controller.signal }).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('stopped');
    expect(log.length).to.be.greaterThan(0).and.lessThan(1000);
  });

  it('rejects with the error of a step', async () => {
    function* failing(): Steps<void> {
      yield;
      throw new Error('bad step');
    }
    let error: unknown;
    await runStepsAsync(failing(), { yieldEvery: 0 }).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('bad step');
  });
});

describe('sortInSteps', () => {
  /** Deterministic pseudo-random integers. */
  function numbers(count: number, seed: number): number[] {
    return Array.from({ length: count }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % 1000;
    });
  }
  const words = ['città', 'Città', 'citta', 'zeta', 'Zeta', 'alfa', 'é', 'e', 'f', '', 'b', 'a', '10', '9', '医院', 'مستشفى'];

  const ascending = (a: string | number, b: string | number) => Number(a) - Number(b);
  const descending = (a: string | number, b: string | number) => Number(b) - Number(a);
  const cases: [string, (string | number)[], typeof ascending | undefined, number][] = [
    ['empty', [], undefined, 4],
    ['one', ['x'], undefined, 4],
    ['strings by UTF-16 units, as sort() does', words, undefined, 3],
    ['numbers without a comparator: as strings, as sort() does', numbers(100, 1), undefined, 7],
    ['numbers with a comparator, runs of 1', numbers(257, 2), ascending, 1],
    ['numbers with a comparator, runs of 16', numbers(1000, 3), ascending, 16],
    ['more runs than items', numbers(5, 4), descending, 100],
  ];
  for (const [label, items, compare, run] of cases) {
    it(label, () => {
      const expected = [...items].sort(compare);
      expect(runSteps(sortInSteps(items, compare, run))).to.deep.equal(expected);
    });
  }

  it('is stable: equal items keep their order', () => {
    const items = numbers(500, 5).map((value, position) => ({ value: value % 7, position }));
    const sorted = runSteps(sortInSteps(items, (a, b) => a.value - b.value, 8));
    expect(sorted).to.deep.equal([...items].sort((a, b) => a.value - b.value || a.position - b.position));
  });

  it('does not change its input', () => {
    const items = ['c', 'a', 'b'];
    runSteps(sortInSteps(items, undefined, 1));
    expect(items).to.deep.equal(['c', 'a', 'b']);
  });

  it('pauses while it sorts', () => {
    let pauses = 0;
    const steps = sortInSteps(numbers(100, 6), (a, b) => a - b, 10);
    while (!steps.next().done) pauses++;
    expect(pauses).to.be.greaterThan(10);
  });
});
