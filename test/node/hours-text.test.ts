import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatHoursText, normalizeHours, parseHoursText } from '../../scripts/data/hours-text.js';
import type { OpeningHours, Weekday } from '../../src/data/types.js';

const WEEK: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];
const ALL: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const slot = (days: Weekday[], opens: string, closes: string): OpeningHours => ({ days, opens, closes });

/** Text as typed -> the hours read (in normal form). */
const GOOD: [string, OpeningHours[]][] = [
  ['', []],
  ['   ', []],
  ['lun-ven 9-13, 15-18', [slot(WEEK, '09:00', '13:00'), slot(WEEK, '15:00', '18:00')]],
  ['Mo-Fr 09:00-13:00,15:00-18:00', [slot(WEEK, '09:00', '13:00'), slot(WEEK, '15:00', '18:00')]],
  ['lun, mer, ven 15:00-20:00; sab 8:30-13:30', [slot(['mo', 'we', 'fr'], '15:00', '20:00'), slot(['sa'], '08:30', '13:30')]],
  ['lunedì 9.30-12.30', [slot(['mo'], '09:30', '12:30')]],
  ['Lunedi 9.30-12.30', [slot(['mo'], '09:30', '12:30')]],
  ["lunedi' 9-12", [slot(['mo'], '09:00', '12:00')]],
  ['mar e gio 10-12', [slot(['tu', 'th'], '10:00', '12:00')]],
  ['tutti i giorni 9-19', [slot(ALL, '09:00', '19:00')]],
  ['every day 9-19', [slot(ALL, '09:00', '19:00')]],
  ['lun-sab 8-14', [slot(ALL.slice(0, 6), '08:00', '14:00')]],
  ['ven-lun 10-12', [slot(['mo', 'fr', 'sa', 'su'], '10:00', '12:00')]],
  ['lun h 9-13', [slot(['mo'], '09:00', '13:00')]],
  ['gio ore 9 - 13', [slot(['th'], '09:00', '13:00')]],
  ['mer 9–13', [slot(['we'], '09:00', '13:00')]],
  ['lun-ven 9-13\nsab 9-12', [slot(WEEK, '09:00', '13:00'), slot(['sa'], '09:00', '12:00')]],
  ['lun-ven 9-13, sab 9-12', [slot(WEEK, '09:00', '13:00'), slot(['sa'], '09:00', '12:00')]],
  ['dal lunedì al venerdì dalle 9 alle 13', [slot(WEEK, '09:00', '13:00')]],
  ['Mon–Fri 9am-5pm', [slot(WEEK, '09:00', '17:00')]],
  ['sat, sun 12pm-2pm', [slot(['sa', 'su'], '12:00', '14:00')]],
  ['ven 22-2', [slot(['fr'], '22:00', '02:00')]],
  ['sab 20-24', [slot(['sa'], '20:00', '24:00')]],
  ['dom chiuso; lun 9-13', [slot(['mo'], '09:00', '13:00')]],
  ['martedì 15-18; MARTEDÌ 9-12', [slot(['tu'], '09:00', '12:00'), slot(['tu'], '15:00', '18:00')]],
  ['sab 9-12; lun-ven 9-12', [slot(ALL.slice(0, 6), '09:00', '12:00')]],
];

