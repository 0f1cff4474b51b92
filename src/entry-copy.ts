/**
 * Where the copy of the entry that the pieces import is, when it is not this one. The pieces
 * import the entry by its plain URL (`../prossima-map.js`, resolved from their own folder), so
 * an entry loaded under another URL of the same file — a query string such as WordPress's
 * `?ver=6.4`, a hash — would leave its pieces bound to a second, unconfigured copy (another
 * Lit, another UI language). Such a copy defines nothing and loads the plain URL instead, which
 * does: the page pays a second download of the entry, and everything works. A renamed entry is
 * left as it is. The one-file builds have no pieces: entry-copy-inline.ts.
 */
function plainCopy(own: URL): string | undefined {
  if ((own.search === '' && own.hash === '') || !own.pathname.endsWith('/prossima-map.js')) return undefined;
  own.search = '';
  own.hash = '';
  return own.href;
}

export const plainEntry: string | undefined = plainCopy(new URL(import.meta.url));
