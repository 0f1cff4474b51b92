#!/usr/bin/env node
// `npm run size`: min and gzip sizes of what `npm run build` wrote: the entry
// (dist/prossima-map.js), its pieces (dist/pieces/: the directory reader, the search, the map, the
// extras, each UI language but Italian), the built-in directory beside it
// (dist/prossima-directory.json), the one-file build (standalone ES module), the classic script's
// loader, and what a first view downloads; the search piece is split into the dictionary and the
// rest by building it without the dictionary.
// Builds those variants in memory; writes nothing.
//
// A part's row is what the code-alone bundle would lose without it (the bundle built with the
// part emptied, gzipped whole): gzip shares its dictionary across the parts, so this is less than
// the part gzipped on its own, and the rows add up to the whole only roughly.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundleOptions } from '../rollup.config.mjs';

if (process.argv.includes('--help')) {
  console.log('Usage: npm run size   (run `npm run build` first)');
  process.exit(0);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const measure = (code) => ({ min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });
const minus = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip });

function measureFile(file) {
  try {
    return measure(readFileSync(file));
  } catch {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** Parts of the code measured by emptying them: the compiled module's text -> a stand-in. */
const PARTS = {
  dictionary: {
    id: /\/src\/search\/dictionary\.ts$/,
    empty: (code) => {
      const concepts = /^export const CONCEPTS = \[$[\s\S]*?^\];$/m;
      if (!concepts.test(code)) throw new Error('size: `export const CONCEPTS = [ … ];` not found in dictionary.ts');
      return code.replace(concepts, 'export const CONCEPTS = [];');
    },
  },
};

/** A Rollup plugin, run after TypeScript, that empties the named parts. */
function emptyParts(names) {
  const parts = names.map((name) => PARTS[name]);
  return {
    name: 'size-empty-parts',
    transform(code, id) {
      const part = parts.find((p) => p.id.test(id.replace(/\\/g, '/')));
      return part === undefined ? null : { code: part.empty(code), map: null };
    },
  };
}

/** The search piece of the ES build with an empty directory and without the named parts. */
async function searchPieceAlone(...without) {
  const options = bundleOptions();
  const plugins = [...options.plugins];
  const afterTs = plugins.findIndex((p) => p.name === 'typescript') + 1;
  if (afterTs === 0) throw new Error('size: no typescript plugin in rollup.config.mjs');
  plugins.splice(afterTs, 0, emptyParts(without));
  const bundle = await rollup({ ...options, plugins, logLevel: 'silent', preserveEntrySignatures: 'allow-extension' });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const piece = output.find((file) => file.type === 'chunk' && file.name === 'search-index');
  if (piece === undefined) throw new Error('size: no search-index piece in the build (is src/search/search-index.ts still imported dynamically?)');
  return measure(piece.code);
}

/** Each piece of dist/pieces/ by name (`en`, `message-ids`…, without the hash). */
function measurePieces() {
  const names = readdirSync('dist/pieces').filter((name) => name.endsWith('.js'));
  return new Map(names.map((name) => [name.replace(/-[\w-]{8}\.js$/, ''), measureFile(`dist/pieces/${name}`)]));
}
const sum = (sizes) => sizes.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });

const entry = measureFile('dist/prossima-map.js');
const standalone = measureFile('dist/prossima-map.standalone.js');
const classic = measureFile('dist/prossima-map.iife.js');
const pieces = measurePieces();
const none = { min: 0, gzip: 0 };
const shared = pieces.get('message-ids') ?? none;
const map = pieces.get('map-piece') ?? none;
const builtin = measureFile('dist/prossima-directory.json');
const reader = pieces.get('directory-reader') ?? none;
const stream = pieces.get('stream-reader') ?? none;
const search = pieces.get('search-index') ?? none;
const extras = pieces.get('extras') ?? none;
const languages = [...pieces].filter(([name]) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(name));
const searchCode = await searchPieceAlone();
const dictionary = minus(searchCode, await searchPieceAlone('dictionary'));
const biggest = languages.reduce((a, b) => (b[1].gzip > a[1].gzip ? b : a));

// A first view is what the page downloads until prossima-ready: the entry, the directory reader
// and the directory; on a desktop also the map. The search and the extras come after it.
const rows = [
  ['dist/prossima-map.js, the entry (Italian)', entry, 40],
  ['dist/pieces/directory-reader: parsing and checking a directory, asked for with the directory', reader],
  ['dist/pieces/stream-reader: parsing and checking a directory as it downloads, for one too big to read whole', stream],
  ['dist/prossima-directory.json: the built-in directory, when no `src` is given', builtin],
  ['dist/pieces/map-piece: the map (its element, Leaflet and its CSS, clustering, the adapter), when a map is shown', map],
  ['dist/pieces/search-index: the search (index, matching, dictionary), once the list is on screen', search],
  ['… of which the dictionary (src/search/dictionary.ts)', dictionary],
  ['dist/pieces/extras: the detail, its actions, share, QR codes, print, when idle or a service is opened', extras],
  [`dist/pieces/: the ${languages.length} other UI languages, all`, sum(languages.map(([, size]) => size))],
  [`… one language (the biggest, ${biggest[0]}) with the ids they share`, sum([biggest[1], shared])],
  ['first view, phone, built-in directory (list first): the entry, the reader and the directory', sum([entry, reader, builtin]), 70],
  ['first view, desktop, built-in directory (list and map): + the map', sum([entry, reader, builtin, map]), 90],
  [`first view, desktop, in another language (+ ${biggest[0]} and the ids)`, sum([entry, reader, builtin, map, biggest[1], shared]), 90],
  ['first view, phone, with `src` (the directory is the host\'s): the entry and the reader', sum([entry, reader]), 70],
  ['dist/prossima-map.standalone.js (one file, every piece and the directory inlined)', standalone],
  ['dist/prossima-map.iife.js (classic script: the loader of the entry)', classic],
];
console.log('| bundle | min | gzip -9 | gzip target |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, size, target] of rows) {
  console.log(`| ${name} | ${kb(size.min)} | ${kb(size.gzip)} | ${target ? `≤ ${target} KB` : ''} |`);
}
