// scripts/rollup-leaflet-css.mjs turns Leaflet's stylesheet into a module exporting its text.
declare module 'leaflet/dist/leaflet.css' {
  const css: string;
  export default css;
}
