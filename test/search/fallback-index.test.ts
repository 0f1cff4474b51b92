import { expect } from '@open-wc/testing';
import { fallbackIndex } from '../../src/search/fallback-index.js';
import { makeService } from '../fixtures/services.js';

// The search when its piece cannot be loaded: plain words, no meaning.
const services = [
  makeService('questura', {
    name: { it: 'Questura – Ufficio immigrazione', en: 'Police HQ – Immigration office' },
    tags: ['permesso di soggiorno'],
    municipality: 'Matera',
  }),
  makeService('ospedale', { name: { it: 'Ospedale' }, description: { it: 'Pronto soccorso e visite per la città.' }, handles: ['health-card'] }),
  makeService('sportello', { name: { it: 'Sportello Città Solidale' }, tags: ['permesso'], needs: ['health-card'] }),
];
const index = fallbackIndex(services);

describe('fallbackIndex', () => {
  const cases: [string, string[]][] = [
    ['questura', ['questura']],
    ['POLICE', ['questura']],
    ['citta', ['sportello', 'ospedale']], // folded; the name first
    ['permesso', ['questura', 'sportello']], // both in the tags
    ['soggiorno matera', ['questura']],
    ['matera ospedale', []],
    ['doctor', []], // no meaning without the dictionary
    ['migraz', ['questura']], // inside a word
  ];
  for (const [query, ids] of cases) {
    it(`${JSON.stringify(query)} -> ${JSON.stringify(ids)}`, () => {
      expect([...index.searchServices(query).keys()].sort()).to.deep.equal([...ids].sort());
    });
  }

  it('the name counts more than the other texts', () => {
    expect([...index.searchServices('citta').keys()]).to.deep.equal(['sportello', 'ospedale']);
  });

  it('a blank query: undefined scores, an empty Map', () => {
    for (const query of ['', '  ', '?!']) {
      expect(index.scoreServices(query), query).to.equal(undefined);
      expect(index.searchServices(query).size, query).to.equal(0);
    }
  });

  it('needs from the directory’s handles and needs; no words left out, nothing explained', () => {
    expect([...index.scoreNeed('health-card')]).to.deep.equal([0, 2, 1]);
    expect([...index.scoreNeed('unknown')]).to.deep.equal([0, 0, 0]);
    expect(index.needServices.get('health-card')?.handles).to.deep.equal(Uint32Array.of(1));
    expect(index.leftOutWords('tonight questura')).to.deep.equal([]);
    expect(index.explainQuery('doctor')).to.deep.equal([]);
  });
});
