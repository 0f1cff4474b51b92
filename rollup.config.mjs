// One self-contained ES module: Lit, Leaflet and its CSS, every UI translation and the
// built-in directory. `npm run build` -> dist/prossima-map.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { leafletCss } from './scripts/rollup-leaflet-css.mjs';
import { directoryJson } from './scripts/rollup-directory.mjs';
import { leafletSlim } from './scripts/rollup-leaflet-slim.mjs';

/** Shared by the build and by scripts/size.mjs (which builds a variant without data). */
export function bundleOptions({ emptyDirectory = false } = {}) {
  return {
    input: 'src/index.ts',
    plugins: [
      directoryJson({ empty: emptyDirectory }),
      leafletCss(),
      leafletSlim(),
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, outDir: undefined }),
      terser({
        ecma: 2021,
        module: true,
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
        format: { comments: false },
      }),
    ],
    onwarn(warning, warn) {
      // Leaflet's ESM build refers to `this` at top level; harmless.
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  };
}

export default {
  ...bundleOptions(),
  output: { file: 'dist/prossima-map.js', format: 'es', sourcemap: false },
};
