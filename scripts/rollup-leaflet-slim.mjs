// Leaflet 1.9's ES module registers every feature at load time (`Map.include(...)`,
// `Map.addInitHook(...)`), so a bundler cannot drop the parts the widget never uses: vector
// layers and their renderers (SVG, VML), GeoJSON, image/video overlays, tooltips, the layers and
// scale controls, box zoom and tap-hold, the CRSs other than EPSG:3857, Icon.Default (its PNG and
// image path detection), marker dragging, `layer.bindPopup()`, and the map's `flyTo()` and
// `locate()`. This transform marks Leaflet's class definitions as pure and removes those
// registrations, so Rollup leaves the unused classes out. It also makes tile aborts request
// nothing (see REPLACE), for hosts with a strict Content-Security-Policy.
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
  'CRS.EPSG3395 = EPSG3395;',
  'CRS.EPSG4326 = EPSG4326;',
  'CRS.EPSG900913 = EPSG900913;',
  // The only use of Polyline (and so of LineUtil and PolyUtil) once the vector layers are gone.
  'Polyline._flat = _flat;',
  'Icon.Default = IconDefault;',
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
  // layer.bindPopup() and friends: the widget opens its popups with map.openPopup().
  ['Layer.include({', 'bindPopup'],
  ['Layer.include({', '_initOverlay'],
];

/**
 * Methods of Leaflet's classes the widget never calls, nor does the rest of Leaflet once the
 * above is gone: each named by its first line (one tab in), removed up to its closing `\t},`.
 */
const METHODS = [
  '\tflyTo: function (targetCenter, targetZoom, options) {',
  '\tflyToBounds: function (bounds, options) {',
  '\tlocate: function (options) {',
  '\tstopLocate: function () {',
  '\t_handleGeolocationError: function (error) {',
  '\t_handleGeolocationResponse: function (pos) {',
];

/**
 * Lines changed rather than removed: `[line (or a RegExp for it), replacement, how many times
 * it occurs (default 1)]`. Leaflet aborts tile downloads by pointing them at a
 * `data:` GIF, which a strict Content-Security-Policy without `img-src data:` reports as a
 * violation; an empty `src` aborts them too, with no request at all.
 */
const REPLACE = [
  [
    "var emptyImageUrl = 'data:image/gif;base64,R0lGODlhAQABAAD/ACwAAAAAAQABAAACADs=';",
    "var emptyImageUrl = '';",
  ],
  // Every marker of the widget has its own divIcon: no default icon (a PNG whose path Leaflet
  // detects from the page's stylesheets, which fails in shadow DOM). A marker made without
  // an icon would now throw.
  ['\t\ticon: new IconDefault(),', '\t\ticon: null,'],
  // Markers are never draggable: Marker.dragging stays undefined, which Marker already allows.
  ['\t\tif (MarkerDrag) {', '\t\tif (false) {'],
  // VML: Internet Explorer 8's vector renderer. Its namespace set-up runs at load time.
  ['if (Browser.vml) {', 'if (false) {'],
  ['var vmlCreate = (function () {', 'var vmlCreate = /*#__PURE__*/(function () {'],
  // The widget sets its own attribution prefix (src/map/leaflet/leaflet-map.ts).
  [/^var ukrainianFlag = '<svg .*';$/, "var ukrainianFlag = '';"],
  // Popups test their source for the two classes below; the widget creates neither (its layer
  // groups are LayerGroups, its popups have no source), so the classes can go.
  ['\t\tif (source instanceof FeatureGroup) {', '\t\tif (false) {'],
  ['\t\t\tif (!(this._source instanceof Path)) {', '\t\t\tif (true) {', 2],
];

export function leafletSlim() {
  return {
    name: 'leaflet-slim',
    transform(code, id) {
      if (!FILE.test(id.replace(/\\/g, '/'))) return null;
      let lines = code.split(/\r?\n/);
      /** Where `line` (a string or a RegExp) is, failing unless it occurs `times` times. */
      const find = (line, times = 1) => {
        const matches = (l) => (typeof line === 'string' ? l === line : line.test(l));
        const found = lines.flatMap((l, i) => (matches(l) ? [i] : []));
        if (found.length !== times) {
          this.error(
            `leaflet-slim: "${line}" found ${found.length} times, not ${times}; Leaflet changed, update ${import.meta.url}`,
          );
        }
        return found;
      };
      for (const line of LINES) for (const at of find(line)) lines[at] = '';
      for (const [line, replacement, times] of REPLACE) for (const at of find(line, times)) lines[at] = replacement;
      for (const first of METHODS) {
        const [start] = find(first);
        const end = lines.indexOf('\t},', start);
        // Everything up to the end must be the method's own body (indented deeper), so a method
        // that became the last member (ending `\t}`) fails here rather than taking the next one.
        if (end < 0 || !lines.slice(start + 1, end).every((l) => l === '' || l.startsWith('\t\t'))) {
          this.error(`leaflet-slim: end of "${first}" not found; Leaflet changed, update ${import.meta.url}`);
        }
        lines.splice(start, end + 1 - start);
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
        .replace(/^var (\w+) = extend\(/gm, 'var $1 = /*#__PURE__*/extend(')
        // So the unused CRSs' projections and transformations go too.
        .replace(/^\ttransformation: \(function \(\) \{$/gm, '\ttransformation: /*#__PURE__*/(function () {')
        .replace(/(?<!function )\b(toTransformation|new Bounds)\(/g, '/*#__PURE__*/$1(');
      return { code: slim, map: null };
    },
  };
}
