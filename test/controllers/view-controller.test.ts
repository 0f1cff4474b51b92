import { expect, waitUntil } from '@open-wc/testing';
import { ViewController, type ViewSources } from '../../src/controllers/view-controller.js';
import type { Directory } from '../../src/data/types.js';
import { buildSearchIndex } from '../../src/search/search-index.js';
import { BIG_DIRECTORY } from '../../src/lib/chunked.js';
import { makeService } from '../fixtures/services.js';
import { FakeHost } from './fake-host.js';

const categories = [
  { id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#b03a2e' },
  { id: 'work', name: { it: 'Lavoro', en: 'Work' }, color: '#1e6b52' },
];
const directory: Directory = {
  version: 1,
  categories,
  services: [
    makeService('ospedale', { name: { it: 'Ospedale Madonna delle Grazie' }, category: 'health', municipality: 'Matera' }),
    makeService('centro-impiego', { name: { it: 'Centro per l’impiego' }, category: 'work', municipality: 'Policoro', lat: 40.21, lon: 16.67 }),
  ],
};
const index = buildSearchIndex(directory.services, directory.categories);

function sources(over: Partial<ViewSources> = {}): ViewSources {
  return { directory, index, categoryIds: [], municipalities: [], locale: 'it', now: new Date('2026-12-04T10:00:00Z'), ...over };
}

function ids(view: ViewController): string[] {
  return view.model.items.map((item) => item.id);
}

describe('ViewController', () => {
  it('derives the model from the directory, then only when an input changed', () => {
    const view = new ViewController(new FakeHost(), () => {});
    const same = sources();
    expect(view.update(same)).to.equal(true);
    expect(ids(view)).to.have.members(['ospedale', 'centro-impiego']);
    const model = view.model;
    expect(view.update(same), 'same inputs').to.equal(false);
    expect(view.update({ ...same, now: new Date('2026-12-04T11:00:00Z') }), 'another minute, "open now" off').to.equal(false);
    expect(view.model).to.equal(model);
    expect(view.update({ ...same, locale: 'en' }), 'another language').to.equal(true);
    expect(view.model.chips.map((chip) => chip.name)).to.deep.equal(['Health', 'Work']);
  });

  it('derives again for a search, the categories, "open now" and its minute', () => {
    const view = new ViewController(new FakeHost(), () => {});
    const input = sources();
    view.update(input);
    view.search('ospedale');
    expect(view.update(input)).to.equal(true);
    expect(ids(view)).to.deep.equal(['ospedale']);
    view.search('');
    view.toggleCategory('work');
    expect(view.update(input)).to.equal(true);
    expect(ids(view)).to.deep.equal(['centro-impiego']);
    view.setOpenNow(true);
    expect(view.update(input)).to.equal(true);
    expect(ids(view), 'no hours known: not open').to.deep.equal([]);
    expect(view.update({ ...input, now: new Date('2026-12-04T10:01:00Z') }), 'a new minute').to.equal(true);
    expect(view.update({ ...input, now: new Date('2026-12-04T10:01:30Z') }), 'the same minute').to.equal(false);
  });

  it('clears search, categories and "open now" together, and says when anything narrows the results', () => {
    const host = new FakeHost();
    const view = new ViewController(host, () => {});
    expect(view.narrowed).to.equal(false);
    view.search('x');
    view.toggleCategory('health');
    view.setOpenNow(true);
    expect(view.narrowed).to.equal(true);
    view.clear();
    expect([view.query, view.active.size, view.openNow, view.narrowed]).to.deep.equal(['', 0, false, false]);
    expect(host.updates).to.be.above(0);
  });

  it('marks typing until the user pauses, and stops its timer when the host leaves', async () => {
    const host = new FakeHost();
    const view = new ViewController(host, () => {});
    view.type('osp');
    expect(view.typing).to.equal(true);
    await waitUntil(() => !view.typing, 'typing to end', { timeout: 3000 });
    view.type('ospe');
    host.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(view.typing, 'the timer stopped with the host').to.equal(true);
  });

  it('waits for the index only while there is a search', () => {
    const view = new ViewController(new FakeHost(), () => {});
    expect(view.searchWaits(undefined)).to.equal(false);
    view.search('medico');
    expect(view.searchWaits(undefined)).to.equal(true);
    expect(view.searchWaits(index)).to.equal(false);
    // A chosen need is a search too; typing ends it.
    view.search('');
    view.chooseNeed('shelter');
    expect(view.searchWaits(undefined)).to.equal(true);
    view.search('lavoro');
    expect(view.need).to.equal('');
    view.chooseNeed('food');
    view.clear();
    expect([view.need, view.narrowed]).to.deep.equal(['', false]);
  });

  it('reports unknown category ids of the host', () => {
    const warnings: string[] = [];
    const view = new ViewController(new FakeHost(), (message) => warnings.push(message));
    view.update(sources({ categoryIds: ['health', 'nope'] }));
    expect(warnings).to.deep.equal(['categories: unknown ids nope ignored']);
    expect(view.offered).to.deep.equal(new Set(['ospedale']));
  });

  it('keeps the last model while a big directory is prepared in a new language, then derives', async () => {
    const big: Directory = {
      version: 1,
      categories,
      services: Array.from({ length: BIG_DIRECTORY }, (_, i) => makeService(`s${i}`, { category: 'health', name: { it: `Servizio ${i}`, en: `Service ${i}` } })),
    };
    const host = new FakeHost();
    const view = new ViewController(host, () => {});
    const input = sources({ directory: big, index: undefined });
    expect(view.update(input), 'Italian, not prepared yet').to.equal(false);
    await waitUntil(() => host.updates > 0, 'the host asked to update once prepared');
    expect(view.update(input)).to.equal(true);
    expect(view.model.items[0].name.text).to.equal('Servizio 0');
    const before = host.updates;
    expect(view.update({ ...input, locale: 'en' }), 'English, not prepared yet').to.equal(false);
    expect(view.model.items[0].name.text, 'the Italian list stays meanwhile').to.equal('Servizio 0');
    await waitUntil(() => host.updates > before, 'prepared in English');
    expect(view.update({ ...input, locale: 'en' })).to.equal(true);
    expect(view.model.items[0].name.text).to.equal('Service 0');
  });
});
