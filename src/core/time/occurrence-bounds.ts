/**
 * When an opportunity's occurrences can possibly fall, read from its timing's text alone: no zone
 * lookups and no expansion, so testing 100 000 items against a window costs a few milliseconds, while
 * expanding them costs hundreds. The bounds are loose on purpose — two days either side cover any
 * zone's offset, a change of offset and an offset written on a moved occurrence — and they never
 * leave out an occurrence: an opportunity outside them has none in the window.
 */
import type { Opportunity, ScheduleSpec } from '../model.js';
import { ruleOf } from './series.js';

export interface OccurrenceBounds {
  /** No occurrence starts before this instant. */
  fromMs: number;
  /** No occurrence ends after this instant (Infinity for a rule without UNTIL). */
  toMs: number;
}

const DAY_MS = 86_400_000;
const MARGIN_MS = 2 * DAY_MS;
const UNBOUNDED: OccurrenceBounds = { fromMs: -Infinity, toMs: Infinity };
const NONE: OccurrenceBounds = { fromMs: Infinity, toMs: -Infinity };

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/**
 * Midnight UTC starting the date "YYYY-MM-DD…" begins with, read digit by digit (this runs for every
 * item of a feed on every window); NaN for anything else. The time of day is not read: callers
 * count the whole day.
 */
function dayStartMs(text: string): number {
  if (typeof text !== 'string' || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return NaN;
  return daysFromCivil(year, month, day) * DAY_MS;
}

class Extent {
  fromMs = Infinity;
  toMs = -Infinity;
  unreadable = false;

  /**
   * A local start or end ("YYYY-MM-DD…") and the time it runs on for. Its whole day is counted, and an
   * offset written on it is ignored: the margin covers both.
   */
  take(local: string | undefined, lengthMs: number): void {
    if (local === undefined) return;
    const ms = dayStartMs(local);
    if (!Number.isFinite(ms) || !Number.isFinite(lengthMs)) {
      this.unreadable = true;
      return;
    }
    this.fromMs = Math.min(this.fromMs, ms);
    this.toMs = Math.max(this.toMs, ms + DAY_MS + Math.max(0, lengthMs));
  }
}

/** Longest one occurrence of `spec` lasts: all-day ones cover at least their day. */
function lengthOf(spec: ScheduleSpec): number {
  const ms = spec.durationSeconds * 1000;
  return spec.allDay ? Math.max(ms, DAY_MS) : ms;
}

function takeSchedule(extent: Extent, spec: ScheduleSpec): void {
  const length = lengthOf(spec);
  // Rule instances never come before DTSTART (RFC 5545 §3.3.10); RDATEs may, so each is taken.
  extent.take(spec.start, length);
  for (const rdate of spec.rdates) extent.take(rdate, length);
  if (!spec.rrule) return;
  let until: string | undefined;
  try {
    until = ruleOf(spec, spec.rrule).until?.value;
  } catch {
    return; // an unreadable rule adds no occurrences (the parser has reported it)
  }
  // COUNT is not counted out here: a bound of "open-ended" is still true, only less tight.
  if (until === undefined) extent.toMs = Infinity;
  else extent.take(until, length);
}

/** Loose bounds of every occurrence of `opportunity`; empty (fromMs > toMs) when it has none. */
export function occurrenceBounds(opportunity: Opportunity): OccurrenceBounds {
  const { timing } = opportunity;
  if (timing.schedules.length === 0) {
    // The common one-off, read straight away: its start's day to its end's (or start's) day.
    if (timing.start === undefined) return NONE;
    const from = dayStartMs(timing.start);
    const to = timing.end === undefined ? from : dayStartMs(timing.end);
    if (!Number.isFinite(from) || !Number.isFinite(to)) return UNBOUNDED;
    return { fromMs: Math.min(from, to) - MARGIN_MS, toMs: Math.max(from, to) + DAY_MS + MARGIN_MS };
  }
  const extent = new Extent();
  for (const spec of timing.schedules) takeSchedule(extent, spec);
  const longest = Math.max(...timing.schedules.map(lengthOf));
  // A moved occurrence may land anywhere; it keeps the schedule's length unless it has its own end.
  for (const change of timing.changes) {
    extent.take(change.start, longest);
    extent.take(change.end, DAY_MS);
  }
  if (extent.unreadable) return UNBOUNDED;
  return { fromMs: extent.fromMs - MARGIN_MS, toMs: extent.toMs + MARGIN_MS };
}

/** Whether occurrences within `bounds` can overlap `[fromMs, toMs)` (a point in time at `fromMs` included). */
export function boundsMeet(bounds: OccurrenceBounds, fromMs: number, toMs: number): boolean {
  return bounds.fromMs < toMs && bounds.toMs >= fromMs;
}
