import { expect } from '@open-wc/testing';
import { deriveView, prepareViewAsync, type ViewInputs } from '../../src/view/derive.js';
import { rankResults } from '../../src/view/scope.js';
import { buildSearchIndex, searchServices } from '../../src/search/search-index.js';
import type { Category, Directory, OpeningHours, Service } from '../../src/data/types.js';
import { makeService } from '../fixtures/services.js';

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
