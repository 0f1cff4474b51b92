// Adding and removing the built widget 100 times, as single-page hosts and CMS previews do,
// must leave nothing behind: no listener on the page (window, document and other page-level
// targets), no timer still pending, no element or stylesheet, no console error, and no memory
// that grows with the number of cycles. Run `npm run build` first.
//
// Memory is only measured properly when the browser exposes `window.gc` and precise heap sizes:
// Chromium needs `--js-flags=--expose-gc --enable-precise-memory-info`. Without them the heap
// figures are still logged, and the memory assertions are skipped.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { DIST, loadWidget, markers, nextFrame, readyOf, shadowPart, shadowParts, type Widget } from '../fixtures/hosts/host-page.js';

// ---- Instrumentation, installed before the widget's script is loaded --------------------------

Error.stackTraceLimit = 100;
const fromWidget = (stack: string | undefined) => stack?.includes(DIST) ?? false;

interface Listener {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
  stack: string;
}
const listeners: Listener[] = [];

function isPageLevel(target: EventTarget): boolean {
  return (
    target === window ||
    target === document ||
    target === document.documentElement ||
    target === document.head ||
    target === document.body ||
    target === window.visualViewport ||
    (target as unknown) === screen ||
    target === document.fonts ||
    target instanceof MediaQueryList
  );
}

const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : options?.capture ?? false;

function forget(target: EventTarget, type: string, listener: unknown, capture: boolean): void {
  const at = listeners.findIndex((l) => l.target === target && l.type === type && l.listener === listener && l.capture === capture);
  if (at >= 0) listeners.splice(at, 1);
}

const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
  add.call(this, type, listener, options);
  if (listener === null || !isPageLevel(this)) return;
  const capture = captureOf(options);
  if (listeners.some((l) => l.target === this && l.type === type && l.listener === listener && l.capture === capture)) return;
  listeners.push({ target: this, type, listener, capture, stack: new Error().stack ?? '' });
  if (typeof options === 'object' && options.once) {
    add.call(this, type, () => forget(this, type, listener, capture), { once: true, capture });
  }
  if (typeof options === 'object' && options.signal) {
    options.signal.addEventListener('abort', () => forget(this, type, listener, capture), { once: true });
  }
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
  remove.call(this, type, listener, options);
  forget(this, type, listener, captureOf(options));
};

/** Timers and animation frames the widget asked for and that have neither run nor been cleared. */
const pending = new Map<number, { kind: string; stack: string }>();
const original = {
  setTimeout: window.setTimeout,
  clearTimeout: window.clearTimeout,
  setInterval: window.setInterval,
  clearInterval: window.clearInterval,
  requestAnimationFrame: window.requestAnimationFrame,
  cancelAnimationFrame: window.cancelAnimationFrame,
};
let timerKey = 0;
const keysById = new Map<string, number>();
type Setter = (handler: TimerHandler, delay?: number, ...args: unknown[]) => number;
type Clearer = (id?: number) => void;
function wrapTimer(kind: 'timeout' | 'interval'): { set: Setter; clear: Clearer } {
  const set = (kind === 'timeout' ? original.setTimeout : original.setInterval) as unknown as Setter;
  const clear = (kind === 'timeout' ? original.clearTimeout : original.clearInterval) as unknown as Clearer;
  return {
    set: (handler, delay, ...args) => {
      const stack = new Error().stack ?? '';
      if (typeof handler !== 'function' || !fromWidget(stack)) return set.call(window, handler, delay, ...args);
      const key = ++timerKey;
      pending.set(key, { kind, stack });
      const run = (...a: unknown[]) => {
        if (kind === 'timeout') pending.delete(key);
        (handler as (...x: unknown[]) => void)(...a);
      };
      const id = set.call(window, run, delay, ...args);
      keysById.set(`${kind}:${id}`, key);
      return id;
    },
    clear: (id) => {
      const key = keysById.get(`${kind}:${id}`);
      if (key !== undefined) pending.delete(key);
      clear.call(window, id);
    },
  };
}
const timeouts = wrapTimer('timeout');
const intervals = wrapTimer('interval');
Object.assign(window, {
  setTimeout: timeouts.set,
  clearTimeout: timeouts.clear,
  setInterval: intervals.set,
  clearInterval: intervals.clear,
});
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const stack = new Error().stack ?? '';
  if (!fromWidget(stack)) return original.requestAnimationFrame.call(window, callback);
  const key = ++timerKey;
  pending.set(key, { kind: 'animation frame', stack });
  const id = original.requestAnimationFrame.call(window, (t) => {
    pending.delete(key);
    callback(t);
  });
  keysById.set(`frame:${id}`, key);
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  const key = keysById.get(`frame:${id}`);
  if (key !== undefined) pending.delete(key);
  original.cancelAnimationFrame.call(window, id);
};

