/**
 * The extras piece (dist/pieces/extras-…js): the open service's detail (contacts, directions,
 * sources, share, QR code, "show this screen", print) and the results' share, QR code and print.
 * The root loads it the first time a service is opened, or when the browser is idle after the
 * first list is on screen; a page that only looks at the list never needs it at first.
 */
import { ProssimaServiceDetail } from './components/service-detail/service-detail.js';
import { ProssimaServiceActions } from './components/service-actions/service-actions.js';
import { ProssimaViewActions } from './components/view-actions/view-actions.js';
import { define } from './lib/define.js';

export { serviceDetailStyles as extrasStyles } from './components/service-detail/service-detail.styles.js';
export { buildPrintList, viewTitle } from './components/view-actions/print-entries.js';

/** Defines the piece's elements (once: a second copy of the script leaves them as they are). */
export function defineExtras(): void {
  define('prossima-service-actions', ProssimaServiceActions);
  define('prossima-service-detail', ProssimaServiceDetail);
  define('prossima-view-actions', ProssimaViewActions);
}
