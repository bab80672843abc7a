/**
 * The local starts of one ScheduleSpec inside a window: rule instances, plus RDATEs, minus
 * EXDATEs (RFC 5545 §3.8.5). Everything stays on the wall clock here; occurrences.ts turns the
 * starts into instants.
 */
import type { ScheduleSpec } from '../model.js';
import { localToSeconds, secondsToLocal } from './datetime.js';
import { expandPlanned, expandRule, planExpansion, type ExpansionPlan } from './expand.js';
import { parseRRule, type RecurrenceRule } from './rrule.js';

/** Most starts one schedule may contribute to one window, so a SECONDLY rule cannot flood a page. */
export const MAX_STARTS_PER_SCHEDULE = 10_000;

const parsedRules = new Map<string, RecurrenceRule>();

/** What a spec was last expanded with, so a large feed neither re-parses its rules nor re-plans them. */
interface SpecMemo {
  text: string;
  rule: RecurrenceRule;
  plan?: ExpansionPlan;
}
const specMemos = new WeakMap<ScheduleSpec, SpecMemo>();

function ruleFor(text: string): RecurrenceRule {
  let rule = parsedRules.get(text);
  if (!rule) {
    rule = parseRRule(text);
    if (parsedRules.size > 5000) parsedRules.clear();
    parsedRules.set(text, rule);
  }
  return rule;
}

function memoOf(spec: ScheduleSpec, text: string): SpecMemo {
  let memo = specMemos.get(spec);
  if (memo?.text !== text) {
    memo = { text, rule: ruleFor(text) };
    specMemos.set(spec, memo);
  }
  return memo;
}

/** The parsed rule of `spec`, re-read only when its text changes. */
export function ruleOf(spec: ScheduleSpec, text: string): RecurrenceRule {
  return memoOf(spec, text).rule;
}

/** The expansion plan of `spec`'s rule from `start`, re-made only when the rule, start, form or zone changes. */
function planOf(spec: ScheduleSpec, text: string, start: number): ExpansionPlan {
  const memo = memoOf(spec, text);
  const { plan } = memo;
  if (plan && plan.start === start && plan.dateOnly === spec.allDay && plan.timeZone === spec.timeZone) return plan;
  return (memo.plan = planExpansion(memo.rule, { start, dateOnly: spec.allDay, timeZone: spec.timeZone }));
}

/** Normalise a local start to the schedule's form: a date for all-day, a full date-time otherwise. */
function sameForm(local: string, allDay: boolean): string {
  if (allDay) return local.slice(0, 10);
  if (local.length === 10) return `${local}T00:00:00`;
  return local.length === 16 ? `${local}:00` : local.slice(0, 19);
}

/**
 * Local starts ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS") of `spec` between two local bounds, inclusive,
 * ascending. The bounds are wall-clock text, compared as local seconds. Without a rule, `start` is
 * the first occurrence; with one, the rule's instances are (a DTSTART the rule does not produce is
 * not an occurrence: a schema.org startDate opens the series, it need not be a session).
 * A date-only EXDATE removes every start on that date; COUNT counts starts EXDATE later removes.
 */
export function scheduleStartsBetween(spec: ScheduleSpec, fromLocal: number, toLocal: number): string[] {
  const starts = new Set<string>();
  const add = (local: string) => {
    const seconds = localToSeconds(local);
    if (seconds >= fromLocal && seconds <= toLocal) starts.add(sameForm(local, spec.allDay));
  };
  const startSeconds = localToSeconds(spec.start);
  if (spec.rrule) {
    const instances = expandRule(ruleOf(spec, spec.rrule), {
      start: startSeconds,
      dateOnly: spec.allDay,
      timeZone: spec.timeZone,
      from: fromLocal,
      to: toLocal,
    });
    for (const seconds of instances) {
      if (seconds >= fromLocal) starts.add(secondsToLocal(seconds, spec.allDay));
      if (starts.size >= MAX_STARTS_PER_SCHEDULE) break;
    }
  } else {
    add(spec.start);
  }
  for (const rdate of spec.rdates) add(rdate);
  if (spec.exdates.length) {
    const exact = new Set(spec.exdates.map((date) => sameForm(date, spec.allDay && date.length === 10)));
    const wholeDays = new Set(spec.exdates.filter((date) => date.length === 10));
    for (const start of [...starts]) {
      if (exact.has(start) || wholeDays.has(start.slice(0, 10))) starts.delete(start);
    }
  }
  return [...starts].sort();
}

