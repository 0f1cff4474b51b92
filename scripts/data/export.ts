/**
 * `npm run data:export -- FILE.csv [--from data/matera.json]`
 *
 * Writes the directory's services as a spreadsheet (docs/spreadsheet.md): CSV with `;`, decimal
 * commas, UTF-8 with a byte order mark and CR LF, which Excel and LibreOffice open directly in
 * Italy and Google Sheets imports. Refuses a directory that is not valid. Exit code 0 or 1.
 */
import { parseArgs } from 'node:util';
import { isRecord } from '../../src/data/fields.js';
import { validateDirectory } from '../../src/data/validate.js';
import { closuresCellProblem } from './closures-text.js';
import { formatCsv } from './csv.js';
import { DEFAULT_DIRECTORY, fail, readJsonFile, shownPath, usageError, userPath, writeFileAtomic, writeProblem } from './io.js';
import { servicesToRows } from './spreadsheet.js';

const USAGE = `Usage: npm run data:export -- FILE.csv [--from data/matera.json]

Writes the services of a directory as a spreadsheet file (CSV) to open in Excel, LibreOffice or
Google Sheets. Edit it there, save it as CSV, and bring it back with npm run data:import.
The columns are explained in docs/spreadsheet.md.

  FILE.csv       the spreadsheet file to write (replaced if it exists)
  --from FILE    the directory to export (default: data/matera.json)
  --help         show this help`;

function main(argv: readonly string[]): number {
  let options;
  try {
    options = parseArgs({ args: [...argv], allowPositionals: true, options: { from: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    return usageError('export', error instanceof Error ? error.message : String(error));
  }
  if (options.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = options.positionals;
  if (file === undefined) return usageError('export', 'give the spreadsheet file to write, e.g. npm run data:export -- servizi.csv');
  if (extra.length > 0) return usageError('export', `give one spreadsheet file, not ${options.positionals.length}`);
  if (!/\.(csv|txt)$/i.test(file)) return usageError('export', `${file}: the spreadsheet file name should end in .csv, e.g. servizi.csv`);
  const fromPath = options.values.from === undefined ? DEFAULT_DIRECTORY : userPath(options.values.from);
  const from = shownPath(fromPath);

  const read = readJsonFile(fromPath);
  if (!read.ok) return fail(`${read.message}\nNothing was exported.`);
  const result = validateDirectory(read.value);
  if (!result.ok) return fail(`${from}: ${result.message}\nNothing was exported.`);
  if (result.rejected.length > 0) {
    for (const rejection of result.rejected) {
      const which = `${rejection.kind} ${rejection.index + 1}${rejection.id === undefined ? '' : ` (${rejection.id})`}`;
      console.error(`${from}: ${which}: ${rejection.message}`);
    }
    const count = result.rejected.length === 1 ? '1 entry is' : `${result.rejected.length} entries are`;
    return fail(`${from}: ${count} not valid, so nothing was exported (a spreadsheet without them would lose them on import). Correct the file, then export again.`);
  }
  const unwritable = result.directory.services.flatMap((service, index) => {
    const problem = closuresCellProblem(service.closures);
    return problem === undefined ? [] : [`${from}: service ${index + 1} (${service.id}): ${problem}`];
  });
  if (unwritable.length > 0) {
    unwritable.forEach((line) => console.error(line));
    const count = unwritable.length === 1 ? '1 service has' : `${unwritable.length} services have`;
    return fail(`${from}: ${count} closures the spreadsheet cannot hold, so nothing was exported (they would change on import). Correct the file, then export again.`);
  }

  const raw = isRecord(read.value) && Array.isArray(read.value.services) ? read.value.services : [];
  const services = result.directory.services.map((service, index) => {
    const entry: unknown = raw[index];
    const notes = isRecord(entry) && typeof entry.notes === 'string' && entry.notes.trim() !== '' ? entry.notes : undefined;
    return notes === undefined ? service : { ...service, notes };
  });
  const outPath = userPath(file);
  try {
    writeFileAtomic(outPath, formatCsv(servicesToRows({ services })));
  } catch (error) {
    return fail(writeProblem(outPath, error));
  }
  console.log(`${shownPath(outPath)}: ${services.length} services written from ${from}; open it in Excel, LibreOffice or Google Sheets`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
