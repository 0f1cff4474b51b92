// Issue 15, "room to see": what a person sees and reaches at the sizes partner pages give the widget.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import { focused, mount, part, parts, tabUntil, typeSearch, unmountAll } from './helpers.js';
import type { ProssimaMap } from '../src/prossima-map.js';
import { uiLocales } from '../src/localization.js';

const SMALL = '/test/fixtures/small.json';
const LONG_SERVICE = 'prefettura-matera-sportello-unico-immigrazione';

/** Turns the mouse wheel over the middle of `element`, as a person scrolling. */
async function wheelOver(element: Element, deltaY: number, times: number): Promise<void> {
  const box = element.getBoundingClientRect();
  await executeServerCommand('mouse-wheel', { x: box.left + box.width / 2, y: box.top + box.height / 2, deltaY, times });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

describe('<prossima-map>: scrolling stays where the user is', () => {
  afterEach(unmountAll);

  it('scrolling past the end of an open service moves neither the list under it nor its way back', async () => {
    const el = await mount(html`<prossima-map lang="it" tile-url="none" style="--prossima-height: 640px" service=${LONG_SERVICE}></prossima-map>`, 390);
    const detail = part(el, 'detail')!;
    const pane = el.shadowRoot!.querySelector<HTMLElement>('.list-pane')!;
    const scroller = detail.closest('prossima-service-detail')!;
    expect(scroller.scrollHeight, 'the service is longer than its pane').to.be.greaterThan(scroller.clientHeight + 200);
    const paneTop = pane.scrollTop;
    await wheelOver(scroller, 120, 30);
    expect(scroller.scrollTop, 'the service scrolled to its end').to.be.greaterThan(200);
    expect(pane.scrollTop, 'the list under it did not move').to.equal(paneTop);
    const back = detail.querySelector('.back')!.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    expect(back.top >= box.top - 1 && back.bottom <= box.bottom + 1, 'its "back" button is still in view').to.equal(true);
    expect(Math.abs(back.top - box.top), 'at the top').to.be.below(2);
    // Opaque, so the text scrolling under it does not show through.
    expect(getComputedStyle(detail.querySelector('.back')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

/** The names of the markers and groups on the map, once it has settled. */
async function markerNames(el: ProssimaMap): Promise<string[]> {
  await el.updateComplete;
  await el.shadowRoot!.querySelector<HTMLElement & { whenPointsShown(): Promise<void> }>('prossima-map-view')!.whenPointsShown();
  await new Promise((resolve) => setTimeout(resolve, 400)); // Leaflet's pan
  return [...part(el, 'map')!.querySelectorAll('.leaflet-marker-pane [aria-label]')].map((m) => m.getAttribute('aria-label') ?? '');
}

describe('<prossima-map>: the map follows the place the list is sorted from', () => {
  afterEach(unmountAll);

  it('"choose your comune" moves the map to the comune; clearing it shows every service again', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, 1000);
    expect((await markerNames(el)).length, 'Matera and Policoro at first').to.be.at.least(2);
    const select = part(el, 'place') as HTMLSelectElement;
    select.value = 'Policoro';
    select.dispatchEvent(new Event('change'));
    expect(await markerNames(el)).to.deep.equal(["Centro per l'impiego di Policoro – Lavoro – posizione approssimativa, indirizzo esatto non noto"]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.find-note button')!.click();
    expect((await markerNames(el)).length, 'every service again').to.be.at.least(2);
  });
});

describe('<prossima-map>: the list actions and the clear control', () => {
  afterEach(unmountAll);

  it('share, QR code and print sit with the count, before the rows, and are disabled with no results', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, 1000);
    await waitUntil(() => el.shadowRoot!.querySelector('prossima-view-actions .view-action') !== null, 'the list actions');
    const row = el.shadowRoot!.querySelector('.status-row')!;
    const buttons = [...row.querySelectorAll<HTMLButtonElement>('prossima-view-actions .view-action')].filter((b) => b.offsetParent !== null);
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Condividi', 'Codice QR', 'Stampa']);
    const count = part(el, 'status')!.getBoundingClientRect();
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      expect(Math.abs(box.top + box.height / 2 - (count.top + count.height / 2)), 'on the line of the count').to.be.below(16);
      expect(box.bottom, 'above the first row').to.be.at.most(parts(el, 'item')[0].getBoundingClientRect().top);
      expect(button.disabled).to.equal(false);
      expect(box.width, 'still a big target').to.be.at.least(44);
    }
    await typeSearch(el, 'zzzzqqq');
    await waitUntil(() => parts(el, 'item').length === 0, 'no results');
    expect(buttons.every((b) => b.disabled), 'nothing to share, show or print').to.equal(true);
  });

  it('on a phone the three fold into one button beside the count and the list/map switch, opening them as a menu', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, 390);
    await waitUntil(() => el.shadowRoot!.querySelector('prossima-view-actions .view-action') !== null, 'the list actions');
    const row = el.shadowRoot!.querySelector('.status-row')!;
    const shown = () => [...row.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.offsetParent !== null);
    const more = row.querySelector<HTMLButtonElement>('.view-actions-more')!;
    const toggle = row.querySelector<HTMLButtonElement>('.view-toggle')!;
    expect(shown().length === 2 && shown()[0] === more && shown()[1] === toggle, `shown: ${shown().map((b) => b.textContent!.trim()).join(' | ')}`).to.equal(true);
    const count = part(el, 'status')!.getBoundingClientRect();
    for (const button of shown()) {
      const box = button.getBoundingClientRect();
      expect(Math.abs(box.top + box.height / 2 - (count.top + count.height / 2)), 'on the line of the count').to.be.below(16);
      expect(box.height, 'a big target').to.be.at.least(44);
    }
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const items = shown().filter((b) => b !== more && b !== toggle);
    expect(items.map((b) => b.textContent!.trim())).to.deep.equal(['Condividi', 'Codice QR', 'Stampa']);
    for (const item of items) {
      const box = item.getBoundingClientRect();
      expect(el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('button') === item, 'the menu is on top').to.equal(true);
    }
    await sendKeys({ press: 'Tab' });
    expect(focused(el) === items[0], 'Tab goes into the menu').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded'), 'Escape closes it').to.equal('false');
    expect(focused(el) === more, 'focus back on its button').to.equal(true);
    await typeSearch(el, 'zzzzqqq');
    await waitUntil(() => parts(el, 'item').length === 0, 'no results');
    expect(more.disabled, 'nothing to share, show or print').to.equal(true);
  });

  it('has one way to clear the search: the browser\'s own × in the field is hidden', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, 1000);
    await typeSearch(el, 'questura');
    const input = part(el, 'search') as HTMLInputElement;
    // Where Chromium draws its × in a search field with text: a click there clears nothing now.
    const box = input.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.right - 8), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(input.value).to.equal('questura');
    expect(el.shadowRoot!.querySelectorAll('button.clear')).to.have.length(1);
  });
});

