#!/usr/bin/env node
/**
 * `npm run faults`: the publisher-side faults of issue 17, each reproduced against the built
 * widget in the system's headless Chromium (puppeteer-core), and what the widget does with it:
 * what it shows, how long until it says so, the most heap it used, its longest task, the rows of
 * its notice and its console lines. Also the spreadsheet faults, through the data tools.
 *
 *   npm run build && npm run faults
 *   npm run faults -- --dist /tmp/old/dist --demo /tmp/old/demo --tools /tmp/old/build --out F.md
 *                     the same against another build (an older commit, to see "before")
 *   npm run faults -- --only whitespace,zeros
 *
 * Each page waits for a verdict (prossima-ready, or prossima-error without a directory) for at
 * most --wait seconds (default 90); past it the row says "no verdict". Writes bench/FAULTS.md
 * (or --out). Figures come from one run on this machine: they show orders of magnitude, and are
 * asserted nowhere.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const DIST = option('--dist', join(ROOT, 'dist'));
const DEMO = option('--demo', join(ROOT, 'demo'));
const TOOLS = option('--tools', join(ROOT, 'build'));
const OUT = option('--out', join(ROOT, 'bench/FAULTS.md'));
const WAIT_MS = Number(option('--wait', '90')) * 1000;
const ONLY = option('--only', '')?.split(',').filter(Boolean) ?? [];
const CACHE = join(ROOT, 'bench/out');

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** The built-in directory as published: the document every fault is measured against. */
const GOOD = readFileSync(join(DIST, 'prossima-directory.json'), 'utf8');
const good = JSON.parse(GOOD);

/** How /directory.json answers now: { status, type, body (string | Buffer | () => stream), gzip }. */
let answer = { status: 200, body: GOOD };

/** The widget's server: dist/ and demo/ of the build measured, the host page, /directory.json. */
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/host.html') return send(response, 200, 'text/html', HOST_PAGE);
  if (url.pathname === '/directory.json') {
    const { status = 200, type = 'application/json', body } = answer;
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    if (typeof body === 'function') return body(response);
    return response.end(body);
  }
  const [, folder, rest] = /^\/(dist|demo)\/(.*)$/.exec(url.pathname) ?? [];
  if (folder === undefined) return send(response, 404, 'text/plain', 'Not Found');
  const base = folder === 'dist' ? DIST : DEMO;
  const path = normalize(join(base, rest));
  if (!path.startsWith(base) || !existsSync(path) || statSync(path).isDirectory()) return send(response, 404, 'text/plain', 'Not Found');
  response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});

/**
 * Another origin over https (the crafted link's tile server; a certificate made for the run,
 * which this browser is told to accept): counts what reaches it.
 */
let foreignRequests = 0;
const foreign = createHttpsServer(selfSignedCertificate(), (request, response) => {
  foreignRequests++;
  send(response, 404, 'text/plain', 'Not Found');
});

function selfSignedCertificate() {
  const key = join(CACHE, 'faults-key.pem');
  const cert = join(CACHE, 'faults-cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(CACHE, { recursive: true });
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1', '-days', '30'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`openssl could not make a certificate for the crafted link's tile server: ${made.stderr}`);
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

function send(response, status, type, body) {
  response.writeHead(status, { 'Content-Type': type });
  response.end(body);
}

const HOST_PAGE = `<!doctype html><html lang="it"><meta charset="utf-8"><title>host</title>
<script>
  window.__verdict = null;
  window.__longest = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });
  const at = () => Math.round(performance.now());
  document.addEventListener('prossima-ready', (e) => { window.__verdict ??= { kind: 'ready', count: e.detail.count, at: at() }; });
  document.addEventListener('prossima-error', (e) => { if (e.detail.rejected === 0) window.__errors = (window.__errors ?? 0) + 1; setTimeout(() => { window.__verdict ??= { kind: 'error', at: at() }; }, 300); });
