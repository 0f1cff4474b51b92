import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readClosures } from '../../src/data/compound-fields.js';
import { closuresCellProblem, formatClosuresText, parseClosuresText, type RawClosure } from '../../scripts/data/closures-text.js';

const HINT = 'write closures like "2026-08-10..2026-08-21 ferie estive; 2026-12-24"';
const BRACKETS = 'square brackets hold the note in another language, like [en: summer holidays], at the end of the note; write other remarks in round brackets ( )';

describe('parseClosuresText', () => {
  const READ: [string, RawClosure[]][] = [
    ['', []],
    [' ; \n ', []],
    ['2026-12-24', [{ from: '2026-12-24' }]],
    ['24/12/2026', [{ from: '2026-12-24' }]],
    ['2026-08-10..2026-08-21 ferie estive', [{ from: '2026-08-10', to: '2026-08-21', note: 'ferie estive' }]],
    ['2026-08-10 .. 2026-08-21', [{ from: '2026-08-10', to: '2026-08-21' }]],
    ['10/08/2026 - 21/08/2026 ferie', [{ from: '2026-08-10', to: '2026-08-21', note: 'ferie' }]],
    ['1.8.2026–3.8.2026', [{ from: '2026-08-01', to: '2026-08-03' }]],
    ['2026-08-10-2026-08-21', [{ from: '2026-08-10', to: '2026-08-21' }]],
    ['2026-12-24..2026-12-24', [{ from: '2026-12-24' }]],
    ['2026-12-24: chiuso', [{ from: '2026-12-24', note: 'chiuso' }]],
    ['2026-12-24 - chiuso (sciopero, 2 ore)', [{ from: '2026-12-24', note: 'chiuso (sciopero, 2 ore)' }]],
    ['2026-11-02 2 novembre, assemblea', [{ from: '2026-11-02', note: '2 novembre, assemblea' }]],
    [
      '2026-08-10..2026-08-21 ferie estive [en: summer holidays] [FR: vacances]',
      [{ from: '2026-08-10', to: '2026-08-21', note: { it: 'ferie estive', en: 'summer holidays', fr: 'vacances' } }],
    ],
    ['2027-01-07 [en: stocktaking]', [{ from: '2027-01-07', note: { en: 'stocktaking' } }]],
    ['2027-01-07 [it: inventario]', [{ from: '2027-01-07', note: 'inventario' }]],
    ['2027-01-07 inventario [en: ]', [{ from: '2027-01-07', note: 'inventario' }]],
    [
      '2026-08-10..2026-08-21 ferie estive; 24/12/2026\n2027-01-07 inventario;',
      [{ from: '2026-08-10', to: '2026-08-21', note: 'ferie estive' }, { from: '2026-12-24' }, { from: '2027-01-07', note: 'inventario' }],
    ],
  ];
  for (const [text, closures] of READ) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.deepEqual(parseClosuresText(text), { ok: true, closures });
    });
  }

  const REFUSED: [string, string][] = [
    ['24 dicembre', `cannot read "24 dicembre": a closure starts with its first day shut, written 2026-12-24 or 24/12/2026; ${HINT}`],
    ['2026-08-10 ferie; dal 24 dicembre', `cannot read "dal 24 dicembre": a closure starts with its first day shut, written 2026-12-24 or 24/12/2026; ${HINT}`],
    ['2026-8-10', `cannot read "2026-8-10": a closure starts with its first day shut, written 2026-12-24 or 24/12/2026; ${HINT}`],
    ['2026-02-30', '"2026-02-30" is not a real date; write it like 2026-08-10 or 10/08/2026'],
    ['2026-08-10..31/09/2026', '"31/09/2026" is not a real date; write it like 2026-08-10 or 10/08/2026'],
    [
      '21/08/2026..10/08/2026 ferie',
      'cannot read "21/08/2026..10/08/2026 ferie": the last day shut (10/08/2026) is before the first (21/08/2026); write the first day, then the last: 10/08/2026..21/08/2026',
    ],
    ['2026-08-10.. ferie', 'cannot read "2026-08-10.. ferie": after ".." write the last day shut, e.g. "2026-08-10..2026-08-21"'],
    ['2026-08-10ferie', 'cannot read "2026-08-10ferie": put a space between the dates and the note, e.g. "2026-08-10 ferie"'],
    ['2026-08-10 ferie [vedi sito]', `cannot read "2026-08-10 ferie [vedi sito]": "[vedi sito]": ${BRACKETS}`],
    ['2026-08-10 ferie] estive', `cannot read "2026-08-10 ferie] estive": a "]" without its "["; ${BRACKETS}`],
    ['2026-08-10 ferie [en: a] [EN: b]', 'cannot read "2026-08-10 ferie [en: a] [EN: b]": the note in "en" is written twice; keep one'],
    ['2026-08-10 ferie [it: b]', 'cannot read "2026-08-10 ferie [it: b]": the note in "it" is written twice; keep one'],
    [
      '2026-08-10 ferie [en: holidays] estive',
      'cannot read "2026-08-10 ferie [en: holidays] estive": "estive" comes after the note in another language; write the Italian note first, then the other languages at the end, e.g. "ferie estive [en: summer holidays]"',
    ],
  ];
  for (const [text, message] of REFUSED) {
    it(`refuses ${JSON.stringify(text)}, saying how to write it`, () => {
      assert.deepEqual(parseClosuresText(text), { ok: false, message });
    });
  }

  it('reads back what it writes, for every closure it reads', () => {
    for (const [text] of READ) {
      const read = parseClosuresText(text);
      assert.ok(read.ok);
      const closures = readClosures(read.closures, 'closures');
      const again = parseClosuresText(formatClosuresText(closures));
      assert.ok(again.ok);
      assert.deepEqual(readClosures(again.closures, 'closures'), closures, text);
    }
  });
});

