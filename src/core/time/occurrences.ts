/**
 * Occurrences of opportunities in a window of time: what the calendar lays out, the finder's date
 * filter tests and `learning-feed occurrences` prints.
 *
 * All-day occurrences: `start` and `end` are dates and `end` is the last day, inclusive — the same
 * convention as the feed and `Timing.end`, and what a reader expects to see ("1–3 December").
 * `startMs` is local midnight at the start of the first day and `endMs` local midnight after the
 * last day (exclusive), so `[startMs, endMs)` is exactly the time the occurrence covers.
 * Timed occurrences: `[startMs, endMs)` with `endMs === startMs` for a point in time.
 *
 * An occurrence is in the window when it overlaps `[fromMs, toMs)`; a point in time when it falls
 * inside. This is a lenient API: an opportunity whose timing cannot be expanded is left out (the
 * parser has already reported why), never thrown.
 */
import type { EventStatus, LocalizedText, Occurrence, OccurrenceChange, Opportunity, ScheduleSpec } from '../model.js';
import { localToSeconds, parseFeedDateTime, secondsToLocal } from './datetime.js';
import { boundsMeet, occurrenceBounds } from './occurrence-bounds.js';
import { sortedOccurrences } from './occurrence-order.js';
import { inWindow, plainScheduleOccurrences, plainScheduleSoonestStart } from './plain-occurrences.js';
import { isScheduleStart, scheduleStartsBetween } from './series.js';
import { epochMsToLocal, formatRfc3339, localToEpochMs } from './zone.js';

/** The instant local `day` ("YYYY-MM-DD") ends in `timeZone`: midnight starting the next day. */
function endOfDayMs(day: string, timeZone: string): number {
  return localToEpochMs(secondsToLocal(localToSeconds(day) + 86400, true), timeZone);
}

/** A feed local time, or one with an explicit offset (a moved occurrence may carry one), as an instant. */
function instantOf(text: string, timeZone: string): number {
  const parsed = parseFeedDateTime(text);
  if (!parsed) throw new RangeError(`"${text}" is not a date-time`);
  if (parsed.offsetMinutes === undefined) return localToEpochMs(parsed.local, timeZone);
  return localToSeconds(parsed.local) * 1000 - parsed.offsetMinutes * 60000;
}

/** The [startMs, endMs) an occurrence covers, and its last day when it is all-day (see the module comment). */
function occurrenceSpan(
  timeZone: string, allDay: boolean, start: string, end: string | undefined, durationSeconds: number | undefined,
): { startMs: number; endMs: number; lastDay?: string } {
  const startMs = instantOf(start, timeZone);
  if (allDay) {
    const lastDay = end !== undefined
      ? end.slice(0, 10)
      : secondsToLocal(localToSeconds(start) + Math.max(1, Math.round((durationSeconds ?? 86400) / 86400)) * 86400 - 86400, true);
    const last = lastDay < start.slice(0, 10) ? start.slice(0, 10) : lastDay;
    return { startMs, endMs: endOfDayMs(last, timeZone), lastDay: last };
  }
  const endMs = end !== undefined ? instantOf(end, timeZone) : startMs + (durationSeconds ?? 0) * 1000;
  return { startMs, endMs: endMs < startMs ? startMs : endMs };
}

function makeOccurrence(
  opportunity: Opportunity, timeZone: string, allDay: boolean, start: string, end: string | undefined,
  durationSeconds: number | undefined, status: EventStatus, name?: LocalizedText,
): Occurrence {
  const { startMs, endMs, lastDay } = occurrenceSpan(timeZone, allDay, start, end, durationSeconds);
  const occurrence: Occurrence = {
    opportunityKey: opportunity.key,
    start: allDay ? start.slice(0, 10) : formatRfc3339(startMs, timeZone),
    end: lastDay ?? formatRfc3339(endMs, timeZone),
    timeZone,
    allDay,
    startMs,
    endMs,
    status,
  };
  if (name) occurrence.name = name;
  return occurrence;
}

function overlaps(occurrence: Occurrence, fromMs: number, toMs: number): boolean {
  return inWindow(occurrence.startMs, occurrence.endMs, fromMs, toMs);
}

function sameStart(a: string, b: string): boolean {
  const normal = (text: string) => (text.length === 16 ? `${text}:00` : text.slice(0, 19));
  return normal(a) === normal(b);
}

/**
 * One schedule's occurrences, with `timing.changes` applied (moved, cancelled, renamed); `distinct`
 * when no two share a span. The numeric path takes the common case, this text path the rest.
 */
function scheduleOccurrences(
  opportunity: Opportunity, spec: ScheduleSpec, changes: OccurrenceChange[], fromMs: number, toMs: number,
): { occurrences: Occurrence[]; distinct: boolean } {
  if (changes.length === 0) {
    const plain = plainScheduleOccurrences(opportunity, spec, fromMs, toMs);
    if (plain) return plain;
  }
  const zone = spec.timeZone;
  // Wall-clock bounds wide enough for any offset change, and for occurrences that began earlier.
  const fromLocal = localToSeconds(epochMsToLocal(fromMs, zone)) - spec.durationSeconds - 2 * 86400;
  const toLocal = localToSeconds(epochMsToLocal(toMs, zone)) + 2 * 86400;
  const starts = scheduleStartsBetween(spec, fromLocal, toLocal);
  // A change can move an occurrence from outside the window into it.
  for (const change of changes) {
    if (change.start === undefined || starts.some((start) => sameStart(start, change.occurrence))) continue;
    if (isScheduleStart(spec, change.occurrence)) starts.push(change.occurrence);
  }
  const result: Occurrence[] = [];
  for (const start of starts) {
    const change = changes.find((candidate) => sameStart(candidate.occurrence, start));
    const status = opportunity.status === 'cancelled' ? 'cancelled' : change?.status ?? opportunity.status;
    const occurrence = change?.start !== undefined
      ? makeOccurrence(opportunity, zone, change.start.length === 10, change.start, change.end, spec.durationSeconds, status, change.name)
      : makeOccurrence(opportunity, zone, spec.allDay, start, undefined, spec.durationSeconds, status, change?.name);
    if (overlaps(occurrence, fromMs, toMs)) result.push(occurrence);
  }
  return { occurrences: result, distinct: false };
}