</script>
<script type="module" src="/dist/prossima-map.js"></script>
<prossima-map src="/directory.json" lang="it" tile-url="none" style="height:600px"></prossima-map></html>`;

/** A stream of `total` spaces, gzip-compressed, written once to bench/out (it takes a while). */
async function whitespaceGzip(total) {
  const file = join(CACHE, `whitespace-${total}.json.gz`);
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  const { createWriteStream } = await import('node:fs');
  const gzip = createGzip({ level: 9 });
  const out = gzip.pipe(createWriteStream(file));
  const chunk = Buffer.alloc(1 << 20, 0x20);
  for (let written = 0; written < total; written += chunk.length) {
    if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await new Promise((resolve) => out.on('finish', resolve));
  return file;
}

const withServices = (services) => JSON.stringify({ ...good, services });

/** Each fault: how to answer, in what order (copies carry from one page to the next). */
async function faults() {
  const big = await whitespaceGzip(3_000_000_000);
  const zeros = gzipSync(`{"version":1,"categories":[],"services":[${'0,'.repeat(999_999)}0]}`, { level: 9 });
  return [
    { id: 'good', fault: 'the directory as published (saved as the last good copy)', answer: { body: GOOD } },
    { id: 'html', fault: '200 with an HTML maintenance page', answer: { type: 'text/html', body: '<!doctype html><title>Manutenzione</title><h1>Sito in manutenzione</h1>' } },
    { id: 'cut', fault: '200 with the JSON cut at 60 %', answer: { body: GOOD.slice(0, Math.floor(GOOD.length * 0.6)) } },
    { id: 'version2', fault: '200 with "version": 2', answer: { body: JSON.stringify({ ...good, version: 2 }) } },
    {
      id: 'strings',
      fault: 'every service rejected (lat and lon written as strings)',
      answer: { body: withServices(good.services.map((s) => ({ ...s, lat: String(s.lat), lon: String(s.lon) }))) },
    },
    { id: 'after-strings', fault: '… then HTTP 500', answer: { status: 500, type: 'text/plain', body: 'Internal Server Error' } },
    { id: 'shrunk', fault: '200 with 10 of the services (a cut spreadsheet)', answer: { body: withServices(good.services.slice(0, 10)) } },
    { id: 'after-shrunk', fault: '… then HTTP 500', answer: { status: 500, type: 'text/plain', body: 'Internal Server Error' } },
    {
      id: 'whitespace',
      fault: `${(statSync(big).size / 1e6).toFixed(1)} MB gzip of 3 GB of spaces`,
      answer: { type: 'application/gzip', body: (response) => createReadStream(big).pipe(response) },
    },
    { id: 'zeros', fault: `${(zeros.length / 1000).toFixed(1)} KB gzip with 1,000,000 \`0\` services`, answer: { type: 'application/gzip', body: zeros } },
    {
      id: 'long-string',
      fault: 'one service with a 20,000,000-character description',
      answer: { body: withServices([...good.services.slice(1), { ...good.services[0], description: 'x'.repeat(20_000_000) }]) },
    },
    {
      id: 'deep',
      fault: 'a service nested 2,000,000 deep (4 MB of brackets)',
      answer: { body: GOOD.replace('"services":[', `"services":[${'['.repeat(2_000_000)}${']'.repeat(2_000_000)},`) },
    },
    {
      id: 'drip',
      fault: '200, 60 % of the JSON, then a space every 100 ms for 2 minutes',
      answer: {
        body: (response) => {
          response.write(GOOD.slice(0, Math.floor(GOOD.length * 0.6)));
          let sent = 0;
          const timer = setInterval(() => (++sent > 1200 ? (clearInterval(timer), response.end()) : response.write(' ')), 100);
          response.on('close', () => clearInterval(timer));
        },
      },
    },
  ].filter((f) => ONLY.length === 0 || ONLY.includes(f.id) || f.id === 'good');
}