/** Is `local` (in any form) one of the schedule's starts? Used to check a RECURRENCE-ID style change. */
export function isScheduleStart(spec: ScheduleSpec, local: string): boolean {
  const seconds = localToSeconds(local);
  return scheduleStartsBetween(spec, seconds, seconds).includes(sameForm(local, spec.allDay));
}

/** Local seconds of `text` when it is exactly what secondsToLocal writes (a real date, 0000-9999); else undefined. */
function canonicalSeconds(text: string): number | undefined {
  const seconds = localToSeconds(text);
  return Number.isInteger(seconds) && secondsToLocal(seconds, text.length === 10) === text ? seconds : undefined;
}

/**
 * scheduleStartsBetween's starts as local seconds (midnight for all-day), ascending, without
 * building a string per start. Only for a spec whose start and in-window rdates are written the way
 * secondsToLocal writes them (as the feed parser produces them): for anything else it returns
 * undefined and the caller takes the text path, which treats odd text exactly as it always has.
 */
export function scheduleStartSecondsBetween(spec: ScheduleSpec, fromLocal: number, toLocal: number): number[] | undefined {
  const startSeconds = localToSeconds(spec.start);
  if (!Number.isInteger(startSeconds) || canonicalSeconds(sameForm(spec.start, spec.allDay)) === undefined) return undefined;
  const instances: number[] = [];
  if (spec.rrule) {
    for (const seconds of expandPlanned(planOf(spec, spec.rrule, startSeconds), fromLocal, toLocal)) {
      // Rule instances come ascending and distinct, and all-day ones at midnight.
      if (seconds >= fromLocal) instances.push(spec.allDay ? seconds - (((seconds % 86400) + 86400) % 86400) : seconds);
      if (instances.length >= MAX_STARTS_PER_SCHEDULE) break;
    }
    if (!spec.rdates.length && !spec.exdates.length) return instances;
  }
  const starts = new Set(instances);
  for (const local of spec.rrule ? spec.rdates : [spec.start, ...spec.rdates]) {
    const seconds = localToSeconds(local);
    if (!(seconds >= fromLocal && seconds <= toLocal)) continue;
    const normal = canonicalSeconds(sameForm(local, spec.allDay));
    if (normal === undefined) return undefined;
    starts.add(normal);
  }
  if (spec.exdates.length) removeExdates(starts, spec);
  return [...starts].sort((a, b) => a - b);
}

/**
 * EXDATE as scheduleStartsBetween applies it: a date removes every start on that day; a date-time
 * removes the start at that time, and only from a timed schedule. Text that is not written the way
 * starts are can match none of them.
 */
function removeExdates(starts: Set<number>, spec: ScheduleSpec): void {
  const exact = new Set<number>();
  const wholeDays = new Set<number>();
  for (const date of spec.exdates) {
    if (date.length === 10) {
      const day = canonicalSeconds(date);
      if (day !== undefined) wholeDays.add(day);
    } else if (!spec.allDay) {
      const seconds = canonicalSeconds(sameForm(date, false));
      if (seconds !== undefined) exact.add(seconds);
    }
  }
  for (const start of starts) {
    if (exact.has(start) || wholeDays.has(start - (((start % 86400) + 86400) % 86400))) starts.delete(start);
  }
}
