/** A directory to load: a URL to fetch (checked and kept as a `src` is), or the document itself. */
export type DirectoryLocation = { readonly url: string } | { readonly directory: unknown };

/**
 * The built-in directory, shown when neither `directory` nor `src` is given. In the ES entry, the
 * file beside the script, dist/prossima-directory.json (written by the build:
 * scripts/rollup-directory.mjs): replacing that one file updates every embed at its next visit,
 * and a broken replacement is refused as a bad `src` is. This module must be in the entry (the
 * build checks it): a piece's `import.meta.url` is dist/pieces/…. The one-file builds use
 * builtin-directory-inline.ts instead.
 */
export const builtinDirectory: DirectoryLocation = { url: new URL('prossima-directory.json', import.meta.url).href };

/**
 * The folder of the built-in directory's detail fields (summaries, sources), written beside it by
 * the build; undefined in the one-file builds, whose directory holds them (see DetailsController).
 */
export const builtinDetails: string | undefined = new URL('prossima-details/', import.meta.url).href;
