#!/usr/bin/env node
// `npm run size`: min and gzip sizes of dist/prossima-map.js and dist/prossima-map.iife.js, and
// of the ES module built with an empty directory (the code alone), split into the UI
// translations, the search dictionary and the rest. Builds those variants in memory; writes
// nothing.
//
// A part's row is what the code-alone bundle would lose without it (the bundle built with the
// part emptied, gzipped whole): gzip shares its dictionary across the parts, so this is less than
// the part gzipped on its own, and the rows add up to the whole only roughly.
import { readFileSync } from 'node:fs';
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
  translations: {
    id: /\/src\/generated\/locales\/[\w-]+\.ts$/,
    empty: () => 'export const templates = {};',
  },
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

/** The ES module with an empty directory and without the named parts. */
async function codeAlone(...without) {
  const options = bundleOptions({ emptyDirectory: true });
  const plugins = [...options.plugins];
  const afterTs = plugins.findIndex((p) => p.name === 'typescript') + 1;
  if (afterTs === 0) throw new Error('size: no typescript plugin in rollup.config.mjs');
  plugins.splice(afterTs, 0, emptyParts(without));
  const bundle = await rollup({ ...options, plugins, logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return measure(output[0].code);
}

const full = measureFile('dist/prossima-map.js');
const classic = measureFile('dist/prossima-map.iife.js');
const code = await codeAlone();
const translations = minus(code, await codeAlone('translations'));
const dictionary = minus(code, await codeAlone('dictionary'));

const rows = [
  ['dist/prossima-map.js (code + built-in directory)', full, 90],
  ['dist/prossima-map.iife.js (classic script, same content)', classic, 90],
  ['code alone (empty directory)', code, 70],
  ['… of which the UI translations (src/generated/locales)', translations],
  ['… of which the search dictionary (src/search/dictionary.ts)', dictionary],
  ['… of which the rest (Lit, Leaflet and its CSS, the widget)', minus(minus(code, translations), dictionary)],
  ['built-in directory (difference)', minus(full, code)],
];
console.log('| bundle | min | gzip -9 | gzip target |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, size, target] of rows) {
  console.log(`| ${name} | ${kb(size.min)} | ${kb(size.gzip)} | ${target ? `≤ ${target} KB` : ''} |`);
}
