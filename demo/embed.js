// The script of demo/embed.html, the page partner sites put in an <iframe>.
// It builds one <prossima-map> that fills the frame, configured from the query string with the
// element's own attribute names:
//   embed.html?categories=health,work&municipality=Matera&lang=en&query=medico
//             &service=<id>&center=40.66,16.60&zoom=11&tile-url=<template>|none
//             &tile-consent&hide-language-switcher&src=<url>
// tile-url must be one of the tile servers this page's publisher allows (ALLOWED_TILE_SERVERS), and
// their credit comes from that list, never from the link.
// Values are set with setAttribute (never parsed as HTML); unknown parameters are ignored.
// A separate file, with no inline script or style, so the page works under a strict
// Content-Security-Policy (`script-src 'self'; style-src 'self'`); see docs/embedding.md.
import '../dist/prossima-map.js';

/** Attributes taken as they are (the widget checks them and warns about bad values). */
const TEXT_ATTRIBUTES = ['categories', 'municipality', 'query', 'service', 'lang', 'center', 'zoom'];
/** Attributes that may be repeated in the query string: the values are joined with commas. */
const LIST_ATTRIBUTES = new Set(['categories', 'municipality']);
/** Boolean attributes: present (`&tile-consent`) turns them on; `=false`, `=0`, `=no` or `=off` leaves them off. */
const BOOLEAN_ATTRIBUTES = ['tile-consent', 'hide-language-switcher'];
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/**
 * Origins whose directory documents this page may show with `?src=`. Anyone can write a link to
 * this page, so an arbitrary `src` would let them show their own "services" (phone numbers,
 * addresses) under the publisher's name. Whoever hosts this page and keeps the directory on
 * another server adds that server's origin here, e.g. 'https://dati.example.it'.
 */
const ALLOWED_SRC_ORIGINS = [location.origin];

/**
 * The map backgrounds a link to this page may choose with `?tile-url=`, each with its credit. A
 * link could otherwise make the widget fetch images from any server (telling it who looks at the
 * map) and write any "credit" under the publisher's name. Without `tile-url` the widget uses
 * OpenStreetMap's tiles. Whoever hosts this page adds its own tile server here, e.g.
 * { url: 'https://tiles.example.it/{z}/{x}/{y}.png', attribution: '© Example, © OpenStreetMap' }.
 */
const ALLOWED_TILE_SERVERS = [
  { url: 'none', attribution: '' },
  { url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: '' },
];

const params = new URLSearchParams(location.search);
const map = document.createElement('prossima-map');
const ignored = new Set();

for (const name of new Set(params.keys())) {
  if (!TEXT_ATTRIBUTES.includes(name) && !BOOLEAN_ATTRIBUTES.includes(name) && name !== 'src' && name !== 'tile-url') {
    ignored.add(name);
  }
}

for (const name of TEXT_ATTRIBUTES) {
  const values = params.getAll(name).map((value) => value.trim()).filter((value) => value !== '');
  if (values.length === 0) continue;
  map.setAttribute(name, LIST_ATTRIBUTES.has(name) ? values.join(',') : values[0]);
}

for (const name of BOOLEAN_ATTRIBUTES) {
  if (!params.has(name)) continue;
  if (!FALSE_WORDS.has((params.get(name) ?? '').trim().toLowerCase())) map.setAttribute(name, '');
}

const src = params.get('src')?.trim();
if (src) {
  const url = parseUrl(src);
  if (url !== undefined && ALLOWED_SRC_ORIGINS.includes(url.origin)) map.setAttribute('src', url.href);
  else ignored.add(`src (only directories from ${ALLOWED_SRC_ORIGINS.join(', ')})`);
}

const tileUrl = params.get('tile-url')?.trim();
if (tileUrl) {
  const allowed = ALLOWED_TILE_SERVERS.find((server) => server.url === tileUrl);
  if (allowed !== undefined) {
    map.setAttribute('tile-url', allowed.url);
    if (allowed.attribution) map.setAttribute('tile-attribution', allowed.attribution);
  } else {
    ignored.add(`tile-url (only ${ALLOWED_TILE_SERVERS.map((server) => server.url).join(', ')})`);
  }
}
if (params.has('tile-attribution')) ignored.add('tile-attribution (the credit comes with an allowed tile server)');

if (ignored.size > 0) console.warn(`embed.html: ignored query parameters: ${[...ignored].join('; ')}`);

// The widget fills the frame: no margins, no rounded corners, the frame's full height. Styles
// are set through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows.
const fullHeight = globalThis.CSS?.supports?.('height', '100dvh') ? '100dvh' : '100vh';
document.documentElement.style.height = '100%';
document.body.style.margin = '0';
document.body.style.height = '100%';
map.style.setProperty('--prossima-height', fullHeight);
map.style.setProperty('--prossima-radius', '0');

// Added to the page only once it is configured, so it never starts (or asks for tiles) with
// the default settings.
document.body.append(map);

/** @returns {URL | undefined} */
function parseUrl(text) {
  try {
    return new URL(text, location.href);
  } catch {
    return undefined;
  }
}
