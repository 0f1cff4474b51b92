import { expect } from '@open-wc/testing';
import { JsonStreamParser, parseJsonSteps } from '../../src/data/parse-json.js';
import { runSteps } from '../../src/lib/chunked.js';
import { parseDirectory, parseDirectoryAsync } from '../../src/data/load.js';
import { seededRandom } from '../random.js';
import { MAX_ENTRY_CHARS, OversizedEntry } from '../../src/data/oversized.js';

/** A directory document big enough (over 256 KB) to be parsed in steps. */
function bigDocument(count = 1200, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const services = Array.from({ length: count }, (_, i) => ({
    id: `s-${i}`,
    name: { it: `Servizio "${i}" \\ con \\"virgolette\\" e [parentesi] {graffe}, virgole`, ar: 'خدمة' },
    category: i % 2 ? 'health' : 'work',
    lat: 40.6 + i / 1e4,
    lon: 16.6,
    tags: ['a', 'b', `\u2028${i}`],
    nested: { services: [1, 2, { services: 'no' }] },
  }));
  return { version: 1, updated: '2026-11-26', categories: [{ id: 'health', name: 'Salute', services: [] }, { id: 'work', name: 'Lavoro' }], services, ...extra };
}

/** [result, number of pauses] */
function parse(text: string): [unknown, number] {
  const steps = parseJsonSteps(text);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return [step.value, pauses];
    pauses++;
  }
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return String(error);
  }
  return 'no error';
}

describe('parseJsonSteps: JSON.parse in steps for big directories', () => {
  it('gives what JSON.parse gives, a slice at a time, whatever the spacing', () => {
    const document = bigDocument();
    for (const text of [JSON.stringify(document), JSON.stringify(document, null, 2), JSON.stringify(document, null, '\t').replace(/\n/g, '\r\n')]) {
      expect(text.length).to.be.above(256 * 1024);
      const [value, pauses] = parse(text);
      expect(value).to.deep.equal(JSON.parse(text));
      expect(pauses, 'a pause every 64 K characters').to.equal(Math.ceil(text.length / 65536));
    }
  });

  it('finds the top-level "services" wherever it is, not one nested in an entry', () => {
    const { services, ...rest } = bigDocument();
    const first = JSON.stringify({ services, ...rest });
    expect(parse(first)[0]).to.deep.equal(JSON.parse(first));
    const keyInString = JSON.stringify({ note: 'a "services": [ in a string', ...rest, services });
    expect(parse(keyInString)[0]).to.deep.equal(JSON.parse(keyInString));
  });

  it('gives JSON.parse the last word on documents it does not expect', () => {
    const document = bigDocument();
    const text = JSON.stringify(document);
    const cases = {
      'a second "services" list': text.slice(0, -1) + ',"services":[]}',
      'a second "services" that is not a list': text.slice(0, -1) + ',"services":{"a":1}}',
      'services is not a list': JSON.stringify({ ...document, services: { many: document.services } }),
      'a list at the top': JSON.stringify(document.services),
      'no services at all': JSON.stringify({ ...document, services: undefined, other: document.services }),
      'an empty services list': JSON.stringify({ ...document, services: [], padding: 'x'.repeat(300_000) }),
    };
    for (const [what, input] of Object.entries(cases)) {
      expect(parse(input)[0], what).to.deep.equal(JSON.parse(input));
    }
  });

  it('throws the error JSON.parse throws for broken JSON', () => {
    const text = JSON.stringify(bigDocument());
    const middle = text.indexOf('"s-600"');
    const broken = {
      'a trailing comma in the list': text.replace(/\]\}$/, ',]}'),
      'a missing comma between services': text.slice(0, middle - 7) + text.slice(middle - 6),
      'cut short': text.slice(0, middle),
      'an unterminated string': text.slice(0, middle + 3),
      'an entry that is not JSON': text.replace('"lat":40.6,', '"lat":40,6,'),
      'a stray character after the document': `${text}x`,
    };
    for (const [what, input] of Object.entries(broken)) {
      expect(errorOf(() => parse(input)), what).to.equal(errorOf(() => JSON.parse(input)));
      expect(errorOf(() => JSON.parse(input)), what).to.not.equal('no error');
    }
  });
});

