/**
 * The local starts of one ScheduleSpec inside a window: rule instances, plus RDATEs, minus
 * EXDATEs (RFC 5545 §3.8.5). Everything stays on the wall clock here; occurrences.ts turns the
 * starts into instants.
 */
import type { ScheduleSpec } from '../model.js';
import { localToSeconds, secondsToLocal } from './datetime.js';
import { expandRule } from './expand.js';
import { parseRRule, type RecurrenceRule } from './rrule.js';

/** Most starts one schedule may contribute to one window, so a SECONDLY rule cannot flood a page. */
export const MAX_STARTS_PER_SCHEDULE = 10_000;

const parsedRules = new Map<string, RecurrenceRule>();

function ruleFor(text: string): RecurrenceRule {
  let rule = parsedRules.get(text);
  if (!rule) {
    rule = parseRRule(text);
    if (parsedRules.size > 5000) parsedRules.clear();
    parsedRules.set(text, rule);
  }
  return rule;
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
    const instances = expandRule(ruleFor(spec.rrule), {
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