/** Rows of the list wholly inside both the list's box and the widget's. */
function visibleRows(el: ProssimaMap): number {
  const pane = el.shadowRoot!.querySelector('.list-pane')!.getBoundingClientRect();
  const host = el.getBoundingClientRect();
  return parts(el, 'item').filter((item) => {
    const box = item.getBoundingClientRect();
    return box.height > 0 && box.top >= pane.top - 1 && box.bottom <= Math.min(pane.bottom, host.bottom) + 1;
  }).length;
}

describe('<prossima-map>: room for the results', () => {
  afterEach(unmountAll);

  it('a 390 × 844 phone shows at least four rows of the built-in directory on first view, in Italian and Arabic', async () => {
    for (const lang of ['it', 'ar']) {
      const el = await mount(html`<prossima-map lang=${lang} tile-url="none" style="--prossima-height: 844px"></prossima-map>`, 390);
      expect(visibleRows(el), lang).to.be.at.least(4);
      unmountAll();
    }
  });

  it('a 320 × 568 phone shows at least two rows of the built-in directory on first view, in every language', async () => {
    for (const lang of uiLocales) {
      const el = await mount(html`<prossima-map lang=${lang} tile-url="none" style="--prossima-height: 568px"></prossima-map>`, 320);
      expect(visibleRows(el), lang).to.be.at.least(2);
      unmountAll();
    }
  });

  it('the map is on screen without a tap in desktop columns from 540 px; a phone keeps the list first', async () => {
    for (const [width, mapShown] of [[390, false], [540, true], [690, true], [730, true], [1140, true]] as const) {
      const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, width);
      const map = el.shadowRoot!.querySelector('.map-pane')!.getBoundingClientRect();
      const toggle = el.shadowRoot!.querySelector<HTMLElement>('.view-toggle')!;
      expect(map.width > 200 && map.height > 200, `${width} px: the map`).to.equal(mapShown);
      expect(toggle.offsetParent !== null, `${width} px: the list/map switch`).to.equal(!mapShown);
      expect(visibleRows(el), `${width} px: rows`).to.be.at.least(1);
      unmountAll();
    }
  });

  it('the search field is at least 280 px wide in every column from 320 to 1280 px', async () => {
    for (const width of [320, 390, 540, 690, 730, 900, 1140, 1280]) {
      const el = await mount(html`<prossima-map lang="fr" tile-url="none"></prossima-map>`, width);
      const field = el.shadowRoot!.querySelector('.search-field')!.getBoundingClientRect();
      expect(field.width, `${width} px`).to.be.at.least(280);
      unmountAll();
    }
  });
});

