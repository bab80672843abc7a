/**
 * Test helper: the occurrences of an .ics file by our pipeline (importIcs → parseFeed →
 * occurrencesBetween) and by ical.js, as sorted lists of UTC instants, for the differential test.
 */
import ICAL from 'ical.js';
import { importIcs } from '../../../src/core/formats/ics/import.js';
import { vtimezoneLines } from '../../../src/core/formats/ics/vtimezone-export.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { occurrencesBetween } from '../../../src/core/time/index.js';
import { isValidTimeZone } from '../../../src/core/time/zone.js';

export interface Window {
  fromMs: number;
  toMs: number;
}

const TWO_YEARS_MS = 2 * 366 * 86_400_000;
const DAY_MS = 86_400_000;

/** ical.js has no tz database: give it a VTIMEZONE for every IANA TZID the file names but does not define. */
function registerMissingZones(calendar: ICAL.Component): void {
  const defined = new Set(calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid'))));
  for (const event of calendar.getAllSubcomponents('vevent')) {
    for (const property of event.getAllProperties()) {
      const tzid = property.getParameter('tzid');
      if (typeof tzid !== 'string' || defined.has(tzid) || ICAL.TimezoneService.has(tzid) || !isValidTimeZone(tzid)) continue;
      const lines = vtimezoneLines(tzid, 1990, 2040);
      const component = new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n')) as unknown[]).getFirstSubcomponent('vtimezone')!;
      ICAL.TimezoneService.register(new ICAL.Timezone({ component, tzid }));
    }
  }
}

function calendarOf(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

/** The window for a file: from the day before its first DTSTART (as ical.js reads it), for two years. */
export function windowFor(text: string): Window | undefined {
  const calendar = calendarOf(text);
  registerMissingZones(calendar);
  const starts = calendar
    .getAllSubcomponents('vevent')
    .map((event) => event.getFirstPropertyValue('dtstart'))
    .filter((value): value is ICAL.Time => value instanceof ICAL.Time)
    .map((value) => value.toJSDate().getTime());
  if (starts.length === 0) return undefined;
  const fromMs = Math.min(...starts) - DAY_MS;
  return { fromMs, toMs: fromMs + TWO_YEARS_MS };
}

/** Sorted occurrence keys: an ISO instant for a timed occurrence, "YYYY-MM-DD" for an all-day one. */
export function icalJsInstants(text: string, window: Window): string[] {
  const calendar = calendarOf(text);
  registerMissingZones(calendar);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  // Calendar-level policy, the same as importIcs: of several VEVENTs with one UID and no
  // RECURRENCE-ID, the highest SEQUENCE (then latest LAST-MODIFIED/DTSTAMP) is the current one.
  const version = (event: ICAL.Event) => [event.sequence ?? 0, String(event.component.getFirstPropertyValue('last-modified') ?? event.component.getFirstPropertyValue('dtstamp') ?? '')] as const;
  const masters = events
    .filter((event) => !event.isRecurrenceException())
    .filter((event, _index, all) => {
      const rivals = all.filter((other) => other.uid && other.uid === event.uid);
      const best = rivals.sort((a, b) => version(b)[0] - version(a)[0] || (version(a)[1] < version(b)[1] ? 1 : version(a)[1] > version(b)[1] ? -1 : 0))[0];
      return !best || best === event;
    });
  const starts: ICAL.Time[] = [];
  for (const exception of events.filter((event) => event.isRecurrenceException())) {
    const master = masters.find((candidate) => candidate.uid === exception.uid);
    if (master) master.relateException(exception);
    else starts.push(exception.startDate);
  }
  const end = ICAL.Time.fromJSDate(new Date(window.toMs), true);
  for (const master of masters) {
    if (!master.startDate) continue;
    if (!master.isRecurring()) {
      starts.push(master.startDate);
      continue;
    }
    const iterator = master.iterator();
    for (let next = iterator.next(), count = 0; next && count < 20000; next = iterator.next(), count++) {
      if (next.compare(end) >= 0) break;
      starts.push(master.getOccurrenceDetails(next).startDate);
    }
  }
  const keys: string[] = [];
  for (const start of starts) {
    const ms = start.toJSDate().getTime();
    if (start.isDate) {
      // An all-day occurrence is a date, not an instant: compare the dates.
      const date = start.toString().slice(0, 10);
      if (date >= new Date(window.fromMs).toISOString().slice(0, 10) && date < new Date(window.toMs).toISOString().slice(0, 10)) keys.push(date);
    } else if (ms >= window.fromMs && ms < window.toMs) {
      keys.push(new Date(ms).toISOString());
    }
  }
  return [...new Set(keys)].sort();
}

export function ourInstants(text: string, window: Window): string[] {
  const { feed } = importIcs(text);
  const parsed = parseFeed(feed, { feedKey: 'differential' });
  // Widen by a day each side so all-day occurrences are found whatever the zone, then cut by key.
  const fromDate = new Date(window.fromMs).toISOString().slice(0, 10);
  const toDate = new Date(window.toMs).toISOString().slice(0, 10);
  return occurrencesBetween(parsed.opportunities, window.fromMs - DAY_MS, window.toMs + DAY_MS)
    .filter((occurrence) => (occurrence.allDay ? occurrence.start >= fromDate && occurrence.start < toDate : occurrence.startMs >= window.fromMs && occurrence.startMs < window.toMs))
    .map((occurrence) => (occurrence.allDay ? occurrence.start : new Date(occurrence.startMs).toISOString()))
    .filter((key, index, keys) => keys.indexOf(key) === index)
    .sort();
}
