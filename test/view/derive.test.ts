import { expect } from '@open-wc/testing';
import {
  countByCategory,
  deriveView,
  offeredCategories,
  prepareViewAsync,
  rankResults,
  scopeServices,
  type ViewInputs,
} from '../../src/view/derive.js';
import { buildSearchIndex, searchServices } from '../../src/search/search-index.js';
import type { Category, Directory, OpeningHours, Service } from '../../src/data/types.js';
import { makeService } from '../fixtures/services.js';

function category(id: string, name = id): Category {
  return { id, name: { it: name }, color: '#336699' };
}

function service(id: string, categoryId: string, extra: Partial<Service> = {}): Service {
  return makeService(id, { category: categoryId, ...extra });
}

const health = category('health', 'Salute');
const work = category('work', 'Lavoro');
const home = category('home', 'Casa');
const directory: Directory = { version: 1, categories: [health, work, home], services: [] };

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

/** Opening hours of four kinds: none, split shifts on weekdays, round the clock, Saturday night. */
const HOURS: OpeningHours[][] = [
  [],
  [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '13:00' },
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '15:00', closes: '18:00' },
  ],
  [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }],
  [{ days: ['sa'], opens: '20:00', closes: '02:00' }],
];

describe('offeredCategories', () => {
  const cases: [string, string[], string[], string[]][] = [
    ['none requested: all, in directory order', [], ['health', 'work', 'home'], []],
    ["the host's order", ['home', 'health'], ['home', 'health'], []],
    ['one', ['work'], ['work'], []],
    ['duplicates once', ['work', 'health', 'work', 'health'], ['work', 'health'], []],
    ['unknown reported', ['health', 'legal'], ['health'], ['legal']],
    ['unknown reported once, in order', ['x', 'work', 'y', 'x'], ['work'], ['x', 'y']],
    ['ids are case-sensitive', ['Health', 'WORK'], [], ['Health', 'WORK']],
    ['only unknown: nothing offered', ['nope'], [], ['nope']],
    ['hostile id is just unknown', ['<script>', '__proto__', 'constructor'], [], ['<script>', '__proto__', 'constructor']],
  ];
  for (const [label, requested, expected, unknown] of cases) {
    it(`${label}: ${JSON.stringify(requested)}`, () => {
      const result = offeredCategories(directory, requested);
      expect(ids(result.categories)).to.deep.equal(expected);
      expect(result.unknown).to.deep.equal(unknown);
    });
  }

  it('returns the directory objects themselves', () => {
    expect(offeredCategories(directory, ['work']).categories[0]).to.equal(work);
  });

  it('none requested: a copy, not the directory array', () => {
    const { categories } = offeredCategories(directory, []);
    expect(categories).to.not.equal(directory.categories);
    expect(categories).to.deep.equal(directory.categories);
  });

  it('a directory without categories offers nothing', () => {
    const empty: Directory = { version: 1, categories: [], services: [] };
    expect(offeredCategories(empty, [])).to.deep.equal({ categories: [], unknown: [] });
    expect(offeredCategories(empty, ['health'])).to.deep.equal({ categories: [], unknown: ['health'] });
  });
});