/** Text as typed -> the exact message. */
const BAD: [string, string][] = [
  ['lun-ven dalle nove', 'cannot read "lun-ven dalle nove": "nove" is not a day or a time; write days and times like "lun-ven 9-13, 15-18"'],
  ['9-13', 'cannot read "9-13": it does not say which days; write days and times like "lun-ven 9-13, 15-18"'],
  ['lun-ven', 'cannot read "lun-ven": the days have no times; write days and times like "lun-ven 9-13, 15-18"'],
  ['lun 9', 'cannot read "lun 9": "9" has no closing time; write days and times like "lun-ven 9-13, 15-18"'],
  ['lun 25-26', 'cannot read "lun 25-26": "25" is not a time of day; write times like 9, 9.30 or 09:30, from 00:00 to 24:00'],
  ['lun 9:75-10', 'cannot read "lun 9:75-10": "9:75" is not a time of day; write times like 9, 9.30 or 09:30, from 00:00 to 24:00'],
  ['lun 24-2', 'cannot read "lun 24-2": "24" is not a time of day; write times like 9, 9.30 or 09:30, from 00:00 to 24:00'],
  ['lun 13pm-2pm', 'cannot read "lun 13pm-2pm": "13 pm" is not a time of day; write times like 9, 9.30 or 09:30, from 00:00 to 24:00'],
  [
    'lun 13-9',
    'cannot read "lun 13-9": it closes at 09:00, before it opens at 13:00; write the opening time first, e.g. "lun 9-13" (a closing time before 06:00 means after midnight, e.g. "ven 22-2")',
  ],
  ['lun 9-9', 'cannot read "lun 9-9": it opens and closes at 09:00; write days and times like "lun-ven 9-13, 15-18"'],
  ['sab 9-12; lunx 9-12', 'cannot read "lunx 9-12": "lunx" is not a day or a time; write days and times like "lun-ven 9-13, 15-18"'],
  ['lun-ven 9-13 (su appuntamento)', 'cannot read "lun-ven 9-13 (su appuntamento)": "(" is not a day or a time; write days and times like "lun-ven 9-13, 15-18"'],
  ['lun- 9-13', 'cannot read "lun- 9-13": a day is missing before "9"; write days and times like "lun-ven 9-13, 15-18"'],
  ['constructor 9-13', 'cannot read "constructor 9-13": "constructor" is not a day or a time; write days and times like "lun-ven 9-13, 15-18"'],
  ['lun 930-12', 'cannot read "lun 930-12": "930" is not a time of day; write times like 9, 9.30 or 09:30, from 00:00 to 24:00'],
];

describe('parseHoursText', () => {
  for (const [text, hours] of GOOD) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.deepEqual(parseHoursText(text), { ok: true, hours });
    });
  }
  for (const [text, message] of BAD) {
    it(`explains what is wrong with ${JSON.stringify(text)}`, () => {
      assert.deepEqual(parseHoursText(text), { ok: false, message });
    });
  }
});

describe('formatHoursText', () => {
  const CANONICAL: [OpeningHours[], string][] = [
    [[], ''],
    [[slot(WEEK, '09:00', '13:00'), slot(WEEK, '15:00', '18:00'), slot(['sa'], '09:00', '12:00')], 'lun-ven 09:00-13:00, 15:00-18:00; sab 09:00-12:00'],
    [[slot(ALL, '00:00', '24:00')], 'lun-dom 00:00-24:00'],
    [[slot(['mo', 'fr', 'sa', 'su'], '10:00', '12:00')], 'ven-lun 10:00-12:00'],
    [[slot(['sa', 'su'], '10:00', '12:00')], 'sab, dom 10:00-12:00'],
    [[slot(['mo', 'we', 'th', 'fr'], '09:00', '12:00')], 'lun, mer-ven 09:00-12:00'],
    [[slot(['fr'], '22:00', '02:00'), slot(['fr'], '10:00', '12:00')], 'ven 10:00-12:00, 22:00-02:00'],
    [[slot(['mo', 'tu'], '09:00', '13:00'), slot(['mo'], '15:00', '18:00')], 'lun 09:00-13:00, 15:00-18:00; mar 09:00-13:00'],
  ];
  for (const [hours, text] of CANONICAL) {
    it(`writes ${JSON.stringify(text)}`, () => {
      assert.equal(formatHoursText(hours), text);
    });
  }

  it('is read back as the same hours, once both are in normal form', () => {
    for (const [hours] of CANONICAL) {
      assert.deepEqual(parseHoursText(formatHoursText(hours)), { ok: true, hours: normalizeHours(hours) });
    }
    for (const [, hours] of GOOD) {
      assert.deepEqual(parseHoursText(formatHoursText(hours)), { ok: true, hours });
    }
  });
});

describe('normalizeHours', () => {
  it('merges days that share an interval, puts days in week order and sorts by first day, opens, closes', () => {
    const messy = [
      slot(['sa'], '09:00', '12:00'),
      slot(['fr', 'mo'], '15:00', '18:00'),
      slot(['tu'], '15:00', '18:00'),
      slot(['we', 'mo'], '09:00', '13:00'),
      slot(['mo'], '09:00', '13:00'),
    ];
    assert.deepEqual(normalizeHours(messy), [
      slot(['mo', 'we'], '09:00', '13:00'),
      slot(['mo', 'tu', 'fr'], '15:00', '18:00'),
      slot(['sa'], '09:00', '12:00'),
    ]);
  });

  it('keeps a normal form as it is', () => {
    const normal = [slot(WEEK, '09:00', '13:00'), slot(['tu', 'th'], '15:00', '18:00'), slot(['sa'], '08:30', '12:30')];
    assert.deepEqual(normalizeHours(normal), normal);
  });
});
