// <prossima-map-view> with a fake map: what it hands the map adapter, and when. The map itself
// (Leaflet, markers, clusters) is tested in test/map/leaflet/leaflet-map.test.ts.
import { expect, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../../src/index.js';
import type { ProssimaMapView } from '../../../src/components/map-view/map-view.js';
import type { MapPoint } from '../../../src/map/map-adapter.js';
import { setLocale } from '../../../src/localization.js';
import { fakeMap, makePoints, type FakeMap } from '../../fixtures/fake-map-adapter.js';
import { expectNode, renderInRoot } from '../../fixtures/in-root.js';

interface Props {
  points?: readonly MapPoint[];
  selectedId?: string | null;
  tileUrl?: string | null;
  tileAttribution?: string;
  center?: [number, number];
  zoom?: number;
}

/** A map view where the root puts it: in the map pane, which `view="list"` hides (a phone). */
async function mountMap(map: FakeMap | undefined, props: Props = {}, view: 'map' | 'list' = 'map') {
  const { el, root } = await renderInRoot<ProssimaMapView>(
    'prossima-map-view',
    html`<div class="main" data-view=${view}>
      <section class="map-pane">
        <prossima-map-view
          .adapterFactory=${map?.factory}
          .points=${props.points ?? []}
          .selectedId=${props.selectedId ?? null}
          .tileUrl=${props.tileUrl ?? null}
          .tileAttribution=${props.tileAttribution ?? ''}
          .center=${props.center}
          .zoom=${props.zoom}
        ></prossima-map-view>
      </section>
    </div>`,
    // A phone's width: under 520px the root shows one pane at a time (prossima-map.styles.ts).
    { width: 400 },
  );
  return { el, main: root.querySelector<HTMLElement>('.main')! };
}

/** Mounts, and waits for the map, which is made once the first screen has been painted. */
async function mountWithMap(props: Props = {}, map = fakeMap()) {
  const made = map.nextAdapter();
  const { el, main } = await mountMap(map, props);
  const adapter = await made;
  await el.whenPointsShown();
  return { el, main, map, adapter };
}

/** Past the frame and the task after it, where the element schedules its map work. */
async function afterPaint(): Promise<void> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const MATERA: [number, number] = [40.6664, 16.6043];

describe('<prossima-map-view>', () => {
  afterEach(() => setLocale('it'));

  // No axe check: with a fake adapter the element is one empty region, and what a person meets
  // inside it (markers, zoom buttons, popups) is Leaflet's, checked in leaflet-map.test.ts and
  // through the root in prossima-map.a11y.test.ts. Its own part, the named region, is asserted.
  it('renders a named, left-to-right map region; without a factory it makes no map and waits for nothing', async () => {
    const points = makePoints(3);
    const { el } = await mountMap(undefined, { points }, 'map');
    const region = el.querySelector<HTMLElement>('[part~="map"]')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Mappa dei servizi');
    expect(region.dir).to.equal('ltr');
    // The root waits on this before `prossima-ready`: with no map it must not hang.
    await el.whenPointsShown();

    // A factory given later makes the map with the points already there.
    const map = fakeMap();
    const made = map.nextAdapter();
    el.adapterFactory = map.factory;
    const adapter = await made;
    await el.whenPointsShown();
    expectNode(adapter.container, region, 'the map container');
    expect(adapter.shown).to.equal(points);
  });

  it('makes the map once, in its map part, with the tiles, the labels, and the points fitted', async () => {
    const points = makePoints(3);
    const { el, map, adapter } = await mountWithMap({ points, tileUrl: 'https://tiles.example/{z}/{x}/{y}.png', tileAttribution: '© Esempio', zoom: 9 });
    const container = el.querySelector<HTMLElement>('[part~="map"]')!;
    expect(container.clientHeight, 'the container has a size').to.be.above(0);
    expectNode(adapter.container, container, 'the map container');
    const { tileUrl, tileAttribution, labels, center, zoom } = adapter.options;
    expect({ tileUrl, tileAttribution, center, zoom }).to.deep.equal({
      tileUrl: 'https://tiles.example/{z}/{x}/{y}.png',
      tileAttribution: '© Esempio',
      center: undefined,
      // A zoom without a centre means nothing: the points are fitted instead.
      zoom: undefined,
    });
    expect(labels.zoomIn).to.equal('Ingrandisci');
    expect(labels.zoomOut).to.equal('Riduci');
    expect(labels.group(5)).to.contain('5');
    expect(labels.groupTitle(7)).to.contain('7');
    expect(adapter.methods('setLabels')).to.deep.equal(['setPoints', 'select']);
    expect(adapter.callsOf('setPoints')).to.deep.equal([[points, true]]);
    expect(adapter.callsOf('select')).to.deep.equal([[null]]);

    el.points = makePoints(2);
    el.tileUrl = null;
    el.selectedId = 'p1';
    await el.whenPointsShown();
    expect(map.adapters).to.have.length(1);
  });

  it('center and zoom: the map starts there (zoom 13 by default) and is not fitted; a new centre moves it', async () => {
    const points = makePoints(3);
    const { el, adapter } = await mountWithMap({ points, center: MATERA });
    expect(adapter.options.center).to.deep.equal(MATERA);
    expect(adapter.options.zoom).to.equal(13);
    expect(adapter.callsOf('setPoints')).to.deep.equal([[points, false]]);
    expect(adapter.callsOf('setView')).to.deep.equal([]);

    el.center = [40.2127, 16.6786];
    el.zoom = 11;
    await el.updateComplete;
    expect(adapter.callsOf('setView')).to.deep.equal([[[40.2127, 16.6786], 11]]);
  });

  it('points: new ones follow the list a frame later, fitted; whenPointsShown() resolves once they are on the map', async () => {
    const first = makePoints(3);
    const { el, adapter } = await mountWithMap({ points: first });
    const next = makePoints(5, 'q');
    el.points = next;
    await el.updateComplete;
    // The list is painted first: the map still shows the old points.
    expect(adapter.shown).to.equal(first);
    await el.whenPointsShown();
    expect(adapter.shown).to.equal(next);
    expect(adapter.callsOf('setPoints').at(-1)).to.deep.equal([next, true]);
  });

  it('selectedId: the selection made before the map is passed on when it is made, and each new one follows', async () => {
    const { el, adapter } = await mountWithMap({ points: makePoints(3), selectedId: 'p2' });
    expect(adapter.callsOf('select')).to.deep.equal([['p2']]);
    expect(adapter.methods('setLabels').indexOf('select'), 'selected after the points are there').to.be.above(
      adapter.methods('setLabels').indexOf('setPoints'),
    );
    el.selectedId = 'p0';
    await el.updateComplete;
    el.selectedId = null;
    await el.updateComplete;
    expect(adapter.callsOf('select')).to.deep.equal([['p2'], ['p0'], [null]]);
  });

  it('tileUrl and tileAttribution: each change reaches setTiles; other changes do not', async () => {
    const { el, adapter } = await mountWithMap({ points: makePoints(3), tileUrl: 'https://a.example/{z}/{x}/{y}.png' });
    el.selectedId = 'p1';
    await el.updateComplete;
    expect(adapter.callsOf('setTiles')).to.deep.equal([]);
    el.tileUrl = null;
    await el.updateComplete;
    el.tileUrl = 'https://b.example/{z}/{x}/{y}.png';
    el.tileAttribution = 'B';
    await el.updateComplete;
    expect(adapter.callsOf('setTiles')).to.deep.equal([
      [null, ''],
      ['https://b.example/{z}/{x}/{y}.png', 'B'],
    ]);
  });

  it('emits map-select (bubbling, not composed) when the user picks a marker, and leaves the selection to the root', async () => {
    const { el, adapter } = await mountWithMap({ points: makePoints(3) });
    const selects = adapter.callsOf('select').length;
    const event = oneEvent(el, 'map-select') as Promise<CustomEvent<{ id: string }>>;
    adapter.pick('p1');
    const { detail, bubbles, composed } = await event;
    expect({ detail, bubbles, composed }).to.deep.equal({ detail: { id: 'p1' }, bubbles: true, composed: false });
    await el.updateComplete;
    expect(adapter.callsOf('select')).to.have.length(selects);
  });

  it('removed: the map is destroyed once and never used again; put back: a new map; removed before the first paint: none is made', async () => {
    const points = makePoints(3);
    const { el, map, adapter } = await mountWithMap({ points });
    const pane = el.parentElement!;
    el.remove();
    expect(adapter.destroyed).to.equal(true);
    expect(adapter.callsOf('destroy')).to.have.length(1);
    const made = map.nextAdapter();
    pane.append(el);
    const again = await made;
    await el.whenPointsShown();
    expect(again).to.not.equal(adapter);
    expect(again.shown).to.equal(points);
    el.selectedId = 'p0';
    await el.whenPointsShown();
    expect(adapter.usedAfterDestroy).to.deep.equal([]);

    const early = fakeMap();
    const { el: other } = await mountMap(early, { points });
    other.remove();
    await afterPaint();
    expect(early.adapters).to.have.length(0);
  });

  it('from 2,000 points: clustered through setPointsAsync; newer points stop the older clustering, and whenPointsShown() waits for the newest', async () => {
    const map = fakeMap({ clustering: 'manual' });
    const many = makePoints(2500);
    const made = map.nextAdapter();
    const { el } = await mountMap(map, { points: many });
    const adapter = await made;
    expect(adapter.callsOf('setPoints')).to.deep.equal([]);
    const [[points, fit, signal]] = adapter.callsOf('setPointsAsync');
    expect(points).to.equal(many);
    expect(fit).to.equal(true);
    const shown = el.whenPointsShown().then(() => 'shown');
    expect(await Promise.race([shown, nextFrame().then(() => 'waiting')])).to.equal('waiting');

    const more = makePoints(2600, 'q');
    el.points = more;
    await el.updateComplete;
    expect(signal.aborted, 'the older clustering is stopped at once').to.equal(true);
    await adapter.nextCall('setPointsAsync');
    adapter.finishClustering();
    expect(await shown).to.equal('shown');
    expect(adapter.shown).to.equal(more);
  });

  it('with many points on the map, new ones wait for a pause in typing: quick changes make one redraw', async () => {
    const { el, adapter } = await mountWithMap({ points: makePoints(2500) });
    const before = adapter.callsOf('setPointsAsync').length;
    const typed = [makePoints(2400, 'a'), makePoints(2300, 'b'), makePoints(2200, 'c')];
    for (const points of typed) {
      el.points = points;
      await el.updateComplete;
      await afterPaint();
    }
    const [points] = await adapter.nextCall('setPointsAsync');
    await el.whenPointsShown();
    expect(points).to.equal(typed[2]);
    // The earlier changes' redraws, had they not been called off, would come as far apart as the
    // changes were: give them that long.
    for (const _ of typed) await afterPaint();
    expect(adapter.callsOf('setPointsAsync')).to.have.length(before + 1);
    expect(adapter.shown).to.equal(typed[2]);
  });

  it('hidden at first (a phone showing the list): the fit waits for a size, then jumps there', async () => {
    const map = fakeMap();
    const made = map.nextAdapter();
    const points = makePoints(3);
    const { el, main } = await mountMap(map, { points }, 'list');
    const adapter = await made;
    await el.whenPointsShown();
    expect(adapter.callsOf('setPoints')).to.deep.equal([[points, false]]);
    expect(adapter.callsOf('fitToPoints')).to.deep.equal([]);

    const fitted = adapter.nextCall('fitToPoints');
    main.dataset.view = 'map';
    expect(await fitted).to.deep.equal([false]);
    expect(adapter.methods('setLabels').slice(-2)).to.deep.equal(['invalidateSize', 'fitToPoints']);
  });

  it('follows a language switch: the map gets its labels in the new language', async () => {
    const { el, adapter } = await mountWithMap({ points: makePoints(3) });
    await setLocale('en');
    await el.updateComplete;
    expect(adapter.labels.zoomIn).to.equal('Zoom in');
    expect(adapter.labels.zoomOut).to.equal('Zoom out');
    expect(el.querySelector('[part~="map"]')!.getAttribute('aria-label')).to.equal('Map of services');
  });
});
