/**
 * A host page with a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval')
 * loads the built script: the widget must work fully and cause no violation. Runs the system
 * Chromium through puppeteer-core against a server on 127.0.0.1 (npm test builds dist/ first).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { PROJECT_ROOT } from '../../scripts/data/io.js';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const PAGE = `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>CSP</title>
<script src="/probe.js"></script>
<script type="module" src="/dist/prossima-map.js"></script>
</head><body>
<prossima-map src="/data/matera.json" tile-url="/tiles/{z}/{x}/{y}.png" tile-attribution="Test tiles"></prossima-map>
</body></html>`;

/** The same page without `src`: the built-in directory, a file beside the script. */
const BUILTIN_PAGE = PAGE.replace(' src="/data/matera.json"', '');

// Records violations and the widget's events; a classic script, so it runs before the module.
const PROBE = `window.__before = Object.getOwnPropertyNames(window).concat('__before', '__violations', '__ready');
window.__metadata = Object.getOwnPropertyDescriptor(Symbol, 'metadata');
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
document.addEventListener('prossima-ready', (e) => { window.__ready = e.detail.count; });`;

function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const send = (type: string, body: string | Buffer) => {
      response.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': POLICY });
      response.end(body);
    };
    if (path === '/') return send('text/html; charset=utf-8', PAGE);
    if (path === '/builtin') return send('text/html; charset=utf-8', BUILTIN_PAGE);
    if (path === '/probe.js') return send('text/javascript', PROBE);
    // The entry and the pieces it loads from its own folder.
    if (/^\/dist\/(prossima-map\.js|pieces\/[\w-]+\.js)$/.test(path)) return send('text/javascript', readFileSync(join(PROJECT_ROOT, path)));
    // The built-in directory, beside the script.
    if (path === '/dist/prossima-directory.json') return send('application/json', readFileSync(join(PROJECT_ROOT, path)));
    if (path === '/data/matera.json') return send('application/json', readFileSync(join(PROJECT_ROOT, 'data/matera.json')));
    if (path.startsWith('/tiles/')) return send('image/png', PNG);
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('a clean host page with a strict Content-Security-Policy', { skip: !existsSync(CHROME) && `no Chromium at ${CHROME}` }, () => {
  let server: Server;
  let browser: Browser;

  before(async () => {
    server = await serve();
    browser = await puppeteer.launch({
      executablePath: CHROME,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it(`works fully under "${POLICY}" with no violation`, async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction('window.__ready > 0', { timeout: 15000 });
    const state = await page.evaluate(async () => {
      const el = document.querySelector('prossima-map')!;
      const root = el.shadowRoot!;
      const item = root.querySelector<HTMLElement>('[part~="item"] button')!;
      item.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const detail = root.querySelector<HTMLElement>('[part~="detail"]');
      const tiles = [...root.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
      return {
        items: root.querySelectorAll('[part~="item"]').length,
        // Styles applied: the detail panel is laid out as the widget's CSS says.
        detailPosition: detail ? getComputedStyle(detail.parentElement!).position : null,
        chipHeight: root.querySelector<HTMLElement>('[part~="category"]')!.getBoundingClientRect().height,
        tilesLoaded: tiles.filter((t) => t.complete && t.naturalWidth > 0).length,
        markers: root.querySelectorAll('.leaflet-marker-pane [role="button"]').length,
        // Another UI language: its piece comes from the script's own folder, under script-src 'self'.
        searchLabel: await (async () => {
          el.setAttribute('lang', 'en');
          for (let i = 0; i < 50 && root.querySelector('[part~="search"]')?.getAttribute('placeholder')?.startsWith('Cerca'); i++) {
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          return root.querySelector('[part~="search"]')?.getAttribute('placeholder');
        })(),
        violations: (window as unknown as { __violations: string[] }).__violations,
        // The contract: the script creates no global (this page is clean, unlike the test runner's).
        newGlobals: Object.getOwnPropertyNames(window).filter(
          (name) =>
            !(window as unknown as { __before: string[] }).__before.includes(name) &&
            name !== '__metadata' &&
            !/^(puppeteer_)?_*ariaQuerySelector/.test(name), // added by puppeteer itself
        ),
        symbolMetadataChanged: Object.getOwnPropertyDescriptor(Symbol, 'metadata') !== undefined &&
          (window as unknown as { __metadata?: unknown }).__metadata === undefined,
      };
    });
    assert.deepEqual(state.violations, []);
    assert.match(state.searchLabel ?? '', /^Search/);
    assert.deepEqual(state.newGlobals, []);
    assert.equal(state.symbolMetadataChanged, false);
    assert.ok(state.items > 50, `items: ${state.items}`);
    assert.equal(state.detailPosition, 'absolute');
    assert.ok(state.chipHeight >= 44, `chip height ${state.chipHeight}`);
    assert.ok(state.tilesLoaded > 0, 'tiles from the allowed img-src');
    assert.ok(state.markers > 0, 'markers on the map');
    await page.close();
  });

  it('shows the built-in directory, fetched from beside the script under connect-src \'self\'', async () => {
    const page = await browser.newPage();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/builtin`);
    await page.waitForFunction('window.__ready > 0', { timeout: 15000 });
    const state = await page.evaluate(() => ({
      ready: (window as unknown as { __ready: number }).__ready,
      items: document.querySelector('prossima-map')!.shadowRoot!.querySelectorAll('[part~="item"]').length,
      fetched: performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === '/dist/prossima-directory.json'),
      violations: (window as unknown as { __violations: string[] }).__violations,
    }));
    assert.deepEqual(state.violations, []);
    assert.equal(state.fetched, true);
    assert.equal(state.items, state.ready);
    assert.ok(state.items > 50, `items: ${state.items}`);
    await page.close();
  });
});
