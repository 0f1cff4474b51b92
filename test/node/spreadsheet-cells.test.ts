import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCell, writeCell, type CellKind, type CellRead } from '../../scripts/data/spreadsheet-cells.js';
import { columnLetter, headerFor, rowsToServices } from '../../scripts/data/spreadsheet.js';

type Kind = Exclude<CellKind, 'text'>;

describe('readCell', () => {
  const CASES: [Kind, string, CellRead][] = [
    ['number', '40,6664', { ok: true, value: 40.6664 }],
    ['number', '40.6664', { ok: true, value: 40.6664 }],
    ['number', '-0,5', { ok: true, value: -0.5 }],
    ['number', '16', { ok: true, value: 16 }],
    ['number', '40.66.1', { ok: false, message: '"40.66.1" is not a number; write it with one decimal comma or point, e.g. 40,6664' }],
    ['number', '1.234,5', { ok: false, message: '"1.234,5" is not a number; write it with one decimal comma or point, e.g. 40,6664' }],
    ['boolean', 'sì', { ok: true, value: true }],
    ['boolean', 'SI', { ok: true, value: true }],
    ['boolean', 'yes', { ok: true, value: true }],
    ['boolean', 'TRUE', { ok: true, value: true }],
    ['boolean', 'VERO', { ok: true, value: true }],
    ['boolean', 'x', { ok: true, value: true }],
    ['boolean', '1', { ok: true, value: true }],
    ['boolean', 'No', { ok: true, value: false }],
    ['boolean', 'false', { ok: true, value: false }],
    ['boolean', 'FALSO', { ok: true, value: false }],
    ['boolean', '0', { ok: true, value: false }],
    ['boolean', 'forse', { ok: false, message: '"forse" is not a yes or no; write sì or no, or leave the cell empty when it is not known' }],
    ['date', '2026-11-02', { ok: true, value: '2026-11-02' }],
    ['date', '2/11/2026', { ok: true, value: '2026-11-02' }],
    ['date', '02.11.2026', { ok: true, value: '2026-11-02' }],
    ['code', 'Temporarily-Closed', { ok: true, value: 'temporarily-closed' }],
    ['codes', 'IT, en | ar', { ok: true, value: ['it', 'en', 'ar'] }],
    ['list', '0835 3781 (centralino, 2009)|  333 1 ', { ok: true, value: ['0835 3781 (centralino, 2009)', '333 1'] }],
    ['list', ' | ', { ok: true, value: [] }],
    [
      'sources',
      'https://a.example/x (2024 (giugno)) | telefonata, 2026 | http://b.example/',
      { ok: true, value: [{ url: 'https://a.example/x', note: '2024 (giugno)' }, { note: 'telefonata, 2026' }, { url: 'http://b.example/' }] },
    ],
    ['hours', 'lun 9-13', { ok: true, value: [{ days: ['mo'], opens: '09:00', closes: '13:00' }] }],
    [
      'closures',
      '2026-08-10..2026-08-21 ferie [en: holidays]; 24/12/2026',
      { ok: true, value: [{ from: '2026-08-10', to: '2026-08-21', note: { it: 'ferie', en: 'holidays' } }, { from: '2026-12-24' }] },
    ],
    ['closures', ';', { ok: true, value: [] }],
    [
      'closures',
      '24/12',
      {
        ok: false,
        message: 'cannot read "24/12": a closure starts with its first day shut, written 2026-12-24 or 24/12/2026; write closures like "2026-08-10..2026-08-21 ferie estive; 2026-12-24"',
      },
    ],
    [
      'hours',
      'lun 9-13 su appuntamento',
      {
        ok: false,
        message: 'cannot read "lun 9-13 su appuntamento": "appuntamento" is not a day or a time; write days and times like "lun-ven 9-13, 15-18"; other remarks go in hours_note_it',
      },
    ],
  ];
  for (const [kind, cell, expected] of CASES) {
    it(`reads ${kind} ${JSON.stringify(cell)}`, () => {
      assert.deepEqual(readCell(kind, cell), expected);
    });
  }
});

describe('writeCell', () => {
  it('writes numbers with the decimal mark asked for, booleans as sì/no, lists with |', () => {
    assert.equal(writeCell('number', 40.6664, ','), '40,6664');
    assert.equal(writeCell('number', 40.6664, '.'), '40.6664');
    assert.equal(writeCell('boolean', true, ','), 'sì');
    assert.equal(writeCell('boolean', false, ','), 'no');
    assert.equal(writeCell('boolean', undefined, ','), '');
    assert.equal(writeCell('list', ['a', 'b'], ','), 'a | b');
    assert.equal(writeCell('sources', [{ url: 'https://a.example/', note: '2024' }, { note: 'telefonata' }], ','), 'https://a.example/ (2024) | telefonata');
    const closures = [{ from: '2026-08-10', to: '2026-08-21', note: { it: 'ferie', en: 'holidays' } }, { from: '2026-12-24', to: '2026-12-24' }];
    assert.equal(writeCell('closures', closures, ','), '2026-08-10..2026-08-21 ferie [en: holidays]; 2026-12-24');
  });
});

describe('rowsToServices', () => {
  const header = headerFor(['it', 'en']);
  const row = (cells: Record<string, string>): string[] => header.map((column) => cells[column] ?? '');

  it('reads a text with only Italian as a plain string, and several languages as an object', () => {
    const read = rowsToServices(
      [
        header,
        row({ id: 'a', name_it: 'Uno', description_it: 'Descrizione', description_en: 'Description' }),
        [''],
        row({ id: 'b', name_en: 'Two only in English' }),
      ],
      ['it', 'en'],
    );
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.services, [
      { id: 'a', name: 'Uno', description: { it: 'Descrizione', en: 'Description' } },
      { id: 'b', name: { en: 'Two only in English' } },
    ]);
    assert.deepEqual(
      read.rows.map((entry) => entry.row),
      [2, 4],
    );
  });

  it('accepts a new language, added as a column for every text', () => {
    const withFrench = headerFor(['it', 'en', 'fr']);
    const cells = withFrench.map((column) => ({ id: 'a', name_it: 'Uno', name_fr: 'Un' })[column] ?? '');
    const read = rowsToServices([withFrench, cells], ['it', 'en']);
    assert.deepEqual(read.services, [{ id: 'a', name: { it: 'Uno', fr: 'Un' } }]);
  });

  it('finds the columns by name, in any order and case', () => {
    const shuffled = [...header].reverse().map((column) => column.toUpperCase());
    const cells = [...header].reverse().map((column) => ({ id: 'a', lat: '40,5' })[column] ?? '');
    assert.deepEqual(rowsToServices([shuffled, cells], ['it', 'en']).services, [{ id: 'a', lat: 40.5 }]);
  });

  it('names a column that appears twice', () => {
    const read = rowsToServices([[...header, 'phone']], ['it', 'en']);
    assert.deepEqual(read.problems, [
      { row: 1, column: 'phone', message: `the column appears twice in row 1 (columns K and ${columnLetter(header.length)}); keep one of them` },
    ]);
  });
});

describe('columnLetter', () => {
  it('names columns as spreadsheets do', () => {
    assert.deepEqual([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter), ['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
