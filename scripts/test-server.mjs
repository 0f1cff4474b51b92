// A directory server for the browser tests, with a switch the tests flip through plain requests:
//   GET /test-server/mode?to=ok|fail|hold   how /test-server/directory.json answers from now on
//   GET /test-server/release                answers the requests held by "hold"
//   GET /test-server/directory.json         test/fixtures/small.json, HTTP 503, or held
// Real network requests on the test runner's own server; no stubbed fetch.
import { readFileSync } from 'node:fs';

export function testServer() {
  let mode = 'ok';
  let held = [];
  return async (context, next) => {
    if (context.path === '/test-server/mode') {
      mode = context.query.to ?? 'ok';
      context.body = mode;
      return;
    }
    if (context.path === '/test-server/release') {
      for (const release of held.splice(0)) release();
      context.body = 'released';
      return;
    }
    if (context.path !== '/test-server/directory.json') return next();
    if (mode === 'fail') {
      context.status = 503;
      context.body = 'Service Unavailable';
      return;
    }
    if (mode === 'hold') await new Promise((resolve) => held.push(resolve));
    context.type = 'application/json';
    context.body = readFileSync('test/fixtures/small.json', 'utf8');
  };
}
