#!/usr/bin/env node
/**
 * Checks that two copies of src/ give the same answers: validateDirectory, searchServices (ids,
 * scores and order), explainQuery, isBlankQuery and deriveView, on the built-in directory and on a
 * synthetic one, for thousands of queries (directory words whole, as prefixes, with typos, in pairs;
 * every dictionary word; Chinese, Arabic). For optimizations that must not change behaviour.
 *
 *   node bench/compare.mjs --before path/to/old/src [--after src] [--services 3000] [--queries 4000]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadPipeline } from './bundle.mjs';
import { syntheticDirectory } from './synthetic-directory.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
if (args.includes('--help') || !args.includes('--before')) {
  console.log('node bench/compare.mjs --before DIR [--after DIR (src)] [--services N (3000)] [--queries N (4000)]');
  process.exit(args.includes('--help') ? 0 : 2);
}
const before = await loadPipeline(value('--before'));
const after = await loadPipeline(value('--after', join(root, 'src')));
const SERVICES = Number(value('--services', 3000));
const QUERIES = Number(value('--queries', 4000));

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

let checks = 0;
const failures = [];
function same(what, a, b) {
  checks++;
  if (isDeepStrictEqual(a, b)) return;
  failures.push(what);
  if (failures.length <= 10) {
    console.log(`DIFFERENT: ${what}`);
    console.log('  before:', JSON.stringify(a)?.slice(0, 400));
    console.log('  after: ', JSON.stringify(b)?.slice(0, 400));
  }
}
const entries = (map) => [...map.entries()];

/** Words to search for: the directory's own words, changed in the ways people change them. */
function queriesFor(directory) {
  const words = [
    ...new Set(
      directory.services.flatMap((s) =>
        [...Object.values(s.name), ...(s.tags ?? []), s.municipality ?? '', ...Object.values(s.description ?? {})]
          .join(' ')
          .split(/[\s,.;:()'’«»"!?/-]+/u)
          .filter((w) => w.length > 0),
      ),
    ),
  ];
  const letters = 'abcdefghilmnopqrstuvzàèéìòù';
  const typo = (word) => {
    const chars = Array.from(word);
    const at = Math.floor(random() * chars.length);
    switch (Math.floor(random() * 4)) {
      case 0: chars.splice(at, 1); break;
      case 1: chars.splice(at, 0, pick([...letters])); break;
      case 2: chars[at] = pick([...letters]); break;
      default: if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
    }
    return chars.join('');
  };
  const prefix = (word) => Array.from(word).slice(0, 1 + Math.floor(random() * word.length)).join('');
  const dictionary = after.CONCEPTS.flatMap((c) => Object.values(c.words).flat());
  dictionary.push(...dictionary.map(prefix), ...dictionary.map(typo), ...after.CONCEPTS.flatMap((c) => c.keywords));
  const queries = [
    '', ' ', '?!', 'ospedale', 'permesso di soggiorno', 'doctor', 'طبيب', 'المستشفى', '医生', '医', '市医院',
    'città', 'cittad', 'medico', 'dcotor', 'лікарр', 'pharm', 'pharm carlo', 'x'.repeat(2000),
    'questura '.repeat(300), Array.from({ length: 300 }, (_, i) => `parola${i}`).join(' '),
    ...dictionary,
  ];
  for (const query of ['ospedale', 'permesso di soggiorno', 'doctor', 'طبيب', 'sportello immigrati']) {
    for (let n = 1; n <= query.length; n++) queries.push(query.slice(0, n));
  }
  while (queries.length < QUERIES) {
    const word = pick(words);
    const variants = [word, prefix(word), typo(word), typo(prefix(word)), word.toUpperCase()];
    const one = pick(variants);
    queries.push(random() < 0.3 ? `${pick(variants)} ${prefix(pick(words))}` : one);
  }
  return queries;
}

function compareOn(label, raw) {
  const a = before.validateDirectory(raw);
  const b = after.validateDirectory(raw);
  same(`${label}: validateDirectory`, a, b);
  if (!a.ok) return;
  const { services, categories } = a.directory;
  const indexA = before.buildSearchIndex(services, categories);
  const indexB = after.buildSearchIndex(services, categories);
  const queries = queriesFor(a.directory);
  for (const query of queries) {
    same(`${label}: searchServices ${JSON.stringify(query.slice(0, 60))}`, entries(before.searchServices(indexA, query)), entries(after.searchServices(indexB, query)));
    same(`${label}: explainQuery ${JSON.stringify(query.slice(0, 60))}`, before.explainQuery(indexA, query), after.explainQuery(indexB, query));
    same(`${label}: isBlankQuery ${JSON.stringify(query.slice(0, 60))}`, before.isBlankQuery(query), after.isBlankQuery(query));
  }
  const ids = categories.map((c) => c.id);
  const towns = [...new Set(services.map((s) => s.municipality).filter(Boolean))];
  for (let i = 0; i < 60; i++) {
    const inputs = {
      directory: a.directory,
      categoryIds: random() < 0.3 ? [pick(ids), pick(ids), 'nope'] : [],
      municipalities: random() < 0.2 ? [pick(towns).toUpperCase(), pick(towns)] : [],
      searchText: random() < 0.3 ? '' : pick(queries).slice(0, 40),
      active: new Set(random() < 0.3 ? [pick(ids)] : []),
      locale: pick(['it', 'en', 'ar', 'en-GB', 'uk', 'zh']),
    };
    // `lang`: the name older copies of src/ gave `locale`.
    inputs.lang = inputs.locale;
    const viewA = before.deriveView({ ...inputs, index: indexA });
    const viewB = after.deriveView({ ...inputs, index: indexB });
    same(`${label}: deriveView ${JSON.stringify({ ...inputs, directory: undefined, lang: undefined, active: [...inputs.active] })}`, viewA, viewB);
  }
}

const matera = JSON.parse(readFileSync(join(root, 'data', 'matera.json'), 'utf8'));
compareOn('matera.json', matera);
compareOn(`${SERVICES} synthetic services`, syntheticDirectory(SERVICES));
console.log(`${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
