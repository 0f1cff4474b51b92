import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { MapAdapter, MapLabels, MapOptions, MapPoint } from '../../../src/map/map-adapter.js';
import { createLeafletMapAdapter } from '../../../src/map/leaflet/leaflet-map.js';
import { mapStyles } from '../../../src/map/leaflet/map.styles.js';

const LABELS: MapLabels = {
  approximate: 'posizione approssimativa',
  group: (n) => `Gruppo di ${n} servizi`,
  groupTitle: (n) => `${n} servizi in questo luogo`,
  zoomIn: 'Ingrandisci',
  zoomOut: 'Riduci',
  close: 'Chiudi',
};
const ICON = 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z';
const HOSTILE = '<img src=x onerror=alert(1)>';
const MATERA: [number, number] = [40.6664, 16.6043];
const POLICORO: [number, number] = [40.2127, 16.6786];

function pt(id: string, [lat, lon]: [number, number], title = `Servizio ${id}`): MapPoint {
  return { id, lat, lon, title, color: '#0a6e8c', iconPath: ICON };
}

/** Five services on one town centre, not in title order. */
const SAME_PLACE = [
  pt('e', MATERA, 'Sportello lavoro'),
  pt('a', MATERA, 'Anagrafe'),
  pt('c', MATERA, 'Consultorio'),
  pt('b', MATERA, 'Biblioteca'),
  pt('d', MATERA, 'Questura'),
];
const SORTED_TITLES = ['Anagrafe', 'Biblioteca', 'Consultorio', 'Questura', 'Sportello lavoro'];
const SORTED_IDS = ['a', 'b', 'c', 'd', 'e'];

interface Setup {
  container: HTMLElement;
  adapter: MapAdapter;
  selected: string[];
  root: Document | ShadowRoot;
}

const created: MapAdapter[] = [];

async function setup(options: Partial<MapOptions> = {}, shadow = false): Promise<Setup> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  let root: Document | ShadowRoot = document;
  let parent: HTMLElement | ShadowRoot = host;
  if (shadow) {
    const shadowRoot = host.attachShadow({ mode: 'open' });
    shadowRoot.adoptedStyleSheets = [mapStyles.styleSheet!];
    root = parent = shadowRoot;
  }
  const container = document.createElement('div');
  container.style.cssText = 'width: 600px; height: 400px';
  parent.append(container);
  const selected: string[] = [];
  const adapter = createLeafletMapAdapter(
    container,
    { tileUrl: null, tileAttribution: '', labels: LABELS, ...options },
    { onSelect: (id) => selected.push(id) },
  );
  created.push(adapter);
  return { container, adapter, selected, root };
}

function markers(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.prossima-marker')];
}

function markerNamed(container: HTMLElement, name: string): HTMLElement | undefined {
  return markers(container).find((m) => m.getAttribute('aria-label') === name);
}

function names(container: HTMLElement): (string | null)[] {
  return markers(container).map((m) => m.getAttribute('aria-label'));
}

/** Compares by identity but reports a readable name: chai must never serialize Leaflet's DOM. */
function expectFocus(root: Document | ShadowRoot, el: Element | undefined): void {
  const name = (e: Element | null | undefined): string =>
    e ? `${e.tagName.toLowerCase()}.${e.className} "${e.getAttribute('aria-label') ?? e.textContent}"` : String(e);
  expect(name(root.activeElement), 'focused element').to.equal(name(el));
  expect(root.activeElement === el, 'focused element identity').to.equal(true);
}

function popupButtons(container: HTMLElement): HTMLButtonElement[] {
  return [...container.querySelectorAll<HTMLButtonElement>('.leaflet-popup .prossima-group__item')];
}

async function realClick(el: Element): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

