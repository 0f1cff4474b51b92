import { expect } from '@open-wc/testing';
import { easterSunday, italianHoliday } from '../../src/hours/holidays.js';
import type { HolidayId } from '../../src/hours/holidays.js';

// Easter Sunday and Monday; 2038's Easter is 25 April, Liberation Day too.
const EASTERS: [number, string, string][] = [
  [1818, '1818-03-22', '1818-03-23'],
  [2008, '2008-03-23', '2008-03-24'],
  [2011, '2011-04-24', '2011-04-25'],
  [2019, '2019-04-21', '2019-04-22'],
  [2024, '2024-03-31', '2024-04-01'],
  [2025, '2025-04-20', '2025-04-21'],
  [2026, '2026-04-05', '2026-04-06'],
  [2027, '2027-03-28', '2027-03-29'],
  [2038, '2038-04-25', '2038-04-26'],
  [2285, '2285-03-22', '2285-03-23'],
];

describe('easterSunday', () => {
  for (const [year, sunday] of EASTERS) {
    it(`${year}: ${sunday}`, () => {
      expect(easterSunday(year)).to.equal(sunday);
    });
  }
});

describe('italianHoliday: Easter', () => {
  for (const [year, sunday, monday] of EASTERS) {
    it(`${year}: ${sunday} is Easter, ${monday} Easter Monday`, () => {
      expect(italianHoliday(sunday)).to.equal('easter');
      expect(italianHoliday(monday)).to.equal('easter-monday');
    });
  }

  const notHolidays = [
    ['Holy Saturday 2026', '2026-04-04'],
    ['the Tuesday after Easter 2026', '2026-04-07'],
    ['the Tuesday after Easter 2024', '2024-04-02'],
    ['31 March 2026', '2026-03-31'],
    ['1 April 2026', '2026-04-01'],
    ['Easter 2025 in 2026', '2026-04-20'],
  ];
  for (const [label, date] of notHolidays) {
    it(`${label} (${date}) is not a holiday`, () => {
      expect(italianHoliday(date as string)).to.equal(undefined);
    });
  }
});

describe('italianHoliday: fixed dates', () => {
  const fixed: [string, HolidayId][] = [
    ['01-01', 'new-year'],
    ['01-06', 'epiphany'],
    ['04-25', 'liberation'],
    ['05-01', 'labour'],
    ['06-02', 'republic'],
    ['08-15', 'assumption'],
    ['11-01', 'all-saints'],
    ['12-08', 'immaculate'],
    ['12-25', 'christmas'],
    ['12-26', 'st-stephen'],
  ];
  for (const year of [2025, 2026, 2030]) {
    for (const [monthDay, holiday] of fixed) {
      it(`${year}-${monthDay} is ${holiday}`, () => {
        expect(italianHoliday(`${year}-${monthDay}`)).to.equal(holiday);
      });
    }
  }

  const stFrancis: [string, HolidayId | undefined][] = [
    ['2024-10-04', undefined],
    ['2025-10-04', undefined],
    ['2026-10-04', 'st-francis'],
    ['2027-10-04', 'st-francis'],
    ['2040-10-04', 'st-francis'],
    ['2027-10-03', undefined],
    ['2027-10-05', undefined],
  ];
  for (const [date, holiday] of stFrancis) {
    it(`San Francesco, national from 2026: ${date} -> ${holiday}`, () => {
      expect(italianHoliday(date)).to.equal(holiday);
    });
  }

  const workingDays = [
    '2026-01-02',
    '2026-01-07',
    '2026-05-02',
    '2026-06-01',
    // Matera's patron saint (Madonna della Bruna): a directory closure, not a national holiday.
    '2026-07-02',
    '2026-08-14',
    '2026-08-16',
    '2026-11-02',
    '2026-12-07',
    '2026-12-24',
    '2026-12-27',
    '2026-12-31',
  ];
  for (const date of workingDays) {
    it(`${date} is a working day`, () => {
      expect(italianHoliday(date)).to.equal(undefined);
    });
  }
});

describe('italianHoliday: bad input', () => {
  const cases = ['', '2026-12-25 ', ' 2026-12-25', '2026-12-25T00:00', '2026/12/25', '26-12-25', '2026-1-01', 'abcd-12-25', '2026-12-2x', '2026-04-05Z'];
  for (const date of cases) {
    it(`${JSON.stringify(date)} is not a holiday`, () => {
      expect(italianHoliday(date)).to.equal(undefined);
    });
  }
});
