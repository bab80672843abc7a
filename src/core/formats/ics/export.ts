/**
 * Learning Feed model → iCalendar (RFC 5545), for calendar apps to subscribe to.
 *
 * Recurring opportunities stay recurring: each schedule becomes one VEVENT with RRULE/RDATE/EXDATE
 * (not a copy per date), occurrence changes become RECURRENCE-ID events, and every wall-clock time
 * carries its IANA TZID with a VTIMEZONE generated for the years used. Output is CRLF, folded at
 * 75 octets, escaped, with stable UIDs, so a re-export updates subscribers instead of duplicating.
 */
import type { FeedInfo, FeedModel, Occurrence, Opportunity, Organization, ParsedFeed, Place } from '../../model.js';
import { vtimezoneLines } from './vtimezone-export.js';
import { UID_SUFFIX } from './import.js';
import { foldLine } from './content-lines.js';
import { eventLines, type EventLineOptions } from './event-lines.js';

export interface IcsExportOptions {
  /** Language to pick from language maps (default: each feed's language, then the first given). */
  language?: string;
  /** DTSTAMP for every event, RFC 3339 ("2026-11-01T10:00:00Z"); default the feed's `modified`, else now. */
  dtstamp?: string;
  /** X-WR-CALNAME; default the (first) feed's name. */
  calendarName?: string;
}

interface ModelView {
  feeds: FeedInfo[];
  organizations: Map<string, Organization>;
  places: Map<string, Place>;
  opportunities: Opportunity[];
}

function view(model: FeedModel | ParsedFeed): ModelView {
  if ('info' in model) {
    return {
      feeds: [model.info],
      organizations: new Map(model.organizations.map((organization) => [organization.key, organization])),
      places: new Map(model.places.map((place) => [place.key, place])),
      opportunities: model.opportunities,
    };
  }
  return model;
}

/** "2026-11-01T10:00:00Z" (or any Date-parsable instant) → "20261101T100000Z". */
export function icsUtcStamp(text: string | undefined): string | undefined {
  const ms = text ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';
}

function textIn(text: Readonly<Record<string, string>> | undefined, language: string | undefined): string | undefined {
  if (!text) return undefined;
  return (language !== undefined ? text[language] : undefined) ?? Object.values(text)[0];
}

/** Years each zone's times fall in, so its VTIMEZONE covers them. */
function zoneYears(opportunities: Opportunity[]): Map<string, number[]> {
  const years = new Map<string, number[]>();
  const note = (zone: string, local: string | undefined) => {
    if (!local) return;
    const year = Number(local.slice(0, 4));
    if (Number.isFinite(year)) years.set(zone, [...(years.get(zone) ?? []), year]);
  };
  for (const opportunity of opportunities) {
    const { timing } = opportunity;
    if (!timing.allDay) {
      note(timing.timeZone, timing.start);
      note(timing.timeZone, timing.end);
    }
    for (const schedule of timing.schedules) {
      if (schedule.allDay) continue;
      note(schedule.timeZone, schedule.start);
      schedule.rdates.forEach((rdate) => note(schedule.timeZone, rdate));
      const until = /UNTIL=(\d{4})/i.exec(schedule.rrule ?? '')?.[1];
      if (until) note(schedule.timeZone, until);
      timing.changes.forEach((change) => note(schedule.timeZone, change.start ?? change.occurrence));
    }
  }
  return years;
}

function isUtcZone(zone: string): boolean {
  return zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Etc/GMT' || zone === 'GMT';
}

function calendarLines(body: string[], zones: Map<string, number[]>, header: string[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//learning-city-widgets//Learning Feed 1.0//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...header];
  for (const [zone, years] of [...zones].sort(([a], [b]) => a.localeCompare(b))) {
    if (isUtcZone(zone)) continue;
    const from = Math.min(...years);
    lines.push(...vtimezoneLines(zone, from, Math.max(...years, from) + 1));
  }
  lines.push(...body, 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function exportIcs(model: FeedModel | ParsedFeed, options: IcsExportOptions = {}): string {
  const data = view(model);
  const feedsByKey = new Map(data.feeds.map((feed) => [feed.key, feed]));
  const firstFeed = data.feeds[0];
  const dtstamp = icsUtcStamp(options.dtstamp) ?? icsUtcStamp(firstFeed?.modified) ?? icsUtcStamp(new Date().toISOString())!;
  const body: string[] = [];
  for (const opportunity of data.opportunities) {
    const feed = feedsByKey.get(opportunity.feedKey);
    const language = options.language ?? feed?.language;
    const eventOptions: EventLineOptions = {
      uid: `${opportunity.key}${UID_SUFFIX}`,
      dtstamp,
      language,
      place: opportunity.placeKey ? data.places.get(opportunity.placeKey) : undefined,
      organizer: opportunity.organizerKey ? data.organizations.get(opportunity.organizerKey) : undefined,
    };
    body.push(...eventLines(opportunity, eventOptions));
  }
  const header: string[] = [];
  const name = options.calendarName ?? textIn(firstFeed?.name, options.language ?? firstFeed?.language);
  if (name) header.push(`X-WR-CALNAME:${escapeHeader(name)}`);
  const description = textIn(firstFeed?.description, options.language ?? firstFeed?.language);
  if (description) header.push(`X-WR-CALDESC:${escapeHeader(description)}`);
  if (firstFeed?.timeZone) header.push(`X-WR-TIMEZONE:${firstFeed.timeZone}`);
  return calendarLines(body, zoneYears(data.opportunities), header);
}

function escapeHeader(text: string): string {
  return text.replace(/\r\n|\r/g, '\n').replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\n/g, '\\n');
}

export interface OccurrenceExportOptions {
  place?: Place;
  organizer?: Organization;
  language?: string;
  dtstamp?: string;
}

/** One occurrence of an opportunity as a calendar file ("add to my calendar"). */
export function exportOccurrenceIcs(opportunity: Opportunity, occurrence: Occurrence, options: OccurrenceExportOptions = {}): string {
  const dtstamp = icsUtcStamp(options.dtstamp) ?? icsUtcStamp(new Date().toISOString())!;
  const startLocal = occurrence.allDay ? occurrence.start : occurrence.start.slice(0, 19);
  const endLocal = occurrence.allDay ? occurrence.end : occurrence.end.slice(0, 19);
  const single: Opportunity = {
    ...opportunity,
    name: occurrence.name ?? opportunity.name,
    status: occurrence.status,
    timing: { timeZone: occurrence.timeZone, allDay: occurrence.allDay, start: startLocal, end: endLocal, schedules: [], changes: [] },
  };
  const body = eventLines(single, {
    uid: `${opportunity.key}/${startLocal}${UID_SUFFIX}`,
    dtstamp,
    language: options.language,
    place: options.place,
    organizer: options.organizer,
  });
  const zones = new Map<string, number[]>();
  if (!occurrence.allDay) zones.set(occurrence.timeZone, [Number(startLocal.slice(0, 4))]);
  return calendarLines(body, zones, []);
}
