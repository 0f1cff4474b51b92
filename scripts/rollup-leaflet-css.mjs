// Turns `import css from 'leaflet/dist/leaflet.css'` into a JS module exporting the CSS text,
// so Leaflet's styles can be adopted inside the shadow root (no <link>, no CDN).
// Used by rollup.config.mjs, and through fromRollup() by the test runner and dev server.

/** Rules only for Leaflet features the widget does not use (see rollup-leaflet-slim.mjs). */
const UNUSED = /leaflet-(control-layers|control-scale|tooltip|oldie|vml|image-layer|default-icon-path|retina|crosshair|zoom-box|drag-target)|lvml/;

/** Drops the plain rules whose every selector names an unused feature. */
function pruneRules(css) {
  return css.replace(/(?<=^|})([^{}@]+)\{[^{}]*\}/g, (rule, selectors) =>
    selectors.split(',').every((selector) => UNUSED.test(selector)) ? '' : rule,
  );
}

export function leafletCss() {
  return {
    name: 'leaflet-css',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('leaflet/dist/leaflet.css')) return null;
      const minified = pruneRules(code
        .replace(/\/\*[\s\S]*?\*\//g, '')
        // Leaflet's image references (default marker, layers control) are never used here;
        // dropping them guarantees the CSS can make no request of its own.
        .replace(/[a-z-]+\s*:\s*url\([^)]*\)\s*;?/g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .trim());
      return { code: `export default ${JSON.stringify(minified)};`, map: { mappings: '' } };
    },
  };
}