describe('<prossima-map>: the list by keyboard', () => {
  afterEach(unmountAll);

  const rowOf = (el: ProssimaMap) => focused(el)?.closest<HTMLElement>('[part~="item"]')?.dataset.id;

  it('is one Tab stop: arrows, Home and End move between rows, letters go to a name, Tab leaves', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, 1000);
    const ids = parts(el, 'item').map((item) => item.dataset.id);
    expect(ids).to.have.length(4);
    const stops = parts(el, 'item').filter((item) => item.querySelector('button')!.tabIndex === 0);
    expect(stops, 'one row in the Tab order').to.have.length(1);
    await tabUntil(el, (n) => n.closest('[part~="item"]') !== null);
    expect(rowOf(el)).to.equal(ids[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(rowOf(el)).to.equal(ids[1]);
    await sendKeys({ press: 'End' });
    expect(rowOf(el)).to.equal(ids[3]);
    await sendKeys({ press: 'ArrowDown' });
    expect(rowOf(el), 'stays on the last').to.equal(ids[3]);
    await sendKeys({ press: 'Home' });
    expect(rowOf(el)).to.equal(ids[0]);
    // Type-ahead: the first letters of a name.
    const target = parts(el, 'item').find((item) => item.querySelector('.item-name')!.textContent!.startsWith('Questura'))!;
    await sendKeys({ type: 'qu' });
    expect(rowOf(el)).to.equal(target.dataset.id);
    await sendKeys({ press: 'ArrowUp' });
    const back = rowOf(el);
    // Tab leaves the list; Shift+Tab comes back to the row last reached.
    await sendKeys({ press: 'Tab' });
    expect(rowOf(el), 'out of the list').to.equal(undefined);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(rowOf(el)).to.equal(back);
  });
});

/** Tab presses from a button before the widget to one after it, and the parts passed on the way. */
async function tabsThrough(el: ProssimaMap): Promise<{ count: number; stops: string[] }> {
  const before = document.createElement('button');
  before.textContent = 'before';
  const after = document.createElement('button');
  after.textContent = 'after';
  el.parentElement!.prepend(before);
  el.parentElement!.append(after);
  before.focus();
  const stops: string[] = [];
  let count = 0;
  while (document.activeElement !== after && count < 200) {
    await sendKeys({ press: 'Tab' });
    count++;
    const reached = el.shadowRoot!.activeElement as HTMLElement | null;
    if (reached !== null) stops.push(reached.getAttribute('part') ?? reached.className);
  }
  return { count, stops };
}

