// The contract says the script creates no globals. Lit's production modules register a few on
// `globalThis` (version lists for its multiple-copies warning, a WeakMap for standard
// decorators, `Symbol.metadata`); this transform keeps them module-local instead. The widget
// uses legacy decorators, which never read them. Each pattern must match once: if Lit changes,
// the build fails here instead of shipping a global.
const PATCHES = [
  ['lit-html/lit-html.js', [[/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]+"\)/, 'void 0']]],
  ['lit-element/lit-element.js', [[/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/, 'void 0']]],
  [
    '@lit/reactive-element/reactive-element.js',
    [
      [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/, 'void 0'],
      [/Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, 'const litPropertyMetadata=new WeakMap;'],
    ],
  ],
  [
    '@lit/reactive-element/decorators/property.js',
    [[/^/, 'const litPropertyMetadata$=new WeakMap;'], [/globalThis\.litPropertyMetadata/g, 'litPropertyMetadata$']],
  ],
];

export function litNoGlobals() {
  return {
    name: 'lit-no-globals',
    transform(code, id) {
      const path = id.replace(/\\/g, '/');
      const entry = PATCHES.find(([file]) => path.endsWith(`/node_modules/${file}`));
      if (entry === undefined) return null;
      let patched = code;
      for (const [pattern, replacement] of entry[1]) {
        if (!pattern.test(patched)) this.error(`lit-no-globals: ${pattern} not found in ${entry[0]}; Lit changed, update ${import.meta.url}`);
        pattern.lastIndex = 0;
        patched = patched.replace(pattern, replacement);
      }
      return { code: patched, map: null };
    },
  };
}
