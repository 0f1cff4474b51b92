import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkDirectory } from '../../scripts/data/checks.js';

/** The project's root folder (this file runs from build/test/node/). */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = resolve(ROOT, 'build/scripts/data/check.js');
const TODAY = '2026-03-01';
const COMUNI = [
  { name: 'Matera', lat: 40.6664, lon: 16.6044 },
  { name: 'Policoro', lat: 40.2125, lon: 16.6781 },
];

/**
 * Runs the compiled CLI from the project root, as `npm run data:check -- …args` would: `lines` are
 * the findings and the summary line, `reachability` the summary printed after them.
 */
function run(...args: string[]): { code: number | null; lines: string[]; reachability: string[]; stderr: string } {
  const child = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: ROOT },
    encoding: 'utf8',
  });
  const all = child.stdout.split('\n').filter((line) => line !== '');
  const at = all.indexOf('reachability:');
  return { code: child.status, lines: at < 0 ? all : all.slice(0, at), reachability: at < 0 ? [] : all.slice(at), stderr: child.stderr };
}

function fixture(name: string): string {
  return `test/fixtures/data/check-${name}.json`;
}

describe('data:check on files', () => {
  it('passes a valid directory without a finding', () => {
    const { code, lines } = run(fixture('valid'), '--today', TODAY);
    assert.deepEqual(lines, ['test/fixtures/data/check-valid.json: 3 services, 2 categories — 0 errors, 0 warnings']);
    assert.equal(code, 0);
  });

  it('then sums up how reachable the services are, against the targets, and the summaries by language', () => {
    const { reachability } = run(fixture('valid'), '--today', TODAY);
    assert.deepEqual(reachability.slice(0, 4), [
      'reachability:',
      '  2 of 3 services have a way to reach them (phone, e-mail, website or a street address); none for: guardia-medica-montalbano',
      '  2 of 3 have a phone or an e-mail (target 60: below target)',
      '  1 of 3 have opening hours or "by appointment" (target 40: below target)',
    ]);
    // A file other than the built-in directory has no key offices; the summary is missing in every language.
    assert.match(reachability[4], /^ {2}"what they do for you" \(summary\) by language, missing \/ not yet reviewed: it 3\/0, ar 3\/0, .*zh-CN 3\/0$/);
    assert.equal(reachability.length, 5);
  });

  it('--quiet prints only the errors and the summary line, as npm test runs it', () => {
    const { code, lines, reachability } = run(fixture('warnings'), '--today', TODAY, '--quiet');
    assert.equal(code, 0);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^test\/fixtures\/data\/check-warnings\.json: \d+ services, \d+ categories — 0 errors, \d+ warnings/);
    assert.deepEqual(reachability, []);
    const errors = run(fixture('errors'), '--today', TODAY, '--quiet');
    assert.equal(errors.code, 1);
    assert.ok(errors.lines.some((line) => line.includes(': error: ')), 'the errors are printed');
  });

  it('reports every kind of rejected entry as an error and exits 1', () => {
    const { code, lines } = run(fixture('errors'), '--today', TODAY);
    const at = 'test/fixtures/data/check-errors.json: error: ';
    assert.deepEqual(lines, [
      `${at}categories[1] "Work Office": id "Work Office" may use only a-z, 0-9 and "-" (e.g. "work-office")`,
      `${at}categories[2] health: name is missing or empty; write it as a text, e.g. "name": "…", or by language, e.g. {"it": "…", "en": "…"}`,
      `${at}services[0]: this service must be an object like {"id": "…", "name": "…"}, not "Questura di Matera"`,
      `${at}services[1] no-name: name is missing or empty; write it as a text, e.g. "name": "…", or by language, e.g. {"it": "…", "en": "…"}`,
      `${at}services[2] lat-in-quotes: lat "40.66" must be a number without quotes, e.g. 40.66`,
      `${at}services[3] "Sportello Stranieri": id "Sportello Stranieri" may use only a-z, 0-9 and "-" (e.g. "sportello-stranieri")`,
      `${at}services[5] prefettura-matera: duplicate id "prefettura-matera": the first entry with this id is kept`,
      `${at}services[6] cpi-matera: category "work" is not one of the categories (immigration)`,
      `${at}services[7] questura-matera: lat 140.7 is outside -90…90 — were lat and lon swapped?`,
      `${at}services[8] caritas-matera: verified "2025-13-01" is not a date written YYYY-MM-DD, e.g. "2025-09-10"`,
      `${at}services[9] mensa-matera: hours[0].opens "9" is not a time from "00:00" to "24:00"; write it HH:MM, e.g. "09:00"`,
      'test/fixtures/data/check-errors.json: 10 services, 3 categories — 11 errors (the map leaves out each entry with an error until it is fixed), 0 warnings',
    ]);
    assert.equal(code, 1);
  });

  it('reports a document the widget cannot use at all', () => {
    const { code, lines } = run(fixture('document'), '--today', TODAY);
    assert.deepEqual(lines, [
      'test/fixtures/data/check-document.json: error: the directory has no "services" list; add "services": [ … ]',
      'test/fixtures/data/check-document.json: the directory cannot be used — 1 error, 0 warnings',
    ]);
    assert.equal(code, 1);
  });

  it('reports every kind of warning and exits 0', () => {
    const { code, lines } = run(fixture('warnings'), '--today', TODAY);
    const at = 'test/fixtures/data/check-warnings.json: warning: ';
    const verify = 'check the facts with the office (address, phone, hours), then set "verified" to the day you checked, e.g. "verified": "2026-03-01"';
    const plain = 'so the widget shows it as plain text, not as a link';
    const duplicate = 'if they are the same service, keep one entry and delete the other; if not, make the names say how they differ';
    const comuni = 'is not one of the 31 comuni of the province';
    const closure = '— the widget leaves this closure out (the services stay open that day) until it is fixed';
    const number = '— the widget does not show this number until it is fixed';
    const example = '{"from": "2026-12-24", "to": "2027-01-06", "note": "…"}';
    const past = 'more than 12 months ago, so it no longer changes anything; delete it to keep the list of closures short';
    assert.deepEqual(lines, [
      `${at}categories[1] work: name has no French ("fr") text, so French readers see it in Italian; write it by language, e.g. "name": {"it": "…", "en": "…", "fr": "…"}`,
      `${at}closures[1]: this closure ended on 2025-01-06, ${past}`,
      `${at}closures[2]: from is missing; write the first day shut, e.g. ${example} ${closure}`,
      `${at}closures[3]: to "2026-08-10" is before from "2026-08-21"; "to" is the last day shut ${closure}`,
      `${at}closures[4]: municipality ["Matera"] must be a text in quotes ${closure}`,
      `${at}closures[5]: "2026-12-24" is not an entry like ${example} ${closure}`,
      `${at}emergency[1]: phone is missing; write the number to call, e.g. "phone": "1522" ${number}`,
      `${at}emergency[2]: phone 114 must be a text in quotes ${number}`,
      `${at}emergency[3]: name is missing or empty; write it as a text, e.g. "name": "…", or by language, e.g. {"it": "…", "en": "…"} ${number}`,
      `${at}services[0] old-check: verified 2025-02-28 is more than 12 months ago; ${verify}`,
      `${at}services[1] never-checked: verified is missing: nothing says when these facts were last checked; ${verify}`,
      `${at}services[2] no-english: description has no English ("en") or French ("fr") text, so those readers see it in Italian; write it by language, e.g. "description": {"it": "…", "en": "…", "fr": "…"}`,
      `${at}services[2] no-english: address has no English ("en") or French ("fr") text, so those readers see it in Italian; write it by language, e.g. "address": {"it": "…", "en": "…", "fr": "…"}`,
      `${at}services[2] no-english: hoursNote has no French ("fr") text, so French readers see it in Italian; write it by language, e.g. "hoursNote": {"it": "…", "en": "…", "fr": "…"}`,
      `${at}services[3] in-bari: lat 41.1171, lon 16.8719 is outside the province: the nearest comune, Matera, is 55 km away; find the office on a map (e.g. openstreetmap.org) and copy its lat and lon`,
      `${at}services[4] swapped: lat 16.6044, lon 40.6664 is outside the province: the nearest comune, Policoro, is 3497 km away; were lat and lon swapped?`,
      `${at}services[5] typo-comune: municipality "Policorro" ${comuni}; did you mean "Policoro"?`,
      `${at}services[6] short-comune: municipality "Montalbano" ${comuni}; did you mean "Montalbano Jonico"?`,
      `${at}services[7] frazione: municipality "Metaponto" ${comuni}; write the comune it belongs to (the nearest to its point is "Bernalda") and put a village or district in the address`,
      `${at}services[9] caritas-2: name "CARITAS" is the same as services[8] caritas-1, 70 m away; ${duplicate}`,
      `${at}services[11] sportello-pisticci-2: name "Sportello Immigrati" is the same as services[10] sportello-pisticci-1, at the same address; ${duplicate}`,
      `${at}services[12] bad-contacts: website "www.example.it" does not start with http:// or https://, ${plain}; write the full address, e.g. "https://www.example.it"`,
      `${at}services[12] bad-contacts: phone "0835 123456 int. 2" cannot be dialled, ${plain}; write one number per item, with only digits, spaces and + - . / ( ), and any note in brackets ( ) at the end, e.g. "0835 123456 (reception)"`,
      `${at}services[12] bad-contacts: email "info at example.it" is not a plain e-mail address, ${plain}; write one address per item, e.g. "info@example.it", and any note in brackets ( ) at the end`,
      `${at}services[12] bad-contacts: whatsapp "0835 123456" cannot be turned into a WhatsApp link, so the widget shows no WhatsApp button for it; write one number per item with its country code, e.g. "+39 0835 123456" (an Italian mobile may go without it: "320 1234567"), and any note in brackets ( ) at the end`,
      `${at}services[13] closed-office: closures[0] ended on 2024-08-21, ${past}`,
      `${at}services[13] closed-office: status is "closed": the widget still lists this service, shown as closed; if people no longer need to find it, delete the entry, otherwise say in "statusNote" where to go instead`,
      'test/fixtures/data/check-warnings.json: 14 services, 2 categories — 0 errors, 27 warnings (2 not verified in the last 12 months, 4 missing translations, 2 outside the province, 3 unknown municipalities, 2 possible duplicates, 3 contacts shown as plain text, 1 closed service, 1 WhatsApp number without a link, 7 closures or emergency numbers left out, 2 closures ended over a year ago)',
    ]);
    assert.equal(code, 0);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const { code, lines } = run(fixture('syntax'));
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^error: test\/fixtures\/data\/check-syntax\.json:5:17: not valid JSON: .*\(line 5: .*name.*\)\. Look for a missing comma/);
    assert.equal(lines[1], 'test/fixtures/data/check-syntax.json: not checked — 1 error');
    assert.equal(code, 1);
  });

  it('says when the file does not exist', () => {
    const { code, lines } = run('test/fixtures/data/check-nowhere.json');
    assert.deepEqual(lines, [
      'error: test/fixtures/data/check-nowhere.json: cannot read the file (no such file)',
      'test/fixtures/data/check-nowhere.json: not checked — 1 error',
    ]);
    assert.equal(code, 1);
  });

  it('finds no error in the real directory, and counts its warnings', (t) => {
    const { code, lines } = run('--today', TODAY);
    const summary = lines.at(-1) ?? '';
    const match = /^data\/matera\.json: \d+ services, \d+ categories — 0 errors, (\d+) warnings?\b/.exec(summary);
    assert.ok(match, summary);
    assert.deepEqual(lines.filter((line) => line.startsWith('data/matera.json: error:')), []);
    const warnings = lines.filter((line) => line.startsWith('data/matera.json: warning: '));
    assert.equal(warnings.length, Number(match[1]));
    assert.equal(warnings.length, lines.length - 1);
    t.diagnostic(summary);
    assert.equal(code, 0);
  });

  it('shows help, and refuses a --today that is not a date', () => {
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.match(help.lines[0], /^Usage: npm run data:check -- \[FILE\] \[--today YYYY-MM-DD\] \[--quiet\]$/);
    const bad = run(fixture('valid'), '--today', '2026-02-30');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^error: --today "2026-02-30" is not a date written YYYY-MM-DD/);
  });
});

