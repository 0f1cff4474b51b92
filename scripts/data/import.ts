/**
 * `npm run data:import -- FILE.csv [--base data/matera.json] [--out data/matera.json] [--dry-run]`
 *
 * Reads a spreadsheet saved as CSV (docs/spreadsheet.md) and writes the directory JSON. All or
 * nothing: if any row has a problem, nothing is written and every problem is printed with its
 * row, id and column. Exit code 0 when written (or checked, with --dry-run), 1 otherwise.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isRecord } from '../../src/data/fields.js';
import type { Directory } from '../../src/data/types.js';
import { validateDirectory } from '../../src/data/validate.js';
import { decodeCsvBytes, parseCsv, unsafeCell, type Decoded } from './csv.js';
import { checkDirectory, findingLine } from './checks.js';
import { DEFAULT_DIRECTORY, fail, formatJson, localToday, readComuni, readJsonFile, shownPath, usageError, userPath, writeFileAtomic, writeProblem } from './io.js';
import { checkServices } from './spreadsheet-problems.js';
import { columnRank, fitToBase, rowsToServices, textLanguages, type RowProblem } from './spreadsheet.js';

const USAGE = `Usage: npm run data:import -- FILE.csv [--base data/matera.json] [--out data/matera.json] [--dry-run]

Reads the services from a spreadsheet saved as CSV (see docs/spreadsheet.md) and writes the
directory. The categories, publisher and dates come from the --base directory.

  FILE.csv       the spreadsheet, saved as CSV (separator ; or , or tab)
  --base FILE    the directory to take the categories and publisher from (default: data/matera.json)
  --out FILE     where to write the directory (default: data/matera.json)
  --dry-run      check the spreadsheet and say what would change, but write nothing
  --help         show this help

If any row has a problem, nothing is written: every problem is listed with its row and column.`;

function main(argv: readonly string[]): number {
  let options;
  try {
    options = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { base: { type: 'string' }, out: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return usageError('import', error instanceof Error ? error.message : String(error));
  }
  if (options.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = options.positionals;
  if (file === undefined) return usageError('import', 'give the spreadsheet file to import, e.g. npm run data:import -- servizi.csv');
  if (extra.length > 0) return usageError('import', `give one spreadsheet file, not ${options.positionals.length}`);
  if (/\.(xlsx?|ods|json)$/i.test(file)) {
    return usageError('import', `${file} is not a CSV file: in your spreadsheet choose File > Save as (or Download) > CSV, then import that file`);
  }
  const csvPath = userPath(file);
  const basePath = options.values.base === undefined ? DEFAULT_DIRECTORY : userPath(options.values.base);
  const outPath = options.values.out === undefined ? DEFAULT_DIRECTORY : userPath(options.values.out);

  const base = readBase(basePath);
  if (typeof base === 'string') return fail(base);
  const decoded = readText(csvPath);
  if (decoded === undefined) return fail(`${shownPath(csvPath)}: cannot read the file (no such file, or it is a folder)`);

  const shown = shownPath(csvPath);
  if (!decoded.ok) return fail(`${shown}: ${decoded.message}. Nothing was written.`);
  const csv = parseCsv(decoded.text);
  if (!csv.ok) return reject(shown, [{ row: csv.row, message: csv.message }]);
  const sheet = rowsToServices(csv.rows.map((row) => row.map(unsafeCell)), textLanguages(base.directory.services));
  if (sheet.problems.length === 0 && sheet.services.length === 0) {
    return reject(shown, [{ row: 2, message: 'the spreadsheet has no services; was it saved from the right sheet? (to remove every service, edit the JSON file instead)' }]);
  }
  const baseById = new Map(rawServices(base.raw).map((service) => [service.id, service]));
  const services = sheet.services.map((service) => fitToBase(service, baseById.get(service.id)));
  const check = checkServices(base.raw, services, sheet.rows);
  const problems = [...sheet.problems, ...(check.ok ? [] : check.problems)];
  if (!check.ok || problems.length > 0) return reject(shown, problems);

  const counts = countChanges(base.directory, base.raw, check.directory, services);
  const total = check.directory.services.length;
  const summary = `${total === 1 ? '1 service' : `${total} services`} (${counts})`;
  const document = { ...base.raw, services };
  if (options.values['dry-run']) {
    console.log(`${shown}: ${summary} are valid; nothing written (--dry-run)`);
  } else {
    try {
      writeFileAtomic(outPath, formatJson(document));
    } catch (error) {
      return fail(writeProblem(outPath, error));
    }
    console.log(`${shownPath(outPath)}: ${summary.replace(' (', ' written (')}`);
  }
  reportWarnings(shownPath(outPath), document);
  return 0;
}

/**
 * What a spreadsheet edit most often gets wrong although it is valid (a place outside the
 * province, lat and lon swapped, an unknown comune, a duplicate, a contact that cannot be a
 * link), printed at once; the rest is counted and left to `npm run data:check`.
 */