const errors: string[] = [];
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  consoleError.apply(console, args);
};
window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));

// ---- Measures --------------------------------------------------------------------------------

const widgetListeners = () => listeners.filter((l) => fromWidget(l.stack));
const describeListener = (l: Listener) => {
  const target = l.target === window ? 'window' : l.target === document ? 'document' : String(l.target);
  const frame = l.stack.split('\n').find((line, i) => i > 1 && line.includes(DIST))?.trim() ?? '';
  return `${target} ${l.type}${l.capture ? ' (capture)' : ''} ${frame}`;
};

type Gc = () => void;
const gc = (window as unknown as { gc?: Gc }).gc;

function settle(ms: number): Promise<void> {
  return new Promise((resolve) => original.setTimeout.call(window, resolve, ms));
}

async function heap(): Promise<number> {
  if (gc) {
    for (let i = 0; i < 3; i++) {
      gc();
      await settle(50);
    }
  }
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
}

const MB = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;

interface Snapshot {
  listeners: number;
  elements: number;
  stylesheets: number;
}
const snapshot = (): Snapshot => ({
  listeners: widgetListeners().length,
  elements: document.querySelectorAll('*').length,
  stylesheets: document.styleSheets.length + document.adoptedStyleSheets.length,
});

/** One cycle: add the widget, wait until list and map are up, use it a little, remove it. */
async function cycle(i: number, refs: WeakRef<Widget>[], connected?: (live: string[]) => void): Promise<void> {
  const wrapper = document.createElement('div');
  wrapper.style.width = '900px';
  const el = document.createElement('prossima-map') as Widget;
  el.setAttribute('lang', 'it');
  el.setAttribute('tile-url', 'none');
  const ready = readyOf(el);
  wrapper.append(el);
  document.body.append(wrapper);
  await ready;
  await el.updateComplete;
  for (let f = 0; f < 60 && markers(el).length === 0; f++) await nextFrame();
  if (markers(el).length === 0) throw new Error(`cycle ${i}: no markers`);
  connected?.(widgetListeners().map(describeListener));
  // Leave something running when the widget goes: a typing pause, an open service, a zoom animation.
  switch (i % 3) {
    case 0: {
      const search = shadowPart(el, 'search') as HTMLInputElement;
      search.value = 'questura';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      break;
    }
    case 1:
      shadowParts(el, 'item')[0].querySelector('button')!.click();
      await el.updateComplete;
      break;
    default:
      shadowPart(el, 'map')!.querySelector<HTMLElement>('.leaflet-control-zoom-in')!.click();
      await nextFrame();
  }
  wrapper.remove();
  refs.push(new WeakRef(el));
}