describe('scopeServices', () => {
  const services: Service[] = [
    service('asl-matera', 'health', { municipality: 'Città di Matera' }),
    service('cpi-matera', 'work', { municipality: 'Città di Matera' }),
    service('asl-policoro', 'health', { municipality: 'Policoro' }),
    service('cpi-scanzano', 'work', { municipality: 'Scanzano Jonico' }),
    service('helpline', 'health'), // no municipality
    service('sprar', 'home', { municipality: 'Policoro' }),
    service('orphan', 'legal', { municipality: 'Policoro' }), // category not in the directory
  ];
  const cases: [string, Category[], string[], string[]][] = [
    ['all categories, no comune: all known-category services', [health, work, home], [], ['asl-matera', 'cpi-matera', 'asl-policoro', 'cpi-scanzano', 'helpline', 'sprar']],
    ['one category', [health], [], ['asl-matera', 'asl-policoro', 'helpline']],
    ['no category: nothing', [], [], []],
    ['exact comune', [health, work, home], ['Policoro'], ['asl-policoro', 'sprar']],
    ['comune ignoring case and accents', [health, work, home], ['citta di matera'], ['asl-matera', 'cpi-matera']],
    ['comune in capitals with accent', [health, work, home], ['CITTÀ DI MATERA'], ['asl-matera', 'cpi-matera']],
    ['comune with extra spaces and punctuation', [health, work, home], ['  Scanzano   Jonico '], ['cpi-scanzano']],
    ['comune with a hyphen', [health, work, home], ['scanzano-jonico'], ['cpi-scanzano']],
    ['several comuni', [health, work, home], ['Policoro', 'Scanzano Jonico'], ['asl-policoro', 'cpi-scanzano', 'sprar']],
    ['comune and category together', [health], ['Policoro'], ['asl-policoro']],
    ['part of a name is not the comune', [health, work, home], ['Matera'], []],
    ['unknown comune: nothing', [health, work, home], ['Bari'], []],
    ['a comune named: services without one drop out', [health], ['Città di Matera'], ['asl-matera']],
  ];
  for (const [label, categories, municipalities, expected] of cases) {
    it(`${label}: ${JSON.stringify(municipalities)}`, () => {
      expect(ids(scopeServices(services, categories, municipalities))).to.deep.equal(expected);
    });
  }

  it('keeps the input order and does not change the input', () => {
    const input = [services[2], services[0]];
    expect(ids(scopeServices(input, [health], []))).to.deep.equal(['asl-policoro', 'asl-matera']);
    expect(ids(input)).to.deep.equal(['asl-policoro', 'asl-matera']);
  });

  it('no services: nothing', () => {
    expect(scopeServices([], [health], ['Policoro'])).to.deep.equal([]);
  });
});

describe('countByCategory', () => {
  const services: Service[] = [
    service('a', 'health'),
    service('b', 'health'),
    service('c', 'work'),
    service('d', 'health'),
  ];
  const cases: [string, readonly Service[], Map<string, number> | undefined, [string, number][]][] = [
    ['no search: every service', services, undefined, [['health', 3], ['work', 1]]],
    ['search: only scored services', services, new Map([['a', 2], ['c', 1]]), [['health', 1], ['work', 1]]],
    ['a score of 0 still counts', services, new Map([['b', 0], ['d', 0.5]]), [['health', 2]]],
    ['scores of unknown ids are ignored', services, new Map([['zzz', 9]]), []],
    ['search with no match: no counts', services, new Map(), []],
    ['no services', [], undefined, []],
    ['no services, with scores', [], new Map([['a', 1]]), []],
  ];
  for (const [label, list, scores, expected] of cases) {
    it(label, () => {
      const counts = countByCategory(list, scores);
      expect([...counts.entries()].sort()).to.deep.equal(expected.sort());
      expect(counts.get('home')).to.equal(undefined);
    });
  }
});

