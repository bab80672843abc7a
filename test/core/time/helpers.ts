/** Building opportunities for the occurrence tests without going through the feed parser. */
import type { Opportunity, ScheduleSpec, Timing } from '../../../src/core/model.js';
import { localToEpochMs } from '../../../src/core/time/zone.js';

export function opportunity(key: string, timing: Partial<Timing>, extra: Partial<Opportunity> = {}): Opportunity {
  return {
    key,
    id: key,
    feedKey: 'test',
    kind: 'event',
    name: { en: key },
    timing: { timeZone: 'Europe/London', allDay: false, schedules: [], changes: [], ...timing },
    status: 'scheduled',
    attendanceMode: 'offline',
    offers: [],
    audience: [],
    languages: [],
    topics: [],
    accessibilitySupport: [],
    ...extra,
  };
}

export function spec(fields: Partial<ScheduleSpec> & Pick<ScheduleSpec, 'start'>): ScheduleSpec {
  return {
    durationSeconds: 0,
    allDay: fields.start.length === 10,
    timeZone: 'Europe/London',
    rdates: [],
    exdates: [],
    ...fields,
  };
}

/** Epoch milliseconds of a local date or date-time in `zone` (default UTC). */
export function ms(local: string, zone = 'UTC'): number {
  return localToEpochMs(local, zone);
}
