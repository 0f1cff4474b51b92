import { expect } from '@open-wc/testing';
import { DEFAULT_CATEGORY_COLOR, validateDirectory, validateDirectoryAsync } from '../../src/data/validate.js';
import type { Directory, Rejection, RejectionCode, Service, ValidationResult } from '../../src/data/types.js';

type Raw = Record<string, unknown>;

const CATEGORIES: Raw[] = [
  { id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#1b6e45' },
  { id: 'work', name: 'Lavoro' },
];

function rawService(patch: Raw = {}): Raw {
  return { id: 'questura-matera', name: 'Questura di Matera', category: 'health', lat: 40.664, lon: 16.606, ...patch };
}

function rawDocument(services: unknown[], categories: unknown[] = CATEGORIES): Raw {
  return { version: 1, categories, services };
}

/** The accepted result, or a failed assertion. */
function accepted(raw: unknown): { directory: Directory; rejected: readonly Rejection[] } {
  const result = validateDirectory(raw);
  if (!result.ok) expect.fail(`expected the document to be usable, got: ${result.message}`);
  return result;
}

function oneService(patch: Raw): Service {
  const { directory, rejected } = accepted(rawDocument([rawService(patch)]));
  expect(rejected, JSON.stringify(rejected)).to.deep.equal([]);
  expect(directory.services).to.have.length(1);
  return directory.services[0]!;
}

function oneRejection(patch: Raw): Rejection {
  const { directory, rejected } = accepted(rawDocument([rawService(patch)]));
  expect(directory.services).to.deep.equal([]);
  expect(rejected).to.have.length(1);
  return rejected[0]!;
}

describe('validateDirectory: the whole document', () => {
  const cases: [string, unknown, RegExp][] = [
    ['null', null, /must be an object .* not null$/],
    ['a number', 42, /not 42$/],
    ['a string', 'directory', /not "directory"$/],
    ['an array', [], /not \[\]$/],
    ['undefined', undefined, /must be an object/],
    ['no version', { categories: [], services: [] }, /no "version"; this widget reads version 1/],
    ['version 2', { version: 2, categories: [], services: [] }, /^unsupported directory version 2; this widget reads version 1$/],
    ['version as text', { version: '1', categories: [], services: [] }, /^unsupported directory version "1"; this widget reads version 1$/],
    ['no categories', { version: 1, services: [] }, /no "categories" list/],
    ['categories not a list', { version: 1, categories: {}, services: [] }, /^"categories" must be a list .* not \{\}$/],
    ['categories null', { version: 1, categories: null, services: [] }, /"categories" must be a list .* not null$/],
    ['no services', { version: 1, categories: [] }, /no "services" list/],
    ['services not a list', { version: 1, categories: [], services: 'none' }, /^"services" must be a list .* not "none"$/],
  ];
  for (const [name, raw, message] of cases) {
    it(`is unusable: ${name}`, () => {
      const result = validateDirectory(raw);
      expect(result.ok).to.equal(false);
      expect((result as { message: string }).message).to.match(message);
    });
  }

  it('reads the example of the contract', () => {
    const raw = {
      version: 1,
      updated: '2026-11-20',
      publisher: { name: 'Prefettura di Matera', url: 'https://www.prefettura.it/matera', phone: '+39 0835 000000' },
      categories: [{ id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#1b6e45' }],
      services: [
        {
          id: 'asm-ambulatorio-pnes-matera',
          name: { it: 'Ambulatorio', en: 'Clinic' },
          category: 'health',
          lat: 40.664,
          lon: 16.606,
          municipality: 'Matera',
          address: 'Via Montescaglioso, Matera',
          description: { it: 'Descrizione', en: 'Description' },
          phone: ['+39 0835 111111'],
          email: ['info@example.it'],
          website: 'https://example.it',
          hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '13:00' }],
          languages: ['it', 'en', 'fr'],
          tags: ['medico', 'doctor'],
          updated: '2025-09-10',
        },
      ],
    };
    expect(validateDirectory(raw)).to.deep.equal({
      ok: true,
      rejected: [],
      directory: {
        version: 1,
        updated: '2026-11-20',
        publisher: { name: { it: 'Prefettura di Matera' }, url: 'https://www.prefettura.it/matera', phone: '+39 0835 000000' },
        categories: [{ id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#1b6e45' }],
        services: [
          {
            id: 'asm-ambulatorio-pnes-matera',
            name: { it: 'Ambulatorio', en: 'Clinic' },
            category: 'health',
            lat: 40.664,
            lon: 16.606,
            municipality: 'Matera',
            address: { it: 'Via Montescaglioso, Matera' },
            description: { it: 'Descrizione', en: 'Description' },
            phone: ['+39 0835 111111'],
            whatsapp: [],
            email: ['info@example.it'],
            website: 'https://example.it',
            hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '13:00' }],
            closures: [],
            languages: ['it', 'en', 'fr'],
            tags: ['medico', 'doctor'],
            sources: [],
            audience: [],
            accessibility: [],
            updated: '2025-09-10',
          },
        ],
      },
    } satisfies ValidationResult);
  });

  it('fills the lists of a minimal service and leaves optional fields out', () => {
    expect(oneService({})).to.deep.equal({
      id: 'questura-matera',
      name: { it: 'Questura di Matera' },
      category: 'health',
      lat: 40.664,
      lon: 16.606,
      phone: [],
      whatsapp: [],
      email: [],
      hours: [],
      closures: [],
      languages: [],
      tags: [],
      sources: [],
      audience: [],
      accessibility: [],
    });
  });

  it('keeps the usable directory closures and emergency numbers, and drops the others', () => {
    const raw = {
      ...rawDocument([rawService({})]),
      closures: [
        { from: '2026-07-02', municipality: 'Matera', note: 'Festa della Bruna' },
        { from: 'luglio' },
        { from: '2026-12-24', to: '2026-12-31' },
        'agosto',
      ],
      emergency: [{ phone: '1522', name: { it: 'Antiviolenza', en: 'Anti-violence' } }, { phone: '118' }, { name: 'x' }, 5],
    };
    const { directory, rejected } = accepted(raw);
    expect(rejected).to.deep.equal([]);
    expect(directory.closures).to.deep.equal([
      { from: '2026-07-02', to: '2026-07-02', note: { it: 'Festa della Bruna' }, municipality: 'Matera' },
      { from: '2026-12-24', to: '2026-12-31' },
    ]);
    expect(directory.emergency).to.deep.equal([{ phone: '1522', name: { it: 'Antiviolenza', en: 'Anti-violence' } }]);
    expect(accepted({ ...rawDocument([rawService({})]), closures: 'x', emergency: [] }).directory).not.to.have.any.keys('closures', 'emergency');
  });

  it('ignores unknown fields at every level', () => {
    const categories = [...CATEGORIES, { id: 'school', name: 'Scuola', order: 3 }];
    const raw = { ...rawDocument([rawService({ rating: 5, notes: 'x' })], categories), license: 'CC0', extra: [1] };
    const { directory, rejected } = accepted(raw);
    expect(rejected).to.deep.equal([]);
    expect(Object.keys(directory).sort()).to.deep.equal(['categories', 'services', 'version']);
    expect(directory.categories[2]).to.deep.equal({ id: 'school', name: { it: 'Scuola' }, color: DEFAULT_CATEGORY_COLOR });
    expect(directory.services[0]).not.to.have.property('rating');
  });

  const updatedCases: [unknown, string | undefined][] = [
    ['2026-11-20', '2026-11-20'],
    ['2026-02-30', undefined],
    ['20-11-2026', undefined],
    [20261120, undefined],
  ];
  for (const [updated, expected] of updatedCases) {
    it(`document updated ${JSON.stringify(updated)} -> ${String(expected)}, never fatal`, () => {
      expect(accepted({ ...rawDocument([]), updated }).directory.updated).to.equal(expected);
    });
  }

  const publisherCases: [unknown, unknown][] = [
    [{ name: { it: 'Prefettura', en: 'Prefecture' }, email: 'a@example.it' }, { name: { it: 'Prefettura', en: 'Prefecture' }, email: 'a@example.it' }],
    [{ name: 'Prefettura', url: 'javascript:alert(1)', phone: 42, email: ['x'] }, { name: { it: 'Prefettura' } }],
    [{ name: { it: 5 }, url: 'http://example.org/' }, { url: 'http://example.org/' }],
    [{ url: 'ftp://example.org' }, undefined],
    ['Prefettura', undefined],
    [null, undefined],
  ];
  for (const [publisher, expected] of publisherCases) {
    it(`publisher ${JSON.stringify(publisher)} keeps only its good parts`, () => {
      expect(accepted({ ...rawDocument([]), publisher }).directory.publisher).to.deep.equal(expected);
    });
  }
});

describe('validateDirectory: categories', () => {
  const colorCases: [unknown, string][] = [
    ['#1b6e45', '#1b6e45'],
    ['#ABC', '#ABC'],
    ['red', DEFAULT_CATEGORY_COLOR],
    ['#12345', DEFAULT_CATEGORY_COLOR],
    ['#1b6e45; background: url(javascript:alert(1))', DEFAULT_CATEGORY_COLOR],
    ['#fff}', DEFAULT_CATEGORY_COLOR],
    [0x1b6e45, DEFAULT_CATEGORY_COLOR],
    [undefined, DEFAULT_CATEGORY_COLOR],
  ];
  for (const [color, expected] of colorCases) {
    it(`color ${JSON.stringify(color)} -> ${expected}, the category kept`, () => {
      const { directory, rejected } = accepted(rawDocument([], [{ id: 'health', name: 'Salute', color }]));
      expect(rejected).to.deep.equal([]);
      expect(directory.categories[0]!.color).to.equal(expected);
    });
  }

  const iconCases: [unknown, string | undefined][] = [
    ['stethoscope', 'stethoscope'],
    ['id-card-2', 'id-card-2'],
    ['Bad Icon', undefined],
    ['<svg onload=alert(1)>', undefined],
    ['x'.repeat(41), undefined],
    [7, undefined],
  ];
  for (const [icon, expected] of iconCases) {
    it(`icon ${JSON.stringify(icon)} -> ${String(expected)}`, () => {
      expect(accepted(rawDocument([], [{ id: 'health', name: 'Salute', icon }])).directory.categories[0]!.icon).to.equal(expected);
    });
  }

  const rejectedCases: [string, unknown, string, RejectionCode][] = [
    ['not an object', 'health', '', 'not-an-object'],
    ['no id', { name: 'Salute' }, 'id', 'missing'],
    ['upper-case id', { id: 'Health', name: 'Salute' }, 'id', 'bad-id'],
    ['no name', { id: 'health' }, 'name', 'missing'],
    ['name of the wrong type', { id: 'health', name: ['Salute'] }, 'name', 'wrong-type'],
  ];
  for (const [name, category, field, code] of rejectedCases) {
    it(`rejects a category with ${name}`, () => {
      const { directory, rejected } = accepted(rawDocument([], [CATEGORIES[1], category]));
      expect(directory.categories.map((c) => c.id)).to.deep.equal(['work']);
      expect(rejected).to.have.length(1);
      expect(rejected[0]).to.include({ kind: 'category', index: 1, field, code });
    });
  }

  it('keeps the first of two categories with one id', () => {
    const { directory, rejected } = accepted(rawDocument([], [{ id: 'health', name: 'Salute' }, { id: 'health', name: 'Sanità' }]));
    expect(directory.categories).to.deep.equal([{ id: 'health', name: { it: 'Salute' }, color: DEFAULT_CATEGORY_COLOR }]);
    expect(rejected).to.deep.equal([
      { kind: 'category', index: 1, id: 'health', field: 'id', code: 'duplicate-id', message: 'duplicate id "health": the first entry with this id is kept' },
    ]);
  });

  it('rejects services of a rejected category', () => {
    const { directory, rejected } = accepted(rawDocument([rawService({ category: 'school' })], [...CATEGORIES, { id: 'school' }]));
    expect(directory.services).to.deep.equal([]);
    expect(rejected.map((r) => [r.kind, r.code])).to.deep.equal([
      ['category', 'missing'],
      ['service', 'unknown-category'],
    ]);
  });
});

describe('validateDirectory: a rejected service', () => {
  // [what, patch of a valid service, field, code, message]
  const cases: [string, Raw, string, RejectionCode, RegExp | string][] = [
    ['no id', { id: undefined }, 'id', 'missing', /^id is missing/],
    ['empty id', { id: '' }, 'id', 'missing', /^id is missing/],
    ['id with spaces', { id: 'Questura Matera' }, 'id', 'bad-id', 'id "Questura Matera" may use only a-z, 0-9 and "-" (e.g. "questura-matera")'],
    ['id with accents', { id: 'Università' }, 'id', 'bad-id', /\(e\.g\. "universita"\)$/],
    ['id with "--"', { id: 'a--b' }, 'id', 'bad-id', /\(e\.g\. "a-b"\)$/],
    ['numeric id', { id: 42 }, 'id', 'bad-id', /^id 42 \(not a text\)/],
    ['no name', { name: undefined }, 'name', 'missing', /^name is missing/],
    ['blank name', { name: '  ' }, 'name', 'missing', /^name is missing/],
    ['name without texts', { name: { it: '', title: 'x' } }, 'name', 'missing', /^name is missing/],
    ['numeric name', { name: 42 }, 'name', 'wrong-type', /^name 42 must be a text/],
    ['name in a list', { name: ['Questura'] }, 'name', 'wrong-type', /^name \["Questura"\] must be a text/],
    ['non-text translation', { name: { it: 'Questura', en: 42 } }, 'name.en', 'wrong-type', /^name\.en 42 must be a text/],
    ['unknown category', { category: 'helth' }, 'category', 'unknown-category', 'category "helth" is not one of the categories (health, work)'],
    ['category with another case', { category: 'Health' }, 'category', 'unknown-category', /^category "Health" is not one/],
    ['numeric category', { category: 3 }, 'category', 'wrong-type', /^category 3 must be a category id/],
    ['no category', { category: undefined }, 'category', 'missing', /^category is missing/],
    ['no lat', { lat: undefined }, 'lat', 'missing', /^lat is missing/],
    ['lat as text', { lat: '40.66' }, 'lat', 'wrong-type', /^lat "40\.66" must be a number without quotes/],
    ['lat NaN', { lat: NaN }, 'lat', 'wrong-type', /^lat NaN must be a number/],
    ['lat Infinity', { lat: Infinity }, 'lat', 'out-of-range', /^lat Infinity/],
    ['swapped lat and lon', { lat: 140.7, lon: 40.66 }, 'lat', 'out-of-range', 'lat 140.7 is outside -90…90 — were lat and lon swapped?'],
    ['lat far out', { lat: 406.6, lon: 16.6 }, 'lat', 'out-of-range', 'lat 406.6 is outside -90…90; write latitude in degrees, e.g. 40.66'],
    ['lat out, lon too big to swap', { lat: 95, lon: 120 }, 'lat', 'out-of-range', /^lat 95 is outside -90…90; write/],
    ['lon out of range', { lon: 180.5 }, 'lon', 'out-of-range', /^lon 180\.5 is outside -180…180/],
    ['no lon', { lon: null }, 'lon', 'missing', /^lon is missing/],
    ['numeric municipality', { municipality: 75100 }, 'municipality', 'wrong-type', /^municipality 75100 must be a text/],
    ['address as a list', { address: ['Via Roma'] }, 'address', 'wrong-type', /^address \["Via Roma"\]/],
    ['description with a bad translation', { description: { en: { text: 'x' } } }, 'description.en', 'wrong-type', /^description\.en \{"text":"x"\}/],
    ['hoursNote as a number', { hoursNote: 9 }, 'hoursNote', 'wrong-type', /^hoursNote 9/],
    ['number in phone list', { phone: ['+39 0835 1', 835] }, 'phone[1]', 'wrong-type', /^phone\[1\] 835 must be a text/],
    ['numeric phone', { phone: 3292462464 }, 'phone', 'wrong-type', /^phone 3292462464 must be a list/],
    ['email object', { email: { to: 'a@b.it' } }, 'email', 'wrong-type', /^email \{"to":"a@b\.it"\} must be a list/],
    ['website object', { website: { url: 'https://x.it' } }, 'website', 'wrong-type', /^website \{"url":"https:\/\/x\.it"\}/],
    ['hours as text', { hours: 'lun-ven 9-13' }, 'hours', 'wrong-type', /^hours "lun-ven 9-13" must be a list/],
    ['an hours entry not an object', { hours: [null] }, 'hours[0]', 'wrong-type', /^hours\[0\] null must be like/],
    ['hours without days', { hours: [{ opens: '09:00', closes: '13:00' }] }, 'hours[0].days', 'missing', /^hours\[0\]\.days is missing/],
    ['hours days as text', { hours: [{ days: 'mo', opens: '09:00', closes: '13:00' }] }, 'hours[0].days', 'wrong-type', /^hours\[0\]\.days "mo" must be a list/],
    ['hours with no days', { hours: [{ days: [], opens: '09:00', closes: '13:00' }] }, 'hours[0].days', 'bad-value', /is empty/],
    ['hours with an unknown day', { hours: [{ days: ['mo', 'Tue'], opens: '09:00', closes: '13:00' }] }, 'hours[0].days[1]', 'bad-value', /^hours\[0\]\.days\[1\] "Tue" is not a day; use "mo", "tu"/],
    ['opens without a leading zero', { hours: [{ days: ['mo'], opens: '9:00', closes: '13:00' }] }, 'hours[0].opens', 'bad-value', /^hours\[0\]\.opens "9:00" is not a time/],
    ['closes after 24:00', { hours: [{ days: ['mo'], opens: '09:00', closes: '24:01' }] }, 'hours[0].closes', 'bad-value', /"24:01" is not a time/],
    ['closes 25:00', { hours: [{ days: ['mo'], opens: '09:00', closes: '25:00' }] }, 'hours[0].closes', 'bad-value', /"25:00"/],
    ['numeric opens', { hours: [{ days: ['mo'], opens: 900, closes: '13:00' }] }, 'hours[0].opens', 'wrong-type', /^hours\[0\]\.opens 900/],
    ['no closes', { hours: [{ days: ['mo'], opens: '09:00' }] }, 'hours[0].closes', 'missing', /is missing/],
    ['opens equal to closes', { hours: [{ days: ['mo'], opens: '09:00', closes: '09:00' }] }, 'hours[0].closes', 'bad-value', /same as opens/],
    ['a bad second interval', { hours: [{ days: ['mo'], opens: '09:00', closes: '13:00' }, { days: ['tu'], opens: '15:00', closes: '15:60' }] }, 'hours[1].closes', 'bad-value', /^hours\[1\]\.closes "15:60"/],
    ['languages as text', { languages: 'it, en' }, 'languages', 'wrong-type', /^languages "it, en" must be a list/],
    ['a language name', { languages: ['it', 'English'] }, 'languages[1]', 'bad-value', /^languages\[1\] "English" is not a language code/],
    ['a numeric tag', { tags: ['medico', 1] }, 'tags[1]', 'wrong-type', /^tags\[1\] 1/],
    ['a numeric need', { needs: ['food', 7] }, 'needs[1]', 'wrong-type', /^needs\[1\] 7/],
    ['needs as an object', { handles: { food: true } }, 'handles', 'wrong-type', /^handles /],
    ['an impossible date', { updated: '2025-02-30' }, 'updated', 'bad-value', /^updated "2025-02-30" is not a date written YYYY-MM-DD/],
    ['an Italian-style date', { verified: '10/09/2025' }, 'verified', 'bad-value', /^verified "10\/09\/2025"/],
    ['a numeric date', { verified: 20250910 }, 'verified', 'wrong-type', /^verified 20250910/],
    ['sources as text', { sources: 'https://example.it' }, 'sources', 'wrong-type', /^sources "https:\/\/example\.it" must be a list/],
    ['a numeric source', { sources: [42] }, 'sources[0]', 'wrong-type', /^sources\[0\] 42 must be a text/],
    ['a numeric source url', { sources: [{ url: 5 }] }, 'sources[0].url', 'wrong-type', /^sources\[0\]\.url 5/],
    ['an unknown confidence', { confidence: 'certain' }, 'confidence', 'bad-value', 'confidence "certain" must be one of "high", "medium", "low"'],
    ['a numeric confidence', { confidence: 1 }, 'confidence', 'wrong-type', /^confidence 1/],
    ['American spelling of town-centre', { coordinatePrecision: 'town-center' }, 'coordinatePrecision', 'bad-value', /"town-center" must be one of "address", "street", "town-centre"$/],
    ['numeric whatsapp', { whatsapp: 3292462464 }, 'whatsapp', 'wrong-type', /^whatsapp 3292462464 must be a list/],
    ['closures as text', { closures: 'agosto' }, 'closures', 'wrong-type', /^closures "agosto" must be a list/],
    ['a closure without from', { closures: [{ to: '2026-08-31' }] }, 'closures[0].from', 'missing', /^closures\[0\]\.from is missing; write the first day shut/],
    ['a closure with an Italian date', { closures: [{ from: '01/08/2026' }] }, 'closures[0].from', 'bad-value', /^closures\[0\]\.from "01\/08\/2026" is not a date/],
    ['a closure ending before it starts', { closures: [{ from: '2026-08-31', to: '2026-08-01' }] }, 'closures[0].to', 'bad-value', 'closures[0].to "2026-08-01" is before from "2026-08-31"; "to" is the last day shut'],
    ['a closure note as a number', { closures: [{ from: '2026-08-01', note: 5 }] }, 'closures[0].note', 'wrong-type', /^closures\[0\]\.note 5/],
    ['openOnHolidays in quotes', { openOnHolidays: 'true' }, 'openOnHolidays', 'wrong-type', 'openOnHolidays "true" must be true or false, without quotes'],
  ];
  for (const [what, patch, field, code, message] of cases) {
    it(`${what}: ${field} ${code}`, () => {
      const rejection = oneRejection(patch);
      expect(rejection).to.include({ kind: 'service', index: 0, field, code });
      if (typeof message === 'string') expect(rejection.message).to.equal(message);
      else expect(rejection.message).to.match(message);
    });
  }

  it('truncates a long bad value to 40 characters in the message', () => {
    const { message } = oneRejection({ category: `helth ${'x'.repeat(500)}` });
    const shown = /^category (.*) is not one/.exec(message)![1]!;
    expect(shown).to.have.length(40);
    expect(shown.endsWith('…')).to.equal(true);
  });

  it('says the first rule broken, in reading order', () => {
    expect(oneRejection({ name: 5, lat: 500, phone: 5 }).field).to.equal('name');
  });
});

describe('validateDirectory: rejections', () => {
  it('gives the position in the raw list and keeps the rest', () => {
    const { directory, rejected } = accepted(
      rawDocument([rawService({ id: 'a' }), null, rawService({ id: 'b', lat: 'x' }), 'c', [], 7, rawService({ id: 'd' })]),
    );
    expect(directory.services.map((s) => s.id)).to.deep.equal(['a', 'd']);
    expect(rejected.map((r) => [r.index, r.code, r.id])).to.deep.equal([
      [1, 'not-an-object', undefined],
      [2, 'wrong-type', 'b'],
      [3, 'not-an-object', undefined],
      [4, 'not-an-object', undefined],
      [5, 'not-an-object', undefined],
    ]);
    expect(rejected[0]).to.deep.equal({
      kind: 'service',
      index: 1,
      field: '',
      code: 'not-an-object',
      message: 'this service must be an object like {"id": "…", "name": "…"}, not null',
    });
  });

  const idCases: [unknown, string | undefined][] = [
    ['Questura Matera', 'Questura Matera'],
    ['Y'.repeat(500), 'Y'.repeat(60)],
    [42, undefined],
    ['', undefined],
    [{ id: 'x' }, undefined],
  ];
  for (const [id, expected] of idCases) {
    it(`reports id ${JSON.stringify(id).slice(0, 20)} as ${JSON.stringify(expected)?.slice(0, 20)}`, () => {
      expect(oneRejection({ id }).id).to.equal(expected);
    });
  }

  it('keeps the first of two services with one id', () => {
    const { directory, rejected } = accepted(rawDocument([rawService({ name: 'First' }), rawService({ name: 'Second' })]));
    expect(directory.services.map((s) => s.name)).to.deep.equal([{ it: 'First' }]);
    expect(rejected).to.deep.equal([
      {
        kind: 'service',
        index: 1,
        id: 'questura-matera',
        field: 'id',
        code: 'duplicate-id',
        message: 'duplicate id "questura-matera": the first entry with this id is kept',
      },
    ]);
  });

  it('lets a later service take the id of an earlier rejected one', () => {
    const { directory, rejected } = accepted(rawDocument([rawService({ name: 'Broken', lat: 'x' }), rawService({ name: 'Good' })]));
    expect(directory.services.map((s) => s.name)).to.deep.equal([{ it: 'Good' }]);
    expect(rejected.map((r) => r.code)).to.deep.equal(['wrong-type']);
  });

  it('lists at most six category ids in a message', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, name: id }));
    const { rejected } = accepted(rawDocument([rawService({ category: 'h' })], many));
    expect(rejected[0]!.message).to.equal('category "h" is not one of the categories (a, b, c, d, e, f, …)');
  });
});

