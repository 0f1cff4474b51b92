// A host page that already uses Leaflet the classic way (leaflet.css + leaflet.js, so window.L
// exists, and a map of its own) and then embeds the built widget, which bundles its own Leaflet.
// Neither may disturb the other. Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import type * as Leaflet from 'leaflet';
import {
  loadScript,
  loadStylesheet,
  loadWidget,
  markers,
  nextFrame,
  readyOf,
  shadowPart,
  shadowParts,
  type Widget,
} from '../fixtures/hosts/host-page.js';

type HostWindow = Window & { L?: typeof Leaflet };
const win = window as HostWindow;

/** Own properties of an object, by name, with the values they hold (functions by reference). */
function ownValues(object: object): Map<string, unknown> {
  return new Map(Object.getOwnPropertyNames(object).map((name) => [name, (object as Record<string, unknown>)[name]]));
}

function expectSameValues(before: Map<string, unknown>, after: Map<string, unknown>, what: string): void {
  expect([...after.keys()].sort(), `${what}: names`).to.deep.equal([...before.keys()].sort());
  const changed = [...before].filter(([name, value]) => after.get(name) !== value).map(([name]) => name);
  expect(changed, `${what}: replaced`).to.deep.equal([]);
}

function moveend(map: Leaflet.Map): Promise<void> {
  return new Promise((resolve) => map.once('moveend', () => resolve()));
}

