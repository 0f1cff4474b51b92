// `npm start`: serves the demo pages and the built script (dist/) on http://localhost:8000/.
// Needs no network: the widget, its pieces and the built-in directory are in dist/ (npm run build).
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: process.env.CI ? false : '/demo/',
  watch: false,
};
