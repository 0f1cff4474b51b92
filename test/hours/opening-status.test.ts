import { expect } from '@open-wc/testing';
import { isOpenAt, openingStatus } from '../../src/hours/opening-status.js';
import type { At, OpeningFacts, OpeningStatus } from '../../src/hours/opening-status.js';
import type { Closure, OpeningHours, Weekday } from '../../src/data/types.js';

// Instants carry their Rome offset (+02:00 in summer, +01:00 in winter), so the cases hold
// whatever the machine's own time zone is.

const WORKDAYS: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];
const EVERY_DAY: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

function hours(days: Weekday[], opens: string, closes: string): OpeningHours {
  return { days, opens, closes };
}

function facts(list: OpeningHours[], extra: Partial<OpeningFacts> = {}): OpeningFacts {
  return { hours: list, closures: [], ...extra };
}

function at(date: string, time: string, weekday: Weekday, daysAhead: number): At {
  return { date, time, weekday, daysAhead };
}

const closure = (from: string, to = from, municipality?: string): Closure =>
  municipality === undefined ? { from, to } : { from, to, municipality };

/** Checks openingStatus, and that isOpenAt agrees with it. */
function check(service: OpeningFacts, instant: string, expected: OpeningStatus, directory?: readonly Closure[]): void {
  const now = new Date(instant);
  expect(openingStatus(service, now, directory)).to.deep.equal(expected);
  expect(isOpenAt(service, now, directory), 'isOpenAt').to.equal(expected.kind === 'open');
}

type Case = [label: string, instant: string, expected: OpeningStatus];

function table(service: OpeningFacts, cases: Case[], directory?: readonly Closure[]): void {
  for (const [label, instant, expected] of cases) {
    it(`${label} (${instant})`, () => check(service, instant, expected, directory));
  }
}

// Week of Monday 6 July 2026: no holiday near it.
describe('openingStatus: split shifts, Monday to Friday 09:00–13:00 and 15:00–18:00', () => {
  const split = facts([hours(WORKDAYS, '09:00', '13:00'), hours(WORKDAYS, '15:00', '18:00')]);
  table(split, [
    ['before opening', '2026-07-08T08:00+02:00', { kind: 'closed', opens: at('2026-07-08', '09:00', 'we', 0) }],
    ['the minute before opening', '2026-07-08T08:59+02:00', { kind: 'closed', opens: at('2026-07-08', '09:00', 'we', 0) }],
    ['at the opening minute', '2026-07-08T09:00+02:00', { kind: 'open', closes: at('2026-07-08', '13:00', 'we', 0) }],
    ['the last minute of the morning', '2026-07-08T12:59+02:00', { kind: 'open', closes: at('2026-07-08', '13:00', 'we', 0) }],
    ['at the closing minute', '2026-07-08T13:00+02:00', { kind: 'closed', opens: at('2026-07-08', '15:00', 'we', 0) }],
    ['between the shifts', '2026-07-08T14:00+02:00', { kind: 'closed', opens: at('2026-07-08', '15:00', 'we', 0) }],
    ['afternoon', '2026-07-08T15:00+02:00', { kind: 'open', closes: at('2026-07-08', '18:00', 'we', 0) }],
    ['the last minute of the afternoon', '2026-07-08T17:59+02:00', { kind: 'open', closes: at('2026-07-08', '18:00', 'we', 0) }],
    ['after closing: tomorrow', '2026-07-08T18:00+02:00', { kind: 'closed', opens: at('2026-07-09', '09:00', 'th', 1) }],
    ['at midnight: today', '2026-07-09T00:00+02:00', { kind: 'closed', opens: at('2026-07-09', '09:00', 'th', 0) }],
    ['Friday evening: Monday, 3 days ahead', '2026-07-10T18:30+02:00', { kind: 'closed', opens: at('2026-07-13', '09:00', 'mo', 3) }],
    ['Saturday: Monday', '2026-07-11T11:00+02:00', { kind: 'closed', opens: at('2026-07-13', '09:00', 'mo', 2) }],
    ['Sunday night: tomorrow', '2026-07-12T23:59+02:00', { kind: 'closed', opens: at('2026-07-13', '09:00', 'mo', 1) }],
    ['winter time too', '2026-01-14T14:30+01:00', { kind: 'closed', opens: at('2026-01-14', '15:00', 'we', 0) }],
    ['winter, open', '2026-01-14T09:30+01:00', { kind: 'open', closes: at('2026-01-14', '13:00', 'we', 0) }],
  ]);
});