/**
 * The [startMs, endMs) spans already taken: two schedules (or a gap-shifted start) landing on the
 * same span give one occurrence. Keyed by start, so the common case builds no key strings.
 */
class SeenSpans {
  private readonly endsByStart = new Map<number, number>();
  private readonly more = new Set<string>();

  /** Records the span; false when it was already there. */
  add(startMs: number, endMs: number): boolean {
    const firstEnd = this.endsByStart.get(startMs);
    if (firstEnd === undefined) {
      this.endsByStart.set(startMs, endMs);
      return true;
    }
    // The same test as comparing `${startMs}/${endMs}` strings: NaN matches NaN, 0 matches -0.
    if (firstEnd === endMs || (Number.isNaN(firstEnd) && Number.isNaN(endMs))) return false;
    const key = `${startMs}/${endMs}`;
    if (this.more.has(key)) return false;
    this.more.add(key);
    return true;
  }
}

/** The occurrences of one opportunity that overlap `[fromMs, toMs)`, sorted by start. */
export function opportunityOccurrences(opportunity: Opportunity, fromMs: number, toMs: number): Occurrence[] {
  const { timing } = opportunity;
  const result: Occurrence[] = [];
  // Most items of a big feed are nowhere near the window: their dates' text says so without expanding.
  if (!boundsMeet(occurrenceBounds(opportunity), fromMs, toMs)) return result;
  try {
    if (timing.schedules.length === 1) {
      const only = scheduleOccurrences(opportunity, timing.schedules[0]!, timing.changes, fromMs, toMs);
      if (only.distinct) return only.occurrences.sort(compareOccurrences);
      const seen = new SeenSpans();
      for (const occurrence of only.occurrences) if (seen.add(occurrence.startMs, occurrence.endMs)) result.push(occurrence);
    } else if (timing.schedules.length) {
      const seen = new SeenSpans();
      for (const spec of timing.schedules) {
        for (const occurrence of scheduleOccurrences(opportunity, spec, timing.changes, fromMs, toMs).occurrences) {
          if (seen.add(occurrence.startMs, occurrence.endMs)) result.push(occurrence);
        }
      }
    } else if (timing.start) {
      const occurrence = makeOccurrence(opportunity, timing.timeZone, timing.allDay, timing.start, timing.end, undefined, opportunity.status);
      if (overlaps(occurrence, fromMs, toMs)) result.push(occurrence);
    }
  } catch {
    // Timing the parser accepted but that cannot be expanded (e.g. a zone this runtime lacks).
    return [];
  }
  return result.sort(compareOccurrences);
}

/**
 * `opportunityOccurrences(opportunity, fromMs, toMs)[0]?.startMs`, worked out without the
 * occurrences' text and objects where it can be (one-off dates, and schedules without changes on
 * the numeric path): "next date" order reads it for every item of a feed before the first results
 * show. test/core/time/soonest-start.test.ts holds the two to the same answers.
 */
export function soonestStartMs(opportunity: Opportunity, fromMs: number, toMs: number): number | undefined {
  const { timing } = opportunity;
  if (!boundsMeet(occurrenceBounds(opportunity), fromMs, toMs)) return undefined;
  try {
    if (timing.schedules.length) {
      let soonest: number | undefined;
      for (const spec of timing.schedules) {
        const start = timing.changes.length ? null : plainScheduleSoonestStart(spec, fromMs, toMs);
        if (start === null) return opportunityOccurrences(opportunity, fromMs, toMs)[0]?.startMs;
        if (start !== undefined && (soonest === undefined || start < soonest)) soonest = start;
      }
      return soonest;
    }
    if (!timing.start) return undefined;
    const { startMs, endMs } = occurrenceSpan(timing.timeZone, timing.allDay, timing.start, timing.end, undefined);
    return inWindow(startMs, endMs, fromMs, toMs) ? startMs : undefined;
  } catch {
    // As opportunityOccurrences: timing that cannot be expanded has no occurrences.
    return undefined;
  }
}

export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.startMs - b.startMs || (a.opportunityKey < b.opportunityKey ? -1 : a.opportunityKey > b.opportunityKey ? 1 : 0) || a.endMs - b.endMs;
}

/**
 * Every occurrence of `opportunities` overlapping `[fromMs, toMs)`, sorted by start, then by
 * opportunity key. Recurring items are bounded by the window however long they run.
 */
export function occurrencesBetween(opportunities: Iterable<Opportunity>, fromMs: number, toMs: number): Occurrence[] {
  if (!(toMs > fromMs)) return [];
  const lists: Occurrence[][] = [];
  for (const opportunity of opportunities) {
    const list = opportunityOccurrences(opportunity, fromMs, toMs);
    if (list.length) lists.push(list);
  }
  return sortedOccurrences(lists, compareOccurrences);
}