describe('JsonStreamParser: JSON given in pieces, as it downloads', () => {
  /** Parses `text` cut into pieces of 1 to `most` characters (seeded). */
  function inPieces(text: string, most: number, seed: number): unknown {
    const parser = new JsonStreamParser();
    const random = seededRandom(seed);
    for (let at = 0; at < text.length; ) {
      const size = 1 + Math.floor(random() * most);
      parser.push(text.slice(at, at + size));
      at += size;
    }
    return parser.finish();
  }

  it('gives what JSON.parse gives wherever the pieces are cut (inside strings, escapes, numbers)', () => {
    const text = JSON.stringify(bigDocument(300), null, 1);
    for (const [most, seed] of [[1, 1], [7, 2], [100, 3], [5000, 4], [70000, 5]]) {
      expect(inPieces(text, most, seed), `pieces of up to ${most}`).to.deep.equal(JSON.parse(text));
    }
  });

  it('throws what JSON.parse throws, cut anywhere', () => {
    const text = JSON.stringify(bigDocument(300));
    const middle = text.indexOf('"s-150"');
    for (const broken of [text.replace(/\]\}$/, ',]}'), text.slice(0, middle), `${text}]`, text.replace('"s-150"', '"s-150" 1'), text.replace('}]', '}}]')]) {
      for (const most of [3, 1000]) {
        expect(errorOf(() => inPieces(broken, most, 9))).to.equal(errorOf(() => JSON.parse(broken)));
      }
    }
  });

  it('an empty document throws as JSON.parse does', () => {
    expect(errorOf(() => new JsonStreamParser().finish())).to.equal(errorOf(() => JSON.parse('')));
  });
});

describe('JsonStreamParser: an entry too long to parse', () => {
  /** Parses `text` in pieces of `size`. */
  const inPiecesOf = (text: string, size: number) => {
    const parser = new JsonStreamParser();
    for (let at = 0; at < text.length; at += size) parser.push(text.slice(at, at + size));
    return parser.finish() as { services: unknown[] };
  };
  // Past the limit by more than a piece: the parser looks at an entry's length when a piece ends.
  const long = (id: string) => ({ id, name: 'x', description: 'd'.repeat(MAX_ENTRY_CHARS + 100_000), list: [1, [2, '],']] });

  for (const where of ['first', 'middle', 'last', 'alone'] as const) {
    it(`is given as an OversizedEntry of its length, the others as JSON.parse gives them (${where})`, () => {
      const others = bigDocument(20).services as unknown[];
      const services = where === 'first' ? [long('big'), ...others] : where === 'middle' ? [...others.slice(0, 10), long('big'), ...others.slice(10)] : where === 'last' ? [...others, long('big')] : [long('big')];
      const text = JSON.stringify({ ...bigDocument(0), services }, null, where === 'middle' ? 1 : undefined);
      const expected = JSON.parse(text) as { services: unknown[] };
      for (const size of [1000, 64 * 1024]) {
        const result = inPiecesOf(text, size);
        const at = services.findIndex((s) => (s as { id: string }).id === 'big');
        const entry = result.services[at];
        expect(entry, `pieces of ${size}`).to.be.instanceOf(OversizedEntry);
        // Its characters from after the comma (or `[`) before it to its end.
        const compact = JSON.stringify(expected.services[at]).length;
        expect((entry as OversizedEntry).chars).to.be.within(compact, compact + 200);
        expect(result.services.filter((_, i) => i !== at)).to.deep.equal(expected.services.filter((_, i) => i !== at));
      }
    });
  }

  it('an entry just under the limit is parsed', () => {
    const entry = { id: 'under', description: 'd'.repeat(MAX_ENTRY_CHARS - 100) };
    const text = JSON.stringify({ version: 1, categories: [], services: [entry] });
    expect(inPiecesOf(text, 4096).services).to.deep.equal([entry]);
  });

  it('the validator rejects it, naming the limit; the other services stay', async () => {
    const others = bigDocument(400).services as unknown[];
    const text = JSON.stringify({ ...bigDocument(0), services: [...others.slice(0, 5), long('big'), ...others.slice(5)] });
    const result = await parseDirectoryAsync(text, 'long.json');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.directory.services).to.have.length(400);
    const chars = JSON.stringify(long('big')).length;
    expect(result.rejected.map((r) => [r.index, r.code, r.message])).to.deep.equal([[5, 'bad-value', `this service is ${chars.toLocaleString('en')} characters of JSON, more than the 1,000,000 one may have; shorten its texts`]]);
  });
});

describe('parseDirectoryAsync', () => {
  it('reads a big document as parseDirectory does', async () => {
    const text = JSON.stringify(bigDocument(3000));
    const result = await parseDirectoryAsync(text, 'big.json', { yieldEvery: 1 });
    expect(result).to.deep.equal(parseDirectory(text, 'big.json'));
    expect(result.ok && result.directory.services.length).to.equal(3000);
  });

  it('names the file when it is not JSON', async () => {
    const text = JSON.stringify(bigDocument(3000));
    expect(text.length).to.be.above(600_000);
    const result = await parseDirectoryAsync(text.slice(0, 500_000), 'cut.json');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.reason).to.equal('not-json');
    expect(!result.ok && result.message).to.match(/^cut\.json is not valid JSON: SyntaxError/);
  });

  it('runSteps gives the same value in one go', () => {
    const text = JSON.stringify(bigDocument(1000));
    expect(runSteps(parseJsonSteps(text))).to.deep.equal(JSON.parse(text));
  });
});
