/**
 * `npm run data:export-hsds -- [--from FILE] [--out FILE] [--lang it|en]`: writes the directory as
 * Open Referral HSDS 3.0 JSON for other directories (the mapping is in docs/hsds.md). Refuses,
 * with exit code 1 and nothing written, a directory the widget would not show whole.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateDirectory } from '../../src/data/validate.js';
import { toHsds, type HsdsDocument } from './hsds.js';
import { DEFAULT_DIRECTORY, PROJECT_ROOT, formatJson, readJsonFile, shownPath, userPath, writeFileAtomic } from './io.js';

const LANGUAGES = ['it', 'en'];
const DEFAULT_OUT = resolve(PROJECT_ROOT, 'dist/hsds/matera-hsds.json');
const SHOWN_REJECTIONS = 10;

const USAGE = `Usage: npm run data:export-hsds -- [--from FILE] [--out FILE] [--lang it|en]

Writes the directory as Open Referral HSDS 3.0 JSON (a /services page, every service fully
nested), for other directories to import. HSDS holds one language per text: the texts are in
--lang, or in Italian where an entry has no text in that language. See docs/hsds.md.

  --from FILE   the directory to export (default: the built-in one, data/matera.json)
  --out FILE    where to write (default: dist/hsds/matera-hsds.json); folders are created
  --lang it|en  the language of the texts (default: it)
  --help        show this help

Refuses (exit code 1, nothing written) a directory with any entry the widget would leave out:
fix it first (npm run data:check lists what to fix).`;

process.exitCode = main(process.argv.slice(2));

function main(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { from: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const lang = (values.lang ?? 'it').trim().toLowerCase();
  if (!LANGUAGES.includes(lang)) return usageError(`--lang ${JSON.stringify(values.lang)} is not one of: ${LANGUAGES.join(', ')}`);

  const from = values.from === undefined ? DEFAULT_DIRECTORY : userPath(values.from);
  const out = values.out === undefined ? DEFAULT_OUT : userPath(values.out);
  const read = readJsonFile(from);
  if (!read.ok) return refuse(read.message);
  const result = validateDirectory(read.value);
  if (!result.ok) return refuse(`${shownPath(from)}: not a usable directory: ${result.message}`);
  if (result.rejected.length > 0) {
    const lines = result.rejected.slice(0, SHOWN_REJECTIONS).map((r) => `  ${r.kind} ${r.id ?? `#${r.index + 1}`}: ${r.message}`);
    const more = result.rejected.length > SHOWN_REJECTIONS ? [`  … and ${result.rejected.length - SHOWN_REJECTIONS} more`] : [];
    const count = plural(result.rejected.length, 'entry', 'entries');
    return refuse([`${shownPath(from)}: ${count} would be left out of the export; fix them first:`, ...lines, ...more].join('\n'));
  }

  const document = toHsds(result.directory, { lang, generated: new Date().toISOString() });
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileAtomic(out, formatJson(document));
  } catch (error) {
    return refuse(`${shownPath(out)}: cannot write the file (${error instanceof Error ? error.message : String(error)})`);
  }
  console.log(`Wrote ${shownPath(out)} (HSDS 3.0, texts in ${lang}, from ${shownPath(from)}): ${describeCounts(document)}.`);
  return 0;
}

/** `3 services, 3 organizations, 3 locations, 2 phones, 4 schedules, 5 taxonomy terms`. */
function describeCounts(document: HsdsDocument): string {
  const services = document.contents;
  const sum = (count: (service: HsdsDocument['contents'][number]) => number): number =>
    services.reduce((total, service) => total + count(service), 0);
  const terms = new Set(services.flatMap((service) => service.attributes.map((attribute) => attribute.taxonomy_term_id)));
  return [
    plural(services.length, 'service', 'services'),
    plural(new Set(services.map((service) => service.organization.id)).size, 'organization', 'organizations'),
    plural(sum((service) => service.service_at_locations.length), 'location', 'locations'),
    plural(sum((service) => service.phones.length), 'phone', 'phones'),
    plural(sum((service) => service.schedules.length), 'schedule', 'schedules'),
    plural(terms.size, 'taxonomy term', 'taxonomy terms'),
  ].join(', ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function refuse(message: string): number {
  console.error(`${message}\nNothing was written.`);
  return 1;
}

function usageError(message: string): number {
  console.error(`${message}\n\n${USAGE}`);
  return 1;
}
