import { expect } from '@open-wc/testing';
import { formatCount, formatDate, formatDays, formatHours, languageName } from '../../src/view/format.js';
import type { OpeningHours, Weekday } from '../../src/data/types.js';

// Intl output may differ slightly between ICU versions (e.g. list separators, abbreviation
// dots), so the assertions use regexes anchored on what must be there: the right day names, in
// the right order, joined by an en dash for a run.

const MON_FRI: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];

describe('formatDays', () => {
  const cases: [string, Weekday[], string, RegExp][] = [
    ['a run of five, it', MON_FRI, 'it', /^lun\.?–ven\.?$/],
    ['a run of five, en', MON_FRI, 'en', /^Mon\.?–Fri\.?$/],
    ['a run, given out of order', ['fr', 'th', 'mo', 'we', 'tu'], 'en', /^Mon\.?–Fri\.?$/],
    ['the weekend, it', ['sa', 'su'], 'it', /^sab\.?–dom\.?$/],
    ['the whole week, en', ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], 'en', /^Mon\.?–Sun\.?$/],
    ['a single day in full, it', ['we'], 'it', /^mercoledì$/],
    ['a single day in full, en', ['we'], 'en', /^Wednesday$/],
    ['a repeated day once', ['tu', 'tu'], 'en', /^Tuesday$/],
    ['separate days, it', ['mo', 'we', 'fr'], 'it', /^lunedì, mercoledì,? e venerdì$/],
    ['separate days, en', ['mo', 'we', 'fr'], 'en', /^Monday, Wednesday,? (and |& )?Friday$/],
    ['separate days, given out of order', ['fr', 'mo'], 'en', /^Monday,? (and |& )?Friday$/],
    ['a run and a single day, it', ['mo', 'tu', 'we', 'sa'], 'it', /^lun\.?–mer\.?,? e sabato$/],
    ['a run and a single day, en', ['mo', 'tu', 'we', 'sa'], 'en', /^Mon\.?–Wed\.?,? (and |& )?Saturday$/],
    ['two runs, en', ['mo', 'tu', 'th', 'fr'], 'en', /^Mon\.?–Tue\.?,? (and |& )?Thu\.?–Fri\.?$/],
    ['Sunday does not wrap round to Monday', ['su', 'mo'], 'en', /^Monday,? (and |& )?Sunday$/],
  ];
  for (const [label, days, locale, expected] of cases) {
    it(`${label}: ${days.join(' ')} (${locale})`, () => {
      expect(formatDays(days, locale)).to.match(expected);
    });
  }

  it('no days: empty', () => {
    expect(formatDays([], 'it')).to.equal('');
  });

  it('Arabic day names in Arabic', () => {
    const text = formatDays(['mo', 'fr'], 'ar');
    expect(text).to.match(/الاثنين/);
    expect(text).to.match(/الجمعة/);
    expect(text).to.not.match(/[A-Za-z]/);
  });
});

/** Removes the Unicode isolates that keep times left to right in right-to-left text. */
const withoutIsolates = (text: string) => text.replace(/[\u2066\u2069]/g, '');

describe('formatHours', () => {
  const slot = (days: Weekday[], opens: string, closes: string): OpeningHours => ({ days, opens, closes });
  const cases: [string, OpeningHours[], string, RegExp[]][] = [
    ['one slot', [slot(MON_FRI, '09:00', '13:00')], 'it', [/^lun\.?–ven\.? 09:00–13:00$/]],
    [
      'split shift on one line',
      [slot(MON_FRI, '09:00', '13:00'), slot(MON_FRI, '15:00', '18:00')],
      'it',
      [/^lun\.?–ven\.? 09:00–13:00, 15:00–18:00$/],
    ],
    [
      'split shift, days listed differently',
      [slot(MON_FRI, '09:00', '13:00'), slot(['fr', 'th', 'we', 'tu', 'mo'], '15:00', '18:00')],
      'en',
      [/^Mon\.?–Fri\.? 09:00–13:00, 15:00–18:00$/],
    ],
    [
      'different days: one line each, in order of appearance',
      [slot(MON_FRI, '09:00', '13:00'), slot(['sa'], '09:00', '12:00'), slot(MON_FRI, '15:00', '18:00')],
      'it',
      [/^lun\.?–ven\.? 09:00–13:00, 15:00–18:00$/, /^sabato 09:00–12:00$/],
    ],
    [
      'times kept in the given order',
      [slot(['tu'], '15:00', '18:00'), slot(['tu'], '08:30', '12:30')],
      'en',
      [/^Tuesday 15:00–18:00, 08:30–12:30$/],
    ],
    [
      'separate days share a line',
      [slot(['mo', 'th'], '10:00', '12:00')],
      'en',
      [/^Monday,? (and |& )?Thursday 10:00–12:00$/],
    ],
  ];
  for (const [label, hours, locale, expected] of cases) {
    it(`${label} (${locale})`, () => {
      const lines = formatHours(hours, locale).map(withoutIsolates);
      expect(lines).to.have.length(expected.length);
      lines.forEach((line, i) => expect(line).to.match(expected[i]));
    });
  }

  it('no hours: no lines', () => {
    expect(formatHours([], 'it')).to.deep.equal([]);
  });

  it('keeps each time range left to right inside right-to-left text', () => {
    const [line] = formatHours([slot(['fr'], '15:00', '18:00')], 'ar');
    expect(line).to.match(/^\S+ \u206615:00–18:00\u2069$/);
  });
});

