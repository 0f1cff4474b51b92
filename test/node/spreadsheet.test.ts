/**
 * The spreadsheet tools end to end: the compiled CLIs (build/scripts/data/) run with
 * child_process against files in a temporary folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateDirectory } from '../../src/data/validate.js';
import { formatCsv, parseCsv } from '../../scripts/data/csv.js';
import { headerFor } from '../../scripts/data/spreadsheet.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/data');
const MATERA = join(ROOT, 'data/matera.json');
const EVERY_FIELD = join(FIXTURES, 'every-field.json');
const folders: string[] = [];

after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A new empty folder, removed after the tests. */
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'prossima-sheet-'));
  folders.push(path);
  return path;
}

/** Runs a data tool from `cwd`, as `npm run` would (paths in messages are relative to it). */
function run(tool: 'import' | 'export', args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, `build/scripts/data/${tool}.js`), ...args], {
    cwd,
    env: { ...process.env, INIT_CWD: cwd },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The summary line; warnings for the maintainer may follow it. */
function firstLine(output: string): string {
  return output.slice(0, output.indexOf('\n') + 1);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function serviceCount(path: string): number {
  return (readJson(path) as { services: unknown[] }).services.length;
}

describe('export then import', () => {
  for (const [name, source] of [['data/matera.json', MATERA], ['a directory using every field', EVERY_FIELD]] as const) {
    it(`gives back ${name} unchanged`, () => {
      const dir = folder();
      const exported = run('export', ['servizi.csv', '--from', source], dir);
      assert.equal(exported.status, 0, exported.stderr);
      const count = serviceCount(source);
      assert.equal(exported.stdout, `servizi.csv: ${count} services written from ${source}; open it in Excel, LibreOffice or Google Sheets\n`);
      const imported = run('import', ['servizi.csv', '--base', source, '--out', 'out.json'], dir);
      assert.equal(imported.status, 0, imported.stderr);
      assert.equal(firstLine(imported.stdout), `out.json: ${count} services written (0 changed, 0 added, 0 removed)\n`);
      assert.deepEqual(readJson(join(dir, 'out.json')), readJson(source));
    });
  }

  it('writes ; CSV with a byte order mark, CR LF, decimal commas, sì/no and a column per language', () => {
    const dir = folder();
    run('export', ['servizi.csv', '--from', EVERY_FIELD], dir);
    const text = readFileSync(join(dir, 'servizi.csv'), 'utf8');
    assert.ok(text.startsWith('\uFEFFid;category;name_it;name_en;name_fr;municipality;address_it;'));
    assert.ok(text.includes('\r\nambulatorio-salute-per-tutti;health;"Ambulatorio ""Salute per tutti""";'));
    assert.ok(text.includes(';40,6664;16,6043;address;0835 123456 | +39 333 1234567 (WhatsApp, solo messaggi);'));
    assert.ok(text.includes(';"lun, mer, ven 09:00-13:00; mar, gio 09:00-13:00, 15:00-18:00; sab 08:30-12:30";'));
    assert.ok(text.includes(';sì;needed;'));
    // A cell starting with + would be read as a formula: it gets a ' (taken off again on import).
    assert.ok(text.includes(";0835 123456 | +39 333 1234567 (WhatsApp, solo messaggi);'+39 333 1234567 (solo messaggi);info@example.org;"));
    assert.ok(text.includes(';"2026-08-10..2026-08-21 Ferie estive [en: Summer holidays]; 2026-12-24; 2027-01-07 Inventario";no;'));
    assert.ok(text.includes(';2026-11-02 Chiuso per sciopero (assemblea, 2 novembre);sì;'));
    assert.ok(text.endsWith(';-0,5;16;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;\r\n'));
  });

  it('keeps the meaning even when the base has none of the services (texts by language, sources, hours)', () => {
    const dir = folder();
    const base = { ...(readJson(EVERY_FIELD) as object), services: [] };
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
    run('export', ['servizi.csv', '--from', EVERY_FIELD], dir);
    const imported = run('import', ['servizi.csv', '--base', 'base.json', '--out', 'out.json'], dir);
    assert.equal(firstLine(imported.stdout), 'out.json: 3 services written (0 changed, 3 added, 0 removed)\n');
    assert.deepEqual(validateDirectory(readJson(join(dir, 'out.json'))), validateDirectory(readJson(EVERY_FIELD)));
  });
  it("keeps the directory's own closures, emergency numbers and publisher, which the sheet does not hold", () => {
    const dir = folder();
    const base: Record<string, unknown> = {
      ...(readJson(EVERY_FIELD) as Record<string, unknown>),
      closures: [
        { from: '2027-07-02', municipality: 'Matera', note: { it: 'Festa patronale', en: "Patron saint's day" } },
        { from: '2027-13-01', note: 'left out by the widget, kept by the import' },
      ],
      emergency: [{ phone: '1522', name: { it: 'Antiviolenza e stalking' } }],
    };
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
    run('export', ['servizi.csv', '--from', 'base.json'], dir);
    const read = parseCsv(readFileSync(join(dir, 'servizi.csv'), 'utf8'));
    assert.ok(read.ok);
    const [header = [], first = [], ...rest] = read.rows;
    first[header.indexOf('phone')] = '0835 999999';
    writeFileSync(join(dir, 'servizi.csv'), formatCsv([header, first, ...rest]));
    const imported = run('import', ['servizi.csv', '--base', 'base.json', '--out', 'out.json'], dir);
    assert.equal(firstLine(imported.stdout), 'out.json: 3 services written (1 changed, 0 added, 0 removed)\n');
    const out = readJson(join(dir, 'out.json')) as Record<string, unknown>;
    assert.deepEqual([out.publisher, out.closures, out.emergency, out.updated], [base.publisher, base.closures, base.emergency, base.updated]);
    assert.ok(
      imported.stdout.includes('out.json: warning: closures[1]: from "2027-13-01" is not a date written YYYY-MM-DD'),
      imported.stdout,
    );
  });
});

describe('import', () => {
  it('a write that fails says why in one sentence, leaves the old file whole and no temporary file (issue 17)', () => {
    const dir = folder();
    run('export', ['servizi.csv', '--from', EVERY_FIELD], dir);
    const imported = run('import', ['servizi.csv', '--base', EVERY_FIELD, '--out', 'missing-folder/out.json'], dir);
    assert.equal(imported.status, 1);
    assert.equal(imported.stderr, 'missing-folder/out.json: cannot write the file (the folder does not exist); the file that was there is unchanged\n');
    assert.ok(!imported.stderr.includes('    at '), 'no stack trace');
    assert.deepEqual(readdirSync(dir).filter((name) => name.includes('.tmp-')), []);
  });

  it('refuses a UTF-8 spreadsheet with a stray Windows-1252 byte, naming the line, and writes nothing (issue 17)', () => {
    const dir = folder();
    run('export', ['servizi.csv', '--from', EVERY_FIELD], dir);
    const bytes = readFileSync(join(dir, 'servizi.csv'));
    // One "é" saved as Windows-1252 (0xE9) in the last line of a UTF-8 file.
    writeFileSync(join(dir, 'servizi.csv'), Buffer.concat([bytes, Buffer.from([0x70, 0x65, 0x72, 0x63, 0x68, 0xe9, 0x0d, 0x0a])]));
    const imported = run('import', ['servizi.csv', '--base', EVERY_FIELD, '--out', 'out.json'], dir);
    assert.equal(imported.status, 1);
    assert.match(imported.stderr, /^servizi\.csv: line \d+ holds a byte that is not UTF-8 \(0xE9\) while other lines are UTF-8.*CSV UTF-8.*\. Nothing was written\.\n$/s);
    assert.equal(existsSync(join(dir, 'out.json')), false);
  });

  for (const file of ['servizi-excel.csv', 'servizi-google.csv']) {
    it(`reads ${file} into the same directory as every-field.json`, () => {
      const dir = folder();
      copyFileSync(join(FIXTURES, file), join(dir, file));
      const imported = run('import', [file, '--base', EVERY_FIELD, '--out', 'out.json'], dir);
      assert.equal(imported.stderr, '');
      assert.equal(firstLine(imported.stdout), 'out.json: 3 services written (0 changed, 0 added, 0 removed)\n');
      assert.deepEqual(readJson(join(dir, 'out.json')), readJson(EVERY_FIELD));
    });
  }

  it('writes nothing when rows are broken, and says what is wrong in each', () => {
    const dir = folder();
    copyFileSync(join(FIXTURES, 'servizi-broken.csv'), join(dir, 'servizi.csv'));
    copyFileSync(EVERY_FIELD, join(dir, 'out.json'));
    const before = readFileSync(join(dir, 'out.json'));
    const imported = run('import', ['servizi.csv', '--base', EVERY_FIELD, '--out', 'out.json'], dir);
    assert.equal(imported.status, 1);
    assert.equal(imported.stdout, '');
    assert.deepEqual(imported.stderr.split('\n'), [
      'servizi.csv row 2 (ambulatorio-salute-per-tutti), column closures: cannot read "24 dicembre": a closure starts with its first day shut, written 2026-12-24 or 24/12/2026; write closures like "2026-08-10..2026-08-21 ferie estive; 2026-12-24"',
      'servizi.csv row 3 (questura-matera), column lat: "140,7" is outside -90…90 — were lat and lon swapped?',
      'servizi.csv row 3 (questura-matera), column closures: cannot read "2026-08-21..2026-08-10": the last day shut (2026-08-10) is before the first (2026-08-21); write the first day, then the last: 2026-08-10..2026-08-21',
      'servizi.csv row 4 (sportello-pisticci), column hours: cannot read "lun-ven dalle nove": "nove" is not a day or a time; write days and times like "lun-ven 9-13, 15-18"; other remarks go in hours_note_it',
      'servizi.csv row 4 (sportello-pisticci), column open_on_holidays: "a volte" is not a yes or no; write sì or no, or leave the cell empty when it is not known',
      'servizi.csv row 4 (sportello-pisticci), column free: "forse" is not a yes or no; write sì or no, or leave the cell empty when it is not known',
      'servizi.csv row 5 (centro-ascolto), column category: "helth" is not one of the categories (health, immigration, work)',
      'servizi.csv row 5 (centro-ascolto), column languages: "italiano" is not a language code; use codes like "it", "en", "fr", "ar"',
      'servizi.csv row 6 (ambulatorio-salute-per-tutti), column id: "ambulatorio-salute-per-tutti" is already the id of row 2; give each service its own id',
      'servizi.csv row 7 (Sportello Donne), column id: "Sportello Donne" may use only a-z, 0-9 and "-" (e.g. "sportello-donne")',
      'servizi.csv row 7 (Sportello Donne), column name_it: the cell is empty; every service needs a name: write it here',
      'servizi.csv row 7 (Sportello Donne), column verified: "31/02/2026" is not a real date; write it like 2025-09-10 or 10/09/2025',
      'servizi.csv row 8 (casa-accoglienza), column lat: "40.66.1" is not a number; write it with one decimal comma or point, e.g. 40,6664',
      'servizi.csv row 8 (casa-accoglienza), column closures: "31/02/2026" is not a real date; write it like 2026-08-10 or 10/08/2026',
      'servizi.csv row 8 (casa-accoglienza), column audience: "donne" must be one of "everyone", "women", "minors", "unaccompanied-minors", "families", "workers", "students", "asylum-seekers", "refugees", "older-people", "victims-of-violence"',
      'servizi.csv row 10 (lavoro-minimo): there is a value in column BJ, which has no name in row 1: "Vedi sopra"; move it into the right column or delete it; if the file was edited as text, put each cell that holds a ; or , in double quotes, e.g. "2026-08-10..2026-08-21 ferie; 2026-12-24"',
      'servizi.csv: 16 problems in 8 rows; nothing was written. Correct the spreadsheet, save it as CSV again and re-run the import.',
      '',
    ]);
    assert.deepEqual(readFileSync(join(dir, 'out.json')), before);
  });

  it('writes a valid edit but warns at once when lat and lon look swapped', () => {
    const dir = folder();
    run('export', ['servizi.csv', '--from', MATERA], dir);
    const read = parseCsv(readFileSync(join(dir, 'servizi.csv'), 'utf8'));
    assert.ok(read.ok);
    const [header = [], ...rows] = read.rows;
    const row = rows.find((r) => r[header.indexOf('id')] === 'cpi-policoro')!;
    row[header.indexOf('lat')] = '16,6781';
    row[header.indexOf('lon')] = '40,2125';
    writeFileSync(join(dir, 'servizi.csv'), formatCsv([header, ...rows]));
    const imported = run('import', ['servizi.csv', '--out', 'out.json'], dir);
    assert.equal(imported.status, 0);
    const lines = imported.stdout.split('\n');
    assert.equal(lines[0], 'out.json: 73 services written (1 changed, 0 added, 0 removed)');
    assert.ok(
      lines.some((line) => line.startsWith('out.json: warning: services[') && line.includes('cpi-policoro: lat 16.6781, lon 40.2125 is outside the province') && line.endsWith('were lat and lon swapped?')),
      imported.stdout,
    );
    assert.match(lines.at(-2) ?? '', /^out\.json: \d+ warnings in all; `npm run data:check -- out\.json` lists every one$/);
  });

  it('counts the services changed, added and removed after an edit in the spreadsheet', () => {
    const dir = folder();
    run('export', ['servizi.csv', '--from', EVERY_FIELD], dir);
    const read = parseCsv(readFileSync(join(dir, 'servizi.csv'), 'utf8'));
    assert.ok(read.ok);
    const [header = [], first = [], , third = []] = read.rows;
    first[header.indexOf('phone')] = '0835 999999';
    first[header.indexOf('hours')] = 'lun-ven 9-12';
    const added = [...third];
    added[header.indexOf('id')] = 'nuovo-servizio';
    writeFileSync(join(dir, 'servizi.csv'), formatCsv([header, first, third, added]));
    const dry = run('import', ['servizi.csv', '--base', EVERY_FIELD, '--out', 'out.json', '--dry-run'], dir);
    assert.equal(firstLine(dry.stdout), 'servizi.csv: 3 services (1 changed, 1 added, 1 removed) are valid; nothing written (--dry-run)\n');
    assert.equal(existsSync(join(dir, 'out.json')), false);
    const imported = run('import', ['servizi.csv', '--base', EVERY_FIELD, '--out', 'out.json'], dir);
    assert.equal(firstLine(imported.stdout), 'out.json: 3 services written (1 changed, 1 added, 1 removed)\n');
    const [service] = (readJson(join(dir, 'out.json')) as { services: Record<string, unknown>[] }).services;
    assert.deepEqual(service?.phone, ['0835 999999']);
    assert.deepEqual(service?.hours, [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' }]);
  });

  it('reads WhatsApp numbers, closures and "open on holidays" typed by hand, and warns about a number WhatsApp cannot reach', () => {
    const dir = folder();
    run('export', ['servizi.csv', '--from', EVERY_FIELD], dir);
    const read = parseCsv(readFileSync(join(dir, 'servizi.csv'), 'utf8'));
    assert.ok(read.ok);
    const [header = [], first = [], second = [], third = []] = read.rows;
    third[header.indexOf('whatsapp')] = '+39 320 1112233 | 0835 111222 (solo messaggi)';
    third[header.indexOf('closures')] = '10/08/2026 - 21/08/2026 ferie estive [en: summer holidays]\n24/12/2026';
    third[header.indexOf('open_on_holidays')] = 'Sì';
    first[header.indexOf('closures')] = first[header.indexOf('closures')]!.replace('Ferie estive', "Ferie d'estate");
    writeFileSync(join(dir, 'servizi.csv'), formatCsv([header, first, second, third]));
    const imported = run('import', ['servizi.csv', '--base', EVERY_FIELD, '--out', 'out.json'], dir);
    assert.equal(imported.stderr, '');
    assert.equal(firstLine(imported.stdout), 'out.json: 3 services written (2 changed, 0 added, 0 removed)\n');
    const [clinic, , added] = (readJson(join(dir, 'out.json')) as { services: Record<string, unknown>[] }).services;
    assert.deepEqual(added, {
      id: 'lavoro-minimo',
      name: "Centro per l'impiego",
      category: 'work',
      lat: -0.5,
      lon: 16,
      whatsapp: ['+39 320 1112233', '0835 111222 (solo messaggi)'],
      closures: [{ from: '2026-08-10', to: '2026-08-21', note: { it: 'ferie estive', en: 'summer holidays' } }, { from: '2026-12-24' }],
      openOnHolidays: true,
    });
    assert.deepEqual(Object.keys(added!), ['id', 'name', 'category', 'lat', 'lon', 'whatsapp', 'closures', 'openOnHolidays']);
    assert.deepEqual(clinic?.closures, [
      { from: '2026-08-10', to: '2026-08-21', note: { it: "Ferie d'estate", en: 'Summer holidays' } },
      { from: '2026-12-24', to: '2026-12-24' },
      { from: '2027-01-07', note: { it: 'Inventario' } },
    ]);
    assert.ok(
      imported.stdout.includes('out.json: warning: services[2] lavoro-minimo: whatsapp "0835 111222 (solo messaggi)" cannot be turned into a WhatsApp link'),
      imported.stdout,
    );
  });

  it('names the columns an older spreadsheet lacks (whatsapp, closures, open_on_holidays)', () => {
    const dir = folder();
    run('export', ['servizi.csv', '--from', EVERY_FIELD], dir);
    const read = parseCsv(readFileSync(join(dir, 'servizi.csv'), 'utf8'));
    assert.ok(read.ok);
    const newer = ['whatsapp', 'closures', 'open_on_holidays'].map((column) => read.rows[0]!.indexOf(column));
    writeFileSync(join(dir, 'servizi.csv'), formatCsv(read.rows.map((row) => row.filter((_, position) => !newer.includes(position)))));
    const imported = run('import', ['servizi.csv', '--base', EVERY_FIELD, '--out', 'out.json'], dir);
    assert.equal(imported.status, 1);
    assert.equal(
      imported.stderr.split('\n')[0],
      'servizi.csv row 1: the columns whatsapp, closures, open_on_holidays are missing (without a column, its field would be emptied in every service); add them back, even empty, or export a fresh spreadsheet with npm run data:export',
    );
  });

  it('stops at a quote that is never closed', () => {
    const dir = folder();
    writeFileSync(join(dir, 'servizi.csv'), 'id;name_it\r\nx;"Sportello\r\n');
    const imported = run('import', ['servizi.csv', '--base', EVERY_FIELD, '--out', 'out.json'], dir);
    assert.equal(imported.status, 1);
    assert.equal(
      imported.stderr,
      'servizi.csv row 2: a quote (") opens a cell that is never closed: "Sportello; add the closing quote, or remove the opening one\n' +
        'servizi.csv: 1 problem in 1 row; nothing was written. Correct the spreadsheet, save it as CSV again and re-run the import.\n',
    );
  });

  it('names unknown and missing columns', () => {
    const dir = folder();
    run('export', ['servizi.csv', '--from', EVERY_FIELD], dir);
    const text = readFileSync(join(dir, 'servizi.csv'), 'utf8').replace(';hours;', ';orari;').replace(';name_fr;', ';');
    writeFileSync(join(dir, 'servizi.csv'), text);
    const imported = run('import', ['servizi.csv', '--base', EVERY_FIELD, '--out', 'out.json'], dir);
    assert.equal(imported.status, 1);
    assert.equal(
      imported.stderr,
      'servizi.csv row 1, column orari: "orari" (column P) is not a column of the directory; correct its name (see docs/spreadsheet.md) or delete the column\n' +
        'servizi.csv row 1: the columns name_fr, hours are missing (without a column, its field would be emptied in every service); add them back, even empty, or export a fresh spreadsheet with npm run data:export\n' +
        'servizi.csv: 2 problems in 1 row; nothing was written. Correct the spreadsheet, save it as CSV again and re-run the import.\n',
    );
  });

  it('refuses an empty file and a file with no services', () => {
    const dir = folder();
    writeFileSync(join(dir, 'empty.csv'), '\uFEFF\r\n');
    writeFileSync(join(dir, 'header.csv'), formatCsv([headerFor(['it', 'en', 'fr'])]));
    const trailer = '; nothing was written. Correct the spreadsheet, save it as CSV again and re-run the import.\n';
    assert.equal(
      run('import', ['empty.csv', '--base', EVERY_FIELD, '--out', 'out.json'], dir).stderr,
      'empty.csv row 1: row 1 must hold the column names (id, category, name_it, …) but it is empty; export a fresh spreadsheet with npm run data:export and start from it\n' +
        `empty.csv: 1 problem in 1 row${trailer}`,
    );
    assert.equal(
      run('import', ['header.csv', '--base', EVERY_FIELD, '--out', 'out.json'], dir).stderr,
      'header.csv row 2: the spreadsheet has no services; was it saved from the right sheet? (to remove every service, edit the JSON file instead)\n' +
        `header.csv: 1 problem in 1 row${trailer}`,
    );
    assert.equal(existsSync(join(dir, 'out.json')), false);
  });

  it('reads a file saved as Windows-1252 by an older Excel', () => {
    const dir = folder();
    const header = headerFor(['it']);
    const row = header.map((column) => ({ id: 'sportello', category: 'work', name_it: 'Città di Matera – Sportello', lat: '40,66', lon: '16,6' })[column] ?? '');
    const bytes = Buffer.from(formatCsv([header, row], { bom: false }), 'latin1');
    bytes[bytes.indexOf(0x13)] = 0x96; // the en dash, as Windows-1252 writes it
    writeFileSync(join(dir, 'servizi.csv'), bytes);
    const base = { version: 1, categories: [{ id: 'work', name: 'Lavoro' }], services: [] };
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
    const imported = run('import', ['servizi.csv', '--base', 'base.json', '--out', 'out.json'], dir);
    assert.equal(imported.stderr, '');
    assert.deepEqual((readJson(join(dir, 'out.json')) as { services: unknown[] }).services, [
      { id: 'sportello', category: 'work', name: 'Città di Matera – Sportello', lat: 40.66, lon: 16.6 },
    ]);
  });

  it('explains how to call it', () => {
    const dir = folder();
    assert.match(run('import', ['--help'], dir).stdout, /^Usage: npm run data:import -- FILE\.csv/);
    assert.deepEqual(run('import', [], dir), {
      status: 1,
      stdout: '',
      stderr: 'give the spreadsheet file to import, e.g. npm run data:import -- servizi.csv\nRun npm run data:import -- --help for help.\n',
    });
    assert.equal(
      run('import', ['servizi.xlsx'], dir).stderr,
      'servizi.xlsx is not a CSV file: in your spreadsheet choose File > Save as (or Download) > CSV, then import that file\nRun npm run data:import -- --help for help.\n',
    );
  });
});

describe('export', () => {
  it('refuses a directory that is not valid, and writes nothing', () => {
    const dir = folder();
    const broken = readJson(EVERY_FIELD) as { services: Record<string, unknown>[] };
    broken.services[1] = { ...broken.services[1], lat: 140.7, lon: 16.6 };
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    const exported = run('export', ['servizi.csv', '--from', 'broken.json'], dir);
    assert.equal(exported.status, 1);
    assert.equal(
      exported.stderr,
      'broken.json: service 2 (sportello-notturno-policoro): lat 140.7 is outside -90…90 — were lat and lon swapped?\n' +
        'broken.json: 1 entry is not valid, so nothing was exported (a spreadsheet without them would lose them on import). Correct the file, then export again.\n',
    );
    assert.equal(existsSync(join(dir, 'servizi.csv')), false);
  });

  it('refuses closures whose note the closures cell cannot hold, and writes nothing', () => {
    const dir = folder();
    const directory = readJson(EVERY_FIELD) as { services: Record<string, unknown>[] };
    directory.services[1] = { ...directory.services[1], closures: [{ from: '2026-11-02', note: 'Sciopero; riapre il 3' }] };
    writeFileSync(join(dir, 'closures.json'), JSON.stringify(directory));
    const exported = run('export', ['servizi.csv', '--from', 'closures.json'], dir);
    assert.equal(exported.status, 1);
    assert.equal(
      exported.stderr,
      'closures.json: service 2 (sportello-notturno-policoro): closures[0].note "Sciopero; riapre il 3" holds a ";", which the spreadsheet\'s closures column keeps for separating closures (; and line breaks) and for other languages ([en: …]); write the note without it (a comma, round brackets), then export again\n' +
        'closures.json: 1 service has closures the spreadsheet cannot hold, so nothing was exported (they would change on import). Correct the file, then export again.\n',
    );
    assert.equal(existsSync(join(dir, 'servizi.csv')), false);
  });

  it('refuses a file that is not JSON', () => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.json'), '{"version": 1,');
    const exported = run('export', ['servizi.csv', '--from', 'broken.json'], dir);
    assert.equal(exported.status, 1);
    assert.match(exported.stderr, /^broken\.json:1:\d+: not valid JSON: .*\nNothing was exported\.\n$/);
  });
});
