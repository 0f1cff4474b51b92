// parseDirectory: how a directory document received as text (from `src`, the built-in file
// beside the script, or a saved copy) becomes a directory or a failure; readResponse: how a
// response's body is read (whole when its size is known and small, else as it streams in).
import { expect } from '@open-wc/testing';
import { parseDirectory, readFetchedAsync, readResponse } from '../../src/data/load.js';
import { streamBody, TooBigBodyError } from '../../src/data/read-body.js';

const URL = 'https://example.org/prossima-directory.json';
const categories = [{ id: 'health', name: 'Salute', color: '#1b6e45', icon: 'health' }];
const service = { id: 'asl', name: 'ASL', category: 'health', municipality: 'Matera', lat: 40.66, lon: 16.6 };
const doc = (services: unknown[]) => JSON.stringify({ version: 1, categories, services });

describe('parseDirectory', () => {
  const deep = doc([service, { ...service, id: 'deep', x: 0 }]).replace('"x":0', `"x":${'['.repeat(200_000)}${']'.repeat(200_000)}`);
  const cases: [string, string, { ok: boolean; services?: number; rejected?: number; reason?: string; message?: RegExp }][] = [
    ['a valid document', doc([service]), { ok: true, services: 1, rejected: 0 }],
    ['no services at all: an empty directory', doc([]), { ok: true, services: 0, rejected: 0 }],
    ['some services invalid: the others shown', doc([service, { id: 'x' }]), { ok: true, services: 1, rejected: 1 }],
    ['every service invalid: refused, as a broken file', doc([{ id: 'x' }, { name: 'y' }]), { ok: false, reason: 'invalid', message: /none of its 2 services is valid \(services\[0\]: / }],
    ['an HTML page', '<!doctype html><h1>Not here</h1>', { ok: false, reason: 'not-json' }],
    ['a cut file', doc([service]).slice(0, 60), { ok: false, reason: 'not-json' }],
    // 200,000 levels: JSON.parse alone takes a tenth of a second and megabytes on them.
    ['a service nested 200,000 deep: refused before it is parsed, naming the limit and where', deep, { ok: false, reason: 'invalid', message: new RegExp(`nested more than 64 deep \\(at character ${deep.indexOf('[[') + 62}\\); a directory needs 6 levels`) }],
    ['brackets inside texts are not nesting', doc([{ ...service, description: '['.repeat(1000) + '\\"{'.repeat(100) }]), { ok: true, services: 1, rejected: 0 }],
    ['64 levels pass', doc([{ ...service, x: JSON.parse('['.repeat(61) + ']'.repeat(61)) }]), { ok: true, services: 1, rejected: 0 }],
    ['65 levels do not', doc([{ ...service, x: JSON.parse('['.repeat(62) + ']'.repeat(62)) }]), { ok: false, reason: 'invalid', message: /nested more than 64 deep/ }],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const result = parseDirectory(text, URL);
      expect(result.ok).to.equal(expected.ok);
      if (result.ok) {
        expect(result.directory.services).to.have.length(expected.services!);
        expect(result.rejected).to.have.length(expected.rejected!);
      } else {
        expect(result.reason).to.equal(expected.reason);
        expect(result.message.startsWith(URL)).to.equal(true);
        if (expected.message) expect(result.message).to.match(expected.message);
      }
    });
  }
});

describe('readResponse', () => {
  const signal = new AbortController().signal;
  const text = doc([service, { id: 'x' }]);

  /** A body with no Content-Length (as a server compressing on the fly sends it), in two pieces. */
  const unsized = (body: string) => {
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 40));
        controller.enqueue(bytes.slice(40));
        controller.close();
      },
    });
    return new Response(stream);
  };

  it('a small body is read whole and parsed by the JSON parser, whether or not its size is given', async () => {
    const sized = await readResponse(new Response(text, { headers: { 'content-length': String(text.length) } }), URL, signal);
    expect(sized.ok && 'text' in sized, 'known size: read whole').to.equal(true);
    const unknown = await readResponse(unsized(text), URL, signal);
    expect(unknown.ok && 'text' in unknown && unknown.text, 'no size given: held whole').to.equal(text);
  });

  it('a big body of unknown size is parsed as it arrives: the same result as parsing its text', async () => {
    // Over the 4 MB held whole.
    const big = doc(Array.from({ length: 5000 }, (_, i) => (i === 7 ? { id: 'x' } : { ...service, id: `asl-${i}`, description: { it: 'x'.repeat(900) } })));
    expect(big.length).to.be.above(4 * 1024 * 1024);
    const streamed = await readResponse(unsized(big), URL, signal);
    expect(streamed.ok && 'parser' in streamed, 'parsed as it streams').to.equal(true);
    if (!streamed.ok) return;
    const a = parseDirectory(big, URL);
    const b = await readFetchedAsync(streamed, URL);
    expect(a.ok && b.ok).to.equal(true);
    if (a.ok && b.ok) {
      expect(b.directory.services).to.have.length(4999);
      expect(a.directory.services.map((s) => s.id)).to.deep.equal(b.directory.services.map((s) => s.id));
      expect(a.rejected.map((r) => r.index)).to.deep.equal(b.rejected.map((r) => r.index));
    }
  });

  it('a body nested too deep is refused as it arrives: not parsed, not read to its end', async () => {
    // `[` without end, 64 KB a piece: the streaming parser meets the limit in the first piece it scans.
    const piece = new TextEncoder().encode('['.repeat(64 * 1024));
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"version":1,"categories":[],"services":['));
      },
      pull(controller) {
        pulls++;
        controller.enqueue(piece);
      },
    });
    const result = await readResponse(new Response(endless), URL, signal);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.reason).to.equal('invalid');
      expect(result.message).to.match(/nested more than 64 deep \(at character 104\)/);
    }
    // The first 4 MB are held whole (see load.ts), then the parser stops the download.
    expect(pulls, 'pieces read').to.be.below(80);
  });

  it('a cut body of known size is not JSON', async () => {
    const cut = text.slice(0, 60);
    const fetched = await readResponse(new Response(cut, { headers: { 'content-length': String(cut.length) } }), URL, signal);
    expect(fetched.ok).to.equal(true);
    if (fetched.ok) expect((await readFetchedAsync(fetched, URL)).ok).to.equal(false);
  });
});

describe('streamBody: a gzip that expands a thousand times', () => {
  it('gives the page a turn every few megabytes decoded, and stops at the limit (issue 17, point 2)', async () => {
    // 100,000,010 spaces in 97 KB of gzip: fetched whole from the test server in one or two
    // pieces, each of which the decompressor would expand at once to tens of megabytes.
    const response = await fetch('/test-server/huge.json.gz');
    let turns = 0;
    let running = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      turns++;
      if (running) channel.port2.postMessage(undefined);
    };
    channel.port2.postMessage(undefined);
    let lastTurn = -1;
    let sinceTurn = 0;
    let most = 0;
    const error = await streamBody(response, (piece) => {
      if (turns !== lastTurn) {
        lastTurn = turns;
        sinceTurn = 0;
      }
      sinceTurn += piece.length;
      most = Math.max(most, sinceTurn);
    }).catch((e: unknown) => e);
    running = false;
    channel.port1.close();
    expect(error).to.be.instanceOf(TooBigBodyError);
    // 4 MB between pauses, plus at most one slice's 2 MB.
    expect(most, 'characters decoded without the page getting a turn').to.be.at.most(6.5 * 1024 * 1024);
  });
});

