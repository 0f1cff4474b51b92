import { expect } from '@open-wc/testing';
import type { Category, Directory, Service } from '../../src/data/types.js';
import { buildSearchIndex, leftOutWords, scoreNeed, scoreServices, searchServices } from '../../src/search/search-index.js';
import { deriveView } from '../../src/view/derive.js';
import { NEEDS } from '../../src/data/needs.js';
import { makeService } from '../fixtures/services.js';

// The ranking rules of docs/search.md, one test each, on small directories that use the built-in
// directory's category ids (the dictionary's concepts name them).

const categories: Category[] = [
  { id: 'immigration', name: { it: 'Immigrazione e documenti', en: 'Immigration and documents' }, color: '#06c' },
  { id: 'work', name: { it: 'Lavoro', en: 'Work' }, color: '#080' },
  { id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#c00' },
  { id: 'housing', name: { it: 'Casa e accoglienza', en: 'Housing' }, color: '#a50' },
];

/** The ids a search returns, best first. */
function ranked(services: Service[], query: string): string[] {
  return [...searchServices(buildSearchIndex(services, categories), query).keys()];
}

describe('ranking', () => {
  it('puts the office that handles a need before those that help with it, and both before the rest of its category', () => {
    // Alphabetical order would be the reverse: the ranking must come from the needs.
    const services = [
      makeService('a-agenzia-entrate', { name: { it: 'Agenzia delle Entrate' }, category: 'immigration', tags: ['permesso di soggiorno', 'codice fiscale'] }),
      makeService('b-patronato', { name: { it: 'Patronato' }, category: 'work', needs: ['residence-permit'] }),
      makeService('c-questura', { name: { it: 'Questura' }, category: 'immigration', handles: ['residence-permit'] }),
    ];
    for (const query of ['rinnovo permesso di soggiorno', 'residence permit renewal', 'تجديد الإقامة', 'permesso']) {
      expect(ranked(services, query), query).to.deep.equal(['c-questura', 'b-patronato', 'a-agenzia-entrate']);
    }
  });

  it('without needs in the directory, keeps ranking by words and categories (no need, no change)', () => {
    const services = [
      makeService('a-agenzia-entrate', { name: { it: 'Agenzia delle Entrate' }, category: 'immigration', tags: ['permesso di soggiorno'] }),
      makeService('c-questura', { name: { it: 'Questura' }, category: 'immigration' }),
    ];
    expect(ranked(services, 'permesso di soggiorno')).to.deep.equal(['a-agenzia-entrate', 'c-questura']);
  });

  it('puts an exact match in the name first, before the office that handles the need', () => {
    const services = [
      makeService('cpi', { name: { it: "Centro per l'impiego" }, category: 'work', handles: ['job'] }),
      makeService('lavoro', { name: { it: 'Sportello Lavoro' }, category: 'work' }),
    ];
    expect(ranked(services, 'lavoro')).to.deep.equal(['lavoro', 'cpi']);
  });

  it('puts a word spelt right before the same word with a typo, in the same field', () => {
    const services = [
      makeService('a-typo', { name: { it: 'A' }, category: 'health', tags: ['consultorio familiare'] }),
      makeService('b-exact', { name: { it: 'B' }, category: 'health', tags: ['consultoro familiare'] }),
    ];
    // "consultoro" is the exact word of b, a typo of a's "consultorio".
    expect(ranked(services, 'consultoro')).to.deep.equal(['b-exact', 'a-typo']);
  });

  it('puts a need spelt with a typo after an exact word in the tags', () => {
    const services = [
      makeService('handles', { name: { it: 'Questura' }, category: 'immigration', handles: ['residence-permit'] }),
      makeService('tagged', { name: { it: 'Sportello' }, category: 'work', tags: ['permeso'] }),
    ];
    expect(ranked(services, 'permeso')).to.deep.equal(['tagged', 'handles']);
  });

  it('leaves out a word that would empty the results, and says so', () => {
    const services = [
      makeService('questura', { name: { it: 'Questura' }, category: 'immigration', handles: ['asylum'], description: { it: 'Domande di protezione internazionale.' } }),
      makeService('comune', { name: { it: 'Comune' }, category: 'housing', description: { it: 'Richiesta di alloggio.' } }),
    ];
    const index = buildSearchIndex(services, categories);
    // "comune" is in the directory, but not together with asylum: without it, asylum is found.
    expect([...searchServices(index, 'comune asilo politico').keys()]).to.deep.equal(['questura']);
    expect(leftOutWords(index, 'comune asilo politico')).to.deep.equal(['comune', 'politico']);
  });

  it('scores a chosen need as a search for its words does', () => {
    const services = [
      makeService('questura', { name: { it: 'Questura' }, category: 'immigration', handles: ['residence-permit'] }),
      makeService('caf', { name: { it: 'CAF' }, category: 'work', needs: ['residence-permit'] }),
      makeService('asl', { name: { it: 'ASL' }, category: 'health' }),
    ];
    const index = buildSearchIndex(services, categories);
    expect([...scoreNeed(index, 'residence-permit')]).to.deep.equal([...scoreServices(index, 'permesso di soggiorno')!].map((score) => score / 3));
    expect([...scoreNeed(index, 'no-such-need')]).to.deep.equal([0, 0, 0]);
    // Every need of the list is named by concepts of the dictionary.
    for (const need of NEEDS) expect(scoreNeed(buildSearchIndex([makeService('x', { category: 'work', handles: [need.id] })], categories), need.id)[0], need.id).to.be.above(0);
  });

  describe('ties', () => {
    const directory: Directory = {
      version: 1,
      categories,
      services: [
        makeService('far-office', { name: { it: 'A ufficio' }, category: 'immigration', handles: ['residence-permit'], lat: 40.66, lon: 16.6 }),
        makeService('near-office', { name: { it: 'B ufficio' }, category: 'immigration', handles: ['residence-permit'], lat: 40.2, lon: 16.65 }),
        makeService('near-helper', { name: { it: 'C sportello' }, category: 'work', needs: ['residence-permit'], lat: 40.21, lon: 16.66 }),
      ],
    };
    const index = buildSearchIndex(directory.services, categories);
    const base = { directory, index, categoryIds: [], municipalities: [], active: new Set<string>(), locale: 'it', searchText: 'permesso di soggiorno' };
    const ids = (view: ReturnType<typeof deriveView>) => view.model.items.map((item) => item.id);

    it('keeps equally relevant services in name order', () => {
      expect(ids(deriveView(base))).to.deep.equal(['far-office', 'near-office', 'near-helper']);
    });

    it('orders equally relevant services by distance from the chosen place, and only them', () => {
      const policoro = { lat: 40.21, lon: 16.67 };
      expect(ids(deriveView({ ...base, origin: policoro }))).to.deep.equal(['near-office', 'far-office', 'near-helper']);
      // The direct way (an index the memo cannot use) orders them the same.
      const reversed = buildSearchIndex([...directory.services].reverse(), categories);
      expect(ids(deriveView({ ...base, index: reversed, origin: policoro }))).to.deep.equal(['near-office', 'far-office', 'near-helper']);
    });
  });
});
