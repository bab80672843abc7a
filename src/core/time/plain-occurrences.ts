/**
 * The common case of occurrences.ts kept in numbers: a schedule with no changes whose text is
 * written the way the feed parser writes it. Starts stay local seconds, instants come from the
 * memoised offsets, and text is built only for occurrences that land in the window. It gives
 * exactly what the text path gives (a differential property test holds it to that); whenever it
 * cannot be sure of that it returns undefined and the text path answers.
 */
import type { Occurrence, Opportunity, ScheduleSpec } from '../model.js';
import { localToSeconds, secondsToLocal } from './datetime.js';
import { scheduleStartSecondsBetween } from './series.js';
import { epochMsToLocalSeconds, formatRfc3339, wallMsToEpochMs } from './zone.js';

/** Longest duration taken here (about 300 years); longer ones go the text way. */
const MAX_PLAIN_DURATION = 1e10;
/** The text path reads an all-day end back from text, which stops at 9999-12-31. */
const LAST_ALL_DAY_END = localToSeconds('9999-12-31');
/** Window bounds the text path can write as YYYY-MM-DD and read back. */
const FIRST_LOCAL_SECOND = localToSeconds('0000-01-01');
const LAST_LOCAL_SECOND = localToSeconds('9999-12-31T23:59:59');

/** A point in time is in the window when it falls inside; anything longer when it overlaps. */
export function inWindow(startMs: number, endMs: number, fromMs: number, toMs: number): boolean {
  if (endMs === startMs) return startMs >= fromMs && startMs < toMs;
  return startMs < toMs && endMs > fromMs;
}

export interface PlainOccurrences {
  occurrences: Occurrence[];
  /** No two occurrences share a [startMs, endMs) span (always so unless a zone's offsets run backwards by a day). */
  distinct: boolean;
}

/** A schedule's starts near a window, as local seconds, and how far its last day is from its first. */
interface PlainStarts {
  starts: number[];
  lastDayOffset: number;
}

/** The starts plainScheduleOccurrences reads, or undefined when the text path must answer. */
function plainStarts(spec: ScheduleSpec, fromMs: number, toMs: number): PlainStarts | undefined {
  const zone = spec.timeZone;
  const duration = spec.durationSeconds;
  if (!Number.isFinite(duration) || Math.abs(duration) > MAX_PLAIN_DURATION) return undefined;
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) return undefined;
  const windowStart = epochMsToLocalSeconds(fromMs, zone);
  const windowEnd = epochMsToLocalSeconds(toMs, zone);
  if (!(windowStart >= FIRST_LOCAL_SECOND && windowEnd <= LAST_LOCAL_SECOND)) return undefined;
  // Wall-clock bounds wide enough for any offset change, and for occurrences that began earlier.
  const starts = scheduleStartSecondsBetween(spec, windowStart - duration - 2 * 86400, windowEnd + 2 * 86400);
  if (!starts) return undefined;
  // All-day: the last day, inclusive, is `days - 1` days after the first.
  const lastDayOffset = (Math.max(1, Math.round(duration / 86400)) - 1) * 86400;
  if (spec.allDay && starts.length && starts[starts.length - 1]! + lastDayOffset >= LAST_ALL_DAY_END) return undefined;
  return { starts, lastDayOffset };
}

/** The instant an occurrence starting at local second `start` ends. */
function plainEndMs(spec: ScheduleSpec, start: number, startMs: number, lastDayOffset: number): number {
  if (spec.allDay) return wallMsToEpochMs((start + lastDayOffset + 86400) * 1000, spec.timeZone);
  return Math.max(startMs, startMs + spec.durationSeconds * 1000);
}

/**
 * One schedule's occurrences overlapping [fromMs, toMs), in start order, or undefined when the
 * text path must answer. Later occurrences with the span of an earlier one are left out, as
 * opportunityOccurrences does (a spring-forward gap can move a start onto the next one).
 */
export function plainScheduleOccurrences(
  opportunity: Opportunity, spec: ScheduleSpec, fromMs: number, toMs: number,
): PlainOccurrences | undefined {
  const plain = plainStarts(spec, fromMs, toMs);
  if (!plain) return undefined;
  const zone = spec.timeZone;
  const { starts, lastDayOffset } = plain;
  const occurrences: Occurrence[] = [];
  let distinct = true;
  let previousStartMs = -Infinity;
  // Where the run of occurrences starting at `previousStartMs` begins in `occurrences`.
  let runStart = 0;
  for (const start of starts) {
    const startMs = wallMsToEpochMs(start * 1000, zone);
    const last = start + lastDayOffset;
    const endMs = plainEndMs(spec, start, startMs, lastDayOffset);
    if (!inWindow(startMs, endMs, fromMs, toMs)) continue;
    if (startMs === previousStartMs) {
      if (spanTaken(occurrences, runStart, endMs)) continue;
    } else {
      // Starts ascend on the wall clock; the instants do too unless the zone's offset falls by more than 18 hours.
      if (startMs < previousStartMs) distinct = false;
      previousStartMs = startMs;
      runStart = occurrences.length;
    }
    occurrences.push({
      opportunityKey: opportunity.key,
      start: spec.allDay ? secondsToLocal(start, true) : formatRfc3339(startMs, zone),
      end: spec.allDay ? secondsToLocal(last, true) : formatRfc3339(endMs, zone),
      timeZone: zone,
      allDay: spec.allDay,
      startMs,
      endMs,
      status: opportunity.status,
    });
  }
  return { occurrences, distinct };
}

/**
 * The soonest `startMs` among plainScheduleOccurrences' occurrences (undefined when there are none),
 * without their text: "next date" order reads it for every item of a feed. Null when the text path
 * must answer.
 */
export function plainScheduleSoonestStart(spec: ScheduleSpec, fromMs: number, toMs: number): number | undefined | null {
  const plain = plainStarts(spec, fromMs, toMs);
  if (!plain) return null;
  let soonest: number | undefined;
  for (const start of plain.starts) {
    const startMs = wallMsToEpochMs(start * 1000, spec.timeZone);
    if (soonest !== undefined && startMs >= soonest) continue;
    if (inWindow(startMs, plainEndMs(spec, start, startMs, plain.lastDayOffset), fromMs, toMs)) soonest = startMs;
  }
  return soonest;
}

function spanTaken(occurrences: Occurrence[], from: number, endMs: number): boolean {
  for (let index = from; index < occurrences.length; index++) if (occurrences[index]!.endMs === endMs) return true;
  return false;
}
