import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = resolve(ROOT, 'build/scripts/data/compact.js');
const work = mkdtempSync(join(tmpdir(), 'prossima-compact-'));
after(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run data:compact', () => {
  it('writes the directory as minified JSON in gzip, without the maintainers’ notes', () => {
    const out = join(work, 'matera.json.gz');
    const result = run('--out', out);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Wrote .*matera\.json\.gz: 73 services, [\d.]+ KB \(the JSON is [\d.]+ KB minified/);
    const original = JSON.parse(readFileSync(resolve(ROOT, 'data/matera.json'), 'utf8'));
    const text = gunzipSync(readFileSync(out)).toString('utf8');
    assert.ok(!text.includes('\n'), 'minified');
    const expected = JSON.parse(JSON.stringify(original, (key, value) => (key === 'notes' ? undefined : value)));
    assert.deepEqual(JSON.parse(text), expected);
    assert.ok(readFileSync(out).length < Buffer.byteLength(text) / 3, 'much smaller than the JSON');
  });

  it('refuses a file that is not JSON, naming it and the line, and writes nothing', () => {
    const from = join(work, 'broken.json');
    writeFileSync(from, '{"version": 1,\n "categories": [}\n');
    const out = join(work, 'broken.json.gz');
    const result = run('--from', from, '--out', out);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /broken\.json(:2:\d+)?: not valid JSON/);
    assert.match(result.stderr, /Nothing was written\./);
    assert.equal(existsSync(out), false);
  });

  it('refuses a directory the widget cannot use at all', () => {
    const from = join(work, 'v2.json');
    writeFileSync(from, JSON.stringify({ version: 2, categories: [], services: [] }));
    const result = run('--from', from, '--out', join(work, 'v2.json.gz'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /unsupported directory version 2/);
  });

  it('warns about entries the widget would leave out, and still writes the rest', () => {
    const from = join(work, 'partial.json');
    const directory = { version: 1, categories: [{ id: 'health', name: 'Salute' }], services: [{ id: 'a', name: 'A', category: 'health', lat: 40.6, lon: 16.6 }, { id: 'b', name: 'B', category: 'nope', lat: 40.6, lon: 16.6 }] };
    writeFileSync(from, JSON.stringify(directory));
    const result = run('--from', from, '--out', join(work, 'partial.json.gz'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /leave out 1 entries of .*partial\.json; npm run data:check/);
  });
});
