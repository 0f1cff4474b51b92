// <prossima-service-list> on its own: the rows it shows for the items it is given, the long-list
// paging, focusItem(), and the event it sends up. Which items, in which order, is the root's.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { ProssimaServiceList } from '../../../src/components/service-list/service-list.js';
import type { Closure, OpeningHours } from '../../../src/data/types.js';
import type { ListItem } from '../../../src/view/view-models.js';
import { makeService } from '../../fixtures/services.js';
import { expectNode, renderInRoot, text } from '../../fixtures/in-root.js';
import { listItems, manyServices } from '../../fixtures/view-models.js';

interface Props {
  items?: readonly ListItem[];
  selectedId?: string | null;
  locale?: string;
  loading?: boolean;
  now?: Date;
  distances?: Float64Array;
  closures?: readonly Closure[];
}

function mountList(props: Props = {}) {
  const locale = props.locale ?? 'it';
  return renderInRoot<ProssimaServiceList>(
    'prossima-service-list',
    html`<section class="list-pane">
      <prossima-service-list
        .items=${props.items ?? []}
        .selectedId=${props.selectedId ?? null}
        .locale=${locale}
        .loading=${props.loading ?? false}
        .now=${props.now ?? new Date()}
        .distances=${props.distances}
        .closures=${props.closures}
      ></prossima-service-list>
    </section>`,
    { lang: locale },
  );
}

const rows = (el: ProssimaServiceList) => [...el.querySelectorAll<HTMLElement>('[part~="item"]')];
const rowIds = (el: ProssimaServiceList) => rows(el).map((row) => row.dataset.id);
const row = (el: ProssimaServiceList, id: string) => rows(el).find((r) => r.dataset.id === id)!;
const more = (el: ProssimaServiceList) => el.querySelector<HTMLButtonElement>('button.more');

const ALL_WEEK_MORNINGS: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '09:00', closes: '13:00' }];

/** Three services: a health one in Matera, a work one to verify, one with no comune. */
const THREE = [
  makeService('asl', { name: { it: 'Consultorio', en: 'Family clinic' }, category: 'health', municipality: 'Matera' }),
  makeService('cpi', { name: { it: 'Centro per l’impiego' }, category: 'work', municipality: 'Policoro', confidence: 'low' }),
  makeService('caf', { name: { it: 'CAF' }, category: 'work' }),
];