describe('openingStatus: intervals that touch merge', () => {
  const contiguous = facts([hours(WORKDAYS, '09:00', '13:00'), hours(WORKDAYS, '13:00', '18:00')]);
  table(contiguous, [
    ['morning: closes at the end of the afternoon', '2026-07-08T12:00+02:00', { kind: 'open', closes: at('2026-07-08', '18:00', 'we', 0) }],
    ['at the seam', '2026-07-08T13:00+02:00', { kind: 'open', closes: at('2026-07-08', '18:00', 'we', 0) }],
  ]);

  const overlapping = facts([hours(['mo'], '09:00', '14:00'), hours(['mo'], '12:00', '16:00'), hours(['mo'], '10:00', '11:00')]);
  table(overlapping, [
    ['overlapping intervals: the latest end', '2026-07-06T10:30+02:00', { kind: 'open', closes: at('2026-07-06', '16:00', 'mo', 0) }],
  ]);

  const lateAndEarly = facts([hours(['fr'], '22:00', '24:00'), hours(['sa'], '00:00', '02:00')]);
  table(lateAndEarly, [
    ['Friday 23:00: closes Saturday 02:00', '2026-07-10T23:00+02:00', { kind: 'open', closes: at('2026-07-11', '02:00', 'sa', 1) }],
    ['Saturday 00:00', '2026-07-11T00:00+02:00', { kind: 'open', closes: at('2026-07-11', '02:00', 'sa', 0) }],
  ]);
});

describe('openingStatus: past midnight, Friday 22:00–02:00', () => {
  const night = facts([hours(['fr'], '22:00', '02:00')]);
  table(night, [
    ['Friday before', '2026-07-10T21:59+02:00', { kind: 'closed', opens: at('2026-07-10', '22:00', 'fr', 0) }],
    ['Friday 22:00: closes tomorrow', '2026-07-10T22:00+02:00', { kind: 'open', closes: at('2026-07-11', '02:00', 'sa', 1) }],
    ['Saturday 01:00: closes 02:00', '2026-07-11T01:00+02:00', { kind: 'open', closes: at('2026-07-11', '02:00', 'sa', 0) }],
    ['Saturday 01:59', '2026-07-11T01:59+02:00', { kind: 'open', closes: at('2026-07-11', '02:00', 'sa', 0) }],
    ['Saturday 02:00: next Friday', '2026-07-11T02:00+02:00', { kind: 'closed', opens: at('2026-07-17', '22:00', 'fr', 6) }],
    ['Saturday 03:00', '2026-07-11T03:00+02:00', { kind: 'closed', opens: at('2026-07-17', '22:00', 'fr', 6) }],
    ['Friday 01:00: Thursday has no night', '2026-07-10T01:00+02:00', { kind: 'closed', opens: at('2026-07-10', '22:00', 'fr', 0) }],
  ]);
});

describe('openingStatus: until midnight', () => {
  for (const closes of ['24:00', '00:00']) {
    const evening = facts([hours(EVERY_DAY, '18:00', closes)]);
    table(evening, [
      [`closes ${closes}: at 23:59, closes tomorrow 00:00`, '2026-07-08T23:59+02:00', { kind: 'open', closes: at('2026-07-09', '00:00', 'th', 1) }],
      [`closes ${closes}: at 00:00, closed`, '2026-07-09T00:00+02:00', { kind: 'closed', opens: at('2026-07-09', '18:00', 'th', 0) }],
    ]);
  }
});

