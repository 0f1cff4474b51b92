#!/usr/bin/env node
// `npm run relevance`: how often the widget puts a right answer in its first three rows, for the
// queries of test/relevance/queries.json (written from how people ask, each with the services
// any of which is a right answer), searched in the built-in directory as the widget searches it:
// the same validation, index and derivation (src/ bundled for Node by bench/bundle.mjs), in the
// query's language. Prints the figure per language and kind, and every miss with what came first.
const USAGE = `Usage: npm run relevance [-- --queries FILE] [-- --directory FILE] [-- --src DIR] [-- --json] [-- --quiet]
  --queries FILE    the test set (default test/relevance/queries.json)
  --directory FILE  the directory searched (default data/matera.json)
  --src DIR         another copy of src/ to measure (default src)
  --json            the figures and misses as JSON
  --quiet           the figures only, no misses`;
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPipeline } from '../bench/bundle.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
if (args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
/** A right answer must be among this many first rows. */
const TOP = 3;

const queriesFile = resolve(ROOT, option('--queries', 'test/relevance/queries.json'));
const directoryFile = resolve(ROOT, option('--directory', 'data/matera.json'));
const pipeline = await loadPipeline(resolve(ROOT, option('--src', 'src')));

const validated = pipeline.validateDirectory(JSON.parse(readFileSync(directoryFile, 'utf8')));
if (!validated.ok) throw new Error(`${directoryFile}: ${validated.message}`);
const { directory } = validated;
const index = pipeline.buildSearchIndex(directory.services, directory.categories);
const names = new Map(directory.services.map((s) => [s.id, s.name.it ?? Object.values(s.name)[0]]));

const { queries } = JSON.parse(readFileSync(queriesFile, 'utf8'));
const results = queries.map((query) => {
  const { model } = pipeline.deriveView({
    directory,
    index,
    categoryIds: [],
    municipalities: [],
    searchText: query.q,
    active: new Set(),
    locale: query.lang,
    lang: query.lang, // the name older copies of src/ gave `locale`
  });
  const top = model.items.slice(0, TOP).map((item) => item.id);
  const expected = new Set(query.expect);
  return { ...query, found: model.items.length, top, hit: top.some((id) => expected.has(id)) };
});

/** hits/total per value of `key`, in first-seen order. */
function tally(key) {
  const rows = new Map();
  for (const result of results) {
    const row = rows.get(result[key]) ?? { hits: 0, total: 0, empty: 0 };
    row.total++;
    if (result.hit) row.hits++;
    if (result.found === 0) row.empty++;
    rows.set(result[key], row);
  }
  return [...rows].map(([value, row]) => ({ [key]: value, ...row }));
}

const hits = results.filter((r) => r.hit).length;
const empty = results.filter((r) => r.found === 0).length;
const misses = results.filter((r) => !r.hit);
const summary = { hits, total: results.length, empty, byLanguage: tally('lang'), byKind: tally('kind') };

if (args.includes('--json')) {
  console.log(JSON.stringify({ ...summary, misses }, null, 2));
} else {
  const pct = (a, b) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
  console.log(`Relevance: a right answer in the first ${TOP} rows for ${hits}/${results.length} queries (${pct(hits, results.length)}); ${empty} found nothing.`);
  console.log(`(${relative(ROOT, queriesFile)} on ${relative(ROOT, directoryFile)})\n`);
  for (const [title, rows, key] of [['language', summary.byLanguage, 'lang'], ['kind', summary.byKind, 'kind']]) {
    console.log(`| ${title} | hits/total | | found nothing |\n| --- | ---: | ---: | ---: |`);
    for (const row of rows) console.log(`| ${row[key]} | ${row.hits}/${row.total} | ${pct(row.hits, row.total)} | ${row.empty} |`);
    console.log('');
  }
  if (!args.includes('--quiet')) {
    console.log(`Misses (${misses.length}):`);
    for (const miss of misses) {
      const first = miss.top.length === 0 ? 'nothing found' : miss.top.map((id) => names.get(id) ?? id).join(' | ');
      console.log(`- [${miss.lang}] ${JSON.stringify(miss.q)} (${miss.found} found): ${first}`);
      console.log(`    wanted one of: ${miss.expect.join(', ')}`);
    }
  }
}
