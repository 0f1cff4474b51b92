import { expect } from '@open-wc/testing';
import {
  buildCategoryViews,
  buildChips,
  buildListItems,
  buildMapPoints,
  categoryViewOf,
  textIn,
  type CategoryView,
} from '../../src/view/view-models.js';
import { ICON_PATHS } from '../../src/view/icon-paths.js';
import type { Category, Service } from '../../src/data/types.js';
import { makeService } from '../fixtures/services.js';

const health: Category = { id: 'health', name: { it: 'Salute', en: 'Health', ar: 'الصحة' }, color: '#cc3333', icon: 'health' };
const work: Category = { id: 'work', name: { it: 'Lavoro' }, color: '#3366cc', icon: 'work' };
const plain: Category = { id: 'plain', name: { en: 'Plain' }, color: '#123' }; // no icon, no Italian
const oddIcon: Category = { id: 'odd', name: { it: 'Strano' }, color: '#abcdef', icon: 'toString' };

function service(id: string, categoryId: string, extra: Partial<Service> = {}): Service {
  return makeService(id, { name: { it: `Nome ${id}` }, category: categoryId, ...extra });
}

describe('textIn', () => {
  const cases: [Record<string, string> | undefined, string, string][] = [
    [{ it: 'Ciao', en: 'Hello' }, 'en', 'Hello'],
    [{ it: 'Ciao', en: 'Hello' }, 'ar', 'Ciao'],
    [{}, 'it', ''],
    [undefined, 'it', ''],
  ];
  for (const [text, lang, expected] of cases) {
    it(`${JSON.stringify(text)} in ${lang} -> ${JSON.stringify(expected)}`, () => {
      expect(textIn(text, lang)).to.equal(expected);
    });
  }
});

describe('buildCategoryViews', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['Italian', 'it', { health: 'Salute', work: 'Lavoro', plain: 'Plain' }],
    ['English, Italian where missing', 'en', { health: 'Health', work: 'Lavoro', plain: 'Plain' }],
    ['English region', 'en-GB', { health: 'Health', work: 'Lavoro', plain: 'Plain' }],
    ['Arabic', 'ar', { health: 'الصحة', work: 'Lavoro', plain: 'Plain' }],
    ['a language nobody wrote', 'uk', { health: 'Salute', work: 'Lavoro', plain: 'Plain' }],
  ];
  for (const [label, lang, expected] of cases) {
    it(`${label} (${lang})`, () => {
      const views = buildCategoryViews([health, work, plain], lang);
      expect(Object.fromEntries([...views].map(([id, v]) => [id, v.name]))).to.deep.equal(expected);
    });
  }

  it('keeps id, colour and icon, in the given order', () => {
    const views = buildCategoryViews([work, health, plain], 'it');
    expect([...views.keys()]).to.deep.equal(['work', 'health', 'plain']);
    expect(views.get('health')).to.deep.equal({ id: 'health', name: 'Salute', color: '#cc3333', icon: 'health' });
    expect(views.get('plain')?.icon).to.equal(undefined);
    expect(views.get('plain')?.color).to.equal('#123');
  });

  it('no categories: an empty map', () => {
    expect(buildCategoryViews([], 'it').size).to.equal(0);
  });
});

describe('categoryViewOf', () => {
  const views = buildCategoryViews([health, work], 'en');
  const cases: [string, CategoryView][] = [
    ['health', { id: 'health', name: 'Health', color: '#cc3333', icon: 'health' }],
    ['work', { id: 'work', name: 'Lavoro', color: '#3366cc', icon: 'work' }],
    ['legal', { id: 'legal', name: 'legal', color: '#4a5568' }],
    ['Health', { id: 'Health', name: 'Health', color: '#4a5568' }], // ids are case-sensitive
    ['', { id: '', name: '', color: '#4a5568' }],
    ['__proto__', { id: '__proto__', name: '__proto__', color: '#4a5568' }],
  ];
  for (const [id, expected] of cases) {
    it(`${JSON.stringify(id)} -> ${expected.name}`, () => {
      expect(categoryViewOf(views, id)).to.deep.equal(expected);
    });
  }

  it('the fallback has no icon', () => {
    expect(categoryViewOf(new Map(), 'x')).to.not.have.property('icon');
  });
});