describe('openingStatus: round the clock', () => {
  const always = facts([hours(EVERY_DAY, '00:00', '24:00')]);
  table(always, [
    ['no closing in sight', '2026-07-08T12:00+02:00', { kind: 'open' }],
    ['at midnight', '2026-07-09T00:00+02:00', { kind: 'open' }],
  ]);

  const cases: [string, Closure, OpeningStatus][] = [
    ['a closure 5 days ahead', closure('2026-07-13'), { kind: 'open', closes: at('2026-07-13', '00:00', 'mo', 5) }],
    ['a closure 7 days ahead', closure('2026-07-15'), { kind: 'open', closes: at('2026-07-15', '00:00', 'we', 7) }],
    ['a closure 8 days ahead: not within 7 days', closure('2026-07-16'), { kind: 'open' }],
    ['a closure tomorrow', closure('2026-07-09', '2026-07-12'), { kind: 'open', closes: at('2026-07-09', '00:00', 'th', 1) }],
  ];
  for (const [label, shut, expected] of cases) {
    it(label, () => check({ ...always, closures: [shut] }, '2026-07-08T12:00+02:00', expected));
  }

  it('shut on Christmas and St Stephen, back on the 27th', () => {
    check(always, '2026-12-25T12:00+01:00', {
      kind: 'closed',
      opens: at('2026-12-27', '00:00', 'su', 2),
      today: { kind: 'holiday', holiday: 'christmas' },
    });
    check(always, '2026-12-24T12:00+01:00', { kind: 'open', closes: at('2026-12-25', '00:00', 'fr', 1) });
  });

  it('open on holidays: open through Christmas', () => {
    check({ ...always, openOnHolidays: true }, '2026-12-25T12:00+01:00', { kind: 'open' });
  });

  it('open every day with a few closed hours: closes at the gap', () => {
    const nearly = facts([hours(EVERY_DAY, '00:00', '03:00'), hours(EVERY_DAY, '04:00', '24:00')]);
    check(nearly, '2026-07-08T12:00+02:00', { kind: 'open', closes: at('2026-07-09', '03:00', 'th', 1) });
  });
});

describe('openingStatus: holidays', () => {
  const split = facts([hours(WORKDAYS, '09:00', '13:00'), hours(WORKDAYS, '15:00', '18:00')]);
  table(split, [
    ['Easter Monday 2026 is shut', '2026-04-06T10:00+02:00', {
      kind: 'closed',
      opens: at('2026-04-07', '09:00', 'tu', 1),
      today: { kind: 'holiday', holiday: 'easter-monday' },
    }],
    ['Thursday before Easter: Good Friday is a working day', '2026-04-02T19:00+02:00', {
      kind: 'closed',
      opens: at('2026-04-03', '09:00', 'fr', 1),
    }],
    ['Friday before Easter: opens on Tuesday', '2026-04-03T19:00+02:00', { kind: 'closed', opens: at('2026-04-07', '09:00', 'tu', 4) }],
    ['a Sunday holiday without hours anyway: today is still said', '2026-04-05T10:00+02:00', {
      kind: 'closed',
      opens: at('2026-04-07', '09:00', 'tu', 2),
      today: { kind: 'holiday', holiday: 'easter' },
    }],
    ['San Francesco 2027 (a Monday)', '2027-10-04T10:00+02:00', {
      kind: 'closed',
      opens: at('2027-10-05', '09:00', 'tu', 1),
      today: { kind: 'holiday', holiday: 'st-francis' },
    }],
  ]);

  it('4 October 2025 was not yet a holiday', () => {
    const daily = facts([hours(EVERY_DAY, '09:00', '13:00')]);
    check(daily, '2025-10-04T10:00+02:00', { kind: 'open', closes: at('2025-10-04', '13:00', 'sa', 0) });
  });

  it('open on Easter Monday with openOnHolidays', () => {
    check({ ...split, openOnHolidays: true }, '2026-04-06T10:00+02:00', { kind: 'open', closes: at('2026-04-06', '13:00', 'mo', 0) });
  });

  describe('an interval belongs to the day it starts on (every night 22:00–02:00)', () => {
    const nightly = facts([hours(EVERY_DAY, '22:00', '02:00')]);
    table(nightly, [
      ['Christmas 01:00: open from Christmas Eve', '2026-12-25T01:00+01:00', { kind: 'open', closes: at('2026-12-25', '02:00', 'fr', 0) }],
      ['Christmas 03:00: shut, St Stephen too', '2026-12-25T03:00+01:00', {
        kind: 'closed',
        opens: at('2026-12-27', '22:00', 'su', 2),
        today: { kind: 'holiday', holiday: 'christmas' },
      }],
      ["St Stephen 01:00: Christmas night's interval is cancelled", '2026-12-26T01:00+01:00', {
        kind: 'closed',
        opens: at('2026-12-27', '22:00', 'su', 1),
        today: { kind: 'holiday', holiday: 'st-stephen' },
      }],
      ["27th 01:00: St Stephen's night is cancelled, the 27th is not shut", '2026-12-27T01:00+01:00', {
        kind: 'closed',
        opens: at('2026-12-27', '22:00', 'su', 0),
      }],
      ['Christmas Eve 23:00: closes after midnight', '2026-12-24T23:00+01:00', { kind: 'open', closes: at('2026-12-25', '02:00', 'fr', 1) }],
    ]);
  });
});

