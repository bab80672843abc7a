/**
 * Generated recurring opportunities for the occurrence properties: RFC 5545 rules and schema.org
 * schedules with every part inside its valid range, in zones with odd offsets and DST rules
 * (half-hour, 45-minute and 30-minute shifts), with start times that fall in DST gaps and overlaps.
 */
import fc from 'fast-check';
import { ZONES } from './feed-arbitraries.js';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const pad = (value: number) => String(value).padStart(2, '0');

export const startDay = fc.record({ year: fc.integer({ min: 2024, max: 2027 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);

/** Clock times, heavy on the hours zones skip or repeat when their offset changes. */
const startTime = fc.oneof(
  fc.constantFrom('00:00', '00:30', '01:00', '01:30', '02:00', '02:15', '02:30', '02:45', '03:00', '23:30', '23:59'),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([hour, minute]) => `${pad(hour)}:${pad(minute)}`),
);

const duration = fc.constantFrom('PT0M', 'PT30M', 'PT1H', 'PT1H30M', 'PT3H', 'PT25H');

const sortedSubset = <T>(values: readonly T[], min = 1, max = 3) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: min, maxLength: max }).map((picked) => values.filter((value) => picked.includes(value)));

/** FREQ with the BY parts that suit it, INTERVAL, and an end (COUNT, UNTIL or none). */
export const rrule = fc.record({
  freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
  interval: fc.integer({ min: 1, max: 4 }),
  days: sortedSubset(WEEKDAYS),
  ordinal: fc.constantFrom(undefined, 1, 2, -1),
  monthDays: fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -3, max: -1 })), { minLength: 1, maxLength: 2 }),
  months: sortedSubset([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 1, 4),
  shape: fc.constantFrom('byday', 'bymonthday', 'plain', 'setpos'),
  end: fc.oneof(fc.record({ count: fc.integer({ min: 1, max: 60 }) }), startDay.map((until) => ({ until })), fc.constant({})),
}).map(({ freq, interval, days, ordinal, monthDays, months, shape, end }) => {
  const parts = [`FREQ=${freq}`, `INTERVAL=${interval}`];
  const ordinalAllowed = ordinal !== undefined && (freq === 'MONTHLY' || freq === 'YEARLY');
  if (shape === 'byday' || shape === 'setpos') parts.push(`BYDAY=${days.map((day) => (ordinalAllowed && shape === 'byday' ? `${ordinal}${day}` : day)).join(',')}`);
  if (shape === 'bymonthday' && freq !== 'WEEKLY') parts.push(`BYMONTHDAY=${monthDays.join(',')}`);
  if (freq === 'YEARLY' && shape !== 'plain') parts.push(`BYMONTH=${months.join(',')}`);
  if (shape === 'setpos' && freq !== 'DAILY') parts.push('BYSETPOS=-1');
  if ('count' in end) parts.push(`COUNT=${end.count}`);
  if ('until' in end) parts.push(`UNTIL=${end.until.replace(/-/g, '')}`);
  return parts.join(';');
});

const schemaSchedule = fc.record({
  repeatFrequency: fc.constantFrom('P1D', 'P1W', 'P2W', 'P1M', 'P1Y'),
  byDay: sortedSubset(WEEKDAYS),
  repeatCount: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
}).map(({ repeatFrequency, byDay, repeatCount }) => ({
  repeatFrequency,
  ...(repeatFrequency.endsWith('W') ? { byDay } : {}),
  ...(repeatCount !== undefined ? { repeatCount } : {}),
}));

/** One schedule: timed or all-day, RRULE or schema.org parts, sometimes with an excepted date. */
export const schedule = fc.record({
  rule: fc.oneof(rrule.map((text) => ({ rrule: text })), schemaSchedule),
  startDate: startDay,
  allDay: fc.boolean(),
  startTime,
  duration,
  zone: fc.constantFrom(...ZONES),
  exceptDate: fc.option(startDay, { nil: undefined }),
}).map(({ rule, startDate, allDay, startTime: time, duration: length, zone, exceptDate }) => ({
  ...rule,
  startDate,
  ...(allDay ? {} : { startTime: time, duration: length }),
  scheduleTimezone: zone,
  ...(exceptDate ? { exceptDate: [exceptDate] } : {}),
}));

/** A feed of 1–4 recurring opportunities, one or two schedules each, some with a moved occurrence. */
export const recurringFeed = fc.array(
  fc.record({
    schedules: fc.array(schedule, { minLength: 1, maxLength: 2 }),
    zone: fc.constantFrom(...ZONES),
    cancelled: fc.boolean(),
    change: fc.constantFrom(undefined, 'moved', 'cancelled'),
  }),
  { minLength: 1, maxLength: 4 },
).map((items) => ({
  version: '1.0',
  id: 'generated',
  timeZone: 'Europe/London',
  opportunities: items.map((item, index) => ({
    id: `item-${index}`,
    name: `Item ${index}`,
    eventAttendanceMode: 'online',
    timeZone: item.zone,
    eventSchedule: item.schedules,
    ...(item.cancelled ? { eventStatus: 'cancelled' } : {}),
    ...(item.change ? { occurrenceChanges: [firstOccurrenceChange(item.schedules[0]!, item.change)] } : {}),
  })),
}));

/** A change to the series' first start: moved a day and an hour later, or cancelled. */
function firstOccurrenceChange(first: { startDate: string; startTime?: string }, change: 'moved' | 'cancelled') {
  const occurrence = first.startTime ? `${first.startDate}T${first.startTime}` : first.startDate;
  if (change === 'cancelled') return { occurrence, eventStatus: 'cancelled' };
  const next = new Date(Date.parse(`${first.startDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { occurrence, startDate: first.startTime ? `${next}T${first.startTime}` : next };
}

/**
 * A window [fromMs, toMs) from an hour to ~13 months long, placed near a series' first start (where
 * bounded series have their occurrences), and a point inside it to split at.
 */
export function windowNear(startDate: string) {
  const anchor = Date.parse(`${startDate}T00:00:00Z`);
  return fc.record({
    offsetMs: fc.integer({ min: -60 * 86_400_000, max: 500 * 86_400_000 }),
    lengthMs: fc.oneof(fc.integer({ min: 3_600_000, max: 7 * 86_400_000 }), fc.integer({ min: 86_400_000, max: 400 * 86_400_000 })),
    splitAt: fc.double({ min: 0, max: 1, noNaN: true }),
  }).map(({ offsetMs, lengthMs, splitAt }) => ({
    fromMs: anchor + offsetMs,
    toMs: anchor + offsetMs + lengthMs,
    splitMs: anchor + offsetMs + Math.round(lengthMs * splitAt),
  }));
}

/** A generated feed and a window near its first series. */
export const feedAndWindow = recurringFeed.chain((feed) =>
  windowNear(feed.opportunities[0]!.eventSchedule[0]!.startDate).map((window) => ({ feed, window })),
);