describe('buildChips', () => {
  const views = buildCategoryViews([health, work, plain], 'it');
  const cases: [string, Category[], Map<string, number>, Set<string>, [string, number, boolean][]][] = [
    ['counts, none pressed', [health, work], new Map([['health', 3], ['work', 1]]), new Set(), [['health', 3, false], ['work', 1, false]]],
    ['no count: 0', [health, work], new Map([['health', 2]]), new Set(), [['health', 2, false], ['work', 0, false]]],
    ['one pressed', [health, work], new Map(), new Set(['work']), [['health', 0, false], ['work', 0, true]]],
    ['all pressed', [health, work], new Map(), new Set(['work', 'health']), [['health', 0, true], ['work', 0, true]]],
    ['in the offered order', [plain, work, health], new Map([['plain', 5]]), new Set(['plain']), [['plain', 5, true], ['work', 0, false], ['health', 0, false]]],
    ['an active id that is not offered presses nothing', [health], new Map([['legal', 9]]), new Set(['legal']), [['health', 0, false]]],
    ['nothing offered: no chips', [], new Map([['health', 3]]), new Set(['health']), []],
  ];
  for (const [label, offered, counts, active, expected] of cases) {
    it(label, () => {
      const chips = buildChips(offered, views, counts, active);
      expect(chips.map((c) => [c.id, c.count, c.pressed])).to.deep.equal(expected);
    });
  }

  it("a chip carries the category's name, colour and icon", () => {
    const [chip] = buildChips([health], views, new Map([['health', 4]]), new Set(['health']));
    expect(chip).to.deep.equal({ id: 'health', name: 'Salute', color: '#cc3333', icon: 'health', count: 4, pressed: true });
  });

  it('an offered category missing from the views falls back to its id', () => {
    const [chip] = buildChips([work], new Map(), new Map(), new Set());
    expect(chip).to.deep.equal({ id: 'work', name: 'work', color: '#4a5568', count: 0, pressed: false });
  });
});

describe('buildListItems', () => {
  const views = buildCategoryViews([health, work], 'en');

  describe('toVerify', () => {
    const cases: [Service['confidence'], boolean][] = [
      ['low', true],
      ['medium', false],
      ['high', false],
      [undefined, false],
    ];
    for (const [confidence, expected] of cases) {
      it(`confidence ${String(confidence)} -> ${expected}`, () => {
        const [item] = buildListItems([service('s', 'health', { confidence })], views, 'en');
        expect(item.toVerify).to.equal(expected);
      });
    }
  });

  describe('name', () => {
    const cases: [string, Service['name'], string, { text: string; lang: string; fallback: boolean }][] = [
      ['in the language asked', { it: 'Questura', en: 'Police HQ' }, 'en', { text: 'Police HQ', lang: 'en', fallback: false }],
      ['Italian fallback, marked', { it: 'Questura' }, 'en', { text: 'Questura', lang: 'it', fallback: true }],
      ['Italian asked', { it: 'Questura', en: 'Police HQ' }, 'it', { text: 'Questura', lang: 'it', fallback: false }],
      ['no name: the id', {}, 'en', { text: 'questura-matera', lang: 'en', fallback: false }],
      ['only empty names: the id', { it: '', en: '' }, 'ar', { text: 'questura-matera', lang: 'ar', fallback: false }],
    ];
    for (const [label, name, lang, expected] of cases) {
      it(`${label} (${lang})`, () => {
        const [item] = buildListItems([service('questura-matera', 'health', { name })], views, lang);
        expect(item.name).to.deep.equal(expected);
      });
    }
  });

  it('id, category view and municipality, in the given order', () => {
    const items = buildListItems(
      [service('b', 'work', { municipality: 'Policoro' }), service('a', 'health'), service('c', 'legal')],
      views,
      'en',
    );
    expect(items.map((i) => i.id)).to.deep.equal(['b', 'a', 'c']);
    expect(items[0].category).to.deep.equal({ id: 'work', name: 'Lavoro', color: '#3366cc', icon: 'work' });
    expect(items[0].municipality).to.equal('Policoro');
    expect(items[1].category.name).to.equal('Health');
    expect(items[1].municipality).to.equal(undefined);
    expect(items[2].category).to.deep.equal({ id: 'legal', name: 'legal', color: '#4a5568' });
  });

  it('no services: no items', () => {
    expect(buildListItems([], views, 'it')).to.deep.equal([]);
  });
});

