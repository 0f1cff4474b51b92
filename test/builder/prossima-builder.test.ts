// The embed-code builder (demo/builder/) in Chromium, with the built widget (dist/) as a host
// page loads it: each choice gives its attribute, the preview obeys it, and the code copied,
// pasted into a blank page, renders the same widget.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../demo/builder/prossima-builder.js';
import type { ProssimaBuilder } from '../../demo/builder/prossima-builder.js';
import { choicesFromQuery } from '../../demo/builder/choices.js';
import { withClipboard } from '../fixtures/browser-stubs.js';
import { setViewport } from '@web/test-runner-commands';

interface Widget extends HTMLElement {
  readonly mapView?: { center: [number, number]; zoom: number };
}

before(async () => {
  // A desktop: the choices beside the preview, which is on screen (a widget starts its work near
  // the viewport only).
  await setViewport({ width: 1400, height: 1000 });
  // As demo/builder.html: the widget's own script, from dist/.
  await import(/* @vite-ignore */ `${'/dist/prossima-map.js'}`);
});

async function openBuilder(): Promise<ProssimaBuilder> {
  const builder = await fixture<ProssimaBuilder>(html`<prossima-builder dist="/dist/" style="display:block;width:1300px"></prossima-builder>`);
  await waitUntil(() => builder.shadowRoot!.querySelector('.categories input'), 'the directory is read');
  await ready(builder);
  return builder;
}

function preview(builder: ProssimaBuilder): Widget {
  return builder.shadowRoot!.querySelector<Widget>('prossima-map')!;
}

/** The preview's list is on screen (its status says a number). */
async function ready(builder: ProssimaBuilder): Promise<void> {
  await waitUntil(() => /\d/.test(part(preview(builder), 'status')?.textContent ?? ''), 'the preview shows its list', { timeout: 8000 });
}