describe('validateDirectory: optional service fields', () => {
  const cases: [string, Raw, Partial<Service>][] = [
    ['null is absent', { municipality: null, address: null, phone: null, hours: null, sources: null, confidence: null }, { phone: [], hours: [], sources: [] }],
    ['one phone as text', { phone: ' +39 0835 1 ' }, { phone: ['+39 0835 1'] }],
    ['blank and repeated phones dropped', { phone: ['+39 1', '', '+39 1', '  '] }, { phone: ['+39 1'] }],
    ['one email as text', { email: 'a@example.it' }, { email: ['a@example.it'] }],
    ['municipality trimmed', { municipality: ' Pisticci ' }, { municipality: 'Pisticci' }],
    ['blank municipality absent', { municipality: '' }, {}],
    ['text as Italian', { address: 'Via Roma 1' }, { address: { it: 'Via Roma 1' } }],
    ['language keys lower-cased', { description: { IT: 'Ciao', 'zh-CN': '你好' } }, { description: { it: 'Ciao', 'zh-cn': '你好' } }],
    ['empty translations dropped', { description: { it: '', en: 'Hello', fr: null } }, { description: { en: 'Hello' } }],
    ['keys that are not languages ignored', { description: { it: 'Ciao', 'not a code': 5, __proto__x: 'x' } }, { description: { it: 'Ciao' } }],
    ['a text with nothing usable is absent', { hoursNote: { it: '  ' } }, {}],
    ['languages lower-cased, without repeats', { languages: ['IT', 'en', 'it', 'pt-BR'] }, { languages: ['it', 'en', 'pt-br'] }],
    ['tags trimmed', { tags: [' medico ', 'doctor', ''] }, { tags: ['medico', 'doctor'] }],
    ['needs: known ids kept in order, a handled need not repeated', { handles: [' residence-permit ', 'asylum'], needs: ['asylum', 'legal-help', 'legal-help'] }, { handles: ['residence-permit', 'asylum'], needs: ['legal-help'] }],
    ['needs: an id this version does not know is dropped, the service kept', { needs: ['food', 'teleportation', '<b>x</b>'] }, { needs: ['food'] }],
    ['needs: empty lists absent', { handles: [], needs: [''] }, {}],
    ['days in week order, without repeats', { hours: [{ days: ['fr', 'mo', 'fr'], opens: '09:00', closes: '13:00' }] }, { hours: [{ days: ['mo', 'fr'], opens: '09:00', closes: '13:00' }] }],
    ['hours past midnight', { hours: [{ days: ['sa'], opens: '20:00', closes: '02:00' }] }, { hours: [{ days: ['sa'], opens: '20:00', closes: '02:00' }] }],
    ['a whole day', { hours: [{ days: ['su'], opens: '00:00', closes: '24:00' }] }, { hours: [{ days: ['su'], opens: '00:00', closes: '24:00' }] }],
    ['dates', { updated: '2024-02-29', verified: '2026-01-31' }, { updated: '2024-02-29', verified: '2026-01-31' }],
    ['confidence and precision', { confidence: 'low', coordinatePrecision: 'town-centre' }, { confidence: 'low', coordinatePrecision: 'town-centre' }],
    ['website kept as given, even when not linkable', { website: 'javascript:alert(1)' }, { website: 'javascript:alert(1)' }],
    ['hostile text kept as plain text', { name: '<img src=x onerror=alert(1)>', tags: ['<script>alert(1)</script>'] }, { name: { it: '<img src=x onerror=alert(1)>' }, tags: ['<script>alert(1)</script>'] }],
    ['coordinates at the limits', { lat: -90, lon: 180 }, { lat: -90, lon: 180 }],
    ['one whatsapp number as text', { whatsapp: ' +39 320 1 ' }, { whatsapp: ['+39 320 1'] }],
    ['a one-day closure ends the day it starts', { closures: [{ from: '2026-07-02', note: 'Festa della Bruna' }] }, { closures: [{ from: '2026-07-02', to: '2026-07-02', note: { it: 'Festa della Bruna' } }] }],
    ['a closure of a service names no comune', { closures: [{ from: '2026-08-10', to: '2026-08-21', municipality: 'Matera' }] }, { closures: [{ from: '2026-08-10', to: '2026-08-21' }] }],
    ['open on holidays', { openOnHolidays: true }, { openOnHolidays: true }],
  ];
  for (const [what, patch, expected] of cases) {
    it(what, () => {
      const service = oneService(patch);
      for (const [key, value] of Object.entries(expected)) expect(service[key as keyof Service], key).to.deep.equal(value);
      for (const key of ['municipality', 'address', 'description', 'hoursNote', 'website', 'confidence']) {
        if (!(key in expected)) expect(service, key).not.to.have.property(key);
      }
    });
  }

  const sourceCases: [unknown, unknown[]][] = [
    ['https://www.sassilive.it/?p=609817 (2023-01)', [{ url: 'https://www.sassilive.it/?p=609817', note: '2023-01' }]],
    ['https://example.it/page', [{ url: 'https://example.it/page' }]],
    ['HTTP://example.it historic site, year not shown', [{ url: 'HTTP://example.it', note: 'historic site, year not shown' }]],
    ['https://example.it/a ((nested) note)', [{ url: 'https://example.it/a', note: '(nested) note' }]],
    ['phone call with the office 2026-11', [{ note: 'phone call with the office 2026-11' }]],
    ['javascript:alert(1)', [{ note: 'javascript:alert(1)' }]],
    ['https:// (2024)', [{ note: 'https:// — 2024' }]],
    [{ url: 'https://example.it', note: 'Carta dei servizi' }, [{ url: 'https://example.it', note: 'Carta dei servizi' }]],
    [{ url: 'ftp://example.it/file', note: 'old' }, [{ note: 'ftp://example.it/file — old' }]],
    [{ url: 'javascript:alert(1)' }, [{ note: 'javascript:alert(1)' }]],
    [{ note: 'seen on a poster' }, [{ note: 'seen on a poster' }]],
    [{}, []],
    ['  ', []],
    [null, []],
  ];
  for (const [source, expected] of sourceCases) {
    it(`source ${JSON.stringify(source)}`, () => {
      expect(oneService({ sources: [source] }).sources).to.deep.equal(expected);
    });
  }
});

