/**
 * exportIcs writes an opportunity's second, third… schedule as VEVENTs of their own, with UIDs
 * "<key>/schedule-2@learning-city-widgets" (an iCalendar event has one DTSTART, so one series).
 * importIcs folds them back into the first schedule's opportunity, so a round trip gives the same
 * opportunity — and an occurrence two schedules share is still shown once, not twice.
 */
import type { DocumentOpportunity } from '../document.js';

const LATER_SCHEDULE = /\/schedule-\d+(@[^@]*)$/;

/** The UID of the first schedule's event when `uid` names a later schedule of one opportunity. */
export function firstScheduleUid(uid: string, suffix: string): string | undefined {
  const match = LATER_SCHEDULE.exec(uid);
  return match && match[1] === suffix ? uid.slice(0, match.index) + suffix : undefined;
}

/** `uid` with "/schedule-<number>" before its suffix: the UID of schedule `number` (from 2). */
export function laterScheduleUid(uid: string, suffix: string, number: number): string {
  return uid.endsWith(suffix) ? `${uid.slice(0, -suffix.length)}/schedule-${number}${suffix}` : `${uid}/schedule-${number}`;
}

/**
 * Adds the schedules of `later` (an imported later-schedule event) to `host`, each in its own zone.
 * False, changing nothing, when `later` is not a plain series that can join (it has changes of its
 * own, or the host is not a series): then it stays an opportunity of its own.
 */
export function joinLaterSchedules(host: DocumentOpportunity, later: Pick<DocumentOpportunity, 'timeZone' | 'eventSchedule' | 'occurrenceChanges'>, defaultZone: string): boolean {
  if (!host.eventSchedule || !later.eventSchedule || later.occurrenceChanges?.length) return false;
  const hostZone = host.timeZone ?? defaultZone;
  const zone = later.timeZone ?? defaultZone;
  for (const schedule of later.eventSchedule) {
    host.eventSchedule.push(zone === hostZone || schedule.scheduleTimezone ? schedule : { ...schedule, scheduleTimezone: zone });
  }
  return true;
}
