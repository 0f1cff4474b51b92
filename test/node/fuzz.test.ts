// Fuzz tests (issue 17): thousands of generated inputs through the validator, the streaming JSON
// reader and the spreadsheet format; none may throw (but as documented), hang, or lose data.
// fast-check generates the inputs and shrinks a failure to its smallest case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateDirectory } from '../../src/data/validate.js';
import { JsonStreamParser } from '../../src/data/parse-json.js';
import { decodeCsvBytes, formatCsv, parseCsv, unsafeCell } from '../../scripts/data/csv.js';

/** A service-like object: the right fields with values of any kind, some missing, some extra. */
const serviceLike = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,4})?$/), fc.anything()),
    name: fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('it', 'en', 'ar', '__proto__', 'constructor'), fc.string()), fc.anything()),
    category: fc.oneof(fc.constantFrom('health', 'work', 'nope'), fc.anything()),
    lat: fc.oneof(fc.double({ min: -100, max: 100 }), fc.anything()),
    lon: fc.oneof(fc.double({ min: -200, max: 200 }), fc.anything()),
    phone: fc.oneof(fc.array(fc.string()), fc.string(), fc.anything()),
    hours: fc.oneof(fc.array(fc.record({ days: fc.array(fc.constantFrom('mo', 'tu', 'xx')), opens: fc.string(), closes: fc.string() })), fc.anything()),
    factSources: fc.anything(),
    summary: fc.anything(),
  },
  { requiredKeys: [] },
);

const documentLike = fc.oneof(
  fc.anything(),
  fc.record({
    version: fc.oneof(fc.constant(1), fc.anything()),
    categories: fc.oneof(fc.constant([{ id: 'health', name: 'Salute' }, { id: 'work', name: 'Lavoro' }]), fc.anything()),
    services: fc.oneof(fc.array(fc.oneof(serviceLike, fc.anything()), { maxLength: 30 }), fc.anything()),
  }),
);

describe('fuzz: the directory validator', () => {
  it('never throws; every service is either kept or rejected with a reason', () => {
    fc.assert(
      fc.property(documentLike, (raw) => {
        const result = validateDirectory(raw);
        if (!result.ok) return assert.equal(typeof result.message, 'string');
        const services = (raw as { services?: unknown }).services;
        const count = Array.isArray(services) ? services.length : 0;
        const rejected = result.rejected.filter((r) => r.kind === 'service').length;
        assert.equal(result.directory.services.length + rejected, count);
        for (const r of result.rejected) assert.ok(r.message.length > 0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('fuzz: the streaming JSON reader', () => {
  it('gives what JSON.parse gives, for any JSON cut into any pieces', () => {
    const json = fc.oneof(
      fc.json(),
      fc.record({ version: fc.constant(1), categories: fc.array(fc.jsonValue(), { maxLength: 3 }), services: fc.array(fc.jsonValue(), { maxLength: 20 }) }).map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(json, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const parser = new JsonStreamParser();
        const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        let from = 0;
        for (const cut of [...at, text.length]) {
          parser.push(text.slice(from, cut));
          from = cut;
        }
        assert.deepEqual(parser.finish(), JSON.parse(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('throws a SyntaxError, as JSON.parse does, for broken JSON', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (text, cut) => {
        const broken = text.slice(0, cut % Math.max(1, text.length)) + (text.length > 1 ? '' : '{');
        let expected: unknown;
        try {
          expected = JSON.parse(broken);
        } catch {
          expected = SyntaxError;
        }
        const parser = new JsonStreamParser();
        parser.push(broken);
        if (expected === SyntaxError) assert.throws(() => parser.finish(), SyntaxError);
        else assert.deepEqual(parser.finish(), expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('fuzz: the spreadsheet format', () => {
  it('any cells survive the round trip (formulas made harmless and given back); any bytes are decoded or refused, never thrown', () => {
    const cell = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('=1+1', '@SUM(A1)', '+39 333', '-2+3', '\t=x', '"', ';', '\r\n', "'=1"));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const read = parseCsv(formatCsv(rows, { bom: false }), ';');
        assert.ok(read.ok, read.ok ? '' : read.message);
        // A cell the user wrote with its own ' before a formula character comes back without it (documented).
        const expected = rows.map((row) => row.map(unsafeCell).map((text) => text.replace(/\r\n?/g, '\n')));
        const got = read.rows.map((row) => row.map(unsafeCell).map((text) => text.replace(/\r\n?/g, '\n')));
        // A row of one empty cell reads as an empty row; trailing blank rows are dropped.
        assert.deepEqual(got.filter((row) => row.some((text) => text !== '')), expected.filter((row) => row.some((text) => text !== '')));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const decoded = decodeCsvBytes(bytes);
        assert.equal(typeof (decoded.ok ? decoded.text : decoded.message), 'string');
      }),
      { numRuns: 3000 },
    );
  });
});