describe('validateDirectory: hostile input', () => {
  const circular: Raw = rawService();
  circular['self'] = circular;
  circular['lat'] = circular;
  let deep: unknown = 'bottom';
  for (let i = 0; i < 10_000; i++) deep = { it: deep };
  const throwing = Object.defineProperty({}, 'version', { enumerable: true, get: () => { throw new Error('boom'); } });
  const proxy = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  const inputs: [string, unknown][] = [
    ['true', true],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['a Date', new Date()],
    ['a Map', new Map()],
    ['a throwing getter', throwing],
    ['a throwing Proxy', proxy],
    ['a revoked Proxy', revoked.proxy],
    ['a circular service', rawDocument([circular])],
    ['a 10,000-deep name', rawDocument([rawService({ name: deep, description: deep })])],
    ['odd values everywhere', rawDocument([rawService({ lat: 10n, name: Symbol('n'), phone: [() => 1] }), rawService({ hours: [{ days: new Array(3) }] })], [{ id: 'health', name: 'x', color: Symbol('c') }])],
    ['sparse lists', rawDocument(new Array(5), new Array(3))],
    ['a service as categories', rawDocument([], [rawService()])],
  ];
  for (const [name, input] of inputs) {
    it(`never throws on ${name}`, () => {
      let result: ValidationResult | undefined;
      expect(() => (result = validateDirectory(input))).not.to.throw();
      expect(result!.ok).to.be.a('boolean');
      if (!result!.ok) expect(result!.message).to.be.a('string').and.not.equal('');
    });
  }

  it('rejects a 10,000-deep text field with a short message', () => {
    const rejection = oneRejection({ name: { it: deep } });
    expect(rejection).to.include({ field: 'name.it', code: 'wrong-type' });
    expect(rejection.message.length).to.be.below(120);
  });

  it('names a bigint coordinate without crashing', () => {
    expect(oneRejection({ lat: 10n }).message).to.match(/^lat 10n must be a number/);
  });

  it('makes a throwing object an unusable document', () => {
    const result = validateDirectory(throwing);
    expect(result).to.deep.equal({ ok: false, message: 'the directory could not be read: some of its values cannot be inspected' });
  });

  it('reads 10,000 services, good and bad', () => {
    const services = Array.from({ length: 10_000 }, (_, i) => rawService({ id: `s-${i}`, lat: i % 2 === 0 ? 40 : 400 }));
    const { directory, rejected } = accepted(rawDocument(services));
    expect(directory.services).to.have.length(5000);
    expect(rejected).to.have.length(5000);
    expect(rejected[4999]).to.include({ index: 9999, id: 's-9999', code: 'out-of-range' });
  });

  it('ignores "__proto__" keys and pollutes nothing', () => {
    const json = `{"version": 1, "__proto__": {"polluted": "doc"},
      "categories": [{"id": "health", "name": {"it": "Salute", "__proto__": {"polluted": "text"}}, "__proto__": {"polluted": "cat"}}],
      "services": [{"id": "a", "name": "A", "category": "health", "lat": 40, "lon": 16, "__proto__": {"lat": 999, "polluted": "svc"},
        "description": {"__proto__": "x", "en": "Hello"}, "tags": ["__proto__"]}]}`;
    const { directory, rejected } = accepted(JSON.parse(json));
    expect(rejected).to.deep.equal([]);
    expect(({} as Raw)['polluted']).to.equal(undefined);
    expect(directory.categories[0]!.name).to.deep.equal({ it: 'Salute' });
    expect(Object.getPrototypeOf(directory.services[0]!.description)).to.equal(Object.prototype);
    expect(directory.services[0]).to.deep.include({ lat: 40, description: { en: 'Hello' }, tags: ['__proto__'] });
  });

  it('does not read inherited fields', () => {
    const inherited = Object.create({ lat: 40, lon: 16 }) as Raw;
    Object.assign(inherited, { id: 'a', name: 'A', category: 'health' });
    const { rejected } = accepted(rawDocument([inherited]));
    expect(rejected[0]).to.include({ field: 'lat', code: 'missing' });
  });
});