/** Loads the host page on the current answer and waits for the widget's verdict. */
async function measure(browser, fault) {
  answer = fault.answer;
  const page = await browser.newPage();
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  let consoleLines = 0;
  page.on('console', (message) => void (message.text().startsWith('prossima-map') && consoleLines++));
  let heap = 0;
  const sampler = setInterval(async () => {
    try {
      const { metrics } = await client.send('Performance.getMetrics');
      heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    } catch {
      // The page is closing.
    }
  }, 200);
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${port(server)}/host.html`, { waitUntil: 'load' });
  let verdict = null;
  try {
    await page.waitForFunction(() => window.__verdict !== null, { timeout: WAIT_MS, polling: 250 });
    verdict = await page.evaluate(() => window.__verdict);
  } catch {
    // No verdict in time.
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  clearInterval(sampler);
  const seen = await page
    .evaluate(() => {
      const el = document.querySelector('prossima-map');
      const notice = el?.shadowRoot?.querySelector('[part~="error"]');
      const count = el?.shadowRoot?.querySelector('[part~="status"]');
      return {
        notice: notice?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        noticeItems: notice?.querySelectorAll('li').length ?? 0,
        count: count?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        longest: Math.round(window.__longest),
      };
    }, { timeout: 10_000 })
    .catch(() => ({ notice: '(the page did not answer)', noticeItems: 0, count: '', longest: NaN }));
  await page.close().catch(() => undefined);
  return {
    ...fault,
    verdict: verdict ? `${verdict.kind} at ${(verdict.at / 1000).toFixed(1)} s` : `no verdict in ${WAIT_MS / 1000} s (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    heapMb: (heap / 1e6).toFixed(0),
    consoleLines,
    ...seen,
  };
}

/** The crafted embed link: another tile server, and a "credit" of the link's choosing. */
async function craftedLink(browser) {
  const page = await browser.newPage();
  foreignRequests = 0;
  const template = `https://127.0.0.1:${port(foreign)}/{z}/{x}/{y}.png`;
  const credit = 'Servizio sospeso: chiamare 899 123 456';
  const link = `http://127.0.0.1:${port(server)}/demo/embed.html?src=/directory.json&tile-url=${encodeURIComponent(template)}&tile-attribution=${encodeURIComponent(credit)}`;
  answer = { body: GOOD };
  await page.goto(link, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 4000));
  const attribution = await page.evaluate(() => document.querySelector('prossima-map')?.shadowRoot?.querySelector('.leaflet-control-attribution')?.textContent ?? '');
  await page.close();
  return { tileRequests: foreignRequests, creditShown: attribution.includes('899') };
}

