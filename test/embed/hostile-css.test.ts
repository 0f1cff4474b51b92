// The built widget on a host page as hostile as real CMS themes: the full Bootstrap Italia CSS
// and JS, then a theme stylesheet (test/fixtures/hosts/hostile.css) that sets inherited text
// properties on body and !important rules on *, button, div, svg, *:focus and [hidden].
// Every measure is compared with the same widget on a plain page (test/fixtures/hosts/plain.html,
// in an iframe of the same size). Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  loadScript,
  loadStylesheet,
  loadWidget,
  markersInView,
  nextFrame,
  readyOf,
  shadowPart,
  shadowParts,
  waitFor,
  type Widget,
} from '../fixtures/hosts/host-page.js';

/** What a user sees of one widget, reduced to numbers and keywords. */
interface Look {
  width: number;
  height: number;
  search: { height: number; fontSize: string };
  chip: { height: number; fontSize: string; background: string; radius: string; padding: string; iconWidth: number };
  item: { height: number; fontSize: string; lineHeight: string; textTransform: string; letterSpacing: string; textAlign: string; direction: string; fontFamily: string };
  map: { width: number; height: number; markers: number };
}

function lookOf(el: Element): Look {
  const box = (e: Element) => e.getBoundingClientRect();
  const style = (e: Element) => getComputedStyle(e);
  const host = box(el);
  const search = shadowPart(el, 'search')!;
  const chip = shadowPart(el, 'category')!;
  const item = shadowPart(el, 'item')!;
  // Rows are `content-visibility: auto`: one whose rendering was skipped measures its placeholder
  // size (4.5rem), whenever the browser last decided it was off screen. Measure the row itself.
  item.style.contentVisibility = 'visible';
  const name = item.querySelector('.item-name')!;
  const map = shadowPart(el, 'map')!;
  return {
    width: host.width,
    height: host.height,
    search: { height: box(search).height, fontSize: style(search).fontSize },
    chip: {
      height: box(chip).height,
      fontSize: style(chip).fontSize,
      background: style(chip).backgroundColor,
      radius: style(chip).borderTopLeftRadius,
      padding: style(chip).padding,
      iconWidth: box(chip.querySelector('svg')!).width,
    },
    item: {
      height: box(item).height,
      fontSize: style(name).fontSize,
      lineHeight: style(name).lineHeight,
      textTransform: style(name).textTransform,
      letterSpacing: style(name).letterSpacing,
      textAlign: style(name).textAlign,
      direction: style(name).direction,
      fontFamily: style(name).fontFamily,
    },
    map: { width: box(map).width, height: box(map).height, markers: markersInView(el).length },
  };
}

/** The widget on test/fixtures/hosts/plain.html, 900px wide, as a user sees it there. */
async function plainLook(): Promise<Look> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: absolute; top: 0; left: 0; width: 1000px; height: 900px; border: 0; visibility: hidden';
  frame.src = '/test/fixtures/hosts/plain.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { prossimaReady: Promise<number> };
  await win.prossimaReady;
  const el = frame.contentDocument!.querySelector('prossima-map')!;
  await waitFor(() => markersInView(el).length > 0, 'markers on the plain page');
  const look = lookOf(el);
  frame.remove();
  return look;
}

/** Adds a widget (in `wrapper` markup around a `<slot-here>`) to the hostile page. */
async function addWidget(wrapper: string, attributes = ''): Promise<{ el: Widget; container: HTMLElement }> {
  const container = document.createElement('section');
  container.innerHTML = wrapper.replace(
    '<slot-here></slot-here>',
    `<prossima-map lang="it" tile-url="none" ${attributes}></prossima-map>`,
  );
  const el = container.querySelector<Widget>('prossima-map')!;
  document.body.prepend(container);
  return { el, container };
}

const near = (actual: number, expected: number, what: string, tolerance = 1) =>
  expect(Math.abs(actual - expected), `${what}: ${actual} on the hostile page, ${expected} on a plain page`).to.be.at.most(tolerance);

