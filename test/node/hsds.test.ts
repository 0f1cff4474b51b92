import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PROSSIMA_NAMESPACE, toHsds, uuidV5, type HsdsDocument, type HsdsObject, type HsdsService } from '../../scripts/data/hsds.js';
import type { Directory } from '../../src/data/types.js';
import { validateDirectory } from '../../src/data/validate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURE = resolve(ROOT, 'test/fixtures/data/hsds-input.json');
const CLI = resolve(ROOT, 'build/scripts/data/export-hsds.js');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const GENERATED = '2026-11-26T10:00:00.000Z';

function load(path: string): Directory {
  const result = validateDirectory(JSON.parse(readFileSync(path, 'utf8')));
  assert.ok(result.ok && result.rejected.length === 0, `${path} should be a valid directory`);
  return result.directory;
}

const directory = load(FIXTURE);
const italian = toHsds(directory, { lang: 'it', generated: GENERATED });
const english = toHsds(directory, { lang: 'en', generated: GENERATED });
const [desk, clinic, closed] = english.contents as [HsdsService, HsdsService, HsdsService];
const location = (service: HsdsService) => service.service_at_locations[0]!.location;

/** Every `id` and `*_id` in the document, in document order. */
function ids(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(ids);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'id' || key.endsWith('_id') ? [String(inner)] : ids(inner)));
}

// What the HSDS 3.0 JSON schemas (openreferral/specification, schema/*.json) require and allow for
// each object; nested objects are checked the same way, found by the property that holds them.
const SCHEMA: Record<string, { required: readonly string[]; allowed: string }> = {
  service: {
    required: ['id', 'name', 'status'],
    allowed: `organization_id program_id alternate_name description url email interpretation_services application_process
      fees_description wait_time fees accreditations eligibility_description minimum_age maximum_age assured_date assurer_email
      licenses alert last_modified phones schedules service_areas service_at_locations languages organization funding
      cost_options program required_documents contacts attributes metadata`,
  },
  organization: {
    required: ['id', 'name', 'description'],
    allowed: 'alternate_name email website tax_status tax_id year_incorporated legal_status logo uri parent_organization_id funding contacts phones locations programs organization_identifiers attributes metadata',
  },
  service_at_location: { required: ['id'], allowed: 'service_id location_id description contacts phones schedules location attributes metadata' },
  location: {
    required: ['id', 'location_type'],
    allowed: 'url organization_id name alternate_name description transportation latitude longitude external_identifier external_identifier_type languages addresses contacts accessibility phones schedules attributes metadata',
  },
  address: {
    required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    allowed: 'location_id attention address_2 region attributes metadata',
  },
  accessibility: { required: ['id'], allowed: 'location_id description details url attributes metadata' },
  phone: { required: ['id', 'number'], allowed: 'location_id service_id organization_id contact_id service_at_location_id extension type description languages attributes metadata' },
  schedule: {
    required: ['id'],
    allowed: `service_id location_id service_at_location_id valid_from valid_to dtstart timezone until count wkst freq interval byday
      byweekno bymonthday byyearday description opens_at closes_at schedule_link attending_type notes attributes metadata`,
  },
  language: { required: ['id'], allowed: 'service_id location_id phone_id name code note attributes metadata' },
  contact: { required: ['id'], allowed: 'organization_id service_id service_at_location_id location_id name title department email phones attributes metadata' },
  cost_option: { required: ['id'], allowed: 'service_id valid_from valid_to option currency amount amount_description attributes metadata' },
  required_document: { required: ['id'], allowed: 'service_id document uri attributes metadata' },
  attribute: { required: ['id'], allowed: 'link_id taxonomy_term_id link_type link_entity value taxonomy_term metadata' },
  taxonomy_term: { required: ['id', 'name', 'description'], allowed: 'code parent_id taxonomy taxonomy_detail language taxonomy_id term_uri metadata' },
  taxonomy: { required: ['id', 'name', 'description'], allowed: 'uri version metadata' },
};
const HOLDS: Record<string, string> = {
  organization: 'organization', service_at_locations: 'service_at_location', location: 'location', addresses: 'address',
  accessibility: 'accessibility', phones: 'phone', schedules: 'schedule', languages: 'language', contacts: 'contact',
  cost_options: 'cost_option', required_documents: 'required_document', attributes: 'attribute', taxonomy_term: 'taxonomy_term',
  taxonomy_detail: 'taxonomy',
};
const ENUMS: Record<string, readonly string[]> = {
  status: ['active', 'inactive', 'defunct', 'temporarily closed'],
  location_type: ['physical', 'postal', 'virtual'],
  address_type: ['physical', 'postal', 'virtual'],
  freq: ['WEEKLY', 'MONTHLY'],
  wkst: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
};
const NUMBERS = new Set(['latitude', 'longitude', 'amount', 'minimum_age', 'maximum_age', 'extension', 'interval', 'timezone', 'count']);

