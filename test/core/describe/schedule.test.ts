import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeSchedule, describeTiming } from '../../../src/core/describe/index.js';
import type { ScheduleSpec, Timing } from '../../../src/core/model.js';

/** Intl puts narrow and thin no-break spaces around some ranges; compare words, not space code points. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function spec(overrides: Partial<ScheduleSpec>): ScheduleSpec {
  return { start: '2026-01-08T10:00:00', durationSeconds: 20 * 60, allDay: false, timeZone: 'Europe/London', rdates: [], exdates: [], ...overrides };
}

const fortnightlyThursday = spec({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH' });
const weeklyTuesday = spec({ start: '2026-01-06T20:15:00', durationSeconds: 30 * 60, rrule: 'FREQ=WEEKLY;BYDAY=TU' });
const secondMonday = spec({ start: '2026-01-12T18:00:00', durationSeconds: 3600, rrule: 'FREQ=MONTHLY;BYDAY=2MO' });
const lastFriday = spec({ start: '2026-01-30', durationSeconds: 86400, allDay: true, rrule: 'FREQ=MONTHLY;BYDAY=-1FR' });
const threeDates = spec({ start: '2026-03-03T10:00:00', rdates: ['2026-03-17T10:00:00', '2026-04-07T10:00:00'] });
const fiveDates = spec({ start: '2026-03-03T10:00:00', rdates: ['2026-03-17T10:00:00', '2026-04-07T10:00:00', '2026-05-05T10:00:00', '2026-06-02T10:00:00'] });

describe('describeSchedule in English', () => {
  it('says fortnightly as "every other"', () => {
    assert.equal(plain(describeSchedule(fortnightlyThursday, 'en-GB')), 'Every other Thursday, 10:00–10:20');
  });
  it('says a weekly rule with its day and times', () => {
    assert.equal(plain(describeSchedule(weeklyTuesday, 'en-GB')), 'Every Tuesday, 20:15–20:45');
  });
  it('uses the start day when a weekly rule names none', () => {
    assert.equal(plain(describeSchedule(spec({ rrule: 'FREQ=WEEKLY' }), 'en-GB')), 'Every Thursday, 10:00–10:20');
  });
  it('lists several weekdays in week order', () => {
    assert.equal(plain(describeSchedule(spec({ rrule: 'FREQ=WEEKLY;BYDAY=TH,TU' }), 'en-GB')), 'Every Tuesday and Thursday, 10:00–10:20');
  });
  it('says monthly-by-weekday with an ordinal', () => {
    assert.equal(plain(describeSchedule(secondMonday, 'en-GB')), 'On the second Monday of every month, 18:00–19:00');
  });
  it('says the last weekday of the month, without a time when all-day', () => {
    assert.equal(describeSchedule(lastFriday, 'en-GB'), 'On the last Friday of every month');
  });
  it('says daily rules', () => {
    assert.equal(describeSchedule(spec({ allDay: true, start: '2026-01-01', rrule: 'FREQ=DAILY' }), 'en'), 'Every day');
    assert.equal(describeSchedule(spec({ allDay: true, start: '2026-01-01', rrule: 'FREQ=DAILY;INTERVAL=3' }), 'en'), 'Every 3 days');
  });
  it('says month days and the rule end', () => {
    assert.equal(
      plain(describeSchedule(spec({ allDay: true, start: '2026-01-01', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,-1;UNTIL=20260630' }), 'en-GB')),
      'On the day 1 and the last day of every month, until Tue, 30 Jun 2026',
    );
    assert.equal(
      plain(describeSchedule(spec({ rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=10' }), 'en-GB')),
      'Every Thursday, 10:00–10:20, 10 times',
    );
  });
  it('lists a few irregular dates and counts many', () => {
    assert.equal(plain(describeSchedule(threeDates, 'en-GB')), 'On Tue 3 Mar, Tue 17 Mar and Tue 7 Apr, 10:00–10:20');
    assert.equal(plain(describeSchedule(fiveDates, 'en-GB')), 'On 5 dates, 10:00–10:20');
  });
  it('leaves out the time when irregular dates start at different times', () => {
    const mixed = spec({ start: '2026-03-03T10:00:00', rdates: ['2026-03-17T14:00:00'] });
    assert.equal(plain(describeSchedule(mixed, 'en-GB')), 'On Tue 3 Mar and Tue 17 Mar');
  });
  it('says "repeats regularly" for rules words cannot state exactly, and for broken rules', () => {
    assert.equal(describeSchedule(spec({ allDay: true, start: '2026-01-01', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' }), 'en'), 'Repeats regularly');
    assert.equal(describeSchedule(spec({ rrule: 'FREQ=SOMETIMES' }), 'en'), 'Repeats regularly');
  });
  it('follows the locale for the clock (12-hour in US English)', () => {
    assert.equal(plain(describeSchedule(weeklyTuesday, 'en-US')), 'Every Tuesday, 8:15 – 8:45 PM');
  });
});

describe('describeSchedule in French and Korean', () => {
  it('French: weekly, fortnightly, monthly, irregular', () => {
    assert.equal(plain(describeSchedule(weeklyTuesday, 'fr')), 'Chaque mardi, 20:15 – 20:45');
    assert.equal(plain(describeSchedule(fortnightlyThursday, 'fr')), 'Un jeudi sur deux, 10:00 – 10:20');
    assert.equal(plain(describeSchedule(secondMonday, 'fr')), 'Le deuxième lundi de chaque mois, 18:00 – 19:00');
    assert.equal(describeSchedule(lastFriday, 'fr'), 'Le dernier vendredi de chaque mois');
    assert.equal(plain(describeSchedule(fiveDates, 'fr')), 'À 5 dates, 10:00 – 10:20');
  });
  it('Korean: weekly, fortnightly, monthly, irregular', () => {
    // The day-period marker (오후 or PM) differs between ICU versions; the sentence and the clock do not.
    assert.match(plain(describeSchedule(weeklyTuesday, 'ko')), /^매주 화요일, \S+ 8:15~8:45$/);
    assert.match(plain(describeSchedule(fortnightlyThursday, 'ko')), /^격주 목요일, \S+ 10:00~10:20$/);
    assert.equal(describeSchedule(lastFriday, 'ko'), '매월 마지막 금요일');
    assert.match(plain(describeSchedule(secondMonday, 'ko')), /^매월 둘째 월요일, \S+ 6:00~7:00$/);
    assert.match(plain(describeSchedule(fiveDates, 'ko')), /^5회 일정, \S+ 10:00~10:20$/);
  });
  it('German, Spanish and Arabic have their own sentences', () => {
    assert.equal(plain(describeSchedule(fortnightlyThursday, 'de')), 'Jeden zweiten Donnerstag, 10:00–10:20 Uhr');
    assert.equal(plain(describeSchedule(secondMonday, 'es')), 'El segundo lunes de cada mes, 18:00–19:00');
    assert.match(describeSchedule(weeklyTuesday, 'ar'), /^كل يوم الثلاثاء، /);
  });
});

describe('describeTiming', () => {
  const timing = (overrides: Partial<Timing>): { timing: Timing } => ({
    timing: { timeZone: 'Europe/London', allDay: false, schedules: [], changes: [], ...overrides },
  });
  it('says a one-off with its date and times', () => {
    assert.equal(plain(describeTiming(timing({ start: '2026-12-05T14:00:00', end: '2026-12-05T16:00:00' }), 'en-GB')), 'Sat, 5 Dec 2026, 14:00–16:00');
  });
  it('says an all-day span as a date range', () => {
    assert.equal(plain(describeTiming(timing({ start: '2026-12-05', end: '2026-12-06', allDay: true }), 'en-GB')), 'Sat, 5 Dec – Sun, 6 Dec 2026');
  });
  it('uses the schedules when there are any', () => {
    assert.equal(plain(describeTiming(timing({ schedules: [weeklyTuesday] }), 'en-GB')), 'Every Tuesday, 20:15–20:45');
  });
  it('is empty without any timing', () => {
    assert.equal(describeTiming(timing({}), 'en'), '');
  });
});
