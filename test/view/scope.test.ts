import { expect } from '@open-wc/testing';
import { countByCategory, offeredCategories, rankResults, scopeServices } from '../../src/view/scope.js';
import type { Category, Directory, Service } from '../../src/data/types.js';
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
