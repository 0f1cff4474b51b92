// A directory server for the browser tests, with a switch the tests flip through plain requests:
//   GET /test-server/mode?to=ok|fail|hold|shrunk|cut|drip   how /test-server/directory.json answers from now on
//                                           (shrunk: small.json with its first service only;
//                                           cut: HTTP 200 with the first 60% of it; drip: HTTP 200,
//                                           the first 60% at once, then a space every 100 ms, for 60 s)
//   GET /test-server/huge.json.gz           gzip of 100,000,010 spaces (2.9 MB on the wire would be 3 GB: the same idea)
//   GET /test-server/sw-copy.json           small.json as the app's service worker serves its kept copy
//                                           (X-Prossima-Saved-At: 2026-11-30T10:00:00.000Z)
//   GET /test-server/release                answers the requests held by "hold"
//   GET /test-server/held                   how many requests are held now
//   GET /test-server/directory.json         test/fixtures/small.json, HTTP 503, or held
//   GET /test-server/directory.json.gz      the same, gzip-compressed (?encoding=gzip: sent with
//                                           Content-Encoding: gzip, so the browser decompresses it)
//   GET /test-server/broken.json.gz         gzip's first bytes, then garbage
//   GET /test-server/entry-only/prossima-map.js  dist/prossima-map.js as a host that copied only
//                                           the entry publishes it: its pieces there are 404
//   GET /test-server/essentials-only/…     dist/ with only what reading a directory needs: the
//                                           entry, the directory reader piece and the built-in
//                                           directory; every other piece (map, extras, search,
//                                           languages) is 404, as when those cannot be fetched
//   GET /test-server/replaced/…            dist/ as published (the entry, its pieces), its built-in
//                                           directory prossima-directory.json replaced as the switch says:
//   GET /test-server/replaced-mode?to=ok|missing|html|cut|rejected   the real file, a 404, an HTML
//                                           page (200), the file cut in half, a directory whose every
//                                           service is invalid
//   GET /test-server/search-held/…          dist/ (the entry and its pieces), but the search piece
//                                           (pieces/search-index-….js) waits for /test-server/release
//   GET /test-server/search-missing/…       dist/, but the search piece is 404
//   GET /test-server/generated.json?count=N[&sized=0]   a directory of N services (the ones of
//                                           test/fixtures/small.json, repeated under new ids); with
//                                           sized=0 sent in pieces with no Content-Length, as a
//                                           server compressing on the fly sends it
// Real network requests on the test runner's own server; no stubbed fetch.
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

