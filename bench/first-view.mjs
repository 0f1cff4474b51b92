/**
 * The "first view" section of `npm run bench` (bench/run.mjs): a comune's page with 100 services,
 * opened afresh, on a desktop profile and on a phone profile (390 × 844, touch, CPU slowed 4× with
 * the DevTools protocol's CPU throttling, as Lighthouse's mobile profile does). Widget and baseline
 * alternate, each run in a fresh browser context of one browser. Per page: when the first list
 * row is visible, when the page says it is ready, and the code it fetched until ready (gzip -9 of
 * each file, as a server would send it compressed; the widget's files are those of dist/).
 */
import { gzipSync } from 'node:zlib';

export const PROFILES = {
  desktop: { viewport: { width: 1280, height: 900 }, cpu: 1 },
  phone: { viewport: { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, cpu: 4 },
};

const KINDS = ['widget', 'baseline'];
/** What counts as code a page fetched: scripts and stylesheets (the directory is data). */
const CODE = /\.(m?js|css)(\?|$)/;

/**
 * Runs `runs` rounds; in each, every profile, and in it the widget then the baseline (the order
 * swapped every other round). `pageUrl(kind)` is the page of 100 services; `probe` the source of
 * bench/probe.js.
 */
export async function measureFirstView({ browser, pageUrl, blankUrl, probe, runs, timeout, log }) {
  const results = [];
  for (let round = 1; round <= runs; round++) {
    for (const [profile, settings] of Object.entries(PROFILES)) {
      const order = round % 2 === 1 ? KINDS : [...KINDS].reverse();
      for (const kind of order) {
        const result = await measureOnce({ browser, url: pageUrl(kind), blankUrl, probe, settings, timeout });
        results.push({ round, profile, kind, ...result });
        log(`  first view ${profile.padEnd(7)} ${kind.padEnd(8)} round ${round}: ${result.status === 'ok' ? `first row ${Math.round(result.firstItem)} ms, ready ${Math.round(result.ready)} ms, ${(result.codeGzip / 1024).toFixed(1)} KB gzip` : result.status}`);
      }
    }
  }
  return results;
}

async function measureOnce({ browser, url, blankUrl, probe, settings, timeout }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(settings.viewport);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.cpu });
    await page.evaluateOnNewDocument(probe);
    // The renderer is started by a blank page of the same origin first (as the main benchmark does).
    await page.goto(blankUrl, { waitUntil: 'load' });
    const fetched = [];
    page.on('response', (response) => {
      const address = response.url();
      if (CODE.test(new URL(address).pathname)) fetched.push(response.buffer().then((body) => ({ address, gzip: gzipSync(body, { level: 9 }).length }), () => null));
    });
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
      await page.waitForFunction('window.__bench.ready !== null && window.__bench.firstItem !== null', { timeout, polling: 50 });
    } catch (error) {
      return { status: 'timeout', note: error.message.split('\n')[0] };
    }
    // What was asked for before ready counts, not what the page asks for right after it (the
    // widget's search and extras pieces): the requests' start times, once the responses are in.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { ready, firstItem, asked } = await page.evaluate(() => ({
      ready: __bench.ready,
      firstItem: __bench.firstItem,
      asked: performance.getEntriesByType('resource').filter((entry) => entry.startTime <= __bench.ready).map((entry) => entry.name),
    }));
    const beforeReady = new Set(asked);
    const files = (await Promise.all(fetched)).filter((file) => file !== null && beforeReady.has(file.address));
    return { status: 'ok', ready, firstItem, codeGzip: files.reduce((sum, file) => sum + file.gzip, 0), files: files.length };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** The report's section: one table, both profiles, medians, the targets of issue 14. */
export function firstViewTable(results, runs) {
  const of = (profile, kind, key) => median(results.filter((r) => r.profile === profile && r.kind === kind && r.status === 'ok').map((r) => r[key]));
  const ms = (v) => (v === null ? '–' : Math.round(v).toLocaleString('en-US'));
  const kb = (v) => (v === null ? '–' : (v / 1024).toFixed(1));
  const ratio = (a, b) => (a === null || b === null || b === 0 ? '' : `${(a / b).toFixed(2)}×`);
  const mark = (ok) => (ok ? '✓' : '✗');
  const rows = [];
  for (const profile of Object.keys(PROFILES)) {
    const w = (key) => of(profile, 'widget', key);
    const b = (key) => of(profile, 'baseline', key);
    const notLater = (key) => (w(key) === null || b(key) === null ? '' : ` ${mark(w(key) <= b(key))}`);
    const budget = profile === 'desktop' ? 90 : 70;
    rows.push(`| ${profile} | first list row visible (ms) | ${ms(w('firstItem'))} | ${ms(b('firstItem'))} | ${ratio(w('firstItem'), b('firstItem'))} | ≤ baseline${notLater('firstItem')} |`);
    rows.push(`| ${profile} | ready (ms) | ${ms(w('ready'))} | ${ms(b('ready'))} | ${ratio(w('ready'), b('ready'))} | ≤ baseline${notLater('ready')} |`);
    rows.push(
      `| ${profile} | code fetched until ready, gzip -9 (KB) | ${kb(w('codeGzip'))} | ${kb(b('codeGzip'))} | ${ratio(w('codeGzip'), b('codeGzip'))} | ≤ ${budget} KB${w('codeGzip') === null ? '' : ` ${mark(w('codeGzip') <= budget * 1024)}`} |`,
    );
  }
  const failed = results.filter((r) => r.status !== 'ok').map((r) => `- ${r.profile} ${r.kind} round ${r.round}: ${r.status}${r.note ? ` (${r.note})` : ''}`);
  return [
    '### First view: a comune page with 100 services, opened afresh',
    '',
    `Each figure: median of ${runs} rounds; in each round the widget and the baseline alternate (the order swapped every other round), each in a fresh browser context. ` +
      'Desktop: 1280 × 900. Phone: 390 × 844, touch, CPU slowed 4× (DevTools protocol `Emulation.setCPUThrottlingRate`, as Lighthouse\'s mobile profile). ' +
      'No network throttling (the pages come from 127.0.0.1): times are CPU and rendering. Code fetched: each script and stylesheet the page asked for before ready (Resource Timing start times), gzip -9 ' +
      '(the widget: its files from dist/; the baseline: Leaflet, markercluster and its own script and CSS). Targets: issue 14.',
    '',
    '| profile | metric | widget | baseline | widget / baseline | target (widget) |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...rows,
    ...(failed.length ? ['', ...failed] : []),
  ].join('\n');
}