describe('dist/prossima-map.js on a page that has its own Leaflet (window.L)', () => {
  const errors: string[] = [];
  let hostL: typeof Leaflet;
  let hostMap: Leaflet.Map;
  let hostDiv: HTMLDivElement;
  let globalsBefore: string[];
  let snapshot: Record<string, Map<string, unknown>>;
  let mapOptionsBefore: string;
  let el: Widget;
  let count: number;

  before(async function () {
    this.timeout(30000);
    window.addEventListener('error', (e) => errors.push(e.message));
    window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    await setViewport({ width: 1200, height: 1000 });
    await loadStylesheet('/test/fixtures/hosts/leaflet.css');
    await loadScript('/node_modules/leaflet/dist/leaflet.js');
    hostL = win.L!;
    hostL.Icon.Default.imagePath = '/node_modules/leaflet/dist/images/';
    hostDiv = document.createElement('div');
    hostDiv.id = 'host-map';
    hostDiv.style.cssText = 'width: 400px; height: 300px';
    document.body.prepend(hostDiv);
    hostMap = hostL.map(hostDiv, { zoomAnimation: false, fadeAnimation: false, inertia: false }).setView([45.07, 7.69], 12);
    hostL.marker([45.07, 7.69]).addTo(hostMap);

    snapshot = {
      L: ownValues(hostL),
      'L.Map.prototype': ownValues(hostL.Map.prototype),
      'L.Marker.prototype': ownValues(hostL.Marker.prototype),
      'L.Layer.prototype': ownValues(hostL.Layer.prototype),
      'L.Evented.prototype': ownValues(hostL.Evented.prototype),
      'L.DomEvent': ownValues(hostL.DomEvent),
      'L.Browser': ownValues(hostL.Browser),
    };
    mapOptionsBefore = JSON.stringify(hostL.Map.prototype.options);
    globalsBefore = Object.getOwnPropertyNames(window);

    await loadWidget();
    el = document.createElement('prossima-map') as Widget;
    el.setAttribute('lang', 'it');
    el.setAttribute('tile-url', 'none');
    el.style.width = '900px';
    const ready = readyOf(el);
    hostDiv.after(el);
    count = await ready;
    await el.updateComplete;
    for (let i = 0; i < 300 && markers(el).length === 0; i++) await nextFrame();
  });

  after(() => resetMouse());

  it('leaves window.L the host’s: the same object, version 1.9.4, nothing added, removed or replaced', () => {
    expect(win.L, 'window.L').to.equal(hostL);
    expect(win.L!.version).to.equal('1.9.4');
    for (const [what, before] of Object.entries(snapshot)) {
      const object = what === 'L' ? hostL : (what.split('.').slice(1).reduce((o: any, k) => o[k], hostL) as object);
      expectSameValues(before, ownValues(object), what);
    }
    expect(JSON.stringify(hostL.Map.prototype.options), 'L.Map default options').to.equal(mapOptionsBefore);
  });

  it('adds no global of its own', () => {
    const added = Object.getOwnPropertyNames(window).filter((name) => !globalsBefore.includes(name));
    expect(added).to.deep.equal([]);
  });

  it('lets the host map pan, zoom and add layers, tooltips and popups (features the widget’s own Leaflet leaves out)', async () => {
    const start = hostMap.getCenter();
    hostMap.panBy([120, 60], { animate: false });
    expect(hostMap.getCenter().equals(start), 'panned').to.equal(false);
    hostMap.setZoom(14, { animate: false });
    expect(hostMap.getZoom()).to.equal(14);

    const second = hostL.marker(hostMap.getCenter()).addTo(hostMap);
    expect(hostDiv.querySelectorAll('.leaflet-marker-pane img.leaflet-marker-icon')).to.have.length(2);
    const line = hostL.polyline([hostMap.getCenter(), [45.08, 7.7]]).addTo(hostMap);
    expect(hostDiv.querySelector('.leaflet-overlay-pane svg path'), 'vector layer drawn').to.not.equal(null);
    hostL.circleMarker(hostMap.getCenter(), { radius: 8 }).addTo(hostMap);
    expect(hostDiv.querySelectorAll('.leaflet-overlay-pane svg path')).to.have.length(2);
    second.bindTooltip('host tooltip').openTooltip();
    expect(hostDiv.querySelector('.leaflet-tooltip')?.textContent).to.equal('host tooltip');
    second.bindPopup('host popup').openPopup();
    expect(hostDiv.querySelector('.leaflet-popup-content')?.textContent).to.equal('host popup');
    hostMap.closePopup();
    expect(hostMap.hasLayer(line)).to.equal(true);
    // The host's own leaflet.css still lays out its panes; the widget's copy stays in its shadow root.
    expect(getComputedStyle(hostDiv.querySelector('.leaflet-marker-pane')!).position).to.equal('absolute');
    expect(getComputedStyle(hostDiv).overflow).to.equal('hidden');
  });

  it('lets the user drag the host map with the mouse', async () => {
    const start = hostMap.getCenter();
    const r = hostDiv.getBoundingClientRect();
    const x = Math.round(r.left + 60);
    const y = Math.round(r.top + 60);
    const moved = moveend(hostMap);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 5; step++) await sendMouse({ type: 'move', position: [x + step * 30, y + step * 20] });
    await sendMouse({ type: 'up' });
    await moved;
    const delta = hostMap.latLngToContainerPoint(start);
    expect(Math.round(delta.x - r.width / 2), 'dragged right by 150px').to.equal(150);
    expect(Math.round(delta.y - r.height / 2), 'dragged down by 100px').to.equal(100);
  });

  it('works itself: ready with the built-in directory, every item listed, markers on its own map only', async () => {
    expect(count).to.be.greaterThan(50);
    expect(shadowParts(el, 'item')).to.have.length(count);
    expect(markers(el).length, 'markers on the widget’s map').to.be.greaterThan(0);
    expect(document.querySelectorAll('.leaflet-container'), 'only the host’s map in the page’s light DOM').to.have.length(1);
    expect(hostDiv.querySelector('[part], prossima-map')).to.equal(null);
    // A list item reveals its marker on the widget's map; a single-service marker opens its service.
    const first = shadowParts(el, 'item')[0];
    first.querySelector('button')!.click();
    await el.updateComplete;
    expect(shadowPart(el, 'detail')?.dataset.id).to.equal(first.dataset.id);
    const map = shadowPart(el, 'map')!;
    for (let i = 0; i < 300 && map.querySelector('.is-selected') === null; i++) await nextFrame();
    expect(map.querySelector('.is-selected[aria-current="true"]'), 'the selected service’s marker').to.not.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    const point = map.querySelector<HTMLElement>('.prossima-marker--point')!;
    expect(point, 'a single-service marker in view').to.not.equal(null);
    const selected = new Promise<string>((resolve) =>
      el.addEventListener('prossima-service-select', (e) => resolve((e as CustomEvent<{ id: string }>).detail.id), { once: true }),
    );
    point.click();
    const id = await selected;
    await el.updateComplete;
    expect(shadowPart(el, 'detail')?.dataset.id).to.equal(id);
    expect(point.getAttribute('aria-label')).to.contain(shadowPart(el, 'detail')!.querySelector('.detail-title')!.textContent!.trim());
  });

  it('raises no error on the page', () => {
    expect(errors).to.deep.equal([]);
  });
});