/** What breaks the schema in `object` (of the given kind) and everything nested in it. */
function schemaProblems(kind: string, object: Record<string, unknown>, at: string): string[] {
  const { required, allowed } = SCHEMA[kind]!;
  const known = new Set([...required, ...allowed.split(/\s+/)]);
  const problems = required.filter((field) => typeof object[field] !== 'string').map((field) => `${at}.${field} is required`);
  for (const [field, value] of Object.entries(object)) {
    const where = `${at}.${field}`;
    if (!known.has(field)) problems.push(`${where} is not a ${kind} field`);
    else if (HOLDS[field] !== undefined) {
      const items = Array.isArray(value) ? value.map((item, index) => [item, `${where}[${index}]`] as const) : [[value, where] as const];
      for (const [item, itemAt] of items) problems.push(...schemaProblems(HOLDS[field]!, item as Record<string, unknown>, itemAt));
    } else if (NUMBERS.has(field) ? typeof value !== 'number' : typeof value !== 'string') problems.push(`${where} has the wrong type`);
    else if ((field === 'id' || field.endsWith('_id')) && !UUID.test(String(value))) problems.push(`${where} is not a UUID`);
    else if (ENUMS[field] !== undefined && !ENUMS[field]!.includes(String(value))) problems.push(`${where} ${String(value)} is not allowed`);
    else if (field === 'url' && !/^https?:\/\//.test(String(value))) problems.push(`${where} is not a URI`);
  }
  return problems;
}

function documentProblems(document: HsdsDocument): string[] {
  const page = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'];
  const missing = page.filter((field) => !(field in document)).map((field) => `Page.${field} is required`);
  return [...missing, ...document.contents.flatMap((service, index) => schemaProblems('service', service, `contents[${index}]`))];
}

describe('uuidV5', () => {
  it('gives the RFC 9562 name-based UUIDs', () => {
    assert.equal(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
    assert.equal(uuidV5('https://www.prossima.info/prossima-map/hsds', '6ba7b811-9dad-11d1-80b4-00c04fd430c8'), PROSSIMA_NAMESPACE);
  });
});

describe('toHsds', () => {
  it('derives UUIDs from our ids: the same in every run and every language', () => {
    assert.equal(desk.id, 'dd5fe912-c2aa-50fb-b4a3-2eb2d8e41138'); // uuid5(PROSSIMA_NAMESPACE, 'service:sportello-immigrati-matera')
    assert.equal(location(desk).id, 'e188ad35-02dc-59c0-a88a-9b8ef8f36277');
    assert.deepEqual(toHsds(directory, { lang: 'en', generated: GENERATED }), english);
    assert.deepEqual(ids(italian), ids(english));
    assert.ok(ids(english).every((id) => UUID.test(id)));
    const own = english.contents.flatMap((s) => [s.id, s.organization.id, location(s).id, ...s.phones.map((p) => p.id), ...s.schedules.map((p) => p.id)]);
    assert.equal(new Set(own).size, own.length);
  });

  it('matches the required fields, field names and enumerations of the HSDS 3.0 schema', () => {
    assert.deepEqual(documentProblems(italian), []);
    assert.deepEqual(documentProblems(english), []);
    assert.deepEqual(documentProblems(toHsds(load(resolve(ROOT, 'data/matera.json')), { lang: 'en', generated: GENERATED })), []);
    assert.deepEqual(
      { version: english.version, generated: english.generated, language: english.language, total_items: english.total_items, size: english.size },
      { version: '3.0', generated: GENERATED, language: 'en', total_items: 3, size: 3 },
    );
  });

  it('gives split shifts one schedule each, with RFC 5545 days', () => {
    const pick = ({ freq, wkst, byday, opens_at, closes_at }: HsdsObject) => ({ freq, wkst, byday, opens_at, closes_at });
    assert.deepEqual(desk.schedules.map(pick), [
      { freq: 'WEEKLY', wkst: 'MO', byday: 'MO,TU,TH', opens_at: '09:00', closes_at: '13:00' },
      { freq: 'WEEKLY', wkst: 'MO', byday: 'MO,TU,TH', opens_at: '15:00', closes_at: '18:00' },
      { freq: 'WEEKLY', wkst: 'MO', byday: 'SA', opens_at: '20:00', closes_at: '23:59' },
    ]);
    assert.equal(desk.schedules[0]!.description, 'Monday, Tuesday, Thursday 09:00–13:00');
    assert.equal(desk.schedules[0]!.notes, 'Italian local time (Europe/Rome). Closed in August.');
    assert.deepEqual(clinic.schedules.map(({ id: _, ...rest }) => rest), [{ service_id: clinic.id, description: 'Martedì e giovedì mattina, da verificare' }]);
    assert.deepEqual(closed.schedules, []);
  });

  it('splits a trailing note off phones and e-mails, and marks WhatsApp numbers in the phone description', () => {
    assert.deepEqual(desk.phones.map(({ number, description }) => ({ number, description })), [
      { number: '0835 123456', description: 'centralino' },
      { number: '+39 333 1234567', description: undefined },
      { number: '+39 333 1234567', description: 'WhatsApp (solo messaggi)' },
    ]);
    assert.equal(new Set(desk.phones.map((phone) => phone.id)).size, 3);
    assert.equal(desk.email, 'sportello@example.it');
    assert.deepEqual(desk.contacts.map((c) => c.email), ['mediatori@example.it']);
  });

  it('places each service at one physical location with its coordinates and address', () => {
    const { latitude, longitude, location_type, addresses, accessibility } = location(desk);
    assert.deepEqual({ latitude, longitude, location_type }, { latitude: 40.66654, longitude: 16.60431, location_type: 'physical' });
    assert.deepEqual(addresses.map(({ id: _, location_id: __, ...rest }) => rest), [{
      address_1: 'Via Roma 1, 75100 Matera (second floor)', city: 'Matera', region: 'Basilicata', state_province: 'MT',
      postal_code: '75100', country: 'IT', address_type: 'physical',
    }]);
    assert.deepEqual(accessibility.map((a) => [a.description, a.details]), [
      ['Step-free access', 'Entrance from the courtyard.'],
      ['Accessible toilet', 'Entrance from the courtyard.'],
    ]);
    assert.equal(location(clinic).description, 'Approximate position: the town centre.');
    assert.deepEqual([location(clinic).addresses[0]!.address_1, location(clinic).addresses[0]!.city], ['', 'Policoro']);
    assert.deepEqual(location(closed).addresses, []);
  });

  it('writes texts in the chosen language, in Italian where there is none', () => {
    assert.deepEqual([desk.name, desk.alternate_name, desk.description], ["Matera migrants' desk", 'Sportello immigrati di Matera', 'Advice on residence permits and citizenship.']);
    assert.equal(clinic.description, 'Cure di base per stranieri senza permesso (codice STP).');
    assert.equal(closed.name, 'Centro di accoglienza di Pisticci');
    const [deskIt] = italian.contents as [HsdsService];
    assert.deepEqual([deskIt.name, deskIt.alternate_name, deskIt.alert], ['Sportello immigrati di Matera', "Matera migrants' desk", undefined]);
    assert.equal(deskIt.required_documents[0]!.document, 'Passaporto e permesso di soggiorno');
    assert.deepEqual(desk.languages.map((l) => [l.code, l.name]), [['it', 'Italian'], ['en', 'English'], ['ar', 'Arabic']]);
  });

  it('maps status, cost, access and audience', () => {
    assert.deepEqual(english.contents.map((s) => s.status), ['active', 'temporarily closed', 'defunct']);
    assert.equal(clinic.alert, 'Closed for works until March.');
    assert.deepEqual(desk.cost_options.map(({ amount, currency }) => ({ amount, currency })), [{ amount: 0, currency: 'EUR' }]);
    assert.deepEqual([desk.fees_description, clinic.fees_description, closed.fees_description], ['Free of charge', 'There is a charge (amount not given)', undefined]);
    assert.deepEqual(clinic.cost_options, []);
    assert.deepEqual([desk.application_process, clinic.application_process], ['By appointment only.', 'Walk in, no appointment needed. No documents needed.']);
    assert.equal(desk.eligibility_description, 'Asylum seekers, Refugees and people under protection. Also while waiting for a renewal.');
    assert.equal(desk.interpretation_services, 'Arabic with a mediator on Tuesdays');
    assert.deepEqual(desk.attributes.map((a) => [a.link_type, a.taxonomy_term.code, a.taxonomy_term.name]), [
      ['category', 'immigration', 'Immigration and documents'], ['audience', 'asylum-seekers', 'Asylum seekers'], ['audience', 'refugees', 'Refugees and people under protection'],
      ['needs', 'residence-permit', 'Residence permit'], ['needs', 'interpreter', 'Mediators and interpreters'],
    ]);
    assert.equal(desk.attributes[3]!.taxonomy_term.taxonomy, 'PROSSIMA needs');
    assert.equal(desk.attributes[0]!.taxonomy_term_id, 'efd0ebad-b549-5716-abb7-a802885972a6');
    assert.deepEqual([desk.assured_date, desk.last_modified], ['2026-10-01', '2026-11-20T00:00:00Z']);
  });
});

describe('export-hsds (CLI)', () => {
  const temporary = mkdtempSync(join(tmpdir(), 'hsds-test-'));
  after(() => rmSync(temporary, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT } });

  it('writes the file and says what it wrote', () => {
    const out = join(temporary, 'nested/folder/out.json');
    const result = run('--from', FIXTURE, '--out', out, '--lang', 'en');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Wrote .*out\.json \(HSDS 3\.0, texts in en, from test\/fixtures\/data\/hsds-input\.json\): 3 services, 3 organizations, 3 locations, 4 phones, 4 schedules, 7 taxonomy terms\.\n$/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as HsdsDocument;
    assert.deepEqual(ids(written), ids(english));
    assert.equal(written.contents[0]!.name, "Matera migrants' desk");
    assert.match(written.generated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.deepEqual(documentProblems(written), []);
  });

  it('refuses an invalid directory and writes nothing', () => {
    const out = join(temporary, 'refused.json');
    const version2 = join(temporary, 'version2.json');
    writeFileSync(version2, JSON.stringify({ version: 2, categories: [], services: [] }));
    const wrong = run('--from', version2, '--out', out);
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /version2\.json: not a usable directory: unsupported directory version 2; this widget reads version 1\nNothing was written\.\n$/);
    const partly = join(temporary, 'partly.json');
    const raw = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { services: { lat?: number }[] };
    delete raw.services[1]!.lat;
    writeFileSync(partly, JSON.stringify(raw));
    const rejected = run('--from', partly, '--out', out);
    assert.equal(rejected.status, 1);
    assert.match(rejected.stderr, /1 entry would be left out of the export; fix them first:\n {2}service ambulatorio-policoro: lat is missing/);
    assert.equal(existsSync(out), false);
  });

  it('explains its options and rejects unknown ones', () => {
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: npm run data:export-hsds -- \[--from FILE\] \[--out FILE\] \[--lang it\|en\]/);
    const badLang = run('--lang', 'fr', '--out', join(temporary, 'fr.json'));
    assert.equal(badLang.status, 1);
    assert.match(badLang.stderr, /^--lang "fr" is not one of: it, en/);
  });
});
