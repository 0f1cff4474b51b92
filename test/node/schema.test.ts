// data/directory.schema.json and the widget's validator must agree: a directory the validator
// accepts whole passes the schema, and the schema refuses what the validator rejects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateDirectory } from '../../src/data/validate.js';
import { NEEDS } from '../../src/data/needs.js';
import { PROJECT_ROOT } from '../../scripts/data/io.js';

const read = (path: string): unknown => JSON.parse(readFileSync(resolve(PROJECT_ROOT, path), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaValid = ajv.compile(read('data/directory.schema.json') as object);

describe('data/directory.schema.json', () => {
  for (const path of ['data/matera.json', 'test/fixtures/small.json', 'test/fixtures/hostile.json', 'test/fixtures/data/check-valid.json']) {
    it(`accepts ${path}, which the validator accepts whole`, () => {
      const result = validateDirectory(read(path));
      assert.equal(result.ok && result.rejected.length, 0);
      assert.equal(schemaValid(read(path)), true, JSON.stringify(schemaValid.errors?.slice(0, 3)));
    });
  }

  for (const path of ['test/fixtures/half-invalid.json', 'test/fixtures/data/check-errors.json']) {
    it(`refuses ${path}, where the validator rejects entries`, () => {
      const result = validateDirectory(read(path));
      assert.ok(!result.ok || result.rejected.length > 0);
      assert.equal(schemaValid(read(path)), false);
    });
  }

  it('lists the same need ids as src/data/needs.ts', () => {
    const schema = read('data/directory.schema.json') as { $defs: { need: { enum: string[] } } };
    assert.deepEqual(schema.$defs.need.enum, NEEDS.map((need) => need.id));
  });

  it('refuses a document of another version', () => {
    assert.equal(schemaValid({ version: 2, categories: [], services: [] }), false);
  });

  const service = { id: 'x', name: 'X', category: 'health', lat: 40.6, lon: 16.6 };
  const cases: Array<[string, object, boolean]> = [
    ['a minimal service', {}, true],
    ['every new field', {
      status: 'temporarily-closed', statusNote: { it: 'Lavori' }, free: true, appointment: 'walk-in',
      documents: 'Passaporto', noDocuments: false, audience: ['women', 'minors'], audienceNote: 'x',
      accessibility: ['step-free'], accessibilityNote: 'x', languages: ['it', 'ar'], languagesNote: 'x',
      verified: '2026-11-20', sources: [{ url: 'https://example.org', note: '2026' }, 'telefonata'],
      confidence: 'high', coordinatePrecision: 'address', hours: [{ days: ['mo'], opens: '09:00', closes: '13:00' }],
    }, true],
    ['an unknown status', { status: 'open' }, false],
    ['free in quotes', { free: 'yes' }, false],
    ['an unknown audience', { audience: ['men'] }, false],
    ['needs and handles', { handles: ['residence-permit'], needs: ['legal-help', 'interpreter'] }, true],
    ['an unknown need', { needs: ['permesso'] }, false],
    ['needs as text', { needs: 'food' }, false],
    ['a time without minutes', { hours: [{ days: ['mo'], opens: '9', closes: '13:00' }] }, false],
    ['lat in quotes', { lat: '40.6' }, false],
    ['an id with spaces', { id: 'Questura Matera' }, false],
  ];
  for (const [name, extra, valid] of cases) {
    it(`${valid ? 'accepts' : 'refuses'} ${name}`, () => {
      const doc = { version: 1, categories: [{ id: 'health', name: 'Salute' }], services: [{ ...service, ...extra }] };
      assert.equal(schemaValid(doc), valid, JSON.stringify(schemaValid.errors?.slice(0, 2)));
    });
  }
});
