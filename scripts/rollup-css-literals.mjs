// Minifies the CSS of Lit's css`…` templates in src/ (the *.styles.ts files): our stylesheets
// are written for people, with comments and indentation, and were shipped that way (the entry's
// CSS was a fifth of its gzip bytes). esbuild's CSS minifier (a dependency of the dev server
// already, pinned in package.json) does the work: whitespace, comments, shorter forms, never a
// change of meaning. It is told no target, so it lowers nothing.
//
// An interpolation (`${unsafeCSS(leafletCss)}`) may stand only between rules: each stretch of
// CSS between two is minified alone and must be whole rules. Anything esbuild warns about fails
// the build, naming the file, so a template it cannot read is never shipped half-minified.
// Used by rollup.config.mjs; the tests of src/ and the dev server use the source as written.
import { transform } from 'esbuild';

/** A css`…` template (TypeScript emits `css \``), up to the next unescaped backquote. */
const CSS_TEMPLATE = /\bcss ?`((?:[^`\\]|\\[\s\S])*)`/g;
/** An interpolation without nested braces: `${name}`, `${unsafeCSS(name)}`. */
const INTERPOLATION = /(\$\{[^{}]*\})/;

export function cssLiterals() {
  return {
    name: 'css-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replace(/\\/g, '/')) || !/\bcss ?`/.test(code)) return null;
      const templates = [...code.matchAll(CSS_TEMPLATE)];
      if (templates.length === 0) return null;
      let out = '';
      let at = 0;
      for (const template of templates) {
        const body = template[1];
        if (body.includes('\\')) this.error(`${id}: a css\`…\` template with a backslash; write the CSS without escapes or extend scripts/rollup-css-literals.mjs`);
        const parts = body.split(INTERPOLATION);
        const minified = await Promise.all(parts.map((part, i) => (i % 2 === 1 ? part : minifyCss(part, id, this))));
        out += `${code.slice(at, template.index)}css\`${minified.join('')}\``;
        at = template.index + template[0].length;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

async function minifyCss(text, id, context) {
  if (text.trim() === '') return '';
  const result = await transform(text, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
  if (result.warnings.length > 0) {
    context.error(`${id}: esbuild could not minify a css\`…\` stretch safely: ${result.warnings.map((w) => w.text).join('; ')}`);
  }
  const css = result.code.trim();
  if (css.includes('`') || css.includes('${') || css.includes('\\')) context.error(`${id}: minified CSS would change the template's text`);
  return css;
}