function wheel(container: HTMLElement): boolean {
  const event = new WheelEvent('wheel', { deltaY: 0, bubbles: true, cancelable: true });
  container.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('map adapter', () => {
  const realAlert = window.alert;

  before(async () => {
    // Should a hostile string ever run, a blocking alert() must not hang the browser.
    window.alert = (message?: unknown): void => {
      throw new Error(`alert(${String(message)}) ran`);
    };
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, mapStyles.styleSheet!];
    // Zooms and pans happen at once; one test below turns motion back on.
    await emulateMedia({ reducedMotion: 'reduce' });
  });

  after(() => {
    window.alert = realAlert;
  });

  afterEach(() => {
    for (const adapter of created.splice(0)) adapter.destroy();
  });

  it('leaves window.L undefined', () => {
    expect('L' in window).to.equal(false);
  });

  it('turns points into button markers named by their title', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints([pt('m', MATERA, 'Matera: Anagrafe'), pt('p', POLICORO, HOSTILE)], true);
    expect(names(container)).to.have.members(['Matera: Anagrafe', HOSTILE]);
    for (const m of markers(container)) {
      expect(m.getAttribute('role')).to.equal('button');
      expect(m.querySelector('svg path')?.getAttribute('d')).to.equal(ICON);
    }
    // One Tab stop for the markers; the arrow keys move between them (marker-layer.ts).
    expect(markers(container).map((m) => m.tabIndex).sort()).to.deep.equal([-1, 0]);
    expect(container.querySelectorAll('img').length).to.equal(0);
  });

  it('draws a point whose exact place is not known apart, and says so in its name', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints([{ ...pt('m', MATERA, 'Caritas'), approximate: true }, pt('p', POLICORO, 'Questura')], true);
    expect(names(container)).to.have.members(['Caritas – posizione approssimativa', 'Questura']);
    const pin = (name: string) => markerNamed(container, name)!.querySelector('.prossima-pin')!;
    expect(pin('Caritas – posizione approssimativa').classList.contains('prossima-pin--approximate')).to.equal(true);
    expect(pin('Questura').classList.contains('prossima-pin--approximate')).to.equal(false);
    expect(getComputedStyle(pin('Caritas – posizione approssimativa')).borderTopStyle).to.equal('dashed');
  });

  it('keeps two distant points as separate markers at fit', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints([pt('m', MATERA), pt('p', POLICORO)], true);
    expect(markers(container)).to.have.length(2);
    expect(container.querySelectorAll('.prossima-marker--group').length).to.equal(0);
  });

  it('shows five services on one place as one group marker with "5"', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints(SAME_PLACE, true);
    const all = markers(container);
    expect(all).to.have.length(1);
    const pin = all[0]!.querySelector('.prossima-pin--group')!;
    expect(getComputedStyle(pin, '::after').content, 'the count is drawn').to.equal('"5"');
    expect(all[0]!.textContent, 'and is not text for assistive technology').to.equal('');
    expect(all[0]!.getAttribute('aria-label')).to.equal('Gruppo di 5 servizi');
  });

  it('opens a popup listing the group sorted by title on click; a button selects', async () => {
    const { container, adapter, selected } = await setup();
    adapter.setPoints(SAME_PLACE, true);
    await realClick(markers(container)[0]!);
    const buttons = popupButtons(container);
    expect(buttons.map((b) => b.textContent)).to.deep.equal(SORTED_TITLES);
    expect(container.querySelector('.leaflet-popup h2')?.textContent).to.equal('5 servizi in questo luogo');
    expect(container.querySelector('.prossima-group__close')?.getAttribute('aria-label')).to.equal('Chiudi');
    buttons[2]!.click();
    expect(selected).to.deep.equal(['c']);
  });

  it('opens the group with Enter, focuses its first button; Escape closes and refocuses', async () => {
    const { container, adapter, root } = await setup();
    adapter.setPoints(SAME_PLACE, true);
    const group = markers(container)[0]!;
    group.focus();
    await sendKeys({ press: 'Enter' });
    const buttons = popupButtons(container);
    expect(buttons).to.have.length(5);
    expectFocus(root, buttons[0]);
    await sendKeys({ press: 'ArrowDown' }); // harmless inside the popup
    await sendKeys({ press: 'Escape' });
    expect(container.querySelectorAll('.leaflet-popup').length).to.equal(0);
    expectFocus(root, group);
  });

  it('opens the group with Space too', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints(SAME_PLACE, true);
    markers(container)[0]!.focus();
    await sendKeys({ press: 'Space' });
    expect(popupButtons(container)).to.have.length(5);
  });

  it('selects a single service with Enter', async () => {
    const { container, adapter, selected } = await setup();
    adapter.setPoints([pt('m', MATERA), pt('p', POLICORO)], true);
    markerNamed(container, 'Servizio p')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal(['p']);
  });

  it('zooms into a cluster of separable points, keeping focus in the map', async () => {
    const { container, adapter, root } = await setup();
    const near: [number, number] = [MATERA[0] + 0.002, MATERA[1] + 0.002];
    adapter.setPoints([pt('m', MATERA), pt('n', near), pt('p', POLICORO)], true);
    const cluster = markerNamed(container, 'Gruppo di 2 servizi')!;
    expect(getComputedStyle(cluster.querySelector('.prossima-pin--group')!, '::after').content).to.equal('"2"');
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    expect(names(container)).not.to.include('Gruppo di 2 servizi');
    expect(markerNamed(container, 'Servizio m')).to.exist;
    expect(markerNamed(container, 'Servizio n')).to.exist;
    expect(container.querySelectorAll('.leaflet-popup').length).to.equal(0);
    expectFocus(root, container);
  });

  it('marks the selected point without calling onSelect, and clears it', async () => {
    const { container, adapter, selected } = await setup();
    adapter.setPoints([pt('m', MATERA), pt('p', POLICORO)], true);
    adapter.select('p');
    const p = markerNamed(container, 'Servizio p')!;
    expect(p.classList.contains('is-selected')).to.equal(true);
    expect(p.getAttribute('aria-current')).to.equal('true');
    expect(markerNamed(container, 'Servizio m')!.classList.contains('is-selected')).to.equal(false);
    adapter.select(null);
    expect(p.classList.contains('is-selected')).to.equal(false);
    expect(p.hasAttribute('aria-current')).to.equal(false);
    expect(selected).to.deep.equal([]);
  });

  it('zooms just enough to reveal a selected point hidden in a cluster', async () => {
    const { container, adapter, selected } = await setup();
    // About 1.4 km apart: clustered at the fit (zoom 9), separate from zoom 12 or 13 on.
    const near: [number, number] = [MATERA[0] + 0.01, MATERA[1] + 0.01];
    adapter.setPoints([pt('m', MATERA), pt('n', near), pt('p', POLICORO)], true);
    expect(names(container)).not.to.include('Servizio n');
    adapter.select('n');
    const n = markerNamed(container, 'Servizio n')!;
    expect(n.classList.contains('is-selected')).to.equal(true);
    expect(n.getAttribute('aria-current')).to.equal('true');
    // Just enough: both still on screen, a cluster radius or two apart (at max zoom: ~1500 px).
    const a = n.getBoundingClientRect();
    const b = markerNamed(container, 'Servizio m')!.getBoundingClientRect();
    const box = container.getBoundingClientRect();
    expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.within(48, 200);
    for (const r of [a, b]) expect(r.left).to.be.within(box.left, box.right - r.width);
    expect(selected).to.deep.equal([]);
  });

  it('marks the group of a selected point that shares its place', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints([...SAME_PLACE, pt('p', POLICORO)], true);
    adapter.select('c');
    const group = markerNamed(container, 'Gruppo di 5 servizi')!;
    expect(group.classList.contains('is-selected')).to.equal(true);
    expect(markerNamed(container, 'Servizio p')!.classList.contains('is-selected')).to.equal(false);
  });

  it('pans to a selected point outside the view', async () => {
    const { container, adapter } = await setup({ center: MATERA, zoom: 13 });
    adapter.setPoints([pt('m', MATERA), pt('p', POLICORO)], false);
    expect(names(container)).not.to.include('Servizio p');
    adapter.select('p');
    const box = container.getBoundingClientRect();
    const r = markerNamed(container, 'Servizio p')!.getBoundingClientRect();
    expect(r.left).to.be.within(box.left, box.right - r.width);
    expect(r.top).to.be.within(box.top, box.bottom - r.height);
  });

  it('replaces the markers on setPoints', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints([pt('m', MATERA), pt('p', POLICORO)], true);
    adapter.setPoints([pt('x', MATERA, 'Nuovo')], true);
    expect(markers(container).map((m) => m.getAttribute('aria-label'))).to.deep.equal(['Nuovo']);
    adapter.setPoints([], true);
    expect(markers(container)).to.have.length(0);
  });

  it('reuses marker elements across a pan, so keyboard focus stays', async () => {
    const { container, adapter, root } = await setup({ center: MATERA, zoom: 12 });
    adapter.setPoints([pt('m', MATERA)], false);
    const m = markerNamed(container, 'Servizio m')!;
    m.focus();
    adapter.setView([MATERA[0] + 0.01, MATERA[1] + 0.01], 12);
    expect(markerNamed(container, 'Servizio m') === m, 'same marker element').to.equal(true);
    expectFocus(root, m);
  });

  it('adds and removes a tile layer; failing tiles throw nothing', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints([pt('m', MATERA), pt('p', POLICORO)], true);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent): number => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    adapter.setTiles('/nonexistent/{z}/{x}/{y}.png', 'Mappe: test');
    const tile = container.querySelector<HTMLImageElement>('img.leaflet-tile')!;
    expect(tile.getAttribute('src')).to.match(/^\/nonexistent\/\d+\/\d+\/\d+\.png$/);
    await oneEvent(tile, 'error');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(container.querySelector('.leaflet-control-attribution')!.textContent).to.contain('Mappe: test');
    adapter.select('p');
    expect(markerNamed(container, 'Servizio p')!.classList.contains('is-selected')).to.equal(true);
    adapter.setTiles(null, '');
    expect(container.querySelectorAll('img.leaflet-tile').length).to.equal(0);
    expect(container.querySelector('.leaflet-control-attribution')!.textContent).not.to.contain('Mappe');
  });

  it('shows a hostile attribution as text, after a plain Leaflet link', async () => {
    const { container } = await setup({ tileUrl: '/nonexistent/{z}/{x}/{y}.png', tileAttribution: HOSTILE, center: MATERA, zoom: 10 });
    const attribution = container.querySelector('.leaflet-control-attribution')!;
    expect(attribution.textContent).to.contain(HOSTILE);
    expect(attribution.querySelectorAll('img').length).to.equal(0);
    expect(container.querySelectorAll('img[src="x"]').length).to.equal(0);
    const links = attribution.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0]!.getAttribute('href')).to.equal('https://leafletjs.com');
    expect(links[0]!.textContent).to.equal('Leaflet');
    expect(attribution.querySelectorAll('svg').length).to.equal(0);
  });

  it('switches labels: group names, zoom control, open popup', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints(SAME_PLACE, true);
    markers(container)[0]!.click();
    adapter.setLabels({ approximate: 'approximate place', group: (n) => `Group of ${n}`, groupTitle: (n) => `${n} here`, zoomIn: 'Zoom in', zoomOut: 'Zoom out', close: 'Close' });
    expect(markers(container)[0]!.getAttribute('aria-label')).to.equal('Group of 5');
    const zoomIn = container.querySelector('.leaflet-control-zoom-in')!;
    expect([zoomIn.getAttribute('title'), zoomIn.getAttribute('aria-label')]).to.deep.equal(['Zoom in', 'Zoom in']);
    expect(container.querySelector('.leaflet-control-zoom-out')!.getAttribute('aria-label')).to.equal('Zoom out');
    expect(container.querySelector('.leaflet-popup h2')!.textContent).to.equal('5 here');
    expect(container.querySelector('.prossima-group__close')!.getAttribute('aria-label')).to.equal('Close');
  });

  it('lets the wheel scroll the page until the map is focused', async () => {
    const { container, adapter } = await setup();
    adapter.setPoints([pt('m', MATERA)], true);
    expect(wheel(container)).to.equal(false);
    container.focus();
    expect(wheel(container)).to.equal(true);
    container.dispatchEvent(new MouseEvent('mouseleave'));
    expect(wheel(container)).to.equal(false);
  });

  it('destroy() leaves nothing of Leaflet in the container', async () => {
    const { container, adapter } = await setup();
    container.className = 'mine';
    adapter.setPoints(SAME_PLACE, true);
    markers(container)[0]!.click();
    adapter.destroy();
    expect(container.childElementCount).to.equal(0);
    expect(container.className).to.equal('');
    expect(container.hasAttribute('tabindex')).to.equal(false);
    expect(container.getAttribute('style')).to.equal('width: 600px; height: 400px;');
  });

  it('animates cluster zoom when motion is allowed, and ends zoomed in', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const { container, adapter } = await setup();
      const near: [number, number] = [MATERA[0] + 0.002, MATERA[1] + 0.002];
      adapter.setPoints([pt('m', MATERA), pt('n', near), pt('p', POLICORO)], true);
      markerNamed(container, 'Gruppo di 2 servizi')!.click();
      await waitUntil(() => markerNamed(container, 'Servizio n') !== undefined, 'cluster split after zoom');
      expect(names(container)).not.to.include('Gruppo di 2 servizi');
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('fits points spread over the whole of Italy, even in a phone-sized map', async () => {
    const { container, adapter } = await setup();
    container.style.cssText = 'width: 360px; height: 420px';
    adapter.invalidateSize();
    const corners: [number, number][] = [[46.5, 7.3], [46.6, 13.7], [37.9, 12.5], [36.7, 15.1], [40.1, 18.5], [39.2, 9.1]];
    adapter.setPoints(corners.map((at, i) => pt(`i${i}`, at, `Servizio ${i}`)), true);
    await waitUntil(() => names(container).length === corners.length, 'every point in view');
    const box = container.getBoundingClientRect();
    for (const marker of container.querySelectorAll<HTMLElement>('.leaflet-marker-pane [aria-label]')) {
      const r = marker.getBoundingClientRect();
      expect(r.left + r.width / 2, marker.getAttribute('aria-label')!).to.be.within(box.left, box.right);
      expect(r.top + r.height / 2, marker.getAttribute('aria-label')!).to.be.within(box.top, box.bottom);
    }
  });

  it('draws a count of four or five digits inside its marker', async () => {
    const { container, adapter } = await setup({}, true);
    adapter.setPoints(Array.from({ length: 12345 }, (_, i) => pt(`n${i}`, MATERA, `Servizio ${i}`)), true);
    const pin = container.querySelector<HTMLElement>('.prossima-pin--group')!;
    expect(pin.dataset.count).to.equal('12345');
    expect(pin.scrollWidth, 'the count fits in the pin').to.be.at.most(pin.clientWidth);
    expect(pin.getBoundingClientRect().height).to.equal(36);
  });

  it('moves to a view asked for (center and zoom) while the map is still zooming', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const { container, adapter } = await setup();
      adapter.setPoints([pt('m', MATERA), pt('p', POLICORO)], true);
      container.querySelector<HTMLElement>('.leaflet-control-zoom-in')!.click();
      await nextFrame(); // Leaflet starts the animation in the next frame
      adapter.setView(POLICORO, 14);
      await waitUntil(() => names(container).join() === 'Servizio p', 'only Policoro in view, at zoom 14', { timeout: 3000 });
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('reveals a point selected while the map is still zooming (e.g. fitting new results)', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const { container, adapter } = await setup();
      const near: [number, number] = [MATERA[0] + 0.01, MATERA[1] + 0.01];
      adapter.setPoints([pt('m', MATERA), pt('n', near), pt('p', POLICORO)], true);
      const map = container as HTMLElement;
      // An animated zoom under way, as when the map fits the results of a new search.
      map.querySelector<HTMLElement>('.leaflet-control-zoom-in')!.click();
      await nextFrame(); // Leaflet starts the animation in the next frame
      adapter.select('n');
      await waitUntil(() => markerNamed(container, 'Servizio n')?.classList.contains('is-selected'), 'the selected point revealed after the zoom', { timeout: 3000 });
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('fits new points asked for while the map is still zooming', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const { container, adapter } = await setup();
      adapter.setPoints([pt('m', MATERA), pt('p', POLICORO)], true);
      container.querySelector<HTMLElement>('.leaflet-control-zoom-out')!.click();
      await nextFrame(); // Leaflet starts the animation in the next frame
      const near: [number, number] = [POLICORO[0] + 0.01, POLICORO[1] + 0.01];
      adapter.setPoints([pt('p', POLICORO), pt('q', near)], true);
      // Fitted to the two Policoro points: close enough to tell them apart.
      await waitUntil(() => names(container).includes('Servizio q') && names(container).includes('Servizio p'), 'the new points fitted', { timeout: 3000 });
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('puts the first points on the empty default view at once, with no animation to cut short', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const { container, adapter } = await setup();
      adapter.setPoints([], true); // no points yet: the default view
      // Two points in Matera: a fit a few zoom levels in from the province-wide default view.
      adapter.setPoints([pt('m', MATERA), pt('n', [MATERA[0] + 0.03, MATERA[1] + 0.03])], true);
      await nextFrame();
      await nextFrame();
      expect(container.querySelector('.leaflet-zoom-anim') !== null, 'a zoom animation under way').to.equal(false);
      expect(names(container).sort()).to.deep.equal(['Servizio m', 'Servizio n']);
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  describe('inside a shadow root', () => {
    it('is accessible', async () => {
      const { container, adapter } = await setup({}, true);
      adapter.setPoints([...SAME_PLACE, pt('p', POLICORO)], true);
      await expect(container.getRootNode() as unknown as Element).to.be.accessible();
    });

    it('runs the group popup by mouse and keyboard', async () => {
      const { container, adapter, root, selected } = await setup({}, true);
      adapter.setPoints(SAME_PLACE, true);
      const group = markers(container)[0]!;
      await realClick(group);
      expect(popupButtons(container).map((b) => b.dataset['id'])).to.deep.equal(SORTED_IDS);
      await realClick(popupButtons(container)[4]!);
      expect(selected).to.deep.equal(['e']);
      group.focus();
      await sendKeys({ press: 'Enter' });
      expectFocus(root, popupButtons(container)[0]);
      await sendKeys({ press: 'Escape' });
      expect(container.querySelectorAll('.leaflet-popup').length).to.equal(0);
      expectFocus(root, group);
    });
  });
});
