// The search's relevance on the test set (test/relevance/queries.json, written from how people ask):
// a right answer in the first three rows for at least 95% of the queries, and no query that finds
// nothing. `npm run relevance` prints each miss; this test runs the same script on the real src/
// and the built-in directory.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../scripts/data/io.js';

interface Figures {
  readonly hits: number;
  readonly total: number;
  readonly empty: number;
  readonly misses: readonly { q: string; lang: string; top: string[] }[];
}

function relevance(...args: string[]): Figures {
  const run = spawnSync(process.execPath, ['scripts/relevance.mjs', '--json', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Figures;
}

describe('search relevance (npm run relevance)', () => {
  it('puts a right answer in the top 3 for at least 95% of the test set, and finds something for every query', () => {
    const figures = relevance();
    assert.ok(figures.total >= 150, `${figures.total} queries`);
    const missed = figures.misses.map((m) => `[${m.lang}] ${m.q} -> ${m.top.join(', ') || 'nothing'}`).join('\n');
    assert.ok(figures.hits / figures.total >= 0.95, `${figures.hits}/${figures.total} hits; misses:\n${missed}`);
    assert.equal(figures.empty, 0, missed);
  });
});