describe('<prossima-map>: rows of buttons by keyboard', () => {
  afterEach(unmountAll);

  it('the categories are one Tab stop; the arrow keys follow the reading direction', async () => {
    for (const [lang, forward, backward] of [['it', 'ArrowRight', 'ArrowLeft'], ['ar', 'ArrowLeft', 'ArrowRight']]) {
      const el = await mount(html`<prossima-map src=${SMALL} lang=${lang} tile-url="none"></prossima-map>`, 1000);
      const chips = parts(el, 'category');
      expect(chips.filter((chip) => chip.tabIndex === 0), 'one chip in the Tab order').to.have.length(1);
      await tabUntil(el, (n) => n.matches('[part~="category"]'));
      expect(focused(el)).to.equal(chips[0]);
      await sendKeys({ press: forward });
      expect(focused(el), `${lang}: ${forward} goes on`).to.equal(chips[1]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(chips[chips.length - 1]);
      await sendKeys({ press: backward });
      expect(focused(el), `${lang}: ${backward} goes back`).to.equal(chips[chips.length - 2]);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.matches('[part~="category"]'), 'Tab leaves the chips').to.equal(false);
      unmountAll();
    }
  });

  it('the map\'s markers are one Tab stop: the arrow keys move between them without panning the map', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, 1000);
    await markerNames(el);
    const markers = () => [...part(el, 'map')!.querySelectorAll<HTMLElement>('.leaflet-marker-pane [aria-label]')];
    expect(markers().length).to.be.at.least(2);
    expect(markers().filter((m) => m.tabIndex === 0), 'one marker in the Tab order').to.have.length(1);
    const first = await tabUntil(el, (n) => n.closest('.leaflet-marker-pane') !== null);
    const pane = part(el, 'map')!.querySelector<HTMLElement>('.leaflet-map-pane')!;
    const panned = pane.style.transform;
    await sendKeys({ press: 'ArrowDown' });
    const second = focused(el)!;
    expect(second.closest('.leaflet-marker-pane'), 'still on a marker').to.not.equal(null);
    expect(second).to.not.equal(first);
    expect(pane.style.transform, 'the map did not pan').to.equal(panned);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(first);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.closest('.leaflet-marker-pane') ?? null, 'Tab leaves the markers').to.equal(null);
  });

  it('the first Tab stop is a visible "skip", and after it the next Tab leaves the widget', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, 1000);
    const before = document.createElement('button');
    const after = document.createElement('button');
    el.parentElement!.prepend(before);
    el.parentElement!.append(after);
    const skip = part(el, 'skip')!;
    expect(skip.getBoundingClientRect().width, 'out of sight until focused').to.be.at.most(1);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el) === skip, `focus on "skip", not ${focused(el)?.outerHTML.slice(0, 80)}`).to.equal(true);
    expect(skip.textContent!.trim()).to.equal('Salta i servizi per stranieri');
    const box = skip.getBoundingClientRect();
    expect(box.width > 100 && box.height >= 44, 'shown when focused').to.equal(true);
    const host = el.getBoundingClientRect();
    expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === el, 'on top, within the widget').to.equal(true);
    expect(box.top >= host.top && box.bottom <= host.bottom).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(focused(el)?.classList.contains('end'), `after "skip": ${focused(el)?.outerHTML.slice(0, 80)}`).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === after, `focus after the widget, not ${focused(el)?.outerHTML.slice(0, 120)}`).to.equal(true);
  });

  it('the built-in directory (73 services) is crossed in at most 25 Tab presses (103 before), on a phone and a desktop', async () => {
    for (const width of [390, 1280]) {
      const el = await mount(html`<prossima-map lang="it" tile-url="none"></prossima-map>`, width);
      const { count, stops } = await tabsThrough(el);
      expect(count, `${width} px: ${stops.join(' ')}`).to.be.at.most(25);
      unmountAll();
    }
  });
});