export function testServer() {
  let mode = 'ok';
  let replaced = 'ok';
  let held = [];
  return async (context, next) => {
    if (context.path === '/test-server/mode') {
      mode = context.query.to ?? 'ok';
      context.body = mode;
      return;
    }
    if (context.path === '/test-server/held') {
      context.body = String(held.length);
      return;
    }
    if (context.path === '/test-server/release') {
      for (const release of held.splice(0)) release();
      context.body = 'released';
      return;
    }
    if (context.path.startsWith('/test-server/essentials-only/')) {
      const path = context.path.slice('/test-server/essentials-only/'.length);
      const essential = /^(prossima-map\.js|prossima-directory\.json|pieces\/directory-reader-[\w-]+\.js)$/.test(path);
      if (essential && existsSync(`dist/${path}`)) {
        context.type = path.endsWith('.json') ? 'application/json' : 'text/javascript';
        context.body = readFileSync(`dist/${path}`, 'utf8');
      } else {
        context.status = 404;
        context.body = 'Not Found';
      }
      return;
    }
    if (context.path.startsWith('/test-server/entry-only/')) {
      if (context.path.endsWith('/prossima-map.js')) {
        context.type = 'text/javascript';
        context.body = readFileSync('dist/prossima-map.js', 'utf8');
      } else {
        context.status = 404;
        context.body = 'Not Found';
      }
      return;
    }
    if (context.path === '/test-server/replaced-mode') {
      replaced = context.query.to ?? 'ok';
      context.body = replaced;
      return;
    }
    if (context.path.startsWith('/test-server/replaced/')) {
      serveReplaced(context, context.path.slice('/test-server/replaced/'.length), replaced);
      return;
    }
    const searchRoute = /^\/test-server\/search-(held|missing)\/(.+)$/.exec(context.path);
    if (searchRoute !== null) {
      const [, how, file] = searchRoute;
      const isSearch = /^pieces\/search-index-[\w-]+\.js$/.test(file);
      if (isSearch && how === 'missing') {
        context.status = 404;
        context.body = 'Not Found';
        return;
      }
      if (isSearch) await new Promise((resolve) => held.push(resolve));
      if (!/^(prossima-map|pieces\/[\w-]+)\.js$/.test(file)) return next();
      context.type = 'text/javascript';
      context.body = readFileSync(`dist/${file}`, 'utf8');
      return;
    }
    if (context.path === '/test-server/generated.json') {
      const text = generatedDirectory(Number(context.query.count));
      context.type = 'application/json';
      context.body = context.query.sized === '0' ? Readable.from(inPieces(text, 64 * 1024)) : text;
      return;
    }
    if (context.path === '/test-server/broken.json.gz') {
      context.type = 'application/gzip';
      context.body = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      return;
    }
    if (context.path === '/test-server/huge.json.gz') {
      context.type = 'application/gzip';
      context.body = gzipSync(Buffer.alloc(100_000_010, 0x20), { level: 1 });
      return;
    }
    if (context.path === '/test-server/sw-copy.json') {
      context.type = 'application/json';
      context.set('X-Prossima-Saved-At', '2026-11-30T10:00:00.000Z');
      context.body = readFileSync('test/fixtures/small.json', 'utf8');
      return;
    }
    const gzip = context.path === '/test-server/directory.json.gz';
    if (context.path !== '/test-server/directory.json' && !gzip) return next();
    if (mode === 'fail') {
      context.status = 503;
      context.body = 'Service Unavailable';
      return;
    }
    if (mode === 'hold') await new Promise((resolve) => held.push(resolve));
    let json = readFileSync('test/fixtures/small.json');
    if (mode === 'cut' || mode === 'drip') json = json.subarray(0, Math.floor(json.length * 0.6));
    if (mode === 'drip' && !gzip) {
      context.type = 'application/json';
      context.body = drip(json);
      return;
    }
    if (mode === 'shrunk') {
      const document = JSON.parse(json.toString('utf8'));
      json = Buffer.from(JSON.stringify({ ...document, services: document.services.slice(0, 1) }));
    }
    if (!gzip) {
      context.type = 'application/json';
      context.body = json.toString('utf8');
      return;
    }
    context.type = context.query.encoding === 'gzip' ? 'application/json' : 'application/gzip';
    if (context.query.encoding === 'gzip') context.set('Content-Encoding', 'gzip');
    context.body = gzipSync(json);
  };
}

/** A directory of `count` services: those of small.json, again and again, each with its own id. */
function generatedDirectory(count) {
  const small = JSON.parse(readFileSync('test/fixtures/small.json', 'utf8'));
  const services = Array.from({ length: count }, (_, i) => {
    const model = small.services[i % small.services.length];
    return { ...model, id: `${model.id}-${i}` };
  });
  return JSON.stringify({ ...small, services });
}

/** `head` at once, then a space every 100 ms for a minute: a body that never ends in time. */
function drip(head) {
  let timer;
  let sent = 0;
  const body = new Readable({
    read() {},
    destroy(error, callback) {
      clearInterval(timer);
      callback(error);
    },
  });
  body.push(head);
  timer = setInterval(() => {
    if (++sent > 600) {
      clearInterval(timer);
      body.push(null);
    } else body.push(' ');
  }, 100);
  return body;
}

function* inPieces(text, size) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** A file of dist/ (`path` relative to it), its prossima-directory.json as `mode` says. */
function serveReplaced(context, path, mode) {
  if (path !== 'prossima-directory.json') {
    if (!/^[\w.-]+(\/[\w.-]+)?$/.test(path) || path.includes('..') || !existsSync(`dist/${path}`)) {
      context.status = 404;
      context.body = 'Not Found';
      return;
    }
    context.type = path.endsWith('.json') ? 'application/json' : 'text/javascript';
    context.body = readFileSync(`dist/${path}`, 'utf8');
    return;
  }
  const text = readFileSync('dist/prossima-directory.json', 'utf8');
  if (mode === 'missing') {
    context.status = 404;
    context.body = 'Not Found';
  } else if (mode === 'html') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Page not found</title><h1>This page does not exist</h1>';
  } else {
    context.type = 'application/json';
    if (mode === 'cut') context.body = text.slice(0, Math.floor(text.length / 2));
    else if (mode === 'rejected') context.body = JSON.stringify({ ...JSON.parse(text), services: [{ id: 'no-name' }, { name: 'no id' }] });
    else context.body = text;
  }
}