describe('validateDirectoryAsync', () => {
  const throwing = Object.defineProperty({ version: 1, categories: [] }, 'services', { enumerable: true, get: () => { throw new Error('boom'); } });
  const mixed = Array.from({ length: 300 }, (_, i) =>
    rawService({ id: i % 50 === 0 ? 'repeated' : `s-${i}`, lat: i % 7 === 0 ? 400 : 40, tags: [`t${i % 3}`, ' x ', 'x'] }),
  );
  const inputs: [string, unknown][] = [
    ['a good document', rawDocument([rawService(), rawService({ id: 'cpi', category: 'work', phone: '0835 1' })])],
    ['good and bad services, repeated ids', rawDocument(mixed)],
    ['a bad category', rawDocument([rawService()], [...CATEGORIES, { id: 'Bad Id', name: 'x' }])],
    ['not an object', 'directory'],
    ['the wrong version', { version: 2, categories: [], services: [] }],
    ['no services list', { version: 1, categories: [] }],
    ['a throwing getter', throwing],
  ];
  for (const [what, raw] of inputs) {
    it(`the result of validateDirectory: ${what}`, async () => {
      expect(await validateDirectoryAsync(raw, { yieldEvery: 0 })).to.deep.equal(validateDirectory(raw));
    });
  }

  it('rejects with the reason when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('a newer document came'));
    let error: unknown;
    await validateDirectoryAsync(rawDocument(mixed), { signal: controller.signal }).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('a newer document came');
  });
});

