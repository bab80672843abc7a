/**
 * Occurrences turned into calendar entries for the zone being shown. Only the visible range is expanded,
 * so paging through months costs one month of recurrence expansion each time, whatever the feed holds.
 *
 * All-day occurrences are dates, not instants: a festival on 14 March is on 14 March in every zone.
 * Timed occurrences are instants, placed on the wall clock of the display zone.
 */
import type { Occurrence, Opportunity } from '../model.js';
import { compareOccurrences, localToEpochMs, offsetMinutesAt, opportunityOccurrences } from '../time/index.js';
import { sortedOccurrences } from '../time/occurrence-order.js';
import { runInSlices, type SliceOptions } from '../slices.js';
import { addDays, compareLocalDates, formatLocalDate, parseLocalDate, type LocalDate } from './local-date.js';
import { MINUTES_PER_DAY, type CalendarSpan } from './spans.js';

export interface CalendarEntry extends CalendarSpan {
  /** Unique among entries: the opportunity key and the occurrence's start. */
  id: string;
  opportunity: Opportunity;
  occurrence: Occurrence;
}

export interface DateRange {
  /** First day, inclusive. */
  from: LocalDate;
  /** Last day, inclusive. */
  to: LocalDate;
}

/** Zones are at most 26 hours apart (UTC−12 to UTC+14), so a day either side catches every candidate. */
const ZONE_MARGIN_DAYS = 2;

interface WallClock {
  date: LocalDate;
  minutes: number;
}

/** Read from a Date shifted by the zone's offset: no string is written and parsed back (a month has thousands). */
function wallClockAt(ms: number, zone: string): WallClock | undefined {
  const local = new Date(ms + Math.round(offsetMinutesAt(ms, zone) * 60_000));
  if (Number.isNaN(local.getTime())) return undefined;
  return {
    date: { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() },
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** The days an all-day occurrence covers: its dates as written (end is the last day, inclusive). */
function allDaySpan(occurrence: Occurrence): CalendarSpan | undefined {
  const firstDay = parseLocalDate(occurrence.start.slice(0, 10));
  if (!firstDay) return undefined;
  const end = parseLocalDate(occurrence.end.slice(0, 10));
  const lastDay = end && compareLocalDates(end, firstDay) > 0 ? end : firstDay;
  return { allDay: true, firstDay, lastDay, startMinutes: 0, endMinutes: MINUTES_PER_DAY };
}

function timedSpan(occurrence: Occurrence, zone: string): CalendarSpan | undefined {
  const start = wallClockAt(occurrence.startMs, zone);
  const endMs = Math.max(occurrence.endMs, occurrence.startMs);
  const end = wallClockAt(endMs, zone);
  if (!start || !end) return undefined;
  // Ending at midnight means ending with the day before, not appearing on the next one for 0 minutes.
  if (end.minutes === 0 && endMs > occurrence.startMs) {
    return { allDay: false, firstDay: start.date, lastDay: addDays(end.date, -1), startMinutes: start.minutes, endMinutes: MINUTES_PER_DAY };
  }
  return { allDay: false, firstDay: start.date, lastDay: end.date, startMinutes: start.minutes, endMinutes: end.minutes };
}

/** Where `occurrence` falls on a calendar shown in `zone`; undefined for an occurrence with unreadable times. */
export function spanOf(occurrence: Occurrence, zone: string): CalendarSpan | undefined {
  return occurrence.allDay ? allDaySpan(occurrence) : timedSpan(occurrence, zone);
}

function overlaps(span: CalendarSpan, range: DateRange): boolean {
  return compareLocalDates(span.lastDay, range.from) >= 0 && compareLocalDates(span.firstDay, range.to) <= 0;
}

/** Epoch window to expand for `range` in `zone`, widened so all-day items written in any zone are caught. */
export function expansionWindow(range: DateRange, zone: string): { fromMs: number; toMs: number } {
  return {
    fromMs: localToEpochMs(`${formatLocalDate(addDays(range.from, -ZONE_MARGIN_DAYS))}T00:00:00`, zone),
    toMs: localToEpochMs(`${formatLocalDate(addDays(range.to, ZONE_MARGIN_DAYS + 1))}T00:00:00`, zone),
  };
}

/** How calendarEntriesInSlices gives the host turns; an abort makes it reject with the signal's reason. */
export type EntrySliceOptions = SliceOptions;

/**
 * The work of calendarEntries as steps: it yields (undefined) after every few dozen items, so a caller
 * can look at the clock, and returns the entries. Run to the end at once, or across tasks by
 * calendarEntriesInSlices.
 */
function* entrySteps(
  opportunities: readonly Opportunity[],
  range: DateRange,
  zone: string,
  keep: (occurrence: Occurrence) => boolean,
): Generator<undefined, CalendarEntry[]> {
  const window = expansionWindow(range, zone);
  const byKey = new Map<string, Opportunity>();
  const lists: Occurrence[][] = [];
  for (let index = 0; index < opportunities.length; index++) {
    // A step every 64 items: most are skipped on their dates' text in well under a microsecond.
    if ((index & 63) === 63) yield undefined;
    const opportunity = opportunities[index]!;
    const list = opportunityOccurrences(opportunity, window.fromMs, window.toMs);
    if (list.length === 0) continue;
    lists.push(list);
    byKey.set(opportunity.key, opportunity);
  }
  const occurrences = sortedOccurrences(lists, compareOccurrences);
  const entries: CalendarEntry[] = [];
  for (let index = 0; index < occurrences.length; index++) {
    if ((index & 255) === 255) yield undefined;
    const occurrence = occurrences[index]!;
    const opportunity = byKey.get(occurrence.opportunityKey);
    if (!opportunity || !keep(occurrence)) continue;
    const span = spanOf(occurrence, zone);
    if (!span || !overlaps(span, range)) continue;
    entries.push({ ...span, id: `${occurrence.opportunityKey}@${occurrence.start}`, opportunity, occurrence });
  }
  return entries;
}

const keepAll = () => true;

/**
 * The entries of `opportunities` on the days of `range` as seen in `zone`, sorted by start.
 * `keep` drops occurrences (a date filter from the store) before any layout work.
 */
export function calendarEntries(
  opportunities: readonly Opportunity[],
  range: DateRange,
  zone: string,
  keep: (occurrence: Occurrence) => boolean = keepAll,
): CalendarEntry[] {
  const steps = entrySteps(opportunities, range, zone, keep);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * calendarEntries, the same result, with the host given a turn every `sliceMs` of work (core/slices.ts):
 * a page stays responsive while a month of a 100 000-item feed is expanded.
 */
export async function calendarEntriesInSlices(
  opportunities: readonly Opportunity[],
  range: DateRange,
  zone: string,
  keep: (occurrence: Occurrence) => boolean,
  options: EntrySliceOptions = {},
): Promise<CalendarEntry[]> {
  const steps = entrySteps(opportunities, range, zone, keep);
  let entries: CalendarEntry[] | undefined;
  const step = () => {
    const next = steps.next();
    if (next.done) entries = next.value;
    return next.done === true;
  };
  if (!(await runInSlices(step, options)) || !entries) throw options.signal?.reason;
  return entries;
}
