/**
 * The "when" of a VEVENT (DTSTART, DTEND/DURATION, RRULE, RDATE, EXDATE, RECURRENCE-ID overrides)
 * as Learning Feed fields: wall-clock times in one IANA zone per opportunity, recurrences kept as
 * rules, never exploded into copies.
 *
 * Which zone: the DTSTART's TZID (resolved), the feed's default zone for floating and all-day
 * times and for one-off UTC times, and "UTC" for a recurring UTC event, because a rule stated in
 * UTC keeps its UTC time across daylight-saving changes and only the UTC zone says that.
 */
import { paramValue, unescapeText, type ContentLine } from './content-lines.js';
import { properties, property, type IcsComponent } from './components.js';
import { addDays, DATE_ZONE_PROPERTY, daysBetween, formatIsoDuration, parseDateTimeProperty, parseDurationSeconds, parsePeriod, type IcsDateTime } from './values.js';
import type { ZoneResolver } from './zone-resolver.js';
import { checkRule } from './rule-check.js';
import { epochMsToWall, ianaOffsets, knownZone, wallAsUtcMs, wallToEpochMs, type OffsetAt } from '../zone-clock.js';
import { shortWallTime } from '../ids.js';
import type { DocumentOccurrenceChange, DocumentOpportunity, DocumentSchedule } from '../document.js';

export interface TimingNote {
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  line: number;
}

export interface TimingContext {
  resolver: ZoneResolver;
  defaultZone: string;
  notes: TimingNote[];
}

type TimingFields = Pick<DocumentOpportunity, 'startDate' | 'endDate' | 'timeZone' | 'eventSchedule' | 'occurrenceChanges'>;

interface Target {
  zone: string;
  offsetAt: OffsetAt;
}

/** The instant a DATE-TIME names (a DATE: local midnight in the default zone). */
function instantOf(value: IcsDateTime, context: TimingContext, line: number): number {
  const wall = `${value.date}T${value.time ?? '00:00:00'}`;
  if (value.utc) return wallAsUtcMs(wall);
  if (value.tzid) return wallToEpochMs(wall, context.resolver.resolve(value.tzid, line).offsetAt);
  return wallToEpochMs(wall, ianaOffsets(context.defaultZone));
}

/** The value as a wall time in the target zone ("YYYY-MM-DD" stays a date). */
function localIn(value: IcsDateTime, target: Target, context: TimingContext, line: number): string {
  if (!value.time) return value.date;
  const wall = `${value.date}T${value.time}`;
  if (value.tzid) {
    const resolved = context.resolver.resolve(value.tzid, line);
    if (resolved.sameWallClock && resolved.zone === target.zone) return wall;
  } else if (!value.utc && target.zone === context.defaultZone) {
    return wall;
  }
  return epochMsToWall(instantOf(value, context, line), target.offsetAt);
}

function firstDateTime(event: IcsComponent, name: string, context: TimingContext): { value: IcsDateTime; line: ContentLine } | undefined {
  const line = property(event, name);
  if (!line) return undefined;
  const { values } = parseDateTimeProperty(line);
  if (values[0]) return { value: values[0], line };
  context.notes.push({ severity: 'error', line: line.line, message: `${name} "${line.value}" is not an iCalendar date or date-time`, hint: 'Write 20261201 or 20261201T180000 (with Z for UTC).' });
  return undefined;
}

/** Length of the event in seconds, from DTEND or DURATION (RFC 5545 §3.6.1 defaults otherwise). */
function durationSeconds(event: IcsComponent, start: IcsDateTime, context: TimingContext): number {
  const end = firstDateTime(event, 'DTEND', context);
  if (end) {
    const seconds = !start.time && !end.value.time
      ? daysBetween(start.date, end.value.date) * 86400
      : (instantOf(end.value, context, end.line.line) - instantOf(start, context, end.line.line)) / 1000;
    if (seconds >= 0) return seconds;
    context.notes.push({ severity: 'warning', line: end.line.line, message: `DTEND ${end.line.value} is before DTSTART; the end was ignored`, hint: 'DTEND must not be before DTSTART.' });
  }
  const duration = property(event, 'DURATION');
  if (duration) {
    const seconds = parseDurationSeconds(duration.value);
    if (seconds !== undefined && seconds >= 0) return seconds;
    context.notes.push({ severity: 'warning', line: duration.line, message: `DURATION "${duration.value}" is not a positive iCalendar duration; it was ignored`, hint: 'Write e.g. PT1H30M or P1D.' });
  }
  return start.time ? 0 : 86400;
}

