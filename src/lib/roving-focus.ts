/**
 * One Tab stop for a row of buttons (the WAI-ARIA toolbar pattern): Tab reaches the one reached
 * last (else the first), the arrow keys along the row, Home and End move between them, in the
 * row's own direction (right to left in Arabic and Urdu). Plain DOM: components call
 * `settleTabStop` after each render and hand their keydown and focusin events here.
 */

const STOP = 'data-tab-stop';

/** Gives `items` one Tab stop: the one marked, else the first. */
export function settleTabStop(items: readonly HTMLElement[]): void {
  const stop = items.find((item) => item.hasAttribute(STOP)) ?? items[0];
  for (const item of items) item.tabIndex = item === stop ? 0 : -1;
}

/** Makes the item that got focus (by click or by keyboard) the row's Tab stop. */
export function takeTabStop(event: FocusEvent, items: readonly HTMLElement[]): void {
  const reached = items.find((item) => item.contains(event.target as Node));
  if (reached === undefined) return;
  for (const item of items) item.toggleAttribute(STOP, item === reached);
  settleTabStop(items);
}

/** Moves focus along the row for the arrow keys, Home and End; other keys pass. */
export function moveAlongRow(event: KeyboardEvent, items: readonly HTMLElement[]): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const at = items.findIndex((item) => item.contains(event.target as Node));
  if (at < 0) return;
  const rtl = getComputedStyle(items[at]).direction === 'rtl';
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  const last = items.length - 1;
  const to = { [forward]: Math.min(at + 1, last), [backward]: Math.max(at - 1, 0), Home: 0, End: last }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  const target = items[to];
  for (const item of items) item.toggleAttribute(STOP, item === target);
  settleTabStop(items);
  target.focus();
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