describe('formatDate', () => {
  const cases: [string, string, RegExp][] = [
    ['2025-09-10', 'it', /^10 settembre 2025$/],
    ['2025-09-10', 'en', /^September 10, 2025$/],
    ['2024-02-29', 'it', /^29 febbraio 2024$/],
    ['2025-01-01', 'en', /^January 1, 2025$/],
    ['2025-12-31', 'en', /^December 31, 2025$/], // UTC: no slip to another day in any time zone
    ['2025-09-10', 'ar', /2025/], // Latin digits, not ٢٠٢٥
  ];
  for (const [date, locale, expected] of cases) {
    it(`${date} (${locale}) -> ${String(expected)}`, () => {
      expect(formatDate(date, locale)).to.match(expected);
    });
  }

  it('Latin digits in Arabic', () => {
    expect(formatDate('2025-09-10', 'ar')).to.not.match(/[\u0660-\u0669\u06f0-\u06f9]/);
    expect(formatDate('2025-09-10', 'ar')).to.match(/\b10\b/);
  });

  describe('a bad date is returned as given', () => {
    const bad = ['', 'not a date', '2025', '2025-09', '10/09/2025', 'yesterday', '<script>alert(1)</script>', 'NaN-NaN-NaN'];
    for (const date of bad) {
      it(JSON.stringify(date), () => {
        expect(formatDate(date, 'it')).to.equal(date);
      });
    }
  });

  describe('an impossible calendar date is returned as given', () => {
    // Date.UTC would roll these over (Feb 30 -> Mar 2); they must come back as given.
    for (const date of ['2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-09-00']) {
      it(JSON.stringify(date), () => {
        expect(formatDate(date, 'it')).to.equal(date);
      });
    }
  });
});

describe('formatCount', () => {
  const cases: [number, string, RegExp][] = [
    [0, 'it', /^0$/],
    [7, 'en', /^7$/],
    [999, 'it', /^999$/],
    [1000, 'en', /^1,000$/],
    [1234.5, 'en', /^1,234\.5$/],
    [12345, 'it', /^12\.345$/],
    [12345, 'en', /^12,345$/],
    [1234567, 'it', /^1\.234\.567$/],
    // Arabic, Persian and Hindi keep Latin digits; the separator may be the locale's own.
    [1234567, 'ar', /^1\D?234\D?567$/],
    [42, 'ar', /^42$/],
    [42, 'fa', /^42$/],
    [100, 'hi', /^100$/],
  ];
  for (const [count, locale, expected] of cases) {
    it(`${count} (${locale}) -> ${String(expected)}`, () => {
      const text = formatCount(count, locale);
      expect(text).to.match(expected);
      expect(text).to.not.match(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/);
    });
  }
});

describe('languageName', () => {
  const cases: [string, string, RegExp][] = [
    ['fr', 'it', /^francese$/],
    ['fr', 'en', /^French$/],
    ['ar', 'it', /^arabo$/],
    ['uk', 'en', /^Ukrainian$/],
    ['FR', 'en', /^French$/],
  ];
  for (const [code, locale, expected] of cases) {
    it(`${code} (${locale}) -> ${String(expected)}`, () => {
      expect(languageName(code, locale)).to.match(expected);
    });
  }

  describe('an invalid code is returned as given', () => {
    for (const code of ['not a code', '', '123', 'fr!', '<script>']) {
      it(JSON.stringify(code), () => {
        expect(languageName(code, 'it')).to.equal(code);
      });
    }
  });

  it('a well-formed but unknown code is returned as given', () => {
    expect(languageName('xx', 'en')).to.equal('xx');
  });

  it('an invalid UI locale: the code, no exception', () => {
    expect(languageName('fr', 'not a locale!')).to.equal('fr');
  });
});