describe('checkDirectory', () => {
  const directory = (services: unknown[]): unknown => ({
    version: 1,
    categories: [{ id: 'other', name: { it: 'Altro', en: 'Other' } }],
    services,
  });
  const service = (id: string, extra: object = {}): object => ({
    id,
    name: id,
    category: 'other',
    lat: 40.6664,
    lon: 16.6044,
    municipality: 'Matera',
    ...extra,
  });
  const codes = (raw: unknown, today = TODAY): string[] =>
    checkDirectory(raw, { today, comuni: COMUNI }).warnings.map((finding) => `${finding.entry} ${finding.code}`);

  it('counts 12 months back from today, 29 February included', () => {
    const raw = directory([service('a', { verified: '2025-03-01' }), service('b', { verified: '2025-02-28' })]);
    assert.deepEqual(codes(raw), ['services[1] b not-verified']);
    const leap = directory([service('a', { verified: '2027-02-28' }), service('b', { verified: '2027-02-27' })]);
    assert.deepEqual(codes(leap, '2028-02-29'), ['services[1] b not-verified']);
  });

  it('names each directory closure and emergency number the widget leaves out, the field at fault and why', () => {
    const EXAMPLE = '{"from": "2026-12-24", "to": "2027-01-06", "note": "…"}';
    const CASES: [string, unknown, string, string][] = [
      ['closures', { from: '2026-12-24' }, '', ''],
      ['closures', { from: '2026-12-24', note: { it: 'Festa', en: 'Feast' } }, '', ''],
      ['closures', { from: '24/12/2026' }, 'from', 'from "24/12/2026" is not a date written YYYY-MM-DD, e.g. "2025-09-10"'],
      ['closures', { from: '2026-12-24', to: '2026-12-23' }, 'to', 'to "2026-12-23" is before from "2026-12-24"; "to" is the last day shut'],
      ['closures', { from: '2026-12-24', note: 42 }, 'note', 'note 42 must be a text in quotes, or texts by language like {"it": "…", "en": "…"}'],
      ['closures', { note: 'Natale' }, 'from', `from is missing; write the first day shut, e.g. ${EXAMPLE}`],
      ['closures', null, '', `null is not an entry like ${EXAMPLE}`],
      ['emergency', { phone: '1522', name: { en: 'Anti-violence' } }, '', ''],
      ['emergency', { phone: ' ', name: 'Antiviolenza' }, 'phone', 'phone is missing; write the number to call, e.g. "phone": "1522"'],
      ['emergency', { phone: '1522', name: { it: '' } }, 'name', 'name is missing or empty; write it as a text, e.g. "name": "…", or by language, e.g. {"it": "…", "en": "…"}'],
      ['emergency', ['1522', 'Antiviolenza'], '', '["1522","Antiviolenza"] is not an entry like {"phone": "1522", "name": "…"}'],
    ];
    for (const [list, item, field, why] of CASES) {
      const found = checkDirectory({ ...(directory([]) as object), [list]: [item] }, { today: TODAY, comuni: COMUNI }).warnings;
      const leftOut = why === '' ? [] : [{ entry: `${list}[0]`, field, code: 'left-out', reason: why }];
      assert.deepEqual(
        found.map((f) => ({ entry: f.entry, field: f.field, code: f.code, reason: f.message.replace(/ — the widget .*$/, '') })),
        leftOut,
        JSON.stringify(item),
      );
    }
  });

  it('warns about a directory closure for a comune no service names (a typo shuts nothing)', () => {
    const raw = {
      ...(directory([service('a', { verified: TODAY, municipality: 'Città di Matera' })]) as object),
      closures: [{ from: '2027-07-02', municipality: 'citta di matera' }, { from: '2027-07-02', municipality: 'Materra' }, { from: '2027-07-03' }],
    };
    const found = checkDirectory(raw, { today: TODAY, comuni: COMUNI }).warnings.filter((f) => f.entry.startsWith('closures'));
    assert.deepEqual(found.map((f) => [f.entry, f.field, f.code, f.message]), [
      ['closures[1]', 'municipality', 'unknown-municipality', 'municipality "Materra" is the comune of no service, so this closure shuts nothing; write the comune as the services write it'],
    ]);
  });

  it('warns about a directory list that is not a list, which the widget ignores whole', () => {
    const raw = { ...(directory([]) as object), emergency: { phone: '1522', name: 'Antiviolenza' } };
    assert.deepEqual(checkDirectory(raw, { today: TODAY, comuni: COMUNI }).warnings.map((f) => [f.entry, f.field, f.code, f.message]), [
      ['emergency', '', 'left-out', 'emergency {"phone":"1522","name":"Antiviolenza"} must be a list in square brackets, e.g. [{"phone": "1522", "name": "…"}]; the widget ignores it until it is fixed'],
    ]);
  });

  it('warns about closures that ended more than 12 months before today, services and directory alike', () => {
    const raw = {
      ...(directory([
        service('a', { verified: TODAY, closures: [{ from: '2025-02-20', to: '2025-02-28' }, { from: '2025-03-01' }, { from: '2024-01-01', to: '2026-12-31' }] }),
      ]) as object),
      closures: [{ from: '2025-02-28' }, { from: '2025-03-01', municipality: 'Matera' }],
    };
    assert.deepEqual(codes(raw).sort(), ['closures[0] past-closure', 'services[0] a past-closure']);
    const fields = checkDirectory(raw, { today: TODAY, comuni: COMUNI }).warnings.map((f) => [f.entry, f.field]);
    assert.deepEqual(fields, [['closures[0]', ''], ['services[0] a', 'closures[0]']]);
  });

  it('warns about need ids the widget does not know, naming the field and the closest id', () => {
    const raw = directory([service('a', { verified: TODAY, handles: ['residence-permit', 'permesso'], needs: ['food', 'residence-permits'] })]);
    const found = checkDirectory(raw, { today: TODAY, comuni: COMUNI }).warnings;
    assert.deepEqual(found.map((f) => [f.entry, f.field, f.code]), [
      ['services[0] a', 'handles[1]', 'unknown-need'],
      ['services[0] a', 'needs[1]', 'unknown-need'],
    ]);
    assert.match(found[0].message, /^handles\[1\] "permesso" is not a need id, so the widget ignores it; use ids of the list: residence-permit, /);
    assert.match(found[1].message, /did you mean "residence-permit"\?/);
  });

  it('names an entry by its position in the file, rejected entries counted', () => {
    const result = checkDirectory(directory([42, service('kept')]), { today: TODAY, comuni: COMUNI });
    assert.deepEqual(result.errors.map((f) => [f.entry, f.field, f.code]), [['services[0]', '', 'not-an-object']]);
    assert.deepEqual(result.warnings.map((f) => [f.entry, f.field, f.code]), [['services[1] kept', 'verified', 'not-verified']]);
    assert.deepEqual(result.summary, {
      usable: true,
      services: 2,
      categories: 1,
      leftOut: 1,
      warnings: {
        'not-verified': 1,
        'missing-translation': 0,
        'outside-province': 0,
        'unknown-municipality': 0,
        'near-duplicate': 0,
        'plain-text-contact': 0,
        closed: 0,
        'low-contrast': 0,
        'no-whatsapp-link': 0,
        'left-out': 0,
        'past-closure': 0,
        'unknown-need': 0,
        'shared-point': 0,
      },
    });
  });

  it('refuses a phone, an address or a name carrying a note for maintainers, and says where the note belongs', () => {
    const raw = directory([
      service('phone-note', { phone: ['0835 3781 (centralino, 2009)'] }),
      service('address-note', { address: { it: 'Via Roma 1, Matera', en: 'Via Roma 1, Matera (according to the 2009 charter)' } }),
      service('name-note', { name: 'Questura (da verificare)' }),
      service('public-label', { phone: ['0835 3781 (centralino)'], address: 'Via Roma 1, 75100 Matera (secondo piano)' }),
    ]);
    const result = checkDirectory(raw, { today: TODAY, comuni: COMUNI });
    assert.deepEqual(
      result.errors.map((f) => [f.entry, f.field, f.code]),
      [['services[0] phone-note', 'phone[0]', 'bad-value'], ['services[1] address-note', 'address.en', 'bad-value'], ['services[2] name-note', 'name.it', 'bad-value']],
    );
    assert.match(result.errors[0].message, /phone\[0\] "0835 3781 \(centralino, 2009\)" carries a note for maintainers \("2009"\): keep there only what the public reads, and move the note to "notes" \(a date or a source to "factSources"\)/);
    assert.match(result.errors[1].message, /\("according"\)/);
  });

  it('warns when two services with different addresses stand on one point, not when one is placed on the town centre', () => {
    const at = { lat: 40.6664, lon: 16.6043, coordinatePrecision: 'address' };
    const raw = directory([
      service('first', { ...at, address: 'Via Roma 1, Matera' }),
      service('second', { ...at, address: 'Via Lucana 194, Matera' }),
      service('centre', { ...at, address: 'Via Gattini 12, Matera', coordinatePrecision: 'town-centre' }),
    ]);
    const shared = checkDirectory(raw, { today: TODAY, comuni: COMUNI }).warnings.filter((f) => f.code === 'shared-point');
    assert.deepEqual(shared.map((f) => [f.entry, f.field]), [['services[1] second', 'lat']]);
    assert.match(shared[0].message, /is the point of services\[0\] first too, whose address is different; place each service at its own address/);
  });

  it('warns about a category colour that white icons cannot be read on', () => {
    const raw = {
      version: 1,
      categories: [{ id: 'health', name: 'Salute', color: '#ffcc00' }, { id: 'work', name: 'Lavoro', color: '#1b6e45' }],
      services: [],
    };
    const result = checkDirectory(raw, { today: TODAY, comuni: COMUNI });
    assert.deepEqual(
      result.warnings.map((f) => [f.entry, f.field, f.message]),
      [['categories[0] health', 'color', 'color #ffcc00 has a contrast of 1.5:1 with white; white icons on it need at least 4.5:1 to be read by people with low vision — choose a darker colour (e.g. "#1b6e45")']],
    );
  });

  it('returns one document error for anything that is not a directory, without throwing', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const raw of [null, 'text', [], { version: 2, categories: [], services: [] }, revoked.proxy]) {
      const result = checkDirectory(raw, { today: TODAY, comuni: COMUNI });
      assert.deepEqual(result.errors.map((f) => [f.entry, f.code]), [['', 'document']]);
      assert.equal(result.summary.usable, false);
    }
  });

  it('skips the place checks without comuni, and refuses a bad today', () => {
    const raw = directory([service('far', { lat: 45.46, lon: 9.19, municipality: 'Milano', verified: TODAY })]);
    assert.deepEqual(checkDirectory(raw, { today: TODAY, comuni: [] }).warnings, []);
    assert.throws(() => checkDirectory(raw, { today: '1 March 2026', comuni: COMUNI }), RangeError);
  });
});
