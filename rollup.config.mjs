// The builds of the same code. `npm run build` writes them all into dist/:
//   dist/prossima-map.js            the entry, an ES module, for <script type="module" src=…> and
//                                   bundlers; it loads its pieces on demand from dist/pieces/,
//                                   beside itself (resolved from the module's own URL), and
//                                   dist/pieces.json lists them (the app's service worker caches them);
//                                   dist/prossima-directory.json, the built-in directory, which it
//                                   fetches from the same folder (replace it to update every embed)
//   dist/prossima-map.standalone.js the same with every piece inlined: one file, for hosts that
//                                   can publish only one (the built-in directory inlined too)
//   dist/prossima-map.iife.js       a classic script, for CMSs that allow only a plain
//                                   <script src=…>: a small loader (src/iife.ts) that imports
//                                   prossima-map.js from its own folder; it creates no global.
//   dist/builder/prossima-builder.js  the embed-code builder of demo/builder.html (demo/builder/):
//                                   not part of the widget; it uses the widget's public API only.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { leafletCss } from './scripts/rollup-leaflet-css.mjs';
import { directoryJson } from './scripts/rollup-directory.mjs';
import { leafletSlim } from './scripts/rollup-leaflet-slim.mjs';
import { litNoGlobals } from './scripts/rollup-lit-no-globals.mjs';
import { msgDescriptions } from './scripts/rollup-msg-desc.mjs';
import { cssLiterals } from './scripts/rollup-css-literals.mjs';

/**
 * Shared by the build and by scripts/size.mjs.
 * `classic`: the input and minification of the classic-script (IIFE) build.
 * `inlineDirectory`: the built-in directory in the bundle, instead of dist/prossima-directory.json.
 */
export function bundleOptions({ classic = false, inlineDirectory = false } = {}) {
  return {
    input: classic ? 'src/iife.ts' : 'src/index.ts',
    plugins: [
      directoryJson({ inline: inlineDirectory }),
      leafletCss(),
      leafletSlim(),
      litNoGlobals(),
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, outDir: undefined }),
      // After TypeScript, which emits each module from its own reading of the source.
      cssLiterals(),
      terser({
        ecma: 2021,
        module: !classic,
        // reduce_funcs: false keeps single-use functions where they are instead of inlining them
        // as function expressions at the call site: inlined into a hot function, V8 made a new
        // closure on every call: at 50,000 services a keystroke's search took 2-3x as long.
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true, reduce_funcs: false },
        format: { comments: false },
      }),
      msgDescriptions(),
    ],
    onwarn(warning, warn) {
      // Leaflet's ESM build refers to `this` at top level; harmless.
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  };
}

/** Output options of the classic script: an IIFE with no name, so nothing lands on `window`. */
export const classicOutput = { format: 'iife', exports: 'none', sourcemap: false };

/** Output options of the ES entry and its pieces. */
export const piecesOutput = {
  dir: 'dist',
  format: 'es',
  entryFileNames: 'prossima-map.js',
  chunkFileNames: 'pieces/[name]-[hash].js',
  sourcemap: false,
};

/**
 * Writes dist/pieces.json: what the entry may load from its folder (its pieces, the built-in
 * directory), as paths relative to dist/, for caches that want them all.
 */
function piecesList() {
  return {
    name: 'pieces-list',
    generateBundle(_options, bundle) {
      const pieces = Object.values(bundle).filter((file) => file.type === 'asset' || !file.isEntry).map((file) => file.fileName).sort();
      this.emitFile({ type: 'asset', fileName: 'pieces.json', source: `${JSON.stringify(pieces, null, 2)}\n` });
    },
  };
}

export default [
  {
    ...bundleOptions(),
    // The pieces may import from the entry (Lit, the runtime of @lit/localize): the entry keeps the
    // main code instead of re-exporting it from a piece of its own (one request fewer at start).
    preserveEntrySignatures: 'allow-extension',
    output: { ...piecesOutput, plugins: [piecesList()] },
  },
  {
    ...bundleOptions({ inlineDirectory: true }),
    output: { file: 'dist/prossima-map.standalone.js', format: 'es', inlineDynamicImports: true, sourcemap: false },
  },
  {
    // The classic script: a loader of the ES entry beside it (src/iife.ts imports nothing).
    ...bundleOptions({ classic: true }),
    output: { ...classicOutput, file: 'dist/prossima-map.iife.js' },
  },
  {
    // The embed-code builder page's element (demo/builder.html), with its own Lit and texts.
    input: 'demo/builder/prossima-builder.ts',
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './demo/builder/tsconfig.json', noEmitOnError: true, outDir: undefined }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    output: { file: 'dist/builder/prossima-builder.js', format: 'es', inlineDynamicImports: true, sourcemap: false },
  },
];