/** The spreadsheet faults, through the data tools of the build measured (`TOOLS`). */
function spreadsheetFaults() {
  const work = mkdtempSync(join(tmpdir(), 'prossima-faults-'));
  const rows = [];
  const tool = (name, ...toolArgs) => spawnSync(process.execPath, [join(TOOLS, 'scripts/data', `${name}.js`), ...toolArgs], { cwd: ROOT, encoding: 'utf8' });
  try {
    // Export: formulas in the cells a maintainer opens.
    const formulas = ['=HYPERLINK("http://x.example","clic")', "=cmd|' /C calc'!A0", '@SUM(1+1)', "-2+3+cmd|' /C calc'!A0", '=IMPORTXML("http://x.example","//a")'];
    const directory = JSON.parse(readFileSync(join(ROOT, 'data/matera.json'), 'utf8'));
    directory.services = directory.services.slice(0, formulas.length).map((s, i) => ({ ...s, notes: formulas[i] }));
    writeFileSync(join(work, 'formulas.json'), JSON.stringify(directory));
    const exported = tool('export', join(work, 'out.csv'), '--from', join(work, 'formulas.json'));
    const csv = existsSync(join(work, 'out.csv')) ? readFileSync(join(work, 'out.csv'), 'utf8') : '';
    const cells = csv.split(/[;\r\n]/).map((cell) => cell.replace(/^"|"$/g, ''));
    const runnable = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell)).length;
    rows.push(['export of 5 services whose notes are formulas', exported.status === 0 ? `${runnable} cells a spreadsheet would run` : `export failed: ${exported.stderr.trim().split('\n')[0]}`]);

    // Import: a UTF-8 file with one stray Windows-1252 byte, and a UTF-16 file.
    const exportedAll = tool('export', join(work, 'all.csv'));
    if (exportedAll.status === 0) {
      // Saved without the byte order mark, as the review's file was.
      const saved = readFileSync(join(work, 'all.csv'));
      const bytes = saved[0] === 0xef && saved[1] === 0xbb && saved[2] === 0xbf ? saved.subarray(3) : saved;
      const at = bytes.indexOf(Buffer.from('Matera'));
      const stray = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe0]), bytes.subarray(at)]); // "à" in Windows-1252
      writeFileSync(join(work, 'stray.csv'), stray);
      const strayRun = tool('import', join(work, 'stray.csv'), '--out', join(work, 'stray.json'));
      rows.push(['import of a UTF-8 CSV with one stray Windows-1252 byte', importOutcome(strayRun, join(work, 'stray.json'))]);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8').replace(/^\uFEFF/, ''), 'utf16le')]);
      writeFileSync(join(work, 'utf16.csv'), utf16);
      const utf16Run = tool('import', join(work, 'utf16.csv'), '--out', join(work, 'utf16.json'));
      rows.push(['import of a UTF-16 CSV', importOutcome(utf16Run, join(work, 'utf16.json'))]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

function importOutcome(run, out) {
  const said = `${run.stdout}${run.stderr}`.trim().split('\n').filter(Boolean);
  const first = said.find((line) => /refus|UTF|written|column|garbl/i.test(line)) ?? said[0] ?? '';
  const written = existsSync(out) ? `, file written (${(readFileSync(out, 'utf8').match(/Ã|Â/g) ?? []).length} garbled sequences)` : ', nothing written';
  return `exit ${run.status}${written}: ${first.slice(0, 160)}`;
}

function port(s) {
  return s.address().port;
}

async function main() {
  if (!existsSync(join(DIST, 'prossima-map.js'))) {
    console.error(`No build at ${DIST}: run npm run build first.`);
    process.exit(1);
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  const profile = mkdtempSync(join(tmpdir(), 'prossima-faults-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', '--disable-background-networking', '--js-flags=--max-old-space-size=4096'],
  });
  const results = [];
  try {
    for (const fault of await faults()) {
      const result = await measure(browser, fault);
      results.push(result);
      console.log(`${fault.id}: ${result.verdict}; ${result.count}; heap ${result.heapMb} MB; longest task ${result.longest} ms; notice: ${result.notice.slice(0, 140)}`);
    }
    const crafted = ONLY.length === 0 || ONLY.includes('link') ? await craftedLink(browser) : undefined;
    if (crafted) console.log(`crafted link: ${crafted.tileRequests} tile requests to the other host; its credit shown: ${crafted.creditShown}`);
    const sheets = ONLY.length === 0 || ONLY.includes('sheets') ? spreadsheetFaults() : [];
    for (const [what, outcome] of sheets) console.log(`${what}: ${outcome}`);
    writeFileSync(OUT, report(results, crafted, sheets));
    console.log(`Written ${OUT}`);
  } finally {
    await browser.close();
    server.close();
    foreign.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

function report(results, crafted, sheets) {
  const cell = (text) => String(text).replace(/\|/g, '\\|');
  const lines = [
    '# Publisher-side faults (issue 17): what the widget does with each',
    '',
    `Made by \`npm run faults\` (bench/faults.mjs) on ${new Date().toISOString().slice(0, 10)}, build: \`${DIST}\`. One run, headless Chromium on this machine; the pages run one after the other in one browser profile, so the copy saved by the first carries to the next. "verdict": the first \`prossima-ready\`, or \`prossima-error\` without a directory, from navigation start.`,
    '',
    '| fault | verdict | what the list shows | notice (start) | rows in the notice | console lines | most JS heap (MB) | longest task (ms) |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${cell(r.fault)} | ${r.verdict} | ${cell(r.count || '–')} | ${cell(r.notice.slice(0, 160) || '–')} | ${r.noticeItems} | ${r.consoleLines} | ${r.heapMb} | ${r.longest} |`),
    '',
  ];
  if (crafted) {
    lines.push(
      `A crafted link to demo/embed.html with another host's \`tile-url\` and a \`tile-attribution\` of its choosing: ${crafted.tileRequests} tile requests reached that host; its credit was ${crafted.creditShown ? '' : 'not '}shown.`,
      '',
    );
  }
  if (sheets.length > 0) lines.push('| spreadsheet fault | outcome |', '| --- | --- |', ...sheets.map(([what, outcome]) => `| ${cell(what)} | ${cell(outcome)} |`), '');
  return `${lines.join('\n')}\n`;
}

await main();