describe('buildMapPoints', () => {
  const views = buildCategoryViews([health, work, plain, oddIcon], 'it');
  const cases: [string, Service, string, { title: string; color: string; iconPath: string }][] = [
    ['name – category', service('asl', 'health', { name: { it: 'ASL Matera' } }), 'it', { title: 'ASL Matera – Salute', color: '#cc3333', iconPath: ICON_PATHS.health }],
    ['the other icon', service('cpi', 'work', { name: { it: 'Centro per l’impiego' } }), 'it', { title: 'Centro per l’impiego – Lavoro', color: '#3366cc', iconPath: ICON_PATHS.work }],
    ['service name in the language asked', service('asl', 'health', { name: { it: 'ASL Matera', en: 'Matera health office' } }), 'en', { title: 'Matera health office – Salute', color: '#cc3333', iconPath: ICON_PATHS.health }],
    ['service name falls back to Italian', service('asl', 'health', { name: { it: 'ASL Matera' } }), 'ar', { title: 'ASL Matera – Salute', color: '#cc3333', iconPath: ICON_PATHS.health }],
    ['category without icon: the generic icon', service('p', 'plain', { name: { it: 'Punto' } }), 'it', { title: 'Punto – Plain', color: '#123', iconPath: ICON_PATHS.info }],
    ['unknown icon name: the generic icon', service('o', 'odd', { name: { it: 'Altro' } }), 'it', { title: 'Altro – Strano', color: '#abcdef', iconPath: ICON_PATHS.info }],
    ['unknown category: its id, default colour, generic icon', service('x', 'legal', { name: { it: 'Avvocato' } }), 'it', { title: 'Avvocato – legal', color: '#4a5568', iconPath: ICON_PATHS.info }],
    ['hostile name kept as plain text', service('h', 'health', { name: { it: '<img src=x onerror=alert(1)>' } }), 'it', { title: '<img src=x onerror=alert(1)> – Salute', color: '#cc3333', iconPath: ICON_PATHS.health }],
  ];
  for (const [label, s, lang, expected] of cases) {
    it(`${label} (${lang})`, () => {
      const [point] = buildMapPoints([s], views, lang);
      expect(point).to.deep.equal({ id: s.id, lat: s.lat, lon: s.lon, ...expected });
    });
  }

  it('keeps coordinates and order', () => {
    const points = buildMapPoints(
      [service('b', 'work', { lat: 40.1, lon: 16.2 }), service('a', 'health', { lat: -10.5, lon: 170.25 })],
      views,
      'it',
    );
    expect(points.map((p) => [p.id, p.lat, p.lon])).to.deep.equal([
      ['b', 40.1, 16.2],
      ['a', -10.5, 170.25],
    ]);
  });

  it('no services: no points', () => {
    expect(buildMapPoints([], views, 'it')).to.deep.equal([]);
  });

  // A service without a usable name is still named on the map, as in the list.
  it('no name: the id, as in the list', () => {
    const [point] = buildMapPoints([service('questura-matera', 'health', { name: {} })], views, 'it');
    expect(point.title).to.equal('questura-matera – Salute');
  });
});
