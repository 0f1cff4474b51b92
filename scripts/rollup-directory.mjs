// The built-in directory (data/matera.json) in the build, without the fields only maintainers
// read (`notes`):
//   - by default (the ES entry), written beside the script as dist/prossima-directory.json, a
//     file with a stable name that the widget fetches like a `src` (src/builtin-directory.ts):
//     replacing it updates every embed at its next visit, with no new script;
//   - with `{ inline: true }` (the one-file builds, the tests of src/), inlined in the bundle:
//     src/builtin-directory.ts is swapped for src/builtin-directory-inline.ts, which imports it
//     (and src/entry-copy.ts for src/entry-copy-inline.ts: a one-file build has no pieces).
// Any data/*.json imported is turned into a module the same way; data/comuni.json, which is not
// a directory, is kept whole.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MAINTAINER_FIELDS = new Set(['notes']);
const SOURCE = 'data/matera.json';
const BUILTIN_FILE = 'prossima-directory.json';

/** The directory document as the widget gets it: minified, without the maintainers' fields. */
function publicDirectory(text) {
  return JSON.stringify(JSON.parse(text, (key, value) => (MAINTAINER_FIELDS.has(key) ? undefined : value)));
}

export function directoryJson({ inline = false } = {}) {
  return {
    name: 'directory-json',
    resolveId(source, importer) {
      if (!inline || importer === undefined || !/(^|\/)(builtin-directory|entry-copy)\.js$/.test(source)) return null;
      return join(dirname(importer), source.replace(/\.js$/, '-inline.ts'));
    },
    transform(code, id) {
      if (!/[\\/]data[\\/][^\\/]+\.json$/.test(id)) return null;
      const json = /[\\/]comuni\.json$/.test(id) ? JSON.stringify(JSON.parse(code)) : publicDirectory(code);
      // JSON.parse of a string literal is faster for engines than a large object literal.
      return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: { mappings: '' } };
    },
    generateBundle(_options, bundle) {
      if (inline) return;
      // The file is found from the entry's own URL: a piece's import.meta.url is dist/pieces/….
      const holder = Object.values(bundle).find((file) => file.type === 'chunk' && Object.keys(file.modules).some((id) => /[\\/]src[\\/]builtin-directory\.ts$/.test(id)));
      if (holder !== undefined && !holder.isEntry) this.error(`src/builtin-directory.ts must be in the entry, not in ${holder.fileName}`);
      this.emitFile({ type: 'asset', fileName: BUILTIN_FILE, source: publicDirectory(readFileSync(SOURCE, 'utf8')) });
    },
  };
}
