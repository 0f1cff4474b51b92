/**
 * The one entry point: defines `<prossima-map>` (and the internal elements of its first view;
 * the detail and the actions come with the extras piece, src/extras.ts, the map view with the
 * map piece, src/map-piece.ts) and re-exports the public
 * types and events. Loading it twice, or next to another version, does not throw: a tag that is
 * already defined is left alone. Loaded under a URL with a query string, it hands over to its plain
 * URL, which its pieces import (see entry-copy.ts).
 */
import { ProssimaMap } from './prossima-map.js';
import { ProssimaSearchBar } from './components/search-bar/search-bar.js';
import { ProssimaServiceList } from './components/service-list/service-list.js';
import { define } from './lib/define.js';
import { plainEntry } from './entry-copy.js';

if (plainEntry === undefined) {
  define('prossima-search-bar', ProssimaSearchBar);
  define('prossima-service-list', ProssimaServiceList);
  define('prossima-map', ProssimaMap);
} else {
  // Loaded under another URL of the entry (a query string): the plain one defines the elements.
  void import(/* @vite-ignore */ plainEntry);
}

export { ProssimaMap };
export { ReadyEvent, ServiceSelectEvent, DirectoryErrorEvent, LanguageChangeEvent } from './events.js';
export type { ReadyDetail, ServiceSelectDetail, DirectoryErrorDetail, DirectoryProblem, LanguageChangeDetail } from './events.js';
export type { Directory, Service, Category, LocalText, OpeningHours } from './data/types.js';

declare global {
  interface HTMLElementTagNameMap {
    'prossima-map': ProssimaMap;
  }
}
