// `npm start`: serves the demo pages and the built script (dist/) on http://localhost:8000/.
// Needs no network: the widget and its directory are in dist/prossima-map.js.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: process.env.CI ? false : '/demo/',
  watch: false,
};
