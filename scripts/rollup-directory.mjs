// Embeds a directory file (data/*.json) in the bundle, without the fields only maintainers read
// (`notes`); data/comuni.json, which is not a directory, as it is. With `{ empty: true }` it
// embeds an empty directory instead: `npm run size` uses that to measure the code alone.
const MAINTAINER_FIELDS = new Set(['notes']);

export function directoryJson({ empty = false } = {}) {
  return {
    name: 'directory-json',
    transform(code, id) {
      if (!/[\\/]data[\\/][^\\/]+\.json$/.test(id)) return null;
      // data/comuni.json is not a directory: the comuni's centres, for "near me", kept whole.
      if (/[\\/]comuni\.json$/.test(id)) return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(code)))});`, map: { mappings: '' } };
      const directory = empty
        ? { version: 1, categories: [], services: [] }
        : JSON.parse(code, (key, value) => (MAINTAINER_FIELDS.has(key) ? undefined : value));
      // JSON.parse of a string literal is faster for engines than a large object literal.
      const text = JSON.stringify(JSON.stringify(directory));
      return { code: `export default JSON.parse(${text});`, map: { mappings: '' } };
    },
  };
}