function part(widget: HTMLElement, name: string): HTMLElement | null {
  return widget.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function parts(widget: HTMLElement, name: string): HTMLElement[] {
  return [...(widget.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

function input(builder: ProssimaBuilder, selector: string): HTMLInputElement {
  const found = builder.shadowRoot!.querySelector<HTMLInputElement>(selector);
  if (found === null) throw new Error(`no ${selector} in the builder`);
  return found;
}

/** Sets a field as a person does (value, then change), and waits for the builder to render. */
async function set(builder: ProssimaBuilder, selector: string, value: string | boolean): Promise<void> {
  const field = input(builder, selector);
  if (typeof value === 'boolean') field.checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updateComplete;
}

async function click(builder: ProssimaBuilder, selector: string): Promise<void> {
  input(builder, selector).click();
  await builder.updateComplete;
}

function categoryBox(id: string): string {
  return `.categories li[data-category="${id}"] input`;
}

function elementLine(builder: ProssimaBuilder): string {
  return builder.code.split('\n').find((line) => line.startsWith('<prossima-map'))!;
}

describe('<prossima-builder>', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname));

  it('is accessible, and starts with the bare element', async () => {
    const builder = await openBuilder();
    await expect(builder).to.be.accessible();
    expect(elementLine(builder)).to.equal('<prossima-map></prossima-map>');
    expect(builder.code).not.to.contain('<style>');
  });

  it('categories and their order: the attribute, and the preview’s filters and rows', async () => {
    const builder = await openBuilder();
    await set(builder, categoryBox('health'), true);
    await set(builder, categoryBox('work'), true);
    expect(preview(builder).getAttribute('categories')).to.equal('health work');
    // "work" up: it comes first.
    await click(builder, `.categories li[data-category="work"] button.move:not([disabled])`);
    expect(elementLine(builder)).to.equal('<prossima-map categories="work health"></prossima-map>');
    const widget = preview(builder);
    await waitUntil(() => parts(widget, 'category').map((c) => c.dataset.category).join() === 'work,health', 'the preview’s filters follow');
    await waitUntil(() => parts(widget, 'item').length > 0 && parts(widget, 'item').every((row) => ['work', 'health'].includes(row.dataset.category!)), 'only those rows');
  });

  it('the category rows follow the choices: the boxes checked are the ones chosen, a moved row keeps its focus', async () => {
    const builder = await openBuilder();
    await set(builder, categoryBox('health'), true);
    await set(builder, categoryBox('social'), true);
    const checked = () => [...builder.shadowRoot!.querySelectorAll<HTMLLIElement>('.categories li')].filter((li) => li.querySelector('input')!.checked).map((li) => li.dataset.category);
    // Before, the rows were reused by position: the box checked for "social" stayed checked on the row that took its place.
    expect(checked()).to.deep.equal(['health', 'social']);
    const down = builder.shadowRoot!.querySelector<HTMLButtonElement>('.categories li[data-category="health"] button.move:last-of-type')!;
    down.focus();
    down.click();
    await builder.updateComplete;
    expect(checked()).to.deep.equal(['social', 'health']);
    // "health" is last now: its ↓ is disabled and hands the focus to its ↑.
    await waitUntil(() => builder.shadowRoot!.activeElement?.closest('li')?.dataset.category === 'health', 'focus moved with the row');
    expect((builder.shadowRoot!.activeElement as HTMLButtonElement).disabled).to.equal(false);
  });

  it('a comune: the attribute, the count, and a warning when the categories leave it empty', async () => {
    const builder = await openBuilder();
    await set(builder, 'input[data-comune="Policoro"]', true);
    expect(preview(builder).getAttribute('municipality')).to.equal('Policoro');
    const shown = Number(/:\s*(\d+)\./.exec(builder.shadowRoot!.querySelector('.preview-note')!.textContent!)?.[1]);
    expect(shown).to.be.above(0);
    await waitUntil(() => (part(preview(builder), 'status')?.textContent ?? '').includes(String(shown)), `the preview counts ${shown}`);
    await set(builder, categoryBox('reception'), true);
    const warnings = builder.shadowRoot!.querySelector('.warnings')!.textContent!;
    expect(warnings).to.match(/Policoro/);
  });

  it('language, search and opening service', async () => {
    const builder = await openBuilder();
    await set(builder, 'select[name="lang"]', 'en');
    await set(builder, 'input[name="query"]', 'lavoro');
    const widget = preview(builder);
    expect(widget.getAttribute('lang')).to.equal('en');
    expect(widget.getAttribute('query')).to.equal('lavoro');
    await waitUntil(() => widget.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'en', 'the preview in English');
    await waitUntil(() => (part(widget, 'search') as HTMLInputElement | null)?.value === 'lavoro', 'the search written');
    const service = builder.shadowRoot!.querySelector<HTMLSelectElement>('select[name="service"]')!;
    const id = service.options[1].value;
    await set(builder, 'select[name="service"]', id);
    expect(widget.getAttribute('service')).to.equal(id);
    await waitUntil(() => part(widget, 'detail')?.dataset.id === id, 'the preview opens it');
  });

  it('tiles: none, consent first, a custom server (warned without its credit)', async () => {
    const builder = await openBuilder();
    await click(builder, 'input[name="tiles"][value="none"]');
    expect(preview(builder).getAttribute('tile-url')).to.equal('none');
    const tiles = () => part(preview(builder), 'map')?.querySelectorAll('img.leaflet-tile').length ?? 0;
    await waitUntil(() => preview(builder).mapView !== undefined, 'the preview’s map is made');
    await waitUntil(() => tiles() === 0 && (part(preview(builder), 'map')?.querySelector('.leaflet-control-attribution')?.textContent ?? '').includes('ISTAT'), 'no tiles: the outline, credited');
    await click(builder, 'input[name="tiles"][value="consent"]');
    expect(preview(builder).hasAttribute('tile-consent')).to.equal(true);
    expect(preview(builder).hasAttribute('tile-url')).to.equal(false);
    await waitUntil(() => part(preview(builder), 'tile-consent') !== null, 'the preview asks first');
    expect(tiles()).to.equal(0);
    expect(elementLine(builder)).to.equal('<prossima-map tile-consent></prossima-map>');
    await click(builder, 'input[name="tiles"][value="custom"]');
    await set(builder, 'input[name="tile-url"]', 'https://tiles.example.it/{z}/{x}/{y}.png');
    expect(preview(builder).getAttribute('tile-url')).to.equal('https://tiles.example.it/{z}/{x}/{y}.png');
    expect(builder.shadowRoot!.querySelector('.warnings')!.textContent).to.match(/credito|credit/);
    await set(builder, 'input[name="tile-attribution"]', '© Esempio');
    expect(preview(builder).getAttribute('tile-attribution')).to.equal('© Esempio');
    expect(builder.shadowRoot!.querySelector('.warnings li')).to.equal(null);
  });

  it('height, colours and font: custom properties on the preview and a style block in the code', async () => {
    const builder = await openBuilder();
    await set(builder, 'input[name="height"]', '30rem');
    await set(builder, 'input[name="accent"]', '#aa0000');
    await set(builder, 'input[name="font"]', 'Georgia, serif');
    const widget = preview(builder);
    expect(getComputedStyle(widget).getPropertyValue('--prossima-accent').trim()).to.equal('#aa0000');
    expect(getComputedStyle(part(widget, 'search')!).fontFamily).to.contain('Georgia');
    expect(widget.getBoundingClientRect().height).to.be.closeTo(30 * parseFloat(getComputedStyle(document.documentElement).fontSize), 2);
    expect(builder.code).to.contain('<style>\n  prossima-map {\n    --prossima-height: 30rem;\n    --prossima-accent: #aa0000;\n    --prossima-font: Georgia, serif;\n  }\n</style>');
  });

  it('sync-url and the language switcher', async () => {
    const builder = await openBuilder();
    expect(part(preview(builder), 'language')).not.to.equal(null);
    await set(builder, 'input[name="sync-url"]', true);
    await set(builder, 'input[name="language-switcher"]', false);
    const widget = preview(builder);
    expect(widget.hasAttribute('sync-url')).to.equal(true);
    expect(widget.hasAttribute('hide-language-switcher')).to.equal(true);
    await waitUntil(() => part(widget, 'language') === null, 'no switcher in the preview');
    // The preview keeps the page's address in step, as it will on the webmaster's page.
    const search = part(widget, 'search') as HTMLInputElement;
    search.value = 'casa';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => new URLSearchParams(location.search).get('prossima-q') === 'casa', 'the address follows the search');
    expect(elementLine(builder)).to.equal('<prossima-map sync-url hide-language-switcher></prossima-map>');
  });

  it('the three widths: the widget laid out at each; wider than its frame, shown smaller', async () => {
    const builder = await openBuilder();
    const frame = builder.shadowRoot!.querySelector<HTMLElement>('.preview-frame')!;
    for (const width of [390, 730, 1140]) {
      await click(builder, `input[name="width"][value="${width}"]`);
      await waitUntil(() => preview(builder).offsetWidth === width, `laid out at ${width}`);
      await waitUntil(() => preview(builder).getBoundingClientRect().width <= frame.clientWidth + 1, `${width} px fits its frame`);
    }
    // 1140 in this frame (about 850 px): shrunk, and said.
    expect(preview(builder).getBoundingClientRect().width).to.be.below(1140);
    expect(builder.shadowRoot!.querySelector('.preview-note')!.textContent).to.match(/ridotta al \d+%|shrunk to \d+%/);
  });

  it('"use this view" takes the preview map’s centre and zoom', async () => {
    const builder = await openBuilder();
    const widget = preview(builder);
    await waitUntil(() => widget.mapView !== undefined, 'the preview’s map is made');
    const view = widget.mapView!;
    [...builder.shadowRoot!.querySelectorAll<HTMLButtonElement>('.preview-note button')][0].click();
    await builder.updateComplete;
    expect(widget.getAttribute('center')).to.equal(`${Number(view.center[0].toFixed(4))},${Number(view.center[1].toFixed(4))}`);
    expect(widget.getAttribute('zoom')).to.equal(String(Math.round(view.zoom)));
  });

  it('"use this view" on a phone preview that shows its list says to open the map first', async () => {
    const builder = await openBuilder();
    await click(builder, 'input[name="width"][value="390"]');
    await waitUntil(() => preview(builder).offsetWidth === 390 && (part(preview(builder), 'map')?.offsetWidth ?? 0) === 0, 'a phone preview, its list first');
    builder.shadowRoot!.querySelector<HTMLButtonElement>('.preview-note button')!.click();
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelector('.preview-note [role="status"]')!.textContent).to.match(/Mappa|Map/);
    expect(preview(builder).hasAttribute('center')).to.equal(false);
    // Once the map is opened in the preview, the view is taken.
    const toggle = [...preview(builder).shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /^(Mappa|Map)$/.test(b.textContent!.trim()));
    expect(toggle, 'the preview’s list/map switch').not.to.equal(undefined);
    toggle!.click();
    await waitUntil(() => (part(preview(builder), 'map')?.offsetWidth ?? 0) > 0 && preview(builder).mapView !== undefined, 'the preview shows its map, made');
    builder.shadowRoot!.querySelector<HTMLButtonElement>('.preview-note button')!.click();
    await builder.updateComplete;
    expect(preview(builder).hasAttribute('center')).to.equal(true);
    expect(builder.shadowRoot!.querySelector('.preview-note [role="status"]')!.textContent).to.equal('');
  });

  it('the script kinds, the copy button and the link that reopens the same choices', async () => {
    const builder = await openBuilder();
    await click(builder, 'input[name="script"][value="classic"]');
    expect(builder.code.split('\n')[0]).to.match(/^<script src="http:\/\/[^"]+\/dist\/prossima-map\.iife\.js" defer><\/script>$/);
    await set(builder, categoryBox('health'), true);
    const copied = await withClipboard(async () => {
      [...builder.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')][0].click();
      await waitUntil(() => builder.shadowRoot!.querySelector('.feedback')!.textContent!.trim() !== '', 'copied, and said');
    });
    expect(copied).to.deep.equal([builder.code]);
    const link = new URL(builder.shadowRoot!.querySelector<HTMLAnchorElement>('.link a')!.href);
    expect(choicesFromQuery(link.search)).to.deep.include({ categories: ['health'], script: 'classic' });
  });

  it('the code, pasted into a blank page, renders the same widget', async () => {
    const builder = await openBuilder();
    await set(builder, categoryBox('work'), true);
    await set(builder, categoryBox('health'), true);
    await set(builder, 'input[data-comune="Matera"]', true);
    await set(builder, 'select[name="lang"]', 'en');
    await click(builder, 'input[name="tiles"][value="none"]');
    const widget = preview(builder);
    await waitUntil(() => widget.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'en' && parts(widget, 'category').length === 2, 'the preview follows');
    // The same width as the preview (730 px), so the same rows are drawn.
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:730px;height:700px;border:0';
    frame.srcdoc = `<!doctype html><html lang="it"><head><meta charset="utf-8"></head><body style="margin:0">${builder.code}</body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('prossima-map')?.shadowRoot?.querySelector('[part~="item"]'), 'the pasted code renders', { timeout: 10000 });
      const pasted = frame.contentDocument!.querySelector<HTMLElement>('prossima-map')!;
      const controls = (el: HTMLElement) => parts(el, 'category').map((c) => `${c.dataset.category}:${c.getAttribute('aria-pressed')}`);
      const rows = (el: HTMLElement) => parts(el, 'item').map((row) => row.dataset.id);
      await waitUntil(() => rows(pasted).length === rows(widget).length, 'as many rows');
      expect(controls(pasted)).to.deep.equal(controls(widget));
      expect(rows(pasted)).to.deep.equal(rows(widget));
      expect(part(pasted, 'status')!.textContent!.trim()).to.equal(part(widget, 'status')!.textContent!.trim());
    } finally {
      frame.remove();
    }
  });
});