describe('openingStatus: closures', () => {
  const split = facts([hours(WORKDAYS, '09:00', '13:00'), hours(WORKDAYS, '15:00', '18:00')]);
  const july = closure('2026-07-08', '2026-07-10');
  const closed = { ...split, closures: [july] };
  table(closed, [
    ['the day before the closure', '2026-07-07T10:00+02:00', { kind: 'open', closes: at('2026-07-07', '13:00', 'tu', 0) }],
    ['the day before, after hours: opens after the closure', '2026-07-07T19:00+02:00', { kind: 'closed', opens: at('2026-07-13', '09:00', 'mo', 6) }],
    ['its first day', '2026-07-08T10:00+02:00', { kind: 'closed', opens: at('2026-07-13', '09:00', 'mo', 5), today: { kind: 'closure', closure: july } }],
    ['its last day (inclusive)', '2026-07-10T10:00+02:00', { kind: 'closed', opens: at('2026-07-13', '09:00', 'mo', 3), today: { kind: 'closure', closure: july } }],
    ['the day after', '2026-07-13T10:00+02:00', { kind: 'open', closes: at('2026-07-13', '13:00', 'mo', 0) }],
  ]);

  const cases: [string, Closure, OpeningStatus][] = [
    ['a long closure: opens 12 days ahead', closure('2026-07-09', '2026-07-19'), { kind: 'closed', opens: at('2026-07-20', '09:00', 'mo', 12) }],
    ['no opening within 14 days', closure('2026-07-09', '2026-07-31'), { kind: 'closed' }],
  ];
  for (const [label, shut, expected] of cases) {
    it(label, () => check({ ...split, closures: [shut] }, '2026-07-08T18:30+02:00', expected));
  }

  it('an opening 14 days ahead is given, 15 days ahead is not', () => {
    const morning = facts([hours(EVERY_DAY, '09:00', '10:00')]);
    check({ ...morning, closures: [closure('2026-07-09', '2026-07-21')] }, '2026-07-08T12:00+02:00', {
      kind: 'closed',
      opens: at('2026-07-22', '09:00', 'we', 14),
    });
    check({ ...morning, closures: [closure('2026-07-09', '2026-07-22')] }, '2026-07-08T12:00+02:00', { kind: 'closed' });
  });

  it('a closure that ended or has not begun changes nothing', () => {
    const other = { ...split, closures: [closure('2026-06-01', '2026-07-07'), closure('2026-07-09', '2026-07-09')] };
    check(other, '2026-07-08T10:00+02:00', { kind: 'open', closes: at('2026-07-08', '13:00', 'we', 0) });
  });

  it("the service's closure is named before a holiday on the same day", () => {
    const summer = closure('2026-08-10', '2026-08-21');
    check({ ...split, closures: [summer] }, '2026-08-15T10:00+02:00', {
      kind: 'closed',
      opens: at('2026-08-24', '09:00', 'mo', 9),
      today: { kind: 'closure', closure: summer },
    });
  });
});

describe('openingStatus: directory closures', () => {
  const split = facts([hours(WORKDAYS, '09:00', '13:00'), hours(WORKDAYS, '15:00', '18:00')]);
  const inMatera = { ...split, municipality: 'Matera' };
  const inCitta = { ...split, municipality: 'Città di Matera' };
  // 2 July 2026, a Thursday: Matera's patron saint.
  const thursday = '2026-07-02T10:00+02:00';
  const open: OpeningStatus = { kind: 'open', closes: at('2026-07-02', '13:00', 'th', 0) };
  const shutBy = (shut: Closure): OpeningStatus => ({ kind: 'closed', opens: at('2026-07-03', '09:00', 'fr', 1), today: { kind: 'closure', closure: shut } });

  const cases: [string, OpeningFacts, Closure, boolean][] = [
    ['its comune, other case', inMatera, closure('2026-07-02', '2026-07-02', 'matera'), true],
    ['its comune, same spelling', inMatera, closure('2026-07-02', '2026-07-02', 'Matera'), true],
    ['its comune, without the accent', inCitta, closure('2026-07-02', '2026-07-02', 'Citta di Matera'), true],
    ['its comune, upper case', inCitta, closure('2026-07-02', '2026-07-02', 'CITTÀ DI MATERA'), true],
    ['another comune', inMatera, closure('2026-07-02', '2026-07-02', 'Policoro'), false],
    ['a comune, for a service without one', split, closure('2026-07-02', '2026-07-02', 'Matera'), false],
    ['every comune', inMatera, closure('2026-07-02'), true],
    ['every comune, for a service without one', split, closure('2026-07-02'), true],
    ['its comune, another day', inMatera, closure('2026-07-01', '2026-07-01', 'Matera'), false],
  ];
  for (const [label, service, shut, shuts] of cases) {
    it(`${label}: ${shuts ? 'shut' : 'open'}`, () => check(service, thursday, shuts ? shutBy(shut) : open, [shut]));
  }

  it('without directory closures given: open', () => {
    check(inMatera, thursday, open);
  });

  it('the first applicable closure is named', () => {
    const elsewhere = closure('2026-07-02', '2026-07-02', 'Policoro');
    const here = closure('2026-07-01', '2026-07-03', 'matera');
    check(inMatera, thursday, { kind: 'closed', opens: at('2026-07-06', '09:00', 'mo', 4), today: { kind: 'closure', closure: here } }, [elsewhere, here]);
  });
});