describe('dist/prossima-map.js on a hostile host page (CMS theme + Bootstrap Italia CSS and JS)', () => {
  let plain: Look;
  let el: Widget;
  let hostile: Look;

  before(async function () {
    this.timeout(30000);
    await setViewport({ width: 1200, height: 1200 });
    plain = await plainLook();
    document.documentElement.lang = 'it';
    await loadStylesheet('/node_modules/bootstrap-italia/dist/css/bootstrap-italia.min.css');
    await loadStylesheet('/test/fixtures/hosts/hostile.css');
    await loadScript('/node_modules/bootstrap-italia/dist/js/bootstrap-italia.bundle.min.js');
    await loadWidget();
    ({ el } = await addWidget('<article style="width: 900px"><slot-here></slot-here></article>'));
    await readyOf(el);
    await el.updateComplete;
    await waitFor(() => markersInView(el).length > 0, 'markers on the hostile page');
    hostile = lookOf(el);
  });

  it('really is hostile: the theme and Bootstrap Italia are in force on the page', () => {
    const body = getComputedStyle(document.body);
    expect(body.textTransform).to.equal('uppercase');
    expect(body.letterSpacing).to.equal('4.4px');
    expect(body.direction).to.equal('rtl');
    const div = document.body.appendChild(document.createElement('div'));
    const button = document.body.appendChild(document.createElement('button'));
    expect(getComputedStyle(div).display).to.equal('flex');
    expect(getComputedStyle(button).paddingTop).to.equal('30px');
    div.remove();
    button.remove();
    expect((window as unknown as { bootstrap?: unknown }).bootstrap, 'Bootstrap Italia JS').to.be.an('object');
  });

  it('keeps the search field, chips and list items the height and font size they have on a plain page', () => {
    near(hostile.search.height, plain.search.height, 'search field height');
    expect(hostile.search.fontSize, 'search field font size').to.equal(plain.search.fontSize);
    near(hostile.chip.height, plain.chip.height, 'chip height');
    expect(hostile.chip.fontSize, 'chip font size').to.equal(plain.chip.fontSize);
    near(hostile.item.height, plain.item.height, 'list item height');
    expect(hostile.item.fontSize, 'list item font size').to.equal(plain.item.fontSize);
  });

  it('keeps its text as written: not uppercase, normal letter-spacing, its own line height, alignment, font and direction', () => {
    expect(hostile.item.textTransform, 'text-transform').to.equal('none');
    expect(hostile.item.letterSpacing, 'letter-spacing').to.equal('normal');
    expect(hostile.item.lineHeight, 'line-height').to.equal(plain.item.lineHeight);
    expect(hostile.item.textAlign, 'text-align').to.equal(plain.item.textAlign);
    expect(hostile.item.direction, 'direction').to.equal('ltr');
    expect(hostile.item.fontFamily, 'font-family').to.equal(plain.item.fontFamily);
  });

  it('keeps the page’s text styles out of every text it shows: status, list, chips, the open service, the map', async () => {
    const item = shadowParts(el, 'item')[0];
    item.querySelector('button')!.click();
    await el.updateComplete;
    const texts: Record<string, Element | null> = {
      status: shadowPart(el, 'status'),
      'list item name': item.querySelector('.item-name'),
      'chip name': shadowPart(el, 'category')!.querySelector('.chip-name'),
      'service name': shadowPart(el, 'detail')!.querySelector('.detail-title'),
      'service facts': shadowPart(el, 'detail')!.querySelector('.facts dd'),
      'map attribution': shadowPart(el, 'map')!.querySelector('.leaflet-control-attribution'),
    };
    const leaks: string[] = [];
    for (const [what, text] of Object.entries(texts)) {
      expect(text, what).to.not.equal(null);
      const style = getComputedStyle(text!);
      if (style.textTransform !== 'none') leaks.push(`${what}: text-transform ${style.textTransform}`);
      if (style.letterSpacing !== 'normal') leaks.push(`${what}: letter-spacing ${style.letterSpacing}`);
      if (parseFloat(style.lineHeight) / parseFloat(style.fontSize) > 2) leaks.push(`${what}: line-height ${style.lineHeight}`);
      if (style.direction !== 'ltr') leaks.push(`${what}: direction ${style.direction}`);
      if (style.textAlign === 'justify') leaks.push(`${what}: text-align justify`);
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    expect(leaks, leaks.join('; ')).to.deep.equal([]);
  });

  it('keeps its buttons and icons its own (no red, square, 30px-padded buttons; no 200px icons)', () => {
    expect(hostile.chip.background, 'chip background').to.equal(plain.chip.background);
    expect(hostile.chip.radius, 'chip corners').to.equal(plain.chip.radius);
    expect(hostile.chip.padding, 'chip padding').to.equal(plain.chip.padding);
    near(hostile.chip.iconWidth, plain.chip.iconWidth, 'chip icon width');
  });

  it('keeps the map laid out: same size as on a plain page, with the same markers in view', () => {
    near(hostile.map.width, plain.map.width, 'map width');
    // 2px of slack: the host's box-sizing is tested on its own below.
    near(hostile.map.height, plain.map.height, 'map height', 2);
    expect(plain.map.markers, 'markers on the plain page').to.be.greaterThan(0);
    expect(hostile.map.markers, 'markers in view').to.equal(plain.map.markers);
  });

  it('keeps its width, and its border-box height despite `* { box-sizing: content-box !important }`', () => {
    near(hostile.width, plain.width, 'widget width');
    near(hostile.height, plain.height, 'widget height (border included)', 0.5);
  });

  it('still shows its focus ring on a keyboard-focused chip despite `*:focus { outline: none !important }`', async () => {
    (shadowPart(el, 'search') as HTMLInputElement).focus();
    // The filters' row starts with "open now", "near me" and "choose your comune", then the chips.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    const chip = el.shadowRoot!.activeElement as HTMLElement;
    expect(chip?.getAttribute('part'), 'four Tabs from the search field reach the first chip').to.equal('category');
    const style = getComputedStyle(chip);
    expect(style.outlineStyle, 'outline style').to.not.equal('none');
    expect(parseFloat(style.outlineWidth), 'outline width').to.be.at.least(2);
    chip.blur();
  });

  it('keeps the list reachable: the first and last items can be seen, hit and opened', async () => {
    const items = shadowParts(el, 'item');
    expect(items.length).to.be.greaterThan(10);
    for (const item of [items[0], items[items.length - 1]]) {
      item.scrollIntoView({ block: 'nearest' });
      await nextFrame();
      const r = item.getBoundingClientRect();
      expect(r.width, `${item.dataset.id} width`).to.be.greaterThan(200);
      const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(item.contains(hit), `${item.dataset.id} is on top at its own centre (hit ${hit?.outerHTML.slice(0, 60)})`).to.equal(true);
    }
    const last = items[items.length - 1];
    (last.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(shadowPart(el, 'detail')?.dataset.id, 'detail opened').to.equal(last.dataset.id);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    expect(shadowPart(el, 'detail')).to.equal(null);
    window.scrollTo(0, 0);
  });

  it('stays hidden when the page sets `hidden` on it, despite `[hidden] { display: block !important }`', async () => {
    const { el: hidden, container } = await addWidget('<slot-here></slot-here>', 'hidden');
    await hidden.updateComplete;
    expect(getComputedStyle(hidden).display).to.equal('none');
    expect(hidden.getBoundingClientRect().height).to.equal(0);
    container.remove();
  });

  it('is hidden with its container: inside Bootstrap Italia’s `.invisible` (visibility: hidden) nothing shows or takes focus', async () => {
    const { el: inner, container } = await addWidget('<article class="invisible" style="width: 900px"><slot-here></slot-here></article>');
    await readyOf(inner);
    await inner.updateComplete;
    const search = shadowPart(inner, 'search')!;
    expect(getComputedStyle(inner).visibility, 'the widget').to.equal('hidden');
    expect(search.checkVisibility({ visibilityProperty: true }), 'its search field is visible').to.equal(false);
    search.focus();
    expect(inner.shadowRoot!.activeElement, 'its search field takes focus').to.equal(null);
    container.remove();
  });

  it('inside the theme’s <div> wrappers (forced to `display: flex`) keeps the width of its column', async () => {
    const { el: inGrid, container } = await addWidget(
      '<div class="container"><div class="row"><div class="col-12" style="width: 900px"><slot-here></slot-here></div></div></div>',
    );
    await readyOf(inGrid);
    await inGrid.updateComplete;
    // The column's content box (its padding is the theme's gutter, outside the widget).
    const column = parseFloat(getComputedStyle(inGrid.parentElement!).width);
    const list = shadowPart(inGrid, 'list')!.getBoundingClientRect();
    const map = shadowPart(inGrid, 'map')!.getBoundingClientRect();
    const width = inGrid.getBoundingClientRect().width;
    container.remove();
    expect(Math.abs(width - column), `widget width ${width}px in a ${column}px column`).to.be.at.most(2);
    expect(list.width, 'list width').to.be.greaterThan(200);
    expect(map.width, 'map width').to.be.greaterThan(200);
  });
});