describe('formatClosuresText', () => {
  it('writes ISO dates, .. for a span, the Italian note, then the others in brackets, closures separated by "; "', () => {
    const closures = readClosures(
      [
        { from: '2026-08-10', to: '2026-08-21', note: { en: 'summer holidays', it: 'ferie estive' } },
        { from: '2026-12-24', to: '2026-12-24' },
        { from: '2027-01-07', note: { en: 'stocktaking' } },
      ],
      'closures',
    );
    assert.equal(formatClosuresText(closures), '2026-08-10..2026-08-21 ferie estive [en: summer holidays]; 2026-12-24; 2027-01-07 [en: stocktaking]');
    assert.equal(formatClosuresText([]), '');
  });
});

describe('closuresCellProblem', () => {
  const CASES: [unknown, string | undefined][] = [
    [{ from: '2026-08-10', to: '2026-08-21', note: { it: 'ferie (estive), poi', en: 'holidays' } }, undefined],
    [
      { from: '2026-08-10', note: 'chiuso; riapre il 3' },
      'closures[0].note "chiuso; riapre il 3" holds a ";", which the spreadsheet\'s closures column keeps for separating closures (; and line breaks) and for other languages ([en: …]); write the note without it (a comma, round brackets), then export again',
    ],
    [
      { from: '2026-08-10', note: { it: 'chiuso', en: 'closed\nall day' } },
      'closures[0].note "closed\\nall day" holds a line break, which the spreadsheet\'s closures column keeps for separating closures (; and line breaks) and for other languages ([en: …]); write the note without it (a comma, round brackets), then export again',
    ],
    [
      { from: '2026-08-10', note: 'chiuso [vedi sito]' },
      'closures[0].note "chiuso [vedi sito]" holds square brackets, which the spreadsheet\'s closures column keeps for separating closures (; and line breaks) and for other languages ([en: …]); write the note without it (a comma, round brackets), then export again',
    ],
    [
      { from: '2026-08-10', note: ': chiuso' },
      "closures[0].note cannot be written in the spreadsheet's closures column and read back the same; start the note with a word, then export again",
    ],
  ];
  for (const [closure, expected] of CASES) {
    it(`${expected === undefined ? 'accepts' : 'refuses'} ${JSON.stringify(closure)}`, () => {
      assert.equal(closuresCellProblem(readClosures([closure], 'closures')), expected);
    });
  }
});
