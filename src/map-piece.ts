/**
 * The map piece (dist/pieces/map-piece-…js): `<prossima-map-view>` with Leaflet's adapter, its
 * CSS, the clustering. The root loads it the first time the map pane is on screen after the first
 * list (see MapPieceController): a phone that only looks at the list never downloads it.
 */
import { ProssimaMapView } from './components/map-view/map-view.js';
import { define } from './lib/define.js';

export { createLeafletMapAdapter } from './map/leaflet/leaflet-map.js';

/** Defines the piece's element (once: a second copy of the script leaves it as it is). */
export function defineMapView(): void {
  define('prossima-map-view', ProssimaMapView);
}
