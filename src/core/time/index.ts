/**
 * core/time: local wall-clock times in IANA zones, RFC 5545 recurrence and schema.org schedules,
 * expanded by one engine into occurrences within a window.
 */
export { parseFeedDateTime, parseIsoDuration, parseLocalTime } from './datetime.js';
export type { FeedDateTime } from './datetime.js';
export { isValidTimeZone, localToEpochMs, epochMsToLocal, offsetMinutesAt, formatRfc3339 } from './zone.js';
export { parseRRule, RRuleError, WEEKDAY_CODES } from './rrule.js';
export type { RecurrenceRule, RecurrenceUntil, WeekdayNum, Frequency } from './rrule.js';
export { expandRule, MAX_PERIODS } from './expand.js';
export type { ExpandOptions } from './expand.js';
export { scheduleToSpec } from './schedule.js';
export type { SchemaScheduleInput, ScheduleProblem } from './schedule.js';
export { scheduleStartsBetween, MAX_STARTS_PER_SCHEDULE } from './series.js';
export { occurrencesBetween, opportunityOccurrences, compareOccurrences, soonestStartMs } from './occurrences.js';
export { occurrenceBounds, boundsMeet } from './occurrence-bounds.js';
export type { OccurrenceBounds } from './occurrence-bounds.js';