describe('<prossima-service-list>', () => {
  it('is accessible: a selected row, a row to verify, distances, a name in another language', async () => {
    const { host } = await mountList({ items: listItems(THREE, 'en'), locale: 'en', selectedId: 'cpi', distances: Float64Array.of(120, 2500, 15000) });
    await expect(host).to.be.accessible();
  });

  it('defaults: no items says "no results" with advice; while loading it says so instead', async () => {
    const { el } = await mountList();
    const list = el.querySelector('[part~="list"]')!;
    expect(text(list.querySelector('.empty-title'))).to.equal('Nessun servizio trovato.');
    expect(text(list)).to.contain('Prova con meno parole');
    expect(rows(el)).to.have.length(0);
    el.loading = true;
    await el.updateComplete;
    expect(text(el.querySelector('[part~="list"]'))).to.equal('Caricamento dell’elenco…');
    expect(el.querySelector('.spinner')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('items and selectedId: one row per item in order, with id, category and comune; the selected one is current', async () => {
    const { el } = await mountList({ items: listItems(THREE), selectedId: 'cpi' });
    expect(rowIds(el)).to.deep.equal(['asl', 'cpi', 'caf']);
    expect(rows(el).map((r) => r.dataset.category)).to.deep.equal(['health', 'work', 'work']);
    const first = row(el, 'asl');
    expect(text(first.querySelector('.item-name'))).to.equal('Consultorio');
    expect(text(first.querySelector('.item-category'))).to.equal('Salute');
    expect(text(first.querySelector('.item-place'))).to.equal('Matera');
    expectNode(row(el, 'caf').querySelector('.item-place'), null, 'a comune where there is none');
    const current = () => rows(el).map((r) => r.querySelector('button')!.getAttribute('aria-current'));
    expect(current()).to.deep.equal(['false', 'true', 'false']);
    el.selectedId = 'caf';
    await el.updateComplete;
    expect(current()).to.deep.equal(['false', 'false', 'true']);
  });

  it('locale: a name shown in another language is marked with its own lang; the uncertain row says "to verify"', async () => {
    const { el } = await mountList({ items: listItems(THREE, 'en'), locale: 'en' });
    const name = (id: string) => row(el, id).querySelector<HTMLElement>('.item-name')!;
    expect(text(name('asl'))).to.equal('Family clinic');
    expect(name('asl').hasAttribute('lang')).to.equal(false);
    expect(text(name('caf'))).to.equal('CAF');
    expect(name('caf').getAttribute('lang')).to.equal('it');
    expect(name('caf').getAttribute('dir')).to.equal('auto');
    expect(row(el, 'cpi').querySelector('.badge-verify')).to.not.equal(null);
    expectNode(row(el, 'asl').querySelector('.badge-verify'), null, 'a "to verify" badge on a sure row');
  });

  it('now and closures: each row’s "open now" line follows the present minute and the directory’s closures', async () => {
    // Monday 2 March 2026, 10:00 in Rome (not a holiday).
    const items = listItems([makeService('asl', { name: { it: 'Consultorio' }, hours: ALL_WEEK_MORNINGS })]);
    const { el } = await mountList({ items, now: new Date('2026-03-02T10:00:00+01:00') });
    const line = () => text(el.querySelector('.opening'));
    expect(line()).to.equal('Aperto ora · chiude alle 13:00');
    el.now = new Date('2026-03-02T14:00:00+01:00');
    await el.updateComplete;
    expect(line()).to.equal('Chiuso ora · apre domani alle 09:00');
    el.now = new Date('2026-03-02T10:00:00+01:00');
    el.closures = [{ from: '2026-03-02', to: '2026-03-02' }];
    await el.updateComplete;
    expect(line()).to.match(/^Chiuso oggi/);
  });

  it('an opening days ahead is named by its weekday, or its day and month, with no Intl date format made', async () => {
    const made: unknown[] = [];
    const { DateTimeFormat } = Intl;
    Intl.DateTimeFormat = new Proxy(DateTimeFormat, { construct: (target, args) => (made.push(args), new target(...(args as []))) });
    try {
      const mondays: OpeningHours[] = [{ days: ['mo'], opens: '09:00', closes: '13:00' }];
      const items = listItems([makeService('asl', { name: { it: 'Consultorio' }, hours: mondays })]);
      // Tuesday 3 March 2026, 10:00 in Rome.
      const { el } = await mountList({ items, now: new Date('2026-03-03T10:00:00+01:00') });
      const line = () => text(el.querySelector('.opening'));
      expect(line()).to.equal('Chiuso ora · apre lunedì alle 09:00');
      el.closures = [{ from: '2026-03-09', to: '2026-03-09' }];
      await el.updateComplete;
      expect(line()).to.equal('Chiuso ora · apre il 16 marzo alle 09:00');
      // The 8th and the 11th take "l’" in Italian.
      el.items = listItems([makeService('asl', { name: { it: 'Consultorio' }, hours: [{ days: ['we'], opens: '09:00', closes: '13:00' }] })]);
      el.closures = [{ from: '2026-03-04', to: '2026-03-04' }];
      await el.updateComplete;
      expect(line()).to.equal('Chiuso ora · apre l’11 marzo alle 09:00');
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
    }
    expect(made).to.deep.equal([]);
  });

  it('distances: each row shows its own, in the UI language; rows past the end of the array show none', async () => {
    const { el } = await mountList({ items: listItems(THREE), distances: Float64Array.of(450, 1234) });
    expect(rows(el).map((r) => text(r.querySelector('.item-distance')))).to.deep.equal(['450 m', '1,2 km', '']);
  });

  it('a service whose exact place is not known shows no distance: its point is the town centre, not the door', async () => {
    const services = [makeService('door', { municipality: 'Matera' }), makeService('centre', { municipality: 'Matera', coordinatePrecision: 'town-centre' })];
    const { el } = await mountList({ items: listItems(services), distances: Float64Array.of(350, 350) });
    expect(rows(el).map((r) => text(r.querySelector('.item-distance')))).to.deep.equal(['350 m', '']);
  });

  it('without opening hours, a row says "call to ask" only when there is a number to call', async () => {
    const services = [
      makeService('call', { phone: ['0835 123456'] }),
      makeService('none'),
      makeService('booked', { appointment: 'needed', phone: ['0835 123456'] }),
      makeService('booked-no-phone', { appointment: 'needed' }),
    ];
    const { el } = await mountList({ items: listItems(services) });
    expect(rows(el).map((r) => text(r.querySelector('.opening')))).to.deep.equal([
      'Orari da chiedere al telefono',
      'Orari non noti',
      'Su appuntamento: telefona per fissarlo',
      'Su appuntamento',
    ]);
    // The phone icon only where there is a phone.
    const icon = (id: string) => row(el, id).querySelector('.opening path')!.getAttribute('d');
    expect(icon('call') === icon('booked') && icon('call') !== icon('none')).to.equal(true);
  });

  it('a long list shows its first 30 rows and a button for the rest; new items start again from the top', async () => {
    const { el } = await mountList({ items: listItems(manyServices(150)) });
    expect(rows(el)).to.have.length(30);
    expect(text(more(el))).to.equal('Mostra altri servizi (120)');
    more(el)!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(60);
    expect(text(more(el))).to.equal('Mostra altri servizi (90)');

    el.items = listItems(manyServices(140));
    await el.updateComplete;
    expect(rows(el)).to.have.length(30);
    // Up to 100 rows are drawn whole.
    el.items = listItems(manyServices(100));
    await el.updateComplete;
    expect(rows(el)).to.have.length(100);
    expectNode(more(el), null, 'the "show more" button');
  });

  it('the first list draws its first 15 rows, and the others once that frame is painted, with no "show more" meanwhile', async () => {
    const { el } = await mountList();
    el.items = listItems(manyServices(100));
    // The first frame: only what a screen shows.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(rows(el)).to.have.length(15);
    expectNode(more(el), null, 'the "show more" button while the rest follows');
    // updateComplete waits for the rest.
    await el.updateComplete;
    expect(rows(el)).to.have.length(100);
    // Later lists reuse the rows on screen and are drawn at once.
    el.items = listItems(manyServices(90));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(rows(el)).to.have.length(90);
  });

  it('focusItem(): renders a row beyond those shown and focuses it; false for an id not in the list; odd ids are found', async () => {
    const odd = makeService('a"] b', { name: { it: 'Strano' } });
    const { el, root } = await mountList({ items: listItems([...manyServices(150), odd]) });
    expect(await el.focusItem('s120')).to.equal(true);
    expectNode(root.activeElement, row(el, 's120').querySelector('button'), 'focus');
    expect(rows(el).length).to.be.at.least(121);
    expect(await el.focusItem('a"] b')).to.equal(true);
    expect(root.activeElement!.closest<HTMLElement>('[part~="item"]')!.dataset.id).to.equal('a"] b');
    expect(await el.focusItem('nowhere')).to.equal(false);
  });

  it('a row sends list-select with its id (bubbling, not composed), and leaves the selection to the root', async () => {
    const { el } = await mountList({ items: listItems(THREE) });
    const event = oneEvent(el, 'list-select') as Promise<CustomEvent<{ id: string }>>;
    row(el, 'cpi').querySelector('button')!.click();
    const { detail, bubbles, composed } = await event;
    expect({ detail, bubbles, composed }).to.deep.equal({ detail: { id: 'cpi' }, bubbles: true, composed: false });
    await el.updateComplete;
    expect(row(el, 'cpi').querySelector('button')!.getAttribute('aria-current')).to.equal('false');
  });

  it('by keyboard: Enter and Space on a focused row select it', async () => {
    const { el } = await mountList({ items: listItems(THREE) });
    await el.focusItem('caf');
    let event = oneEvent(el, 'list-select') as Promise<CustomEvent<{ id: string }>>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ id: 'caf' });
    await el.focusItem('asl');
    event = oneEvent(el, 'list-select') as Promise<CustomEvent<{ id: string }>>;
    await sendKeys({ press: 'Space' });
    expect((await event).detail).to.deep.equal({ id: 'asl' });
  });
});

describe('<prossima-service-list> by keyboard', () => {
  it('always has one drawn row in the Tab order, even when the row reached last moves past the drawn ones', async () => {
    const { el } = await mountList({ items: listItems(manyServices(200)) });
    const reached = rows(el)[5];
    reached.querySelector('button')!.focus();
    await el.updateComplete;
    const id = reached.dataset.id!;
    // New results: that service is now row 150, past the 30 drawn.
    const items = listItems(manyServices(200));
    const at = items.findIndex((item) => item.id === id);
    el.items = [...items.slice(0, at), ...items.slice(at + 1, 151), items[at], ...items.slice(151)];
    await el.updateComplete;
    expect(rows(el)).to.have.length(30);
    const stops = rows(el).filter((r) => r.querySelector('button')!.tabIndex === 0);
    expect(stops.map((r) => r.dataset.id), 'one drawn row takes Tab').to.have.length(1);
  });
});
