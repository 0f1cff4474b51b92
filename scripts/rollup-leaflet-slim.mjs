// Leaflet 1.9's ES module registers every feature at load time (`Map.include(...)`,
// `Map.addInitHook(...)`), so a bundler cannot drop the parts the widget never uses: vector
// layers and their renderers, GeoJSON, image/video overlays, tooltips, the layers and scale
// controls, box zoom and tap-hold. This transform marks Leaflet's class definitions as pure and
// removes those registrations, so Rollup leaves the unused classes out. It also makes tile
// aborts request nothing (see REPLACE), for hosts with a strict Content-Security-Policy.
//
// Each removal names a line that must exist: if Leaflet changes, the build fails here instead
// of shipping a broken map. The map tests (test/map/) run against the same transform.
const FILE = /leaflet\/dist\/leaflet-src\.esm\.js$/;

/** One-line registrations of unused features. */
const LINES = [
  'Marker.include(PointToGeoJSON);',
  'Circle.include(PointToGeoJSON);',
  'CircleMarker.include(PointToGeoJSON);',
  'Control.Layers = Layers;',
  'Control.Scale = Scale;',
  'control.layers = layers;',
  'control.scale = scale;',
  'CRS.Simple = Simple;',
  'TileLayer.WMS = TileLayerWMS;',
  'tileLayer.wms = tileLayerWMS;',
  'SVG.create = create;',
  'SVG.pointsToPath = pointsToPath;',
  'GeoJSON.geometryToLayer = geometryToLayer;',
  'GeoJSON.coordsToLatLng = coordsToLatLng;',
  'GeoJSON.coordsToLatLngs = coordsToLatLngs;',
  'GeoJSON.latLngToCoords = latLngToCoords;',
  'GeoJSON.latLngsToCoords = latLngsToCoords;',
  'GeoJSON.getFeature = getFeature;',
  'GeoJSON.asFeature = asFeature;',
  "Map.addInitHook('addHandler', 'boxZoom', BoxZoom);",
  "Map.addInitHook('addHandler', 'tapHold', TapHold);",
  'Map.BoxZoom = BoxZoom;',
  'Map.TapHold = TapHold;',
];

/** `X.include({ … });` blocks of unused features, found by their first line and a member. */
const BLOCKS = [
  ['Polyline.include({', 'toGeoJSON'],
  ['Polygon.include({', 'toGeoJSON'],
  ['LayerGroup.include({', 'toMultiPoint'],
  ['Map.include({', 'openTooltip'],
  ['Layer.include({', 'bindTooltip'],
  ['Map.include({', 'getRenderer'],
];

/**
 * Lines changed rather than removed. Leaflet aborts tile downloads by pointing them at a
 * `data:` GIF, which a strict Content-Security-Policy without `img-src data:` reports as a
 * violation; an empty `src` aborts them too, with no request at all.
 */
const REPLACE = [
  [
    "var emptyImageUrl = 'data:image/gif;base64,R0lGODlhAQABAAD/ACwAAAAAAQABAAACADs=';",
    "var emptyImageUrl = '';",
  ],
];

export function leafletSlim() {
  return {
    name: 'leaflet-slim',
    transform(code, id) {
      if (!FILE.test(id.replace(/\\/g, '/'))) return null;
      let lines = code.split(/\r?\n/);
      for (const line of LINES) {
        const at = lines.indexOf(line);
        if (at < 0) this.error(`leaflet-slim: "${line}" not found; Leaflet changed, update ${import.meta.url}`);
        lines[at] = '';
      }
      for (const [line, replacement] of REPLACE) {
        const at = lines.indexOf(line);
        if (at < 0) this.error(`leaflet-slim: "${line}" not found; Leaflet changed, update ${import.meta.url}`);
        lines[at] = replacement;
      }
      for (const [first, member] of BLOCKS) {
        const start = lines.findIndex(
          (line, i) => line === first && lines.slice(i, lines.indexOf('});', i)).some((l) => l.includes(member)),
        );
        if (start < 0) this.error(`leaflet-slim: block "${first} … ${member}" not found; Leaflet changed`);
        const end = lines.indexOf('});', start);
        lines = [...lines.slice(0, start), ...lines.slice(end + 1)];
      }
      const slim = lines
        .join('\n')
        .replace(/^var (\w+) = (\w+(?:\.\w+)?)\.extend\(/gm, 'var $1 = /*#__PURE__*/$2.extend(')
        .replace(/^var (\w+) = extend\(/gm, 'var $1 = /*#__PURE__*/extend(');
      return { code: slim, map: null };
    },
  };
}
