// Who may import whom in src/ (docs/architecture.md explains the layers). `npm run arch` checks
// it as part of `npm test`; `npm run arch -- --graph` prints the folder graph of the docs.
/** Below the UI: no Lit, no Leaflet (near/ and share/ may use browser APIs; the others are pure). */
const BELOW_UI = '^src/(lib|data|search|hours|view|near|share)/';
/** Everything that may use Lit, and may be used by nothing below it. */
const UI = '^src/(controllers|components|prossima-map[.]ts|index[.]ts|iife[.]ts)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'builder-uses-the-public-api',
      severity: 'error',
      comment: 'The code builder (demo/builder/) is written with the widget\'s public API only: it never imports src/.',
      from: { path: '^demo/builder/' },
      to: { path: '^src/' },
    },
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'An import cycle ties modules that should stand alone (and stops tests from replacing one).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-lit-below-ui',
      severity: 'error',
      comment: 'Below the UI (lib, data, search, hours, view, near, share): no Lit, no Leaflet, no element or controller.',
      from: { path: BELOW_UI },
      to: { path: ['^node_modules/(lit|@lit|lit-html|lit-element|@lit-labs|leaflet)/', UI, '^src/map/leaflet/'] },
    },
    {
      name: 'lib-stands-alone',
      severity: 'error',
      comment: 'lib/ holds shared helpers: it imports nothing of the widget.',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: '^src/lib/' },
    },
    {
      name: 'domain-below-view',
      severity: 'error',
      comment: 'data/, search/ and hours/ do not know how things are shown (view/, share/, near/).',
      from: { path: '^src/(data|search|hours)/' },
      to: { path: '^src/(view|share|near|map)/' },
    },
    {
      name: 'map-adapter-is-types',
      severity: 'error',
      comment: 'map/map-adapter.ts is the map contract, plain types only: it imports nothing.',
      from: { path: '^src/map/map-adapter[.]ts$' },
      to: { path: '.', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'leaflet-only-in-map-leaflet',
      severity: 'error',
      comment: 'Leaflet stays behind the MapAdapter: only src/map/leaflet/ imports it.',
      from: { path: '^src/', pathNot: '^src/map/leaflet/' },
      to: { path: '^node_modules/leaflet/' },
    },
    {
      name: 'leaflet-adapter-only-from-root',
      severity: 'error',
      comment: 'The map piece (src/map-piece.ts) hands the Leaflet factory to the root, which gives it to <prossima-map-view>; nothing else picks the map engine.',
      from: { path: '^src/', pathNot: ['^src/map/leaflet/', '^src/map-piece[.]ts$'] },
      to: { path: '^src/map/leaflet/' },
    },
    {
      name: 'controllers-do-not-render',
      severity: 'error',
      comment: 'Controllers own state; they do not import elements or template parts.',
      from: { path: '^src/controllers/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'only-index-imports-root',
      severity: 'error',
      comment: 'Nothing below the root imports it.',
      from: { path: '^src/', pathNot: '^src/(index|iife)[.]ts$' },
      to: { path: '^src/(prossima-map|index)[.]ts$' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/locales/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
  },
};