describe('dist/prossima-map.js added and removed 100 times', () => {
  const CYCLES = 100;
  let beforeLoad: Snapshot;
  let beforeFirst: Snapshot;
  let afterFirst: Snapshot;
  let afterAll: Snapshot;
  const heapAt: Record<string, number> = {};
  const refs: WeakRef<Widget>[] = [];
  let leftover: string[] = [];
  let whileConnected: string[] = [];
  let timersLeft: string[] = [];

  before(async function () {
    this.timeout(240000);
    await setViewport({ width: 1200, height: 1000 });
    beforeLoad = snapshot();
    await loadWidget();
    beforeFirst = snapshot();
    heapAt['before the first widget'] = await heap();
    for (let i = 1; i <= CYCLES; i++) {
      await cycle(i, refs, i === 1 ? (live) => (whileConnected = live) : undefined);
      if (i === 1) afterFirst = snapshot();
      if (i === 10 || i === CYCLES) heapAt[`after ${i} cycles`] = await heap();
    }
    // Long enough for the widget's timers: Leaflet's zoom animation (250 ms), the typing pause (700 ms).
    await settle(1500);
    afterAll = snapshot();
    leftover = widgetListeners().map(describeListener);
    timersLeft = [...pending.values()].map((t) => `${t.kind} ${t.stack.split('\n').find((l, i) => i > 1 && l.includes(DIST))?.trim()}`);
    console.log(
      `lifecycle: window.gc ${gc ? 'available' : 'NOT available'}; usedJSHeapSize ${Object.entries(heapAt)
        .map(([when, bytes]) => `${when}: ${MB(bytes)}`)
        .join(', ')}; widget listeners live: while the first widget is on the page ${whileConnected.length} (${whileConnected.map((l) => l.split(' ').slice(0, 2).join(' ')).join(', ')}), before load ${beforeLoad.listeners}, before the first widget ${beforeFirst.listeners}, after 1 cycle ${afterFirst.listeners}, after ${CYCLES} cycles ${afterAll.listeners}`,
    );
  });

  it('sees the widget’s own page-level listeners and timers while it is on the page (the instrumentation works)', () => {
    expect(whileConnected.some((l) => l.startsWith('window lit-localize-status')), whileConnected.join('\n')).to.equal(true);
    expect(timerKey, 'timers and frames the widget asked for').to.be.greaterThan(0);
  });

  it('leaves no listener of its own on window, document or other page-level targets', () => {
    expect(leftover, `live listeners added by the widget after every widget was removed: ${leftover.slice(0, 3).join('; ')}`).to.deep.equal([]);
    expect(afterAll.listeners).to.equal(beforeFirst.listeners);
  });

  it('does not add listeners with each cycle (the same count after 1 and after 100 cycles)', () => {
    expect(afterAll.listeners).to.equal(afterFirst.listeners);
  });

  it('leaves no timer, interval or animation frame pending', () => {
    expect(timersLeft, timersLeft.slice(0, 3).join('; ')).to.deep.equal([]);
  });

  it('leaves no element and no stylesheet in the page', () => {
    expect(afterAll.elements, 'elements in the document').to.equal(beforeFirst.elements);
    expect(afterAll.stylesheets, 'stylesheets of the document').to.equal(beforeFirst.stylesheets);
    expect(document.querySelector('prossima-map, .leaflet-container')).to.equal(null);
  });

  it('logs no console error and throws nothing, during the cycles or after', () => {
    expect(errors).to.deep.equal([]);
  });

  it('does not grow the heap with the number of cycles (needs window.gc)', function () {
    if (!gc) {
      console.warn('lifecycle: window.gc is not exposed (run Chromium with --js-flags=--expose-gc): heap growth not asserted');
      this.skip();
    }
    const growth = heapAt[`after ${CYCLES} cycles`] - heapAt['after 10 cycles'];
    // A widget with its directory, index, list and map is a few MB; 90 leaked ones would be far more.
    expect(growth, `heap growth from cycle 10 to cycle ${CYCLES}: ${MB(growth)}`).to.be.below(8 * 1048576);
  });

  it('lets every removed widget be garbage-collected (needs window.gc)', async function () {
    if (!gc) {
      console.warn('lifecycle: window.gc is not exposed: collection of removed widgets not checked');
      this.skip();
    }
    await heap();
    const alive = refs.filter((ref) => ref.deref() !== undefined).length;
    console.log(`lifecycle: ${alive} of ${refs.length} removed widgets still in memory after gc`);
    // A leak keeps every widget of a kind (all 100, or the 33 of one scenario). One or two may
    // outlive a collection now and then: 2 were seen once in a full, loaded run, and never when
    // this file ran alone (0 or 1 of 100 in seven runs, two of them on a busy machine).
    expect(alive, `removed widgets still in memory, of ${refs.length}`).to.be.at.most(3);
  });
});
