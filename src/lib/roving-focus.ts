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

/**
 * Moves focus along the row for the arrow keys, Home and End; other keys pass. `upDown`: the up
 * and down arrows move too (for items laid out in two dimensions, such as a map's markers, taken
 * in reading order). Returns true when it moved (or would have, at an end).
 */
export function moveAlongRow(event: KeyboardEvent, items: readonly HTMLElement[], upDown = false): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const at = items.findIndex((item) => item.contains(event.target as Node));
  if (at < 0) return false;
  const rtl = getComputedStyle(items[at]).direction === 'rtl';
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  const last = items.length - 1;
  const moves: Record<string, number> = { [forward]: Math.min(at + 1, last), [backward]: Math.max(at - 1, 0), Home: 0, End: last };
  if (upDown) Object.assign(moves, { ArrowDown: moves[forward], ArrowUp: moves[backward] });
  const to = moves[event.key];
  if (to === undefined) return false;
  event.preventDefault();
  const target = items[to];
  for (const item of items) item.toggleAttribute(STOP, item === target);
  settleTabStop(items);
  target.focus({ preventScroll: upDown });
  if (!upDown) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return true;
}