describe('openingStatus: status and missing hours', () => {
  const split = facts([hours(EVERY_DAY, '00:00', '24:00')]);
  const noon = '2026-07-08T12:00+02:00';
  const cases: [string, OpeningFacts, OpeningStatus][] = [
    ['active', { ...split, status: 'active' }, { kind: 'open' }],
    ['temporarily closed, though the hours say open', { ...split, status: 'temporarily-closed' }, { kind: 'temporarily-closed' }],
    ['permanently closed, though the hours say open', { ...split, status: 'closed' }, { kind: 'permanently-closed' }],
    ['no hours', facts([]), { kind: 'unknown', call: false, appointment: false }],
    ['no hours, active', facts([], { status: 'active' }), { kind: 'unknown', call: false, appointment: false }],
    ['no hours, a number to call', facts([], { phone: ['0835 123456'] }), { kind: 'unknown', call: true, appointment: false }],
    ['no hours, by appointment', facts([], { appointment: 'needed' }), { kind: 'unknown', call: false, appointment: true }],
    ['no hours and closed: closed wins', facts([], { status: 'closed' }), { kind: 'permanently-closed' }],
    ['no hours and temporarily closed', facts([], { status: 'temporarily-closed' }), { kind: 'temporarily-closed' }],
  ];
  for (const [label, service, expected] of cases) {
    it(label, () => check(service, noon, expected));
  }
});

describe('openingStatus: DST change days', () => {
  // 29 March 2026: 02:00 -> 03:00. 25 October 2026: 03:00 -> 02:00. Hours are wall-clock times.
  const early = facts([hours(EVERY_DAY, '01:00', '04:00')], { openOnHolidays: true });
  const saturdayNight = facts([hours(['sa'], '22:00', '02:45')]);
  table(early, [
    ['spring: 01:59', '2026-03-29T00:59:00Z', { kind: 'open', closes: at('2026-03-29', '04:00', 'su', 0) }],
    ['spring: 01:30Z is 03:30', '2026-03-29T01:30:00Z', { kind: 'open', closes: at('2026-03-29', '04:00', 'su', 0) }],
    ['spring: 02:00Z is 04:00', '2026-03-29T02:00:00Z', { kind: 'closed', opens: at('2026-03-30', '01:00', 'mo', 1) }],
    ['autumn: 02:00Z is 03:00 winter time', '2026-10-25T02:00:00Z', { kind: 'open', closes: at('2026-10-25', '04:00', 'su', 0) }],
    ['autumn: 03:00Z is 04:00', '2026-10-25T03:00:00Z', { kind: 'closed', opens: at('2026-10-26', '01:00', 'mo', 1) }],
  ]);
  table(saturdayNight, [
    ['spring: 01:00Z is 03:00, past 02:45', '2026-03-29T01:00:00Z', { kind: 'closed', opens: at('2026-04-04', '22:00', 'sa', 6) }],
    ['spring: 00:44Z is 01:44', '2026-03-29T00:44:00Z', { kind: 'open', closes: at('2026-03-29', '02:45', 'su', 0) }],
    ['autumn: 00:30Z is 02:30 summer time', '2026-10-25T00:30:00Z', { kind: 'open', closes: at('2026-10-25', '02:45', 'su', 0) }],
    ['autumn: 01:30Z is 02:30 again', '2026-10-25T01:30:00Z', { kind: 'open', closes: at('2026-10-25', '02:45', 'su', 0) }],
    ['autumn: 01:50Z is 02:50 winter time', '2026-10-25T01:50:00Z', { kind: 'closed', opens: at('2026-10-31', '22:00', 'sa', 6) }],
  ]);
});

