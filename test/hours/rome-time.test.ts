import { expect } from '@open-wc/testing';
import { addDays, romeMoment, weekdayOf } from '../../src/hours/rome-time.js';
import type { Weekday } from '../../src/data/types.js';

describe('romeMoment', () => {
  // UTC instants, so the cases hold whatever the machine's own time zone is.
  const cases: [string, string, string, string, Weekday][] = [
    ['winter: UTC+1', '2026-01-15T08:00:00Z', '2026-01-15', '09:00', 'th'],
    ['summer: UTC+2', '2026-07-01T07:30:00Z', '2026-07-01', '09:30', 'we'],
    ['summer: already tomorrow in Rome', '2026-07-01T22:30:00Z', '2026-07-02', '00:30', 'th'],
    ['winter: new year in Rome, not yet in UTC', '2025-12-31T23:00:00Z', '2026-01-01', '00:00', 'th'],
    ['last minute of a Rome day', '2026-01-15T22:59:00Z', '2026-01-15', '23:59', 'th'],
    ['seconds are dropped', '2026-07-01T07:30:59.999Z', '2026-07-01', '09:30', 'we'],
    ['leap day', '2028-02-29T12:00:00Z', '2028-02-29', '13:00', 'tu'],
    // 29 March 2026: clocks go from 02:00 to 03:00.
    ['spring forward: the last minute before', '2026-03-29T00:59:00Z', '2026-03-29', '01:59', 'su'],
    ['spring forward: 02:00 is skipped', '2026-03-29T01:00:00Z', '2026-03-29', '03:00', 'su'],
    ['spring forward: 01:30Z is 03:30', '2026-03-29T01:30:00Z', '2026-03-29', '03:30', 'su'],
    ['spring forward: the day before is winter time', '2026-03-28T12:00:00Z', '2026-03-28', '13:00', 'sa'],
    // 25 October 2026: clocks go from 03:00 back to 02:00.
    ['fall back: 00:30Z is 02:30 summer time', '2026-10-25T00:30:00Z', '2026-10-25', '02:30', 'su'],
    ['fall back: 01:30Z is 02:30 again', '2026-10-25T01:30:00Z', '2026-10-25', '02:30', 'su'],
    ['fall back: 02:30Z is 03:30', '2026-10-25T02:30:00Z', '2026-10-25', '03:30', 'su'],
    ['fall back: the day before is summer time', '2026-10-24T21:59:00Z', '2026-10-24', '23:59', 'sa'],
  ];
  for (const [label, iso, date, time, weekday] of cases) {
    it(`${label}: ${iso} -> ${date} ${time} ${weekday}`, () => {
      const [hour, minute] = time.split(':').map(Number) as [number, number];
      expect(romeMoment(new Date(iso))).to.deep.equal({ date, minutes: hour * 60 + minute, weekday });
    });
  }

  it('answers each instant afresh when asked about several in turn', () => {
    const summer = new Date('2026-07-01T07:30:00Z');
    const winter = new Date('2026-01-15T08:00:00Z');
    expect(romeMoment(summer).minutes).to.equal(570);
    expect(romeMoment(winter).minutes).to.equal(540);
    expect(romeMoment(summer).minutes).to.equal(570);
    expect(romeMoment(new Date('2026-07-01T07:31:00Z')).minutes).to.equal(571);
  });

  it('its weekday is the weekday of its date', () => {
    for (let hour = 0; hour < 24 * 14; hour += 5) {
      const moment = romeMoment(new Date(Date.UTC(2026, 2, 22, hour, 17)));
      expect(moment.weekday, moment.date).to.equal(weekdayOf(moment.date));
    }
  });

  it("agrees with the browser's own Europe/Rome time (Intl) every half hour of 2020-2035", () => {
    const rome = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Rome',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    const disagreements: string[] = [];
    // 30 min + 7 min steps: every time of day, every day of the week, every DST change.
    for (let time = Date.UTC(2020, 0, 1); time < Date.UTC(2036, 0, 1); time += 37 * 60_000) {
      const parts: Record<string, string> = {};
      for (const part of rome.formatToParts(time)) parts[part.type] = part.value;
      const expected = `${parts.year}-${parts.month}-${parts.day} ${Number(parts.hour) * 60 + Number(parts.minute)}`;
      const moment = romeMoment(new Date(time));
      if (`${moment.date} ${moment.minutes}` !== expected) disagreements.push(`${new Date(time).toISOString()}: ${moment.date} ${moment.minutes}, Intl ${expected}`);
    }
    expect(disagreements.slice(0, 5)).to.deep.equal([]);
  });

  it('an invalid date throws a RangeError', () => {
    expect(() => romeMoment(new Date(Number.NaN))).to.throw(RangeError);
  });
});

describe('addDays', () => {
  const cases: [string, number, string][] = [
    ['2026-07-08', 0, '2026-07-08'],
    ['2026-07-08', 1, '2026-07-09'],
    ['2026-07-08', 14, '2026-07-22'],
    ['2026-07-08', -1, '2026-07-07'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    // DST change days are 23 and 25 hours long in Rome; civil dates do not care.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', -1, '2026-10-24'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
  ];
  for (const [date, days, expected] of cases) {
    it(`${date} ${days >= 0 ? '+' : ''}${days} -> ${expected}`, () => {
      expect(addDays(date, days)).to.equal(expected);
    });
  }
});

describe('weekdayOf', () => {
  const cases: [string, Weekday][] = [
    ['2026-07-06', 'mo'],
    ['2026-07-07', 'tu'],
    ['2026-07-08', 'we'],
    ['2026-01-01', 'th'],
    ['2026-07-10', 'fr'],
    ['2000-01-01', 'sa'],
    ['2026-03-29', 'su'],
    ['2026-10-25', 'su'],
    ['2028-02-29', 'tu'],
    ['2285-03-22', 'su'],
  ];
  for (const [date, weekday] of cases) {
    it(`${date} is ${weekday}`, () => {
      expect(weekdayOf(date)).to.equal(weekday);
    });
  }
});