describe('rankResults', () => {
  const categories = [work, health]; // the embed's order: work first
  const collator = new Intl.Collator('it');
  const names: Record<string, string> = {
    zeta: 'Zeta sportello',
    alfa: 'alfa ambulatorio',
    citta: 'Città solidale',
    cittadella: 'Cittadella centro',
    beta: 'Beta lavoro',
    delta: 'delta lavoro',
  };
  const nameOf = (s: Service) => names[s.id] ?? s.id;
  const services: Service[] = [
    service('zeta', 'health'),
    service('alfa', 'health'),
    service('citta', 'health'),
    service('cittadella', 'health'),
    service('delta', 'work'),
    service('beta', 'work'),
  ];
  const none = new Set<string>();

  const cases: [string, Map<string, number> | undefined, Set<string>, string[]][] = [
    // Without a search: category order (work, then health), then by name as Italian sorts it:
    // case and accents do not put `Zeta` before `alfa` nor `Città` after `Cittadella`.
    ['no search: category order, then name', undefined, none, ['beta', 'delta', 'alfa', 'citta', 'cittadella', 'zeta']],
    ['no search, one active category', undefined, new Set(['health']), ['alfa', 'citta', 'cittadella', 'zeta']],
    ['no search, both active', undefined, new Set(['health', 'work']), ['beta', 'delta', 'alfa', 'citta', 'cittadella', 'zeta']],
    ['no search, active category with no service', undefined, new Set(['home']), []],
    ['search: best score first', new Map([['alfa', 1], ['zeta', 5], ['delta', 3]]), none, ['zeta', 'delta', 'alfa']],
    ['search: equal scores by name, across categories', new Map([['zeta', 2], ['beta', 2], ['alfa', 2], ['delta', 9]]), none, ['delta', 'alfa', 'beta', 'zeta']],
    ['search ignores category order', new Map([['alfa', 3], ['beta', 1]]), none, ['alfa', 'beta']],
    ['search and active category', new Map([['alfa', 1], ['zeta', 5], ['delta', 3]]), new Set(['health']), ['zeta', 'alfa']],
    ['search with no match', new Map(), none, []],
    ['search scoring unknown ids only', new Map([['nope', 4]]), none, []],
  ];
  for (const [label, scores, active, expected] of cases) {
    it(label, () => {
      expect(ids(rankResults(services, categories, scores, active, nameOf, collator))).to.deep.equal(expected);
    });
  }

  it('no services: nothing, with or without a search', () => {
    expect(rankResults([], categories, undefined, none, nameOf, collator)).to.deep.equal([]);
    expect(rankResults([], categories, new Map([['a', 1]]), none, nameOf, collator)).to.deep.equal([]);
  });

  it('does not reorder the input array', () => {
    const input = [...services];
    rankResults(input, categories, undefined, none, nameOf, collator);
    rankResults(input, categories, new Map([['beta', 1], ['zeta', 2]]), none, nameOf, collator);
    expect(ids(input)).to.deep.equal(ids(services));
  });

  it('uses the names given by nameOf, not the ids', () => {
    const reversed = (s: Service) => ({ beta: 'B', delta: 'A' })[s.id as 'beta' | 'delta'] ?? s.id;
    const result = rankResults(services, [work], undefined, new Set(['work']), reversed, collator);
    expect(ids(result)).to.deep.equal(['delta', 'beta']);
  });
});

