// Leaflet 1.9's ES module build has the same named exports as the UMD build that
// @types/leaflet describes; this re-export lets TypeScript check imports from it.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
