// `npm run room`: what a person sees and reaches of the built widget (dist/) at the sizes partner
// pages give it (issue 15), in Italian and Arabic: the list rows wholly visible on first view, the
// list's and the map's boxes, the search field's width, and the Tab presses from a button before
// the widget to one after it. Prints a Markdown table. Run `npm run build` first.
//
//   npm run room                     every size, it and ar
//   npm run room -- --sizes 390x844,1280 --langs it
//   npm run room -- --shots DIR      also a screenshot of each (DIR/room-<lang>-<size>.png)
//
// Sizes: "WxH" is a phone (viewport W × H, the widget fills it); "W" a desktop column W px wide on
// a 1280 × 900 page, the widget at its default height (36rem). Headless Chromium at /usr/bin/chromium
// (or CHROME_PATH), built-in directory, tiles off.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };
const argument = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1];
};
const SIZES = argument('sizes', '320x568,390x844,540,690,730,1140,1280').split(',');
const LANGS = argument('langs', 'it,ar').split(',');
const SHOTS = argument('shots', undefined);

/** The host page: a column of the given width holding the widget, a button before and after it. */
function hostPage(query) {
  const width = query.get('w');
  const height = query.get('h');
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>room</title><script type="module" src="/dist/prossima-map.js"></script>
<style>body{margin:0;font-family:system-ui}.col{margin:0 auto;width:${width ? `${Number(width)}px` : '100%'}}
.probe{position:absolute;left:-999px}</style></head><body>
<button class="probe" id="before">before</button><div class="col"><prossima-map tile-url="none" lang="${query.get('lang') === 'ar' ? 'ar' : 'it'}"
${height ? `style="--prossima-height:${Number(height)}px"` : ''}></prossima-map></div><button class="probe" id="after">after</button></body></html>`;
}

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/room') return response.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(hostPage(url.searchParams));
  const file = normalize(decodeURIComponent(url.pathname).replace(/^\/+/, ''));
  if (!file.startsWith('dist') || !existsSync(join(ROOT, file))) return response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(join(ROOT, file)));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });

const rows = [];
try {
  for (const size of SIZES) {
    for (const lang of LANGS) {
      const [width, height] = size.split('x').map(Number);
      const phone = height !== undefined;
      const page = await browser.newPage();
      await page.setViewport(phone ? { width, height, isMobile: true, hasTouch: true } : { width: 1280, height: 900 });
      const query = phone ? `h=${height}` : `w=${width}`;
      await page.goto(`${base}/room?lang=${lang}&${query}`);
      await page.waitForFunction(() => document.querySelector('prossima-map')?.shadowRoot?.querySelectorAll('[part~="item"]').length > 5, { timeout: 30000 });
      // The map's markers and the rows that follow the first frame.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const seen = await page.evaluate(() => {
        const el = document.querySelector('prossima-map');
        const root = el.shadowRoot;
        const host = el.getBoundingClientRect();
        const list = root.querySelector('.list-pane').getBoundingClientRect();
        const map = root.querySelector('.map-pane').getBoundingClientRect();
        const search = root.querySelector('.search-field').getBoundingClientRect();
        const visible = [...root.querySelectorAll('[part~="item"]')].filter((item) => {
          const box = item.getBoundingClientRect();
          return box.height > 0 && box.top >= list.top - 1 && box.bottom <= Math.min(list.bottom, host.bottom, innerHeight) + 1;
        }).length;
        const box = (r) => (r.width > 0 && r.height > 0 ? `${Math.round(r.width)} × ${Math.round(r.height)}` : '–');
        return { visible, list: box(list), map: box(map), search: Math.round(search.width) };
      });
      if (SHOTS !== undefined) {
        mkdirSync(SHOTS, { recursive: true });
        const clip = await page.evaluate(() => {
          const box = document.querySelector('.col').getBoundingClientRect();
          return { x: box.left, y: box.top, width: box.width, height: box.height };
        });
        await page.screenshot({ path: join(SHOTS, `room-${lang}-${size}.png`), clip });
      }
      await page.focus('#before');
      let tabs = 0;
      while (tabs < 300 && !(await page.evaluate(() => document.activeElement?.id === 'after'))) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      rows.push(`| ${phone ? `${width} × ${height} (phone)` : `${width} px column`} | ${lang} | ${seen.visible} | ${seen.list} | ${seen.map} | ${seen.search} | ${tabs} |`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log('| size | lang | rows wholly visible | list (px) | map (px) | search field width (px) | Tab presses across |');
console.log('| --- | --- | ---: | --- | --- | ---: | ---: |');
for (const row of rows) console.log(row);
