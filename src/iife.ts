/**
 * The classic-script build (`dist/prossima-map.iife.js`), for CMSs that allow only a plain
 * `<script src>`: a loader of a few hundred bytes that imports the ES entry, prossima-map.js,
 * from the folder the script itself came from; the entry then loads its pieces from there, as
 * the module build does. It creates no global. (The one-file build, with every piece inlined,
 * is prossima-map.standalone.js, an ES module.)
 */
const script = document.currentScript;
const base = script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;
import(/* @vite-ignore */ new URL('prossima-map.js', base).href).catch((error: unknown) => {
  console.error(`prossima-map: could not load ${new URL('prossima-map.js', base).href}: ${String(error)}`);
});
