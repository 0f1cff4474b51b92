/**
 * `npm run data:check -- [FILE] [--today YYYY-MM-DD] [--quiet]`: checks a directory file and prints one line
 * per finding (errors, then warnings), a summary line, then the "reachability" summary (how many
 * services can be called, written to, visited, found open). Exits 1 when there is any error.
 */
import { parseArgs } from 'node:util';
import { checkDirectory, findingLine as line, isDate, WARNING_KINDS, type CheckResult, type WarningKind } from './checks.js';
import { DEFAULT_DIRECTORY, localToday, readComuni, readJsonFile, readKeyOffices, shownPath, userPath } from './io.js';
import { reachability, reachabilityLines } from './reachability.js';
import { validateDirectory } from '../../src/data/validate.js';
import { sourceLocale, targetLocales } from '../../src/generated/locale-codes.js';

const USAGE = `Usage: npm run data:check -- [FILE] [--today YYYY-MM-DD] [--quiet]

Checks a directory file (by default the built-in one, data/matera.json) and prints one line for
each thing to look at:
  error:    the widget cannot use this entry and leaves it out of the map; fix it
  warning:  a person should look (facts not checked for 12 months, missing translations, a
            place outside the province, a possible duplicate, a directory closure or emergency
            number the widget leaves out without a word...)
then a summary line, then "reachability": how many services a person can call, write to, visit
or find open, against the built-in directory's targets, the key offices (data/key-offices.json)
and the "what they do for you" texts missing or not yet reviewed in each language.
Exits with 1 when there is any error, 0 otherwise.

  FILE                the directory file to check, e.g. data/matera.json
  --today YYYY-MM-DD  count the 12 months for "verified" and for closures back from this day,
                      not from today
  --quiet             print only the errors and the summary line (as npm test does)
  --help              show this help`;

/** How each kind of warning is counted in the summary line: [one, many]. */
const WARNING_LABELS: Record<WarningKind, readonly [string, string]> = {
  'not-verified': ['not verified in the last 12 months', 'not verified in the last 12 months'],
  'missing-translation': ['missing translation', 'missing translations'],
  'outside-province': ['outside the province', 'outside the province'],
  'unknown-municipality': ['unknown municipality', 'unknown municipalities'],
  'near-duplicate': ['possible duplicate', 'possible duplicates'],
  'plain-text-contact': ['contact shown as plain text', 'contacts shown as plain text'],
  closed: ['closed service', 'closed services'],
  'low-contrast': ['colour with low contrast', 'colours with low contrast'],
  'no-whatsapp-link': ['WhatsApp number without a link', 'WhatsApp numbers without a link'],
  'left-out': ['closure or emergency number left out', 'closures or emergency numbers left out'],
  'past-closure': ['closure ended over a year ago', 'closures ended over a year ago'],
  'unknown-need': ['unknown need id', 'unknown need ids'],
  'shared-point': ['point shared by different addresses', 'points shared by different addresses'],
};

process.exitCode = main(process.argv.slice(2));

function main(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { today: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    // Node's own wording, without its advice on `--` (first sentence only): "Unknown option '--x'".
    return usageError((error instanceof Error ? error.message : String(error)).split('. ')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) return usageError(`give one file to check, not ${positionals.length}`);
  const today = values.today ?? localToday();
  if (!isDate(today)) return usageError(`--today ${JSON.stringify(today)} is not a date written YYYY-MM-DD, e.g. 2026-03-01`);

  const path = positionals[0] === undefined ? DEFAULT_DIRECTORY : userPath(positionals[0]);
  const shown = shownPath(path);
  const comuni = readComuni();
  if (typeof comuni === 'string') return fatal(shown, comuni);
  const read = readJsonFile(path);
  if (!read.ok) return fatal(shown, read.message);

  const result = checkDirectory(read.value, { today, comuni });
  for (const finding of result.errors) console.log(line(shown, 'error', finding));
  if (!values.quiet) for (const finding of result.warnings) console.log(line(shown, 'warning', finding));
  console.log(`${shown}: ${summaryLine(result)}`);
  const valid = validateDirectory(read.value);
  if (valid.ok && !values.quiet) {
    // The key offices are the built-in directory's (data/key-offices.json); another file gets the rest.
    const keys = path === DEFAULT_DIRECTORY ? readKeyOffices() : [];
    for (const text of reachabilityLines(reachability(valid.directory, keys, [sourceLocale, ...targetLocales]))) console.log(text);
  }
  return result.errors.length > 0 ? 1 : 0;
}

function summaryLine({ errors, warnings, summary }: CheckResult): string {
  const counts = `${count(errors.length, 'error', 'errors')}, ${count(warnings.length, 'warning', 'warnings')}`;
  if (!summary.usable) return `the directory cannot be used — ${counts}`;
  const leftOut = summary.leftOut > 0 ? ' (the map leaves out each entry with an error until it is fixed)' : '';
  const kinds = WARNING_KINDS.filter((kind) => summary.warnings[kind] > 0).map((kind) =>
    count(summary.warnings[kind], ...WARNING_LABELS[kind]),
  );
  const byKind = kinds.length > 0 ? ` (${kinds.join(', ')})` : '';
  const entries = `${count(summary.services, 'service', 'services')}, ${count(summary.categories, 'category', 'categories')}`;
  return `${entries} — ${count(errors.length, 'error', 'errors')}${leftOut}, ${count(warnings.length, 'warning', 'warnings')}${byKind}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A problem that stops the check: the file (or the list of comuni) cannot be read. */
function fatal(shown: string, message: string): number {
  console.log(`error: ${message}`);
  console.log(`${shown}: not checked — 1 error`);
  return 1;
}

function usageError(message: string): number {
  console.error(`error: ${message}\n\n${USAGE}`);
  return 2;
}
