/**
 * When an OpenActive opportunity happens, as Learning Feed timing fields.
 *
 * Listed sessions (`subEvent` ScheduledSessions / Events) are what a participant can book, so
 * when present they are the occurrences: one schedule listing their starts (rdate), cancelled
 * ones as occurrenceChanges. Otherwise the `eventSchedule` (schema.org Schedule, the same field
 * names as ours) is copied; otherwise startDate/endDate/duration. OpenActive writes instants with
 * offsets ("2018-10-02T19:15:00Z"); they become wall-clock times in the schedule's zone.
 */
import type { DocumentOccurrenceChange, DocumentOpportunity, DocumentSchedule } from './document.js';
import { shortWallTime } from './ids.js';
import { asList, eventStatus, isObject, text, typeOf, type JsonObject } from './openactive-fields.js';
import { parseFeedDateTime, parseIsoDuration } from '../time/datetime.js';
import { epochMsToLocal, isValidTimeZone, localToEpochMs } from '../time/zone.js';

type TimingFields = Pick<DocumentOpportunity, 'startDate' | 'endDate' | 'duration' | 'timeZone' | 'eventSchedule' | 'occurrenceChanges'>;

export interface TimingNote {
  pointer: string;
  message: string;
  hint?: string;
}

/** A date or date-time as the wall clock in `zone`; instants with offsets are converted. */
export function wallTimeIn(value: unknown, zone: string): string | undefined {
  const parsed = typeof value === 'string' ? parseFeedDateTime(value) : undefined;
  if (!parsed) return undefined;
  if (parsed.allDay || parsed.offsetMinutes === undefined) return parsed.local;
  const instant = localToEpochMs(parsed.local, 'UTC') - parsed.offsetMinutes * 60_000;
  return epochMsToLocal(instant, zone);
}

const scheduleFields = [
  'repeatFrequency', 'byDay', 'byMonthDay', 'byMonth', 'repeatCount', 'startDate', 'endDate', 'startTime', 'endTime', 'duration', 'exceptDate', 'scheduleTimezone',
] as const;

function copySchedule(schedule: JsonObject): DocumentSchedule {
  const copy: Record<string, unknown> = {};
  for (const field of scheduleFields) if (schedule[field] !== undefined) copy[field] = schedule[field];
  return copy as DocumentSchedule;
}

function sessionSeconds(session: JsonObject, zone: string, fallback: number | undefined): number | undefined {
  const start = wallTimeIn(session.startDate, zone);
  const end = wallTimeIn(session.endDate, zone);
  if (start && end && start.length > 10 && end.length > 10) return (localToEpochMs(end, zone) - localToEpochMs(start, zone)) / 1000;
  const duration = typeof session.duration === 'string' ? parseIsoDuration(session.duration) : undefined;
  return duration ?? fallback;
}

function isoDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || (!hours && !minutes) ? `${rest}S` : ''}`;
}

function fromSessions(sessions: JsonObject[], zone: string, defaultSeconds: number | undefined, pointer: string, notes: TimingNote[]): TimingFields | undefined {
  const dated = sessions
    .map((session, index) => ({ session, index, start: wallTimeIn(session.startDate, zone) }))
    .filter((entry): entry is { session: JsonObject; index: number; start: string } => {
      if (!entry.start) notes.push({ pointer: `${pointer}/${entry.index}/startDate`, message: `Session ${entry.index + 1} has no readable startDate and was left out`, hint: 'Write an ISO 8601 date-time such as 2018-10-02T19:15:00Z.' });
      return !!entry.start;
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const first = dated[0];
  if (!first) return undefined;
  const seconds = sessionSeconds(first.session, zone, defaultSeconds) ?? 0;
  // A list of dates: every session is an rdate (the schedule's first date is the earliest).
  const schedule: DocumentSchedule = { rdate: [...new Set(dated.map((entry) => shortWallTime(entry.start)))] };
  if (seconds > 0) schedule.duration = isoDuration(seconds);
  const changes: DocumentOccurrenceChange[] = [];
  for (const { session, start } of dated) {
    const change: DocumentOccurrenceChange = { occurrence: shortWallTime(start) };
    const status = eventStatus(session.eventStatus);
    if (status && status !== 'scheduled') change.eventStatus = status;
    const own = sessionSeconds(session, zone, seconds);
    if (own !== undefined && own !== seconds && start.length > 10) {
      change.startDate = shortWallTime(start);
      change.endDate = shortWallTime(epochMsToLocal(localToEpochMs(start, zone) + own * 1000, zone));
    }
    if (Object.keys(change).length > 1) changes.push(change);
  }
  const fields: TimingFields = { eventSchedule: [schedule] };
  if (changes.length) fields.occurrenceChanges = changes;
  return fields;
}

/**
 * @param data the opportunity's data object
 * @param pointer JSON pointer of `data` in the input, for notes
 * @param feedZone the feed's default zone
 */
export function openActiveTiming(data: JsonObject, pointer: string, feedZone: string, notes: TimingNote[]): TimingFields {
  const schedules = asList(data.eventSchedule).filter(isObject);
  const scheduleZone = schedules.map((schedule) => text(schedule.scheduleTimezone)).find((zone) => zone && isValidTimeZone(zone));
  const zone = scheduleZone ?? feedZone;
  const defaultSeconds = typeof data.duration === 'string' ? parseIsoDuration(data.duration) : undefined;
  const sessions = asList(data.subEvent).filter((entry): entry is JsonObject => isObject(entry) && ['ScheduledSession', 'Event', 'Slot'].includes(typeOf(entry) ?? 'Event'));
  let fields: TimingFields | undefined;
  if (sessions.length) fields = fromSessions(sessions, zone, defaultSeconds, `${pointer}/subEvent`, notes);
  if (!fields && schedules.length) {
    const usable = schedules.filter((schedule, index) => {
      if (schedule.startDate !== undefined || schedule.rrule !== undefined) return true;
      notes.push({ pointer: `${pointer}/eventSchedule/${index}`, message: `The ${typeOf(schedule) ?? 'Schedule'} has no startDate, so its dates cannot be worked out and it was left out`, hint: 'Give the schedule a startDate, or list the sessions as subEvent.' });
      return false;
    });
    if (usable.length) fields = { eventSchedule: usable.map(copySchedule) };
  }
  if (!fields) {
    fields = {};
    const start = wallTimeIn(data.startDate, zone);
    const end = wallTimeIn(data.endDate, zone);
    if (start) fields.startDate = shortWallTime(start);
    if (end && start && end.length === start.length) fields.endDate = shortWallTime(end);
    else if (start && typeof data.duration === 'string' && start.length > 10) fields.duration = data.duration;
    if (data.startDate !== undefined && !start) notes.push({ pointer: `${pointer}/startDate`, message: `startDate ${JSON.stringify(data.startDate)} is not an ISO 8601 date or date-time and was left out` });
  }
  if (zone !== feedZone) fields.timeZone = zone;
  return fields;
}
