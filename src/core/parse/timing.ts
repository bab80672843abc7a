/** Reads an opportunity's dates, zone, schedules and occurrence changes into a model Timing. */
import type { OccurrenceChange, Timing } from '../model.js';
import { addDuration, compareLocal, DATE_HINT, readDuration, readLocalDateTime, readTimeZone, type LocalDateTime } from './dates.js';
import type { FeedContext } from './context.js';
import { fieldPointer, jsonTypeName } from './problems.js';
import { readSchedules } from './schedules.js';
import { field, isRecord, listItemPointer, readList, readText } from './values.js';
import { EVENT_STATUSES, readEnum } from './vocabulary.js';

/** Checks that an end matches its start's form and does not come first; returns the usable end. */
function checkEnd(start: LocalDateTime, end: LocalDateTime, pointer: string, context: FeedContext): LocalDateTime | undefined {
  if (start.allDay !== end.allDay) {
    context.log.error(
      pointer,
      `endDate is ${end.allDay ? 'a date' : 'a date-time'} but startDate is ${start.allDay ? 'a date' : 'a date-time'}; the end was ignored.`,
      'Write both as dates (all-day: 2026-12-01) or both as date-times (2026-12-01T18:00).',
    );
    return undefined;
  }
  if (compareLocal(end.local, start.local) < 0) {
    context.log.error(pointer, `endDate ${end.local} is before startDate ${start.local}; the end was ignored.`, 'For all-day items, endDate is the last day (inclusive).');
    return undefined;
  }
  return end;
}

function readOccurrenceChanges(value: unknown, pointer: string, context: FeedContext, timeZone: string): OccurrenceChange[] {
  const list = readList(value, pointer, context);
  if (!list) return [];
  const changes: OccurrenceChange[] = [];
  list.forEach((entry, index) => {
    const at = listItemPointer(value, pointer, index);
    if (!isRecord(entry)) {
      context.log.error(at, `This occurrence change is ${jsonTypeName(entry)}, not an object, so it was ignored.`);
      return;
    }
    const rawOccurrence = field(entry, 'occurrence');
    const occurrence = readLocalDateTime(rawOccurrence, fieldPointer(at, 'occurrence'), context, timeZone);
    if (!occurrence) {
      if (rawOccurrence === undefined) {
        context.log.error(fieldPointer(at, 'occurrence'), 'This occurrence change does not say which occurrence it changes, so it was ignored.', `Give the original start of the occurrence. ${DATE_HINT}`);
      }
      return;
    }
    const change: OccurrenceChange = { occurrence: occurrence.local };
    const start = readLocalDateTime(field(entry, 'startDate'), fieldPointer(at, 'startDate'), context, timeZone);
    if (start) change.start = start.local;
    const end = readLocalDateTime(field(entry, 'endDate'), fieldPointer(at, 'endDate'), context, timeZone);
    if (end) {
      const checked = start ? checkEnd(start, end, fieldPointer(at, 'endDate'), context) : end;
      if (checked) change.end = checked.local;
    }
    const status = readEnum(field(entry, 'eventStatus'), fieldPointer(at, 'eventStatus'), context, EVENT_STATUSES);
    if (status) change.status = status;
    const name = readText(field(entry, 'name'), fieldPointer(at, 'name'), context);
    if (name) change.name = name;
    changes.push(change);
  });
  return changes;
}

/** The Timing of the opportunity at `pointer`. Bad parts are dropped with a problem; the rest is kept. */
export function readTiming(record: Record<string, unknown>, pointer: string, context: FeedContext): Timing {
  const at = (name: string) => fieldPointer(pointer, name);
  // Fields not given are not read: every reader would return nothing for them, and their pointers need not be built.
  const rawZone = field(record, 'timeZone');
  const timeZone = (rawZone === undefined ? undefined : readTimeZone(rawZone, at('timeZone'), context, `the feed's zone ${context.timeZone} was used`)) ?? context.timeZone;
  const rawStart = field(record, 'startDate');
  const start = rawStart === undefined ? undefined : readLocalDateTime(rawStart, at('startDate'), context, timeZone);
  const rawEndDate = field(record, 'endDate');
  const rawEnd = rawEndDate === undefined ? undefined : readLocalDateTime(rawEndDate, at('endDate'), context, timeZone);
  const rawDuration = field(record, 'duration');
  const durationSeconds = rawDuration === undefined ? undefined : readDuration(rawDuration, at('duration'), context);

  const timing: Timing = { timeZone, allDay: start?.allDay ?? false, schedules: [], changes: [] };
  if (start) {
    timing.start = start.local;
    const end = rawEnd ? checkEnd(start, rawEnd, at('endDate'), context) : undefined;
    if (end) timing.end = end.local;
    else if (durationSeconds !== undefined && !rawEnd) timing.end = addDuration(start, durationSeconds, timeZone);
  } else if (rawEnd) {
    context.log.warning(at('endDate'), 'endDate is given without a startDate, so it was ignored.', 'Add the startDate.');
  }

  const rawSchedules = field(record, 'eventSchedule');
  if (rawSchedules !== undefined) timing.schedules = readSchedules(rawSchedules, at('eventSchedule'), context, { timeZone, durationSeconds });
  const rawChanges = field(record, 'occurrenceChanges');
  if (rawChanges !== undefined) timing.changes = readOccurrenceChanges(rawChanges, at('occurrenceChanges'), context, timeZone);
  if (timing.changes.length > 0 && timing.schedules.length === 0) {
    context.log.warning(at('occurrenceChanges'), 'occurrenceChanges only apply to a repeating opportunity, and this one has no eventSchedule.', 'Change startDate or eventStatus on the opportunity itself.');
  }
  if (!timing.start && timing.schedules.length === 0 && rawStart === undefined && rawSchedules === undefined) {
    context.log.warning(pointer, 'This opportunity has no startDate and no eventSchedule, so it is listed but never appears in a calendar.', 'Add a startDate, or an eventSchedule for something that repeats.');
  }
  return timing;
}
