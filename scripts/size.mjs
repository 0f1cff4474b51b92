#!/usr/bin/env node
// `npm run size`: min and gzip sizes of dist/prossima-map.js and dist/prossima-map.iife.js, and
// of the ES module built with an empty directory (the code alone). Builds that variant in memory;
// writes nothing.
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

function measureFile(file) {
  try {
    return measure(readFileSync(file));
  } catch {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const full = measureFile('dist/prossima-map.js');
const classic = measureFile('dist/prossima-map.iife.js');
const bundle = await rollup({ ...bundleOptions({ emptyDirectory: true }), logLevel: 'silent' });
const { output } = await bundle.generate({ format: 'es' });
const code = measure(output[0].code);

const rows = [
  ['dist/prossima-map.js (code + built-in directory)', full, 90],
  ['dist/prossima-map.iife.js (classic script, same content)', classic, 90],
  ['code alone (empty directory)', code, 70],
  ['built-in directory (difference)', { min: full.min - code.min, gzip: full.gzip - code.gzip }],
];
console.log('| bundle | min | gzip -9 | gzip target |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, size, target] of rows) {
  console.log(`| ${name} | ${kb(size.min)} | ${kb(size.gzip)} | ${target ? `≤ ${target} KB` : ''} |`);
}
