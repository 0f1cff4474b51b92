// The built-in directory (data/matera.json) in the build, without the fields only maintainers
// read (`notes`):
//   - by default (the ES entry), written beside the script as dist/prossima-directory.json, a
//     file with a stable name that the widget fetches like a `src` (src/builtin-directory.ts):
//     replacing it (and the folder dist/prossima-details/ written with it: the fields only a
//     service's detail shows) updates every embed at its next visit, with no new script;
//   - with `{ inline: true }` (the one-file builds, the tests of src/), inlined in the bundle:
//     src/builtin-directory.ts is swapped for src/builtin-directory-inline.ts, which imports it
//     (and src/entry-copy.ts for src/entry-copy-inline.ts: a one-file build has no pieces).
// Any data/*.json imported is turned into a module the same way; data/comuni.json, which is not
// a directory, is kept whole.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MAINTAINER_FIELDS = new Set(['notes']);
/**
 * What only a service's detail shows, written apart from the built-in directory file (whose size
 * every first view pays): its "what they do for you" line in the 12 languages, the sources, the
 * source of each fact. The detail asks for them when it opens (src/data/details.ts): the fields
 * of every service, and the summaries of one language at a time.
 */
const DETAIL_FIELDS = ['sources', 'factSources', 'unreviewed'];
const SUMMARY = 'summary';
const SOURCE = 'data/matera.json';
const BUILTIN_FILE = 'prossima-directory.json';
const DETAILS_FOLDER = 'prossima-details';

/** The directory document as the widget gets it: minified, without the maintainers' fields. */
function publicDirectory(text) {
  return JSON.stringify(publicDocument(text));
}

function publicDocument(text) {
  return JSON.parse(text, (key, value) => (MAINTAINER_FIELDS.has(key) ? undefined : value));
}

/**
 * The built-in directory split for the ES entry: the first view's file without the detail's
 * fields, `prossima-details/common.json` with them by service id, and
 * `prossima-details/<language>.json` with each language's summaries by service id.
 */
function splitDirectory(text) {
  const document = publicDocument(text);
  const common = {};
  const byLanguage = {};
  for (const service of document.services ?? []) {
    if (service === null || typeof service !== 'object' || typeof service.id !== 'string') continue;
    const fields = {};
    for (const field of DETAIL_FIELDS) {
      if (service[field] === undefined) continue;
      fields[field] = service[field];
      delete service[field];
    }
    if (Object.keys(fields).length > 0) common[service.id] = fields;
    const summary = typeof service[SUMMARY] === 'string' ? { it: service[SUMMARY] } : service[SUMMARY];
    delete service[SUMMARY];
    for (const [lang, line] of Object.entries(summary ?? {})) {
      const code = lang.toLowerCase();
      if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code)) continue;
      (byLanguage[code] ??= {})[service.id] = line;
    }
  }
  const files = { [BUILTIN_FILE]: document, [`${DETAILS_FOLDER}/common.json`]: { version: 1, services: common } };
  for (const [code, lines] of Object.entries(byLanguage)) files[`${DETAILS_FOLDER}/${code}.json`] = { version: 1, summary: lines };
  return files;
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
      for (const [fileName, document] of Object.entries(splitDirectory(readFileSync(SOURCE, 'utf8')))) {
        this.emitFile({ type: 'asset', fileName, source: JSON.stringify(document) });
      }
    },
  };
}
