// `cem analyze --litelement` reads this (through `npm run api`): the Custom Elements Manifest,
// custom-elements.json, built from the JSDoc of src/. Only `<prossima-map>` and what
// src/index.ts exports are public; the child elements it renders are @internal and left out.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/**/*.d.ts'],
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};

const ENTRY = 'src/index.ts';

/** Keeps the public API: the entry's exports and their declarations, without private members. */
function publicApiOnly() {
  return {
    name: 'prossima-public-api-only',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const entry = manifest.modules.find((mod) => mod.path === ENTRY);
      if (entry === undefined) throw new Error(`${ENTRY} is not in the manifest`);
      // Re-exports name their module as written in the import ('./events.js'): make them paths.
      const exported = (entry.exports ?? [])
        .filter((exp) => exp.kind === 'js')
        .map((exp) => ({ ...exp, declaration: { ...exp.declaration, module: sourcePath(exp.declaration.module) } }));
      const wanted = new Set(exported.map((exp) => `${exp.declaration.module}#${exp.declaration.name}`));
      // A local export (`export { ProssimaMap }` of an import) points at the entry: find its home.
      for (const exp of exported) {
        if (exp.declaration.module !== ENTRY) continue;
        const home = manifest.modules.find((mod) => mod.declarations?.some((d) => d.name === exp.declaration.name));
        if (home) {
          exp.declaration.module = home.path;
          wanted.add(`${home.path}#${exp.declaration.name}`);
        }
      }

      const modules = [];
      for (const mod of manifest.modules) {
        if (mod.path === ENTRY) continue;
        const declarations = (mod.declarations ?? []).filter((d) => wanted.has(`${mod.path}#${d.name}`));
        if (declarations.length === 0) continue;
        declarations.forEach(publicMembersOnly);
        for (const d of declarations) globalSuperclass(d, mod);
        const names = new Set(declarations.map((d) => d.name));
        const exports = (mod.exports ?? []).filter((exp) => names.has(exp.declaration?.name));
        modules.push({ ...mod, declarations, exports });
      }

      // The elements are defined through a guard (`define(tag, element)`), which the analyzer
      // cannot follow: define each public element by its @tagname instead.
      const definitions = modules.flatMap((mod) =>
        mod.declarations
          .filter((d) => d.customElement && d.tagName)
          .map((d) => ({
            kind: 'custom-element-definition',
            name: d.tagName,
            declaration: { name: d.name, module: mod.path },
          })),
      );
      // Type-only exports (interfaces) have no declaration in the manifest and no run-time value.
      const kept = new Set(modules.flatMap((mod) => mod.declarations.map((d) => `${mod.path}#${d.name}`)));
      const values = exported.filter((exp) => kept.has(`${exp.declaration.module}#${exp.declaration.name}`));
      manifest.modules = [{ ...entry, exports: [...values, ...definitions] }, ...modules];
    },
  };
}

/** Drops private and protected members, and events the analyzer found without a name. */
function publicMembersOnly(declaration) {
  if (declaration.members) {
    declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
  }
  if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
}

/** `class ReadyEvent extends CustomEvent`: the analyzer takes the browser's class for a local one. */
function globalSuperclass(declaration, mod) {
  const superclass = declaration.superclass;
  if (superclass?.module !== mod.path || mod.declarations?.some((d) => d.name === superclass.name)) return;
  declaration.superclass = { name: superclass.name, package: 'global:' };
}

/** './events.js' (relative to src/index.ts) -> 'src/events.ts'. */
function sourcePath(specifier) {
  if (!specifier.startsWith('./')) return specifier;
  return `src/${specifier.slice(2).replace(/\.js$/, '.ts')}`;
}
