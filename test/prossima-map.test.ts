import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { captureWarnings, itemIds, localeSettled, mount, part, parts, typeSearch, unmountAll } from './helpers.js';
import matera from '../data/matera.json';
import type { ProssimaServiceActions } from '../src/components/service-actions/service-actions.js';

const small = (await (await fetch('/test/fixtures/small.json')).json()) as typeof import('./fixtures/small.json');

const SMALL = '/test/fixtures/small.json';

describe('<prossima-map>', () => {
  afterEach(unmountAll);

  it('is accessible with the built-in directory', async () => {
    const el = await mount(html`<prossima-map lang="it" tile-url="none"></prossima-map>`);
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('shows every service of the built-in directory, with the count in the status', async () => {
      const el = await mount(html`<prossima-map lang="it" tile-url="none"></prossima-map>`);
      const total = matera.services.length;
      expect(parts(el, 'item')).to.have.length(total);
      expect(part(el, 'status')!.textContent).to.contain(String(total));
      expect(part(el, 'error')).to.equal(null);
    });

    it('offers one category chip per directory category, with its state exposed', async () => {
      const el = await mount(html`<prossima-map lang="it" tile-url="none"></prossima-map>`);
      const chips = parts(el, 'category');
      expect(chips.map((c) => c.dataset.category)).to.deep.equal(matera.categories.map((c) => c.id));
      for (const chip of chips) expect(chip.getAttribute('aria-pressed')).to.equal('false');
    });

    it('gives each item its id and category, an icon and a text label', async () => {
      const el = await mount(html`<prossima-map lang="it" src=${SMALL} tile-url="none"></prossima-map>`);
      const item = parts(el, 'item').find((i) => i.dataset.id === 'cpi-policoro')!;
      expect(item.dataset.category).to.equal('work');
      expect(item.querySelector('svg')).to.not.equal(null);
      expect(item.textContent).to.contain('Lavoro');
      expect(item.textContent).to.contain('Policoro');
      expect(item.textContent, 'low confidence').to.contain('da verificare');
    });

    it('creates no Leaflet global', async () => {
      await mount(html`<prossima-map tile-url="none"></prossima-map>`);
      expect((window as unknown as { L?: unknown }).L).to.equal(undefined);
    });
  });

  describe('attributes', () => {
    it('src: loads that directory instead of the built-in one', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} tile-url="none"></prossima-map>`);
      expect(itemIds(el).sort()).to.deep.equal(small.services.map((s) => s.id).sort());
    });

    it('categories: offers only those, in that order, and warns once about unknown ids', async () => {
      let el!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        el = await mount(html`<prossima-map src=${SMALL} categories="work, nope health" tile-url="none"></prossima-map>`);
      });
      const map = el as Awaited<ReturnType<typeof mount>>;
      expect(parts(map, 'category').map((c) => c.dataset.category)).to.deep.equal(['work', 'health']);
      expect(itemIds(map).sort()).to.deep.equal(['cpi-policoro', 'ospedale-matera']);
      expect(warnings.filter((w) => w.includes('nope'))).to.have.length(1);
    });

    it('municipality: matches comune names ignoring case and accents', async () => {
      const el = await mount(
        html`<prossima-map src=${SMALL} municipality="POLICORO, citta di matera" tile-url="none"></prossima-map>`,
      );
      expect(itemIds(el).sort()).to.deep.equal(['cpi-policoro', 'sportello-citta']);
    });

    it('query: starts with that search', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} query="ospedale" tile-url="none"></prossima-map>`);
      expect(itemIds(el)).to.deep.equal(['ospedale-matera']);
      expect((part(el, 'search') as HTMLInputElement).value).to.equal('ospedale');
      expect(part(el, 'status')!.textContent).to.match(/\b1\b/);
    });

    it('service: opens that service at start, without a select event', async () => {
      let selects = 0;
      const onSelect = () => selects++;
      document.addEventListener('prossima-service-select', onSelect);
      const el = await mount(html`<prossima-map src=${SMALL} service="questura-matera" tile-url="none"></prossima-map>`);
      document.removeEventListener('prossima-service-select', onSelect);
      expect(part(el, 'detail')!.dataset.id).to.equal('questura-matera');
      expect(selects).to.equal(0);
    });

    it('lang: switches UI and content language', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} lang="en" service="ospedale-matera" tile-url="none"></prossima-map>`);
      expect(part(el, 'detail')!.textContent).to.contain('Madonna delle Grazie Hospital');
      expect(part(el, 'detail')!.textContent).to.contain('Back to the list');
      expect(part(el, 'status')!.textContent).to.match(/\d+ services/);
      el.setAttribute('lang', 'it');
      await el.updateComplete;
      await localeSettled(el);
      expect(part(el, 'detail')!.textContent).to.contain('Ospedale Madonna delle Grazie');
      expect(part(el, 'detail')!.textContent).to.contain('Torna all’elenco');
    });

    it('lang: an unsupported language falls through to the page language', async () => {
      const wrapper = html`<div lang="it"><prossima-map src=${SMALL} lang="xx" tile-url="none"></prossima-map></div>`;
      const el = await mount(wrapper);
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('it');
    });

    it('lang: shows Italian text marked as such when no translation exists', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} lang="en" service="cpi-policoro" tile-url="none"></prossima-map>`);
      const description = part(el, 'detail')!.querySelector('.description')!;
      expect(description.querySelector('[lang="it"]')!.textContent).to.contain('Iscrizione al collocamento');
      expect(description.textContent).to.contain('(in Italian)');
    });

    it('center and zoom: start the map there instead of fitting every service', async () => {
      const markerNames = (el: Awaited<ReturnType<typeof mount>>) =>
        [...part(el, 'map')!.querySelectorAll('.leaflet-marker-pane [aria-label]')].map((m) => m.getAttribute('aria-label'));
      const fitted = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`);
      expect(markerNames(fitted).some((n) => n!.includes('Policoro'))).to.equal(true);
      expect(markerNames(fitted).length, 'Matera and Policoro both in view').to.be.at.least(2);
      const policoro = await mount(
        html`<prossima-map src=${SMALL} lang="it" center="40.2125,16.6781" zoom="14" tile-url="none"></prossima-map>`,
      );
      expect(markerNames(policoro)).to.deep.equal(['Centro per l\'impiego di Policoro – Lavoro – posizione approssimativa, indirizzo esatto non noto']);
    });

    it('center and zoom: bad values are ignored with a warning', async () => {
      const warnings = await captureWarnings(() =>
        mount(html`<prossima-map src=${SMALL} center="north" zoom="99" tile-url="none"></prossima-map>`),
      );
      expect(warnings.some((w) => w.includes('center="north"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('zoom="99"'))).to.equal(true);
    });

    it('tile-url with a placeholder the map cannot fill: no tiles, a notice and one warning, and the widget is ready (issue 17)', async () => {
      let el!: Awaited<ReturnType<typeof mount>>;
      let ready = 0;
      const onReady = () => ready++;
      document.addEventListener('prossima-ready', onReady);
      const warnings = await captureWarnings(async () => {
        el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="/test/no-tiles/{z}/{x}/{y}.png?key={apikey}"></prossima-map>`);
      });
      document.removeEventListener('prossima-ready', onReady);
      expect(warnings.filter((w) => w.includes('{apikey}')), 'one console line').to.have.length(1);
      expect(part(el, 'error')!.textContent).to.contain('Le immagini della mappa non si possono caricare');
      expect(part(el, 'map')!.querySelectorAll('.leaflet-tile-pane img')).to.have.length(0);
      expect(part(el, 'map')!.querySelectorAll('.leaflet-marker-pane [aria-label]').length, 'the markers').to.be.at.least(1);
      expect(ready, 'prossima-ready fired').to.equal(1);
      const leaflet = part(el, 'map')!.querySelector<HTMLAnchorElement>('.leaflet-control-attribution a[href="https://leafletjs.com"]')!;
      expect([leaflet.target, leaflet.rel], 'the attribution opens a tab of its own').to.deep.equal(['_blank', 'noopener noreferrer']);
    });

    it('tile-url: "none" loads no tiles; a template loads tiles from there', async () => {
      const none = await mount(html`<prossima-map src=${SMALL} tile-url="none"></prossima-map>`);
      expect(part(none, 'map')!.querySelector('img.leaflet-tile')).to.equal(null);
      const custom = await mount(
        html`<prossima-map src=${SMALL} tile-url="/test/no-tiles/{z}/{x}/{y}.png" tile-attribution="<b>Tiles</b> & co"></prossima-map>`,
      );
      const map = part(custom, 'map')!;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const tile = map.querySelector<HTMLImageElement>('img.leaflet-tile');
      expect(tile?.src).to.match(/\/test\/no-tiles\/\d+\/\d+\/\d+\.png$/);
      const attribution = map.querySelector('.leaflet-control-attribution')!;
      expect(attribution.textContent).to.contain('<b>Tiles</b> & co');
      expect(attribution.querySelector('b')).to.equal(null);
    });

    it('closes an open service that the host’s new categories no longer offer', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} service="ospedale-matera" tile-url="none"></prossima-map>`);
      expect(part(el, 'detail')!.dataset.id).to.equal('ospedale-matera');
      el.setAttribute('categories', 'work');
      await el.updateComplete;
      expect(part(el, 'detail')).to.equal(null);
      expect(itemIds(el)).to.deep.equal(['cpi-policoro']);
    });

    it('attributes changed at run time update the widget in place', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} tile-url="none"></prossima-map>`);
      el.setAttribute('categories', 'health');
      await el.updateComplete;
      expect(itemIds(el)).to.deep.equal(['ospedale-matera']);
      el.setAttribute('query', 'xyzxyz');
      await el.updateComplete;
      expect(itemIds(el)).to.deep.equal([]);
      expect(part(el, 'status')!.textContent).to.match(/\b0\b/);
      el.removeAttribute('query');
      el.removeAttribute('categories');
      await el.updateComplete;
      expect(itemIds(el)).to.have.length(small.services.length);
      const ready = oneEvent(el, 'prossima-ready');
      el.removeAttribute('src');
      expect((await ready).detail.count).to.equal(matera.services.length);
    });
  });

  describe('directory property', () => {
    it('shows a directory set from script, ahead of src', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} tile-url="none"></prossima-map>`);
      const ready = oneEvent(el, 'prossima-ready');
      el.directory = { ...small, services: small.services.slice(0, 1) };
      expect((await ready).detail.count).to.equal(1);
      await el.updateComplete;
      expect(itemIds(el)).to.deep.equal([small.services[0].id]);
    });
  });

  describe('search and filters', () => {
    it('finds as you type, ignoring case, accents and one typo', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} tile-url="none"></prossima-map>`);
      await typeSearch(el, 'QUESTURA');
      expect(itemIds(el)).to.deep.equal(['questura-matera']);
      await typeSearch(el, 'citta solidale');
      expect(itemIds(el)).to.deep.equal(['sportello-citta']);
      await typeSearch(el, 'ospedlae');
      expect(itemIds(el)).to.deep.equal(['ospedale-matera']);
    });

    it('keeps the count current while typing but announces it once typing pauses', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`);
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-busy')).to.equal('false');
      await typeSearch(el, 'questura');
      expect(status.textContent).to.match(/\b1\b/);
      expect(status.getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => status.getAttribute('aria-busy') === 'false', 'announced after the pause', { timeout: 3000 });
      expect(status.textContent).to.match(/\b1\b/);
    });

    it('counts results per category on the chips and filters by them', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`);
      await typeSearch(el, 'matera');
      const chip = (id: string) => parts(el, 'category').find((c) => c.dataset.category === id)!;
      expect(chip('immigration').textContent).to.contain('2');
      expect(chip('work').textContent).to.contain('0');
      chip('immigration').click();
      await el.updateComplete;
      expect(chip('immigration').getAttribute('aria-pressed')).to.equal('true');
      expect(itemIds(el).sort()).to.deep.equal(['questura-matera', 'sportello-citta']);
      const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('.clear')!;
      clear.click();
      await el.updateComplete;
      expect(itemIds(el)).to.have.length(small.services.length);
      expect((part(el, 'search') as HTMLInputElement).value).to.equal('');
      expect(chip('immigration').getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('events', () => {
    it('prossima-ready tells the number of valid services', async () => {
      const wrapper = document.createElement('div');
      document.body.append(wrapper);
      const el = document.createElement('prossima-map');
      el.setAttribute('src', SMALL);
      el.setAttribute('tile-url', 'none');
      const ready = oneEvent(wrapper, 'prossima-ready');
      wrapper.append(el);
      const event = await ready;
      expect(event.detail.count).to.equal(small.services.length);
      expect(event.composed).to.equal(true);
      wrapper.remove();
    });

    it('prossima-service-select fires when the user opens a service, and the detail shows it', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`);
      const selected = oneEvent(el, 'prossima-service-select');
      parts(el, 'item').find((i) => i.dataset.id === 'ospedale-matera')!.querySelector('button')!.click();
      expect((await selected).detail.id).to.equal('ospedale-matera');
      await el.updateComplete;
      const detail = part(el, 'detail')!;
      await detail.querySelector<ProssimaServiceActions>('prossima-service-actions')!.updateComplete;
      expect(detail.dataset.id).to.equal('ospedale-matera');
      expect(detail.querySelector('a[href="tel:+390835253111"]')).to.not.equal(null);
      expect(detail.querySelector('a[href="mailto:urp@asmbasilicata.it"]')).to.not.equal(null);
      expect(detail.querySelector('a[href^="https://www.openstreetmap.org/directions?to=40.65350%2C16.61990"]')).to.not.equal(null);
      expect(detail.textContent).to.match(/lun.*ven.*09:00–13:00/);
      await expect(el).to.be.accessible();
    });

    it('a marker opens its service: event, detail, and the list row marked as current', async () => {
      const el = await mount(
        html`<prossima-map src=${SMALL} lang="it" center="40.2125,16.6781" zoom="14" tile-url="none"></prossima-map>`,
      );
      const marker = part(el, 'map')!.querySelector<HTMLElement>('.leaflet-marker-pane [role="button"]')!;
      const selected = oneEvent(el, 'prossima-service-select');
      marker.click();
      expect((await selected).detail.id).to.equal('cpi-policoro');
      await el.updateComplete;
      expect(part(el, 'detail')!.dataset.id).to.equal('cpi-policoro');
      const row = parts(el, 'item').find((i) => i.dataset.id === 'cpi-policoro')!;
      expect(row.querySelector('button')!.getAttribute('aria-current')).to.equal('true');
      expect(marker.getAttribute('aria-current')).to.equal('true');
    });

    it('setting the service property opens it without firing an event', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} tile-url="none"></prossima-map>`);
      let fired = false;
      el.addEventListener('prossima-service-select', () => (fired = true));
      el.service = 'cpi-policoro';
      await el.updateComplete;
      expect(part(el, 'detail')!.dataset.id).to.equal('cpi-policoro');
      expect(fired).to.equal(false);
    });

    it('a service the host sets outside its categories is not opened', async () => {
      const el = await mount(html`<prossima-map src=${SMALL} categories="work" tile-url="none"></prossima-map>`);
      el.service = 'ospedale-matera';
      await el.updateComplete;
      expect(part(el, 'detail') === null, 'no detail open').to.equal(true);
      el.service = 'cpi-policoro';
      await el.updateComplete;
      expect(part(el, 'detail')!.dataset.id).to.equal('cpi-policoro');
    });
  });
});