describe('openingStatus: opens and closes at the same time', () => {
  // The validator rejects it; like any `closes` not after `opens`, it runs past midnight: 24 hours.
  const wednesday = facts([hours(['we'], '09:00', '09:00')]);
  table(wednesday, [
    ['before', '2026-07-08T08:59+02:00', { kind: 'closed', opens: at('2026-07-08', '09:00', 'we', 0) }],
    ['during', '2026-07-09T08:59+02:00', { kind: 'open', closes: at('2026-07-09', '09:00', 'th', 0) }],
  ]);
});

describe('openingStatus: bad times are ignored', () => {
  it('an interval whose times are not HH:MM never opens', () => {
    const bad = facts([hours(EVERY_DAY, '9:00', '13:00'), hours(EVERY_DAY, '15:00', 'late')]);
    check(bad, '2026-07-08T10:00+02:00', { kind: 'closed' });
    const outOfDay = facts([hours(EVERY_DAY, '-1:00', '13:00'), hours(EVERY_DAY, '09:00', '24:30'), hours(EVERY_DAY, '09:00', '12:60')]);
    check(outOfDay, '2026-07-08T10:00+02:00', { kind: 'closed' });
    const mixed = facts([hours(EVERY_DAY, 'noon', '13:00'), hours(EVERY_DAY, '15:00', '18:00')]);
    check(mixed, '2026-07-08T10:00+02:00', { kind: 'closed', opens: at('2026-07-08', '15:00', 'we', 0) });
  });
});

describe('isOpenAt agrees with openingStatus', () => {
  const directory: Closure[] = [
    closure('2027-03-30', '2027-03-30', 'MATERA'),
    closure('2026-10-27', '2026-10-27', 'Policoro'),
    closure('2026-10-29'),
  ];
  const services: [string, OpeningFacts][] = [
    ['split shifts and Saturday morning', facts([hours(WORKDAYS, '09:00', '13:00'), hours(WORKDAYS, '15:00', '18:00'), hours(['sa'], '09:00', '12:30')])],
    ['weekend nights', facts([hours(['fr', 'sa'], '22:00', '02:30'), hours(['su'], '23:00', '01:00')], { municipality: 'Matera' })],
    ['round the clock', facts([hours(EVERY_DAY, '00:00', '24:00')], { municipality: 'Policoro' })],
    ['small hours, open on holidays', facts([hours(EVERY_DAY, '01:00', '04:00'), hours(['sa', 'su'], '02:15', '02:45')], { openOnHolidays: true })],
    ['closures of its own', facts([hours(WORKDAYS, '08:00', '14:00'), hours(['we'], '20:00', '00:00')], {
      municipality: 'Matera',
      closures: [closure('2027-03-24', '2027-03-25'), closure('2026-10-21')],
    })],
    ['until midnight and on past it', facts([hours(['tu', 'th'], '18:00', '24:00'), hours(['we', 'fr'], '00:00', '03:00')])],
    ['temporarily closed', facts([hours(EVERY_DAY, '00:00', '24:00')], { status: 'temporarily-closed' })],
    ['no hours', facts([])],
  ];
  // The start, and how many half hours a round-the-clock service of Policoro is open: all but its
  // shut days, counted in half hours of UTC (Easter 2027 is 23 hours long in Rome).
  const fortnights: [string, string, number][] = [
    ['Easter and the spring DST change of 2027', '2027-03-20T00:00:00Z', 16 * 48 - 46 - 48],
    ['the autumn DST change and All Saints 2026', '2026-10-18T00:00:00Z', 16 * 48 - 3 * 48],
  ];
  for (const [label, start, roundTheClock] of fortnights) {
    for (const [name, service] of services) {
      it(`${label}: ${name}`, () => {
        const mismatches: string[] = [];
        let open = 0;
        for (let step = 0; step < 16 * 48; step++) {
          const now = new Date(Date.parse(start) + step * 30 * 60_000);
          const status = openingStatus(service, now, directory);
          const fast = isOpenAt(service, now, directory);
          if (fast !== (status.kind === 'open')) mismatches.push(`${now.toISOString()}: ${fast} vs ${status.kind}`);
          if (fast) open++;
        }
        expect(mismatches).to.deep.equal([]);
        // Both answers occur, so agreement is not the trivial kind.
        const steps = 16 * 48;
        if (service.status || service.hours.length === 0) expect(open).to.equal(0);
        else if (name === 'round the clock') expect(open).to.equal(roundTheClock);
        else expect(open).to.be.within(1, steps - 1);
      });
    }
  }
});
