// Injected by bench/run.mjs into every benchmark page before any of its scripts
// (page.evaluateOnNewDocument). All times are performance.now() values: ms since navigation start.
// Works on both pages: the widget (<prossima-map>, open shadow root) and the baseline (#list).
(() => {
  const B = (window.__bench = {
    /** [startTime, duration] of every main-thread task of 50 ms or more (Long Tasks API). */
    longtasks: [],
    /** When the page said it was ready (prossima-ready / baseline-ready), and its count. */
    ready: null,
    readyCount: null,
    errors: [],
    /** After the paint of the frame in which the first list item was first in the document. */
    firstItem: null,
    /** One record per input event on the search field: { value, t0, t1, latency }. */
    keys: [],
    /** Windows of our own gc() calls, left out of the long-task figures. */
    gcWindows: [],
    frames: [],
  });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) B.longtasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    B.errors.push(`longtask observer: ${error}`);
  }

  const widget = () => document.querySelector('prossima-map');
  const firstItem = () => {
    const w = widget();
    return w ? w.shadowRoot?.querySelector('[part~="item"]') : document.querySelector('#list > li');
  };
  /** Calls back once the frame being produced now has been rendered (a task after it). */
  const afterThisFrame = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(0);
  };

  // First result visible: checked at the start of every frame (rAF); the item found there is
  // painted by that frame, whose end is taken as the time.
  const poll = () => {
    if (firstItem()) afterThisFrame((t) => (B.firstItem = t));
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  let parts = [];
  const onReady = (event) => {
    if (B.ready !== null) return;
    B.ready = performance.now();
    B.readyCount = event.detail?.count ?? null;
    const w = widget();
    // The widget's child elements, looked up once here rather than while a keystroke is timed.
    if (w) parts = [...w.shadowRoot.querySelectorAll('prossima-search-bar, prossima-service-list, prossima-map-view')];
  };
  document.addEventListener('prossima-ready', onReady);
  document.addEventListener('baseline-ready', onReady);
  document.addEventListener('prossima-error', (event) => B.errors.push(`prossima-error: ${event.detail?.message}`));

  /** Resolves once the page has finished reacting to the last input (the widget: Lit updates). */
  const settle = async () => {
    const w = widget();
    if (!w) return; // the baseline filters synchronously in its input listener
    await w.updateComplete;
    await Promise.all(parts.map((p) => p.updateComplete));
    await w.updateComplete;
  };

  // Search latency: from the input event (its timeStamp) to the end of the next frame after the
  // page has updated. A bubbling listener on window runs after the page's own listeners.
  window.addEventListener('input', (event) => {
    const target = event.composedPath()[0];
    const record = { value: target?.value, t0: event.timeStamp, t1: null, latency: null, work: null };
    B.keys.push(record);
    settle().then(() => {
      // The work of the keystroke: results computed, the DOM updated, style and layout done.
      void document.documentElement.offsetHeight;
      record.work = performance.now() - record.t0;
    }).then(() =>
      requestAnimationFrame(() =>
        afterThisFrame((t) => {
          record.t1 = t;
          record.latency = t - record.t0;
        }),
      ),
    );
  });

  /** rAF timestamps between start and stop, for frame times while the map is dragged/zoomed. */
  let recording = false;
  B.startFrames = () => {
    B.frames = [];
    recording = true;
    const loop = (t) => {
      if (!recording) return;
      B.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  B.stopFrames = () => {
    recording = false;
    return B.frames;
  };

  /** JS heap after two full collections (needs --js-flags=--expose-gc, --enable-precise-memory-info). */
  B.heapAfterGc = () => {
    const start = performance.now();
    if (typeof window.gc === 'function') {
      window.gc();
      window.gc();
    }
    B.gcWindows.push([start, performance.now()]);
    return performance.memory ? performance.memory.usedJSHeapSize : null;
  };

  B.searchField = () => {
    const w = widget();
    return w ? w.shadowRoot.querySelector('[part~="search"]') : document.getElementById('search');
  };
  B.mapElement = () => {
    const w = widget();
    return w ? w.shadowRoot.querySelector('[part~="map"]') : document.getElementById('map');
  };
  /** The number of results the page says it shows (widget: its status part; baseline: #count). */
  B.resultCount = () => {
    const w = widget();
    const status = w ? w.shadowRoot.querySelector('[part~="status"]') : document.getElementById('count');
    const match = status?.textContent.replace(/[\s.,\u00a0\u202f]/g, '').match(/\d+/);
    return match ? Number(match[0]) : null;
  };
})();