describe('validateDirectory: sources by fact, summaries and the public fields (issue 16)', () => {
  it('reads the source and date of each kind of fact, the summary and the unreviewed languages', () => {
    const service = oneService({
      factSources: { phone: { url: 'https://example.org/contatti', date: '2019-05' }, hours: { date: '2024' }, colour: { date: '2020' } },
      summary: { it: 'Ti dà un pasto caldo.', ar: 'يقدم لك وجبة ساخنة.' },
      unreviewed: ['ar'],
    });
    expect(service.factSources).to.deep.equal({ phone: { url: 'https://example.org/contatti', date: '2019-05' }, hours: { date: '2024' } });
    expect(service.summary).to.deep.equal({ it: 'Ti dà un pasto caldo.', ar: 'يقدم لك وجبة ساخنة.' });
    expect(service.unreviewed).to.deep.equal(['ar']);
  });

  it('rejects a fact source that is not a page or whose date is not a date, naming the field', () => {
    expect(oneRejection({ factSources: { phone: { url: 'javascript:alert(1)' } } }).field).to.equal('factSources.phone.url');
    const date = oneRejection({ factSources: { address: { date: 'May 2019' } } });
    expect([date.field, date.code]).to.deep.equal(['factSources.address.date', 'bad-value']);
  });

  it('rejects a phone, an address or a name that carries a note for maintainers; a public label and a floor pass', () => {
    const phone = oneRejection({ phone: ['0835 3781 (centralino, 2009)'] });
    expect([phone.field, phone.code]).to.deep.equal(['phone[0]', 'bad-value']);
    expect(phone.message).to.contain('carries a note for maintainers ("2009")');
    expect(oneRejection({ email: ['info@example.it (c. 2010)'] }).field).to.equal('email[0]');
    expect(oneRejection({ address: 'Via Roma 1 (indirizzo non indicato nella fonte)' }).field).to.equal('address.it');
    expect(oneRejection({ name: 'Questura (da verificare)' }).field).to.equal('name.it');
    const kept = oneService({ phone: ['0835 3781 (centralino)'], address: 'Via Roma 1, 75100 Matera (secondo piano)', name: 'Centro 2000' });
    expect(kept.phone).to.deep.equal(['0835 3781 (centralino)']);
  });
});

describe('validateDirectory: limits (issue 17)', () => {
  it('rejects a service with a text over 20,000 characters, naming the field and the limit', () => {
    const long = 'a'.repeat(20_001);
    for (const [patch, field] of [
      [{ name: long }, 'name'],
      [{ description: { it: 'ok', en: long } }, 'description.en'],
      [{ tags: ['ok', long] }, 'tags[1]'],
    ] as const) {
      const rejection = oneRejection(patch);
      expect([rejection.field, rejection.code], field).to.deep.equal([field, 'bad-value']);
      expect(rejection.message).to.contain('20,001 characters long, more than the 20,000 a text may have');
    }
    expect(oneService({ description: 'a'.repeat(20_000) }).description!.it).to.have.length(20_000);
  });

  it('refuses a document of more than 500,000 entries, naming the limit, without reading the ones past it', () => {
    const result = validateDirectory(rawDocument(new Array(500_001).fill(0)));
    expect(result.ok).to.equal(false);
    expect(result.ok ? '' : result.message).to.equal(
      'the directory has 500,001 services, more than the 500,000 this widget reads; publish it split into smaller directories (by comune or by category)',
    );
  });
});
