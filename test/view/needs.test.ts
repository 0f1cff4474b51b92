import { expect } from '@open-wc/testing';
import type { Category } from '../../src/data/types.js';
import { buildSearchIndex } from '../../src/search/search-index.js';
import { needChoices, offeredNeeds, taggedNeeds } from '../../src/view/needs.js';
import { makeService } from '../fixtures/services.js';

const categories: Category[] = [
  { id: 'immigration', name: { it: 'Immigrazione' }, color: '#06c' },
  { id: 'housing', name: { it: 'Casa' }, color: '#a50' },
];

describe('offeredNeeds', () => {
  it('offers, in the row’s order, the needs a service in scope handles or helps with, when the directory tags needs', () => {
    const services = [
      makeService('questura', { category: 'immigration', handles: ['residence-permit'] }),
      makeService('mensa', { category: 'housing', needs: ['food'] }),
      makeService('dormitorio', { category: 'housing', handles: ['shelter'] }),
    ];
    const index = buildSearchIndex(services, categories);
    expect(offeredNeeds(index, Uint32Array.from([0, 1, 2]))).to.deep.equal(['residence-permit', 'shelter', 'food']);
    // A comune's embed with only the shelter and the canteen: no permit.
    expect(offeredNeeds(index, Uint32Array.from([1, 2]))).to.deep.equal(['shelter', 'food']);
  });

  it('offers, for a directory without needs, those a search for the need finds something for', () => {
    const services = [makeService('questura', { category: 'immigration', tags: ['permesso di soggiorno'] })];
    const offered = offeredNeeds(buildSearchIndex(services, categories), Uint32Array.from([0]));
    expect(offered).to.include('residence-permit');
    expect(offered).not.to.include('food');
  });
});

describe('taggedNeeds (before the search piece has come)', () => {
  it('offers the same needs as offeredNeeds for a tagged directory, from the tags alone; none for an untagged one', () => {
    const services = [
      makeService('questura', { category: 'immigration', handles: ['residence-permit'] }),
      makeService('mensa', { category: 'housing', needs: ['food'] }),
      makeService('dormitorio', { category: 'housing', handles: ['shelter'] }),
    ];
    const index = buildSearchIndex(services, categories);
    for (const positions of [Uint32Array.from([0, 1, 2]), Uint32Array.from([1, 2])]) {
      expect(taggedNeeds(services, positions)).to.deep.equal(offeredNeeds(index, positions));
    }
    expect(taggedNeeds(services)).to.deep.equal(['residence-permit', 'shelter', 'food']);
    expect(taggedNeeds([makeService('questura', { category: 'immigration', tags: ['permesso di soggiorno'] })])).to.deep.equal([]);
  });
});

describe('needChoices', () => {
  it('puts the chosen need first, pressed, and keeps it on offer when the embed does not offer it', () => {
    expect(needChoices(['food', 'shelter'], 'shelter')).to.deep.equal([{ id: 'shelter', pressed: true }, { id: 'food', pressed: false }]);
    expect(needChoices(['food'], 'asylum')).to.deep.equal([{ id: 'asylum', pressed: true }, { id: 'food', pressed: false }]);
    expect(needChoices(['food'], '')).to.deep.equal([{ id: 'food', pressed: false }]);
  });
});
