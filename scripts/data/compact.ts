/**
 * `npm run data:compact -- [--from FILE] [--out FILE]`: writes the directory as compact JSON
 * compressed with gzip (`.json.gz`), the form to publish a big directory in. The widget reads it
 * at `src` like plain JSON (it recognises gzip by the file's first bytes and decompresses it as it
 * arrives), so a phone downloads about a seventh of the JSON whether or not the web server
 * compresses JSON itself. Maintainer-only fields (`notes`) are left out, as in the built-in copy.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { validateDirectory } from '../../src/data/validate.js';
import { DEFAULT_DIRECTORY, PROJECT_ROOT, fail, readJsonFile, shownPath, usageError, userPath, writeFileAtomic } from './io.js';

const USAGE = `Usage: npm run data:compact -- [--from FILE] [--out FILE]

Writes the directory as compact JSON compressed with gzip, for publishing: set the widget's
src to the URL of the .json.gz file. Works with any web server (no compression settings needed).

  --from FILE   the directory (default: the built-in one, data/matera.json)
  --out FILE    where to write (default: dist/directory/<name>.json.gz); folders are created
  --help        show this help

Refuses (exit code 1, nothing written) a file the widget could not use at all; entries the
widget would leave out are counted in a warning (npm run data:check says what to fix).`;

/** Fields only maintainers read, left out of what phones download. */
const MAINTAINER_FIELDS = ['notes'];

process.exitCode = main(process.argv.slice(2));

function main(args: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { from: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    return usageError('compact', error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const from = values.from === undefined ? DEFAULT_DIRECTORY : userPath(values.from);
  const out = values.out === undefined ? resolve(PROJECT_ROOT, 'dist/directory', `${basename(from).replace(/\.json$/i, '')}.json.gz`) : userPath(values.out);
  const read = readJsonFile(from);
  if (!read.ok) return fail(`${read.message}\nNothing was written.`);
  const result = validateDirectory(read.value);
  if (!result.ok) return fail(`${shownPath(from)}: not a usable directory: ${result.message}\nNothing was written.`);

  const json = JSON.stringify(read.value, (key, value: unknown) => (MAINTAINER_FIELDS.includes(key) ? undefined : value));
  const compressed = gzipSync(json, { level: 9 });
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileAtomic(out, compressed);
  } catch (error) {
    return fail(`${shownPath(out)}: cannot write the file (${error instanceof Error ? error.message : String(error)})\nNothing was written.`);
  }
  const raw = JSON.stringify(read.value, null, 2).length;
  console.log(
    `Wrote ${shownPath(out)}: ${result.directory.services.length} services, ${size(compressed.length)} (the JSON is ${size(Buffer.byteLength(json))} minified, ${size(raw)} indented).`,
  );
  if (result.rejected.length > 0) {
    console.warn(`Warning: the widget will leave out ${result.rejected.length} entries of ${shownPath(from)}; npm run data:check -- ${shownPath(from)} says what to fix.`);
  }
  console.log(`Publish it and point the widget at it: <prossima-map src="https://…/${basename(out)}">`);
  return 0;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