function reportWarnings(shown: string, document: unknown): void {
  const comuni = readComuni();
  if (typeof comuni === 'string') return;
  const { warnings } = checkDirectory(document, { today: localToday(), comuni });
  const routine = new Set(['not-verified', 'missing-translation']);
  for (const warning of warnings.filter((w) => !routine.has(w.code))) console.log(findingLine(shown, 'warning', warning));
  if (warnings.length > 0) {
    console.log(`${shown}: ${warnings.length} warnings in all; \`npm run data:check -- ${shown}\` lists every one`);
  }
}

interface Base {
  readonly raw: Record<string, unknown>;
  readonly directory: Directory;
}

/** The base directory, or a message saying why it cannot be used. */
function readBase(path: string): Base | string {
  const read = readJsonFile(path);
  if (!read.ok) return read.message;
  const result = validateDirectory(read.value);
  if (!result.ok || !isRecord(read.value)) return `${shownPath(path)}: ${result.ok ? 'not a directory' : result.message}; give a valid directory with --base`;
  return { raw: read.value, directory: result.directory };
}

/** The file's bytes decoded (csv.ts: UTF-8 or plain Windows-1252), a message when refused, or undefined when it cannot be read. */
function readText(path: string): Decoded | undefined {
  try {
    return decodeCsvBytes(readFileSync(path));
  } catch {
    return undefined;
  }
}

function rawServices(raw: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(raw.services) ? raw.services.filter(isRecord) : [];
}

/** `2 changed, 1 added, 0 removed`, comparing what the widget would show, plus the notes. */
function countChanges(before: Directory, beforeRaw: Record<string, unknown>, after: Directory, afterRaw: readonly Record<string, unknown>[]): string {
  const notes = new Map(rawServices(beforeRaw).map((service) => [service.id, service.notes]));
  const old = new Map(before.services.map((service) => [service.id, stableJson({ ...service, notes: notes.get(service.id) })]));
  let changed = 0;
  let added = 0;
  after.services.forEach((service, index) => {
    const previous = old.get(service.id);
    if (previous === undefined) added++;
    else if (previous !== stableJson({ ...service, notes: afterRaw[index]?.notes })) changed++;
  });
  const kept = new Set(after.services.map((service) => service.id));
  const removed = before.services.filter((service) => !kept.has(service.id)).length;
  return `${changed} changed, ${added} added, ${removed} removed`;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    isRecord(item) ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]])) : item,
  );
}

/** Prints every problem, e.g. `servizi.csv row 14 (questura-matera), column lat: "140,7" is …`. */
function reject(file: string, problems: readonly RowProblem[]): number {
  const sorted = [...problems].sort((a, b) => a.row - b.row || columnRank(a.column) - columnRank(b.column));
  for (const problem of sorted) {
    const id = problem.id === undefined ? '' : ` (${problem.id})`;
    const column = problem.column === undefined ? '' : `, column ${problem.column}`;
    console.error(`${file} row ${problem.row}${id}${column}: ${problem.message}`);
  }
  const rows = new Set(sorted.map((problem) => problem.row)).size;
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  console.error(`${file}: ${count} in ${rows === 1 ? '1 row' : `${rows} rows`}; nothing was written. Correct the spreadsheet, save it as CSV again and re-run the import.`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
