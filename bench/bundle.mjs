/**
 * Bundles the pure pipeline of one copy of src/ (validate, search, derive) with esbuild into
 * build/bench/ and imports it: `await loadPipeline('src')`. No tsc step, no DOM needed.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The modules to bundle; those a copy of src/ lacks (older or newer ones) are left out. */
const MODULES = [
  ['validateDirectory', './data/validate.js'],
  ['*', './search/search-index.js'],
  ['*', './view/derive.js'],
  ['*', './derive.js'], // before src/view/ (older copies of src/)
  ['CONCEPTS', './search/dictionary.js'],
  ['validateDirectoryAsync', './data/validate.js'],
];

function entryFor(src) {
  const source = (file) => readFileSync(join(src, file.replace(/\.js$/, '.ts')), 'utf8');
  const has = (file) => existsSync(join(src, file.replace(/\.js$/, '.ts')));
  return MODULES.filter(([name, file]) => has(file) && (name === '*' || new RegExp(`export (async )?function\\*? ?${name}\\b|export const ${name}\\b`).test(source(file))))
    .map(([name, file]) => (name === '*' ? `export * from '${file}';` : `export { ${name} } from '${file}';`))
    .join('\n');
}

export async function loadPipeline(srcDir = join(root, 'src')) {
  const src = resolve(srcDir);
  const outDir = join(root, 'build', 'bench');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `pipeline-${createHash('sha1').update(src).digest('hex').slice(0, 8)}.mjs`);
  await build({
    stdin: { contents: entryFor(src), resolveDir: src, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // The pipeline imports no lit (older copies of src/ did, for templates it never renders).
    external: ['lit', 'lit/*', '@lit/*'],
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