describe('<prossima-map> attributes removed after start (found by the embed-code builder)', () => {
  afterEach(unmountAll);

  it('tile-url, center, zoom and service removed: back to the defaults, no error, no warning', async () => {
    const el = await mount(
      html`<prossima-map src=${SMALL} lang="it" tile-consent tile-url="/test/consent-tiles/{z}/{x}/{y}.png" center="40.66,16.6" zoom="12" service=${small.services[0].id}></prossima-map>`,
    );
    const warnings = await captureWarnings(async () => {
      for (const name of ['tile-url', 'center', 'zoom', 'service']) el.removeAttribute(name);
      // Before, parseTiles and parseCenter read `null` (a removed attribute) as text and threw.
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(part(el, 'tile-consent')!.textContent, 'the default tiles, still waiting for consent').to.contain('tile.openstreetmap.org');
    expect(itemIds(el)).to.have.length(4);
  });
});

describe('<prossima-map tile-consent>', () => {
  afterEach(unmountAll);

  it('asks before any request reaches the tile server, then loads tiles once the user agrees', async () => {
    const template = '/test/consent-tiles/{z}/{x}/{y}.png';
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-consent tile-url=${template}></prossima-map>`);
    const requested = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/test/consent-tiles/'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(part(el, 'map')!.querySelector('img.leaflet-tile')).to.equal(null);
    expect(requested()).to.equal(false);
    const notice = part(el, 'tile-consent')!;
    expect(notice.textContent).to.contain(`immagini scaricate da ${location.host}`);
    expect(parts(el, 'item'), 'the list works meanwhile').to.have.length(4);
    await expect(el).to.be.accessible();
    notice.querySelector('button')!.click();
    await el.updateComplete;
    await waitUntil(() => part(el, 'map')!.querySelector('img.leaflet-tile') !== null, 'tiles after consent');
    expect(part(el, 'tile-consent')).to.equal(null);
  });
});
