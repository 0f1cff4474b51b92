import { expect, html } from '@open-wc/testing';
import { itemIds, mount, typeSearch, unmountAll } from './helpers.js';
import { text } from './fixtures/in-root.js';
import type { ProssimaMap } from '../src/prossima-map.js';
import matera from '../data/matera.json';

/** The built-in directory's health services. */
const HEALTH = matera.services.filter((s) => s.category === 'health').map((s) => s.id);
const categoryOf = new Map(matera.services.map((s) => [s.id, s.category]));

/** The text of the note that explains a match by meaning, or null when there is none. */
function matchNote(el: ProssimaMap): string | null {
  const note = el.shadowRoot!.querySelector('.match-note');
  return note === null ? null : text(note);
}

describe('<prossima-map> search by meaning (built-in directory)', () => {
  afterEach(unmountAll);

  it('"doctor" shows every health service, first, and says it shows Health', async () => {
    const el = await mount(html`<prossima-map lang="en" tile-url="none"></prossima-map>`);
    expect(matchNote(el)).to.equal(null);
    await typeSearch(el, 'doctor');
    const ids = itemIds(el);
    expect(HEALTH.length).to.be.greaterThan(5);
    expect(ids.slice(0, HEALTH.length).sort()).to.deep.equal([...HEALTH].sort());
    const others = ids.filter((id) => categoryOf.get(id) !== 'health');
    expect(others.length, `not health: ${others.join(', ')}`).to.be.at.most(2);
    expect(matchNote(el)).to.equal('Showing “Health” for “doctor”');
    await expect(el).to.be.accessible();
  });

  it('"طبيب" (Arabic for doctor) finds the same services', async () => {
    const el = await mount(html`<prossima-map lang="en" tile-url="none"></prossima-map>`);
    await typeSearch(el, 'doctor');
    const byEnglish = itemIds(el);
    await typeSearch(el, 'طبيب');
    expect(itemIds(el).sort()).to.deep.equal([...byEnglish].sort());
    expect(matchNote(el)).to.equal('Showing “Health” for “طبيب”');
  });

  it('a sentence finds what its words find: "i need a doctor", "أين الطبيب", "мені потрібен лікар", "我要看医生"', async () => {
    const el = await mount(html`<prossima-map lang="en" tile-url="none"></prossima-map>`);
    await typeSearch(el, 'doctor');
    const byWord = itemIds(el);
    for (const sentence of ['i need a doctor', 'where can i find a doctor tonight please', 'أين الطبيب', 'мені потрібен лікар', '我要看医生', '我需要医生']) {
      await typeSearch(el, sentence);
      expect(itemIds(el).sort(), sentence).to.deep.equal([...byWord].sort());
    }
  });

  it('Arabic and Urdu written in Latin letters, and "free", find what the words find', async () => {
    const el = await mount(html`<prossima-map lang="ur" tile-url="none"></prossima-map>`);
    for (const [typed, same] of [['tabib', 'doctor'], ['daktar chahiye', 'doctor'], ['naukri', 'job'], ['free lawyer', 'lawyer'], ['muft vakil', 'lawyer']]) {
      await typeSearch(el, same);
      const expected = itemIds(el);
      expect(expected.length, same).to.be.greaterThan(0);
      await typeSearch(el, typed);
      expect(itemIds(el).sort(), typed).to.deep.equal([...expected].sort());
    }
  });

  it('says which words matched nothing and were left out, in the user’s language', async () => {
    const el = await mount(html`<prossima-map lang="it" tile-url="none"></prossima-map>`);
    await typeSearch(el, 'questura');
    const byWord = itemIds(el);
    await typeSearch(el, 'questura xyzzy');
    expect(itemIds(el)).to.deep.equal(byWord);
    expect(matchNote(el)).to.equal('«xyzzy» non trovato: ignorato');
    await typeSearch(el, 'questura');
    expect(matchNote(el)).to.equal(null);
    const english = await mount(html`<prossima-map lang="en" tile-url="none"></prossima-map>`);
    await typeSearch(english, 'i need a doctor xyzzy');
    const spans = [...english.shadowRoot!.querySelectorAll('.match-note span')].map((span) => text(span));
    expect(spans).to.deep.equal(['Showing “Health” for “doctor”', '“xyzzy” not found: left out']);
  });

  it('the note goes when the search no longer matches by meaning', async () => {
    const el = await mount(html`<prossima-map lang="en" tile-url="none"></prossima-map>`);
    await typeSearch(el, 'doctor');
    expect(matchNote(el)).to.not.equal(null);
    await typeSearch(el, 'questura');
    expect(matchNote(el)).to.equal(null);
  });

  it('an embed restricted to other categories names no category it does not offer', async () => {
    const el = await mount(html`<prossima-map lang="en" categories="work" tile-url="none"></prossima-map>`);
    await typeSearch(el, 'job');
    expect(matchNote(el)).to.equal('Showing “Work” for “job”');
    await typeSearch(el, 'doctor');
    expect(matchNote(el)).to.equal(null);
    for (const id of itemIds(el)) expect(categoryOf.get(id)).to.equal('work');
  });
});