describe('deriveView', () => {
  const categories: Category[] = [
    { id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#c00', icon: 'health' },
    { id: 'work', name: { it: 'Lavoro', en: 'Work' }, color: '#080', icon: 'work' },
    { id: 'home', name: { it: 'Casa' }, color: '#00c' },
  ];
  const towns = ['Matera', 'Policoro', 'Città di Matera', undefined];
  const names = ['Ospedale', 'ospedale', 'Città solidale', 'Citta solidale', 'Zeta sportello', 'alfa ambulatorio', 'Centro per l’Impiego', 'Medico di base'];
  const services: Service[] = Array.from({ length: 48 }, (_, i) =>
    makeService(`s${i}`, {
      name: i % 3 === 0 ? { it: `${names[i % names.length]} ${i % 5}`, en: `Service ${i % 4}` } : { it: names[i % names.length] },
      category: categories[i % 3].id,
      municipality: towns[i % towns.length],
      tags: i % 4 === 0 ? ['medico', 'lavoro'] : ['permesso di soggiorno'],
      status: i % 11 === 0 ? 'closed' : 'active',
      confidence: i % 7 === 0 ? 'low' : 'high',
      lat: 40.3 + ((i * 7) % 48) / 100,
      lon: 16.2 + ((i * 11) % 24) / 100,
      hours: HOURS[i % HOURS.length],
    }),
  );
  const closures = [{ from: '2026-07-02', to: '2026-07-02', municipality: 'Matera' }];
  const directory: Directory = { version: 1, categories, services, closures };
  const index = buildSearchIndex(services, categories);
  // Built from the services in another order, this index makes deriveView take the direct way,
  // with nothing kept: the reference the kept views must match.
  const reference = buildSearchIndex([...services].reverse(), categories);

  const base = { directory, categoryIds: [] as string[], municipalities: [] as string[], searchText: '', active: new Set<string>(), locale: 'it' };
  const weekdayMorning = new Date('2026-07-01T08:00:00Z'); // Wednesday 10:00 in Rome
  const cases: [string, Partial<ViewInputs>][] = [
    ['no search, Italian', {}],
    ['no search, English', { locale: 'en' }],
    ['no search, a language nobody wrote', { locale: 'uk' }],
    ['a word', { searchText: 'ospedale' }],
    ['a prefix, one letter', { searchText: 'o' }],
    ['a typo', { searchText: 'ospedle' }],
    ['two words', { searchText: 'medico matera' }],
    ['by meaning', { searchText: 'doctor', locale: 'en' }],
    ['a phrase', { searchText: 'permesso di soggiorno' }],
    ['no match', { searchText: 'biblioteca' }],
    ['blank', { searchText: '  ?! ' }],
    ['an active category', { active: new Set(['work']) }],
    ['an active category and a search', { active: new Set(['health']), searchText: 'medico' }],
    ["the host's categories, in its order, one unknown", { categoryIds: ['home', 'health', 'nope'] }],
    ["the host's categories and a search", { categoryIds: ['work'], searchText: 'lavoro' }],
    ["the host's comuni", { municipalities: ['CITTÀ DI MATERA', 'policoro'] }],
    ["the host's comuni and a search", { municipalities: ['Matera'], searchText: 'ospedale', locale: 'en' }],
    ['open now, a weekday morning', { openAt: weekdayMorning }],
    ['open now, Saturday after midnight', { openAt: new Date('2026-07-04T23:30:00Z') }],
    ["open now, Matera's closure day", { openAt: new Date('2026-07-02T08:00:00Z') }],
    ['open now, a search and an active category', { openAt: weekdayMorning, searchText: 'ospedale', active: new Set(['health']) }],
    ['near a point', { origin: { lat: 40.5, lon: 16.4 } }],
    ['near a point, with a search', { origin: { lat: 40.5, lon: 16.4 }, searchText: 'medico', locale: 'en' }],
    ['near a point and open now', { origin: { lat: 40.31, lon: 16.21 }, openAt: weekdayMorning }],
  ];
  for (const [label, over] of cases) {
    it(`kept views give the direct result: ${label}`, () => {
      const inputs = { ...base, ...over };
      const fast = deriveView({ ...inputs, index });
      expect(fast).to.deep.equal(deriveView({ ...inputs, index: reference }));
      // Asked again (everything kept now), the same.
      expect(deriveView({ ...inputs, index })).to.deep.equal(fast);
    });
  }

  it('open now keeps only the services open then, and counts only them on the chips', () => {
    const { model } = deriveView({ ...base, index, openAt: weekdayMorning });
    const open = services.filter((s) => s.status !== 'closed' && s.hours.length > 0 && s.hours !== HOURS[3]);
    expect(model.items.map((item) => item.id).sort()).to.deep.equal(open.map((s) => s.id).sort());
    expect(model.chips.reduce((sum, chip) => sum + chip.count, 0)).to.equal(open.length);
    expect(deriveView({ ...base, index, openAt: new Date('2026-07-02T08:00:00Z') }).model.items.some((i) => i.municipality === 'Matera')).to.equal(false);
  });

  it('near a point puts the nearest first and gives each item’s distance', () => {
    const origin = { lat: 40.5, lon: 16.4 };
    const { model } = deriveView({ ...base, index, origin });
    const metres = [...model.distances!];
    expect(metres).to.have.length(services.length);
    expect(metres).to.deep.equal([...metres].sort((a, b) => a - b));
    const first = services.find((s) => s.id === model.items[0].id)!;
    expect(metres[0]).to.be.closeTo(Math.hypot((first.lat - 40.5) * 111_195, (first.lon - 16.4) * 111_195 * Math.cos(40.5 * Math.PI / 180)), 50);
    expect(model.points.map((p) => p.id)).to.deep.equal(model.items.map((i) => i.id));
  });

  it('keeps each service in the results once, in scope, ranked as rankResults ranks them', () => {
    const { model } = deriveView({ ...base, index, searchText: 'ospedale' });
    const scores = searchServices(index, 'ospedale');
    const expected = rankResults(services, categories, scores, new Set(), (s) => s.name.it ?? '', new Intl.Collator('it', { sensitivity: 'base' }));
    expect(model.items.map((item) => item.id)).to.deep.equal(expected.map((s) => s.id));
    expect(model.points.map((point) => point.id)).to.deep.equal(expected.map((s) => s.id));
  });

  it('switching languages and back gives each language its own names', () => {
    const italian = deriveView({ ...base, index, locale: 'it' });
    const english = deriveView({ ...base, index, locale: 'en' });
    const arabic = deriveView({ ...base, index, locale: 'ar' });
    expect(english.model.chips.map((c) => c.name)).to.deep.equal(['Health', 'Work', 'Casa']);
    expect(arabic.model.chips.map((c) => c.name)).to.deep.equal(['Salute', 'Lavoro', 'Casa']);
    expect(deriveView({ ...base, index, locale: 'it' })).to.deep.equal(italian);
    expect(deriveView({ ...base, index, locale: 'en' })).to.deep.equal(english);
  });

  it('a directory with repeated ids is derived directly, each service kept', () => {
    const twins: Directory = { version: 1, categories, services: [services[0], { ...services[1], id: 's0' }] };
    const { model, offered } = deriveView({ ...base, directory: twins, index: buildSearchIndex(twins.services, categories) });
    expect(model.items.map((item) => item.id)).to.deep.equal(['s0', 's0']);
    expect([...offered]).to.deep.equal(['s0']);
  });

  it('another directory object gets its own views', () => {
    const renamed: Directory = { ...directory, categories: categories.map((c) => ({ ...c, name: { it: `${c.name.it}!` } })) };
    deriveView({ ...base, index });
    const { model } = deriveView({ ...base, directory: renamed, index });
    expect(model.chips.map((c) => c.name)).to.deep.equal(['Salute!', 'Lavoro!', 'Casa!']);
  });
});

describe('prepareViewAsync', () => {
  const categories: Category[] = [{ id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#c00' }];
  const services = Array.from({ length: 300 }, (_, i) =>
    makeService(`s${i}`, { name: { it: `Ambulatorio ${(i * 37) % 300}`, en: `Clinic ${(i * 53) % 300}` }, category: 'health' }),
  );
  const inputs = { categoryIds: [], municipalities: [], searchText: 'ambulatorio 1', active: new Set<string>() };

  for (const lang of ['it', 'en']) {
    it(`then deriveView gives what it gives without (${lang})`, async () => {
      const prepared: Directory = { version: 1, categories, services };
      const plain: Directory = { version: 1, categories, services: [...services] };
      await prepareViewAsync(prepared, lang, { yieldEvery: 0 });
      const index = buildSearchIndex(services, categories);
      const expected = deriveView({ ...inputs, directory: plain, index, locale: lang });
      expect(deriveView({ ...inputs, directory: prepared, index, locale: lang })).to.deep.equal(expected);
    });
  }

  it('a second call for a prepared language does nothing more', async () => {
    const directory: Directory = { version: 1, categories, services };
    await prepareViewAsync(directory, 'it');
    await prepareViewAsync(directory, 'it');
    const index = buildSearchIndex(services, categories);
    expect(deriveView({ ...inputs, directory, index, locale: 'it' }).model.total).to.equal(300);
  });

  it('rejects with the reason when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('the language changed'));
    let error: unknown;
    await prepareViewAsync({ version: 1, categories, services }, 'it', { signal: controller.signal }).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('the language changed');
  });
});