/** Rewrites a floating UNTIL into the target's wall clock when the event's zone had to be converted. */
function adaptRule(rule: string, start: IcsDateTime, target: Target, context: TimingContext, line: number): string {
  return rule.replace(/UNTIL=([0-9T]+)(?=;|$)/i, (whole, until: string) => {
    if (!/T/i.test(until) || !start.time || start.utc) return whole;
    const value = { date: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`, time: `${until.slice(9, 11)}:${until.slice(11, 13)}:${until.slice(13, 15)}`, utc: false, ...(start.tzid ? { tzid: start.tzid } : {}) };
    const local = localIn(value, target, context, line);
    return `UNTIL=${local.replace(/[-:]/g, '')}`;
  });
}

/** The zone an all-day event's dates belong to, when the file says (our own exports do). */
function dateZone(event: IcsComponent): string | undefined {
  const value = property(event, DATE_ZONE_PROPERTY)?.value.trim();
  return value ? knownZone(value) : undefined;
}

function formatLocal(local: string): string {
  return shortWallTime(local);
}

export function eventTiming(event: IcsComponent, overrides: IcsComponent[], context: TimingContext): TimingFields | undefined {
  const dtstart = firstDateTime(event, 'DTSTART', context);
  if (!dtstart) {
    if (!property(event, 'DTSTART')) context.notes.push({ severity: 'error', line: event.line, message: `VEVENT at line ${event.line} has no DTSTART and was skipped`, hint: 'Every event needs a DTSTART.' });
    return undefined;
  }
  const start = dtstart.value;
  const rules = properties(event, 'RRULE').flatMap((line) => {
    const check = checkRule(line.value);
    for (const warning of check.warnings) context.notes.push({ severity: 'warning', line: line.line, message: warning });
    if (check.error) context.notes.push({ severity: 'error', line: line.line, message: `${check.error}; the event was read without it`, hint: 'See RFC 5545 §3.3.10, e.g. FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231T235959Z.' });
    return check.rule ? [{ ...line, value: check.rule }] : [];
  });
  const rdateLines = properties(event, 'RDATE');
  const recurring = rules.length > 0 || rdateLines.length > 0;
  let target: Target;
  if (start.tzid) {
    const resolved = context.resolver.resolve(start.tzid, dtstart.line.line);
    target = { zone: resolved.zone, offsetAt: ianaOffsets(resolved.zone) };
  } else {
    const zone = start.utc && recurring ? 'UTC' : (!start.time && dateZone(event)) || context.defaultZone;
    target = { zone, offsetAt: ianaOffsets(zone) };
  }
  const startLocal = localIn(start, target, context, dtstart.line.line);
  const seconds = durationSeconds(event, start, context);
  const allDay = !start.time;
  const fields: TimingFields = { timeZone: target.zone };

  if (!recurring) {
    fields.startDate = formatLocal(startLocal);
    if (allDay && seconds > 86400) fields.endDate = addDays(start.date, Math.ceil(seconds / 86400) - 1);
    if (!allDay && seconds > 0) fields.endDate = formatLocal(epochMsToWall(instantOf(start, context, dtstart.line.line) + seconds * 1000, target.offsetAt));
  } else {
    const base: DocumentSchedule = { startDate: startLocal.slice(0, 10) };
    if (!allDay) base.startTime = formatLocal(startLocal).slice(11);
    if (seconds > 0 && !(allDay && seconds === 86400)) base.duration = formatIsoDuration(seconds);
    const exdates = properties(event, 'EXDATE').flatMap((line) => readDates(line, target, context).map((value) => formatLocal(value.local)));
    if (exdates.length) base.exceptDate = [...new Set(exdates)];
    const changes: DocumentOccurrenceChange[] = [];
    const rdates: string[] = [];
    for (const line of rdateLines) {
      for (const value of readDates(line, target, context)) {
        rdates.push(formatLocal(value.local));
        if (value.endLocal && value.seconds !== seconds) changes.push({ occurrence: formatLocal(value.local), startDate: formatLocal(value.local), endDate: formatLocal(value.endLocal) });
      }
    }
    const schedules: DocumentSchedule[] = rules.length
      ? rules.map((rule) => ({ ...base, rrule: adaptRule(rule.value.trim(), start, target, context, rule.line) }))
      : [{ ...base }];
    if (rdates.length) schedules[0]!.rdate = [...new Set(rdates)];
    if (!rules.length) {
      // No rule: the event is a list of dates, DTSTART first (RFC 5545 counts it as an instance).
      const only = schedules[0]!;
      only.rdate = [...new Set([formatLocal(startLocal), ...(only.rdate ?? [])])];
      delete only.startDate;
      delete only.startTime;
    }
    fields.eventSchedule = schedules;
    changes.push(...overrideChanges(overrides, event, seconds, target, context));
    if (changes.length) fields.occurrenceChanges = changes;
  }
  return fields;
}

interface ReadDate {
  local: string;
  endLocal?: string;
  seconds?: number;
}

/** RDATE/EXDATE values (DATE, DATE-TIME or PERIOD lists) as wall times in the target zone. */
function readDates(line: ContentLine, target: Target, context: TimingContext): ReadDate[] {
  const tzid = paramValue(line, 'TZID');
  const results: ReadDate[] = [];
  for (const text of line.value.split(',')) {
    if (text.trim() === '') continue;
    if (text.includes('/')) {
      const period = parsePeriod(text, tzid);
      if (!period) {
        context.notes.push({ severity: 'warning', line: line.line, message: `${line.name} period "${text}" is not valid and was ignored`, hint: 'Write start/end or start/duration, e.g. 20261201T180000Z/PT1H.' });
        continue;
      }
      const startMs = instantOf(period.start, context, line.line);
      const endMs = period.end ? instantOf(period.end, context, line.line) : startMs + (period.durationSeconds ?? 0) * 1000;
      results.push({
        local: localIn(period.start, target, context, line.line),
        endLocal: epochMsToWall(endMs, target.offsetAt),
        seconds: (endMs - startMs) / 1000,
      });
      continue;
    }
    const { values, invalid } = parseDateTimeProperty({ ...line, value: text });
    for (const bad of invalid) context.notes.push({ severity: 'warning', line: line.line, message: `${line.name} value "${bad}" is not a date or date-time and was ignored` });
    for (const value of values) results.push({ local: localIn(value, target, context, line.line) });
  }
  return results;
}

/** RECURRENCE-ID overrides → occurrenceChanges (moved, edited, cancelled). */
function overrideChanges(overrides: IcsComponent[], master: IcsComponent, masterSeconds: number, target: Target, context: TimingContext): DocumentOccurrenceChange[] {
  const masterName = property(master, 'SUMMARY')?.value;
  const changes: DocumentOccurrenceChange[] = [];
  for (const override of overrides) {
    const recurrenceId = firstDateTime(override, 'RECURRENCE-ID', context);
    if (!recurrenceId) continue;
    const idLine = recurrenceId.line;
    if (paramValue(idLine, 'RANGE', true) === 'THISANDFUTURE') {
      context.notes.push({ severity: 'warning', line: idLine.line, message: 'RANGE=THISANDFUTURE is applied to this one occurrence only', hint: 'Split the series into two events instead.' });
    }
    const occurrence = localIn(recurrenceId.value, target, context, idLine.line);
    const change: DocumentOccurrenceChange = { occurrence: formatLocal(occurrence) };
    const newStart = firstDateTime(override, 'DTSTART', context);
    const startValue = newStart?.value ?? recurrenceId.value;
    const startLocal = localIn(startValue, target, context, idLine.line);
    const seconds = property(override, 'DTEND') || property(override, 'DURATION') ? durationSeconds(override, startValue, context) : masterSeconds;
    if (startLocal !== occurrence || seconds !== masterSeconds) {
      change.startDate = formatLocal(startLocal);
      const allDay = startLocal.length === 10;
      const endLocal = allDay
        ? addDays(startLocal, Math.max(1, Math.ceil(seconds / 86400)) - 1)
        : epochMsToWall(instantOf(startValue, context, idLine.line) + seconds * 1000, target.offsetAt);
      if (!allDay || endLocal !== startLocal) change.endDate = formatLocal(endLocal);
    }
    if (property(override, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED') change.eventStatus = 'cancelled';
    const name = property(override, 'SUMMARY')?.value;
    if (name !== undefined && name !== masterName) change.name = unescapeText(name);
    if (Object.keys(change).length > 1) changes.push(change);
  }
  return changes;
}
