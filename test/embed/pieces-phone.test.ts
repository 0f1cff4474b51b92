// On a phone the widget shows its list first: the map's piece (Leaflet) is fetched only when the
// map is asked for. Runs the built file (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadWidget, markers, readyOf, waitFor } from '../fixtures/hosts/host-page.js';

const mapPieceRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/dist\/pieces\/map-piece-[\w-]+\.js$/.test(new URL(entry.name).pathname));

describe('dist/prossima-map.js on a phone-wide page', () => {
  before(loadWidget);

  it('lists the services without downloading the map, and fetches it when "Mappa" is pressed', async () => {
    const el = createWidget({ lang: 'it', 'tile-url': 'none' }, '390px');
    const ready = readyOf(el);
    document.body.append(el);
    expect(await ready).to.be.greaterThan(50);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mapPieceRequested(), 'no map piece for the list').to.equal(false);

    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.view-toggle')!;
    expect(toggle.textContent).to.contain('Mappa');
    toggle.click();
    await waitFor(() => markers(el).length > 0, 'markers on the map', 600);
    expect(mapPieceRequested(), 'the map piece').to.equal(true);
    el.remove();
  });
});