describe('<prossima-map>: a map without tiles names its places', () => {
  afterEach(unmountAll);

  const names = (el: ProssimaMap) =>
    [...part(el, 'map')!.querySelectorAll<HTMLElement>('.prossima-place-name')].filter((label) => label.style.visibility !== 'hidden');

  it('writes the comuni where they are and draws the province\'s outline, none covering a marker, and neither once tiles are shown', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, 1000);
    await markerNames(el);
    const shown = names(el);
    expect(shown.length, 'some names').to.be.at.least(5);
    expect(shown.map((label) => label.textContent), 'the comuni of the services among them').to.include.members(['Matera', 'Policoro']);
    const boxes = [
      ...shown.map((label) => label.getBoundingClientRect()),
      ...[...part(el, 'map')!.querySelectorAll('.leaflet-marker-pane > *')].map((marker) => marker.getBoundingClientRect()),
    ];
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const covered = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)).map(() => i));
    expect(covered, 'nothing covers a name').to.deep.equal([]);
    expect(shown.every((label) => label.getAttribute('aria-hidden') === 'true'), 'the markers carry the names for screen readers').to.equal(true);
    // The province's outline, under the markers, with its source in the attribution.
    const outline = part(el, 'map')!.querySelector<SVGPathElement>('.leaflet-overlay-pane .prossima-outline');
    expect(outline !== null, 'an outline').to.equal(true);
    expect(outline!.closest('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const area = outline!.getBoundingClientRect();
    const matera = [...part(el, 'map')!.querySelectorAll('.leaflet-marker-pane > *')].map((marker) => marker.getBoundingClientRect());
    expect(area.width > 100 && area.height > 100, `the outline's size: ${area.width} × ${area.height}`).to.equal(true);
    const inside = matera.filter((box) => box.left + box.width / 2 > area.left && box.right - box.width / 2 < area.right && box.top + box.height / 2 > area.top && box.bottom - box.height / 2 < area.bottom);
    expect(inside.length, 'every marker within the outline\'s box').to.equal(matera.length);
    expect(part(el, 'map')!.querySelector('.leaflet-control-attribution')!.textContent).to.contain('openpolis');
    unmountAll();

    const tiled = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="/test/no-tiles/{z}/{x}/{y}.png"></prossima-map>`, 1000);
    await markerNames(tiled);
    expect(names(tiled), 'with tiles, the tiles name the places').to.have.length(0);
    expect(part(tiled, 'map')!.querySelector('.prossima-outline'), 'and draw the outline').to.equal(null);
  });
});

/** The widget's controls on screen whose middle is covered by something else, named for the failure message. */
function coveredControls(el: ProssimaMap): string[] {
  const root = el.shadowRoot!;
  const host = el.getBoundingClientRect();
  const name = (node: Element | null) => (node === null ? 'nothing' : `<${node.localName} class="${node.getAttribute('class') ?? ''}">${node.textContent!.trim().slice(0, 30)}`);
  const covered: string[] = [];
  for (const control of root.querySelectorAll<HTMLElement>('button, a[href], input, select, summary, [tabindex="0"]')) {
    const box = control.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || !control.checkVisibility({ visibilityProperty: true })) continue;
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    if (x < host.left || x > host.right || y < host.top || y > host.bottom || x > innerWidth || y > innerHeight) continue;
    // Scrolled out of a row or a pane that clips it: not on screen, so not covered.
    let clipped = false;
    for (let up = control.parentElement; up !== null && !clipped; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = up.getBoundingClientRect();
      clipped = x < clip.left || x > clip.right || y < clip.top || y > clip.bottom;
    }
    if (clipped) continue;
    const hit = root.elementFromPoint(x, y);
    if (hit === null || !(hit === control || control.contains(hit))) covered.push(`${name(control)} under ${name(hit)}`);
  }
  return covered;
}

describe('<prossima-map>: nothing covers a control', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  it('at every size from 320 px, in Italian and Arabic, the list and the map, before the tiles are accepted', async () => {
    const sizes = [[320, 568], [390, 844], [540], [690], [730], [1140], [1280]];
    for (const [width, height] of sizes) {
      await setViewport(height === undefined ? { width: 1300, height: 900 } : { width, height });
      for (const lang of ['it', 'ar']) {
        const style = height === undefined ? '' : `--prossima-height: ${height}px`;
        const el = await mount(html`<prossima-map lang=${lang} tile-consent style=${style}></prossima-map>`, width);
        const where = `${width} px, ${lang}`;
        await el.shadowRoot!.querySelector<HTMLElement & { whenPointsShown(): Promise<void> }>('prossima-map-view')?.whenPointsShown();
        expect(coveredControls(el), `${where}, the list`).to.deep.equal([]);
        const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.view-toggle')!;
        if (toggle.offsetParent !== null) {
          toggle.click();
          await el.updateComplete;
          await waitUntil(() => el.shadowRoot!.querySelector('.leaflet-marker-pane > *') !== null, 'the markers');
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(el.shadowRoot!.querySelector('.tile-consent'), `${where}: the tile notice`).to.not.equal(null);
          expect(coveredControls(el), `${where}, the map`).to.deep.equal([]);
        }
        unmountAll();
      }
    }
  });
});

describe('<prossima-map>: the Tab order follows the reading order', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  it('from the top down and along each line, left to right in Italian and right to left in Arabic', async () => {
    await setViewport({ width: 1300, height: 900 });
    for (const [width, lang] of [[1280, 'it'], [1280, 'ar'], [730, 'it'], [730, 'ar'], [390, 'it'], [390, 'ar']] as const) {
      const el = await mount(html`<prossima-map lang=${lang} tile-url="none"></prossima-map>`, width);
      await el.shadowRoot!.querySelector<HTMLElement & { whenPointsShown(): Promise<void> }>('prossima-map-view')?.whenPointsShown();
      const before = document.createElement('button');
      el.parentElement!.prepend(before);
      before.focus();
      const stops: { name: string; box: { top: number; bottom: number; left: number; right: number }; parent: Element | null; direction: string }[] = [];
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const node = focused(el);
        if (node === null) break;
        const r = node.getBoundingClientRect();
        // The landing point after the widget (for screen readers), and "skip", shown over the top
        // corner only while it has focus.
        if (r.width < 2 || node.getAttribute('part') === 'skip') continue;
        // Where it stands in the content, wherever a row scrolled sideways to show it.
        let [dx, dy] = [scrollX, scrollY];
        for (let up = node.parentElement; up !== null; up = up.parentElement) [dx, dy] = [dx + up.scrollLeft, dy + up.scrollTop];
        const box = { top: r.top + dy, bottom: r.bottom + dy, left: r.left + dx, right: r.right + dx };
        // Links side by side in one run of text (the map's attribution) follow that text's direction.
        const direction = getComputedStyle(node.parentElement!).direction;
        stops.push({ name: `${node.localName}.${node.className || node.getAttribute('part')}`, box, parent: node.parentElement, direction });
      }
      expect(stops.length, `${width} px, ${lang}: stops`).to.be.at.least(8);
      const ltr = lang !== 'ar';
      const wrong = stops.slice(1).flatMap((b, i) => {
        const a = stops[i];
        const below = b.box.top >= a.box.bottom - 2;
        const forward = a.parent === b.parent ? a.direction === 'ltr' : ltr;
        const onward = forward ? b.box.left >= a.box.right - 2 : b.box.right <= a.box.left + 2;
        const inside = b.box.top >= a.box.top - 2 && b.box.bottom <= a.box.bottom + 2 && b.box.left >= a.box.left - 2 && b.box.right <= a.box.right + 2;
        return below || onward || inside ? [] : [`${a.name} → ${b.name}`];
      });
      expect(wrong, `${width} px, ${lang}`).to.deep.equal([]);
      unmountAll();
    }
  });
});
