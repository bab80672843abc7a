/**
 * One opportunity as VEVENT content lines (unfolded): a single event, or one VEVENT per schedule
 * with its RRULE/RDATE/EXDATE plus a RECURRENCE-ID VEVENT per occurrence change.
 */
import type { EventStatus, OccurrenceChange, Opportunity, Organization, Place, ScheduleSpec } from '../../model.js';
import { localToEpochMs, epochMsToLocal } from '../../time/zone.js';
import { escapeText, formatParamValue } from './content-lines.js';
import { addDays, DATE_ZONE_PROPERTY } from './values.js';
import { UID_SUFFIX } from './import.js';
import { laterScheduleUid } from './later-schedules.js';

export interface EventLineOptions {
  uid: string;
  /** "YYYYMMDDTHHMMSSZ". */
  dtstamp: string;
  language: string | undefined;
  place: Place | undefined;
  organizer: Organization | undefined;
}

const compact = (local: string) => local.replace(/[-:]/g, '');

function isUtcZone(zone: string): boolean {
  return zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Etc/GMT' || zone === 'GMT';
}

/** `NAME;TZID=Zone:20261201T180000`, `NAME;VALUE=DATE:20261201` or `NAME:20261201T180000Z`. */
function dateLine(name: string, local: string, zone: string): string {
  if (local.length === 10) return `${name};VALUE=DATE:${compact(local)}`;
  const wall = local.length === 16 ? `${local}:00` : local.slice(0, 19);
  if (isUtcZone(zone)) return `${name}:${compact(wall)}Z`;
  return `${name};TZID=${formatParamValue(zone)}:${compact(wall)}`;
}

function dateListLine(name: string, locals: string[], zone: string): string[] {
  const dates = locals.filter((local) => local.length === 10);
  const times = locals.filter((local) => local.length > 10);
  const lines: string[] = [];
  if (dates.length) lines.push(`${name};VALUE=DATE:${dates.map(compact).join(',')}`);
  if (times.length) {
    const values = times.map((local) => compact(local.length === 16 ? `${local}:00` : local.slice(0, 19)));
    lines.push(isUtcZone(zone) ? `${name}:${values.map((value) => `${value}Z`).join(',')}` : `${name};TZID=${formatParamValue(zone)}:${values.join(',')}`);
  }
  return lines;
}

/** Local end of something starting at `local` and lasting `seconds` (whole days for dates). */
function endOf(local: string, seconds: number, zone: string): string {
  if (local.length === 10) return addDays(local, Math.max(1, Math.round(seconds / 86400)));
  return epochMsToLocal(localToEpochMs(local, zone) + seconds * 1000, zone);
}

/** An RRULE for iCalendar: with a zoned DTSTART, UNTIL must be UTC (RFC 5545 §3.3.10). */
function icsRule(rule: string, schedule: ScheduleSpec): string {
  return rule.replace(/UNTIL=(\d{8})(T\d{6})?(Z)?/i, (whole, date: string, time: string | undefined, zulu: string | undefined) => {
    if (schedule.allDay) return `UNTIL=${date}`;
    if (zulu) return whole;
    const local = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time ? `${time.slice(1, 3)}:${time.slice(3, 5)}:${time.slice(5, 7)}` : '23:59:59'}`;
    if (isUtcZone(schedule.timeZone)) return `UNTIL=${compact(local)}Z`;
    return `UNTIL=${new Date(localToEpochMs(local, schedule.timeZone)).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  });
}

/** Which zone's midnights bound an all-day event (see DATE_ZONE_PROPERTY). */
function dateZoneLine(zone: string): string {
  return `${DATE_ZONE_PROPERTY}:${zone}`;
}

function statusLine(status: EventStatus): string {
  return `STATUS:${status === 'cancelled' ? 'CANCELLED' : status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`;
}

function pick(text: Readonly<Record<string, string>> | undefined, language: string | undefined): string | undefined {
  if (!text) return undefined;
  return (language !== undefined ? text[language] : undefined) ?? Object.values(text)[0];
}

/** SUMMARY, DESCRIPTION, URL, LOCATION, GEO, CATEGORIES, ORGANIZER, LAST-MODIFIED. */
function detailLines(opportunity: Opportunity, options: EventLineOptions, name: string | undefined): string[] {
  const lines: string[] = [];
  lines.push(`SUMMARY:${escapeText(name ?? pick(opportunity.name, options.language) ?? opportunity.id)}`);
  const description = pick(opportunity.description, options.language);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const url = opportunity.url ?? opportunity.registrationUrl;
  if (url) lines.push(`URL:${url}`);
  const { place } = options;
  if (place) {
    const address = place.address;
    const parts = [pick(place.name, options.language), address?.streetAddress, address?.addressLocality, address?.postalCode].filter(Boolean);
    lines.push(`LOCATION:${escapeText(parts.join(', '))}`);
    if (place.geo) lines.push(`GEO:${place.geo.latitude};${place.geo.longitude}`);
  } else if (opportunity.attendanceMode === 'online' && opportunity.url) {
    lines.push(`LOCATION:${escapeText(opportunity.url)}`);
  }
  if (opportunity.topics.length) lines.push(`CATEGORIES:${opportunity.topics.map(escapeText).join(',')}`);
  const organizer = options.organizer;
  if (organizer?.email) lines.push(`ORGANIZER;CN=${formatParamValue(pick(organizer.name, options.language) ?? organizer.id)}:mailto:${organizer.email}`);
  const modified = opportunity.modified ? Date.parse(opportunity.modified) : NaN;
  if (!Number.isNaN(modified)) lines.push(`LAST-MODIFIED:${new Date(modified).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`);
  return lines;
}

function changeEvent(opportunity: Opportunity, schedule: ScheduleSpec, change: OccurrenceChange, options: EventLineOptions): string[] {
  const zone = schedule.timeZone;
  const start = change.start ?? change.occurrence;
  const end = change.end ?? endOf(start, schedule.durationSeconds, zone);
  const endLocal = start.length === 10 && change.end ? addDays(change.end, 1) : end;
  const status = change.status ?? opportunity.status;
  return [
    'BEGIN:VEVENT',
    `UID:${options.uid}`,
    `DTSTAMP:${options.dtstamp}`,
    dateLine('RECURRENCE-ID', change.occurrence, zone),
    dateLine('DTSTART', start, zone),
    dateLine('DTEND', endLocal, zone),
    statusLine(status),
    ...detailLines(opportunity, options, pick(change.name, options.language)),
    'END:VEVENT',
  ];
}

export function eventLines(opportunity: Opportunity, options: EventLineOptions): string[] {
  const { timing } = opportunity;
  const lines: string[] = [];
  if (timing.schedules.length === 0) {
    if (!timing.start) return lines;
    const zone = timing.timeZone;
    const end = timing.allDay ? addDays(timing.end ?? timing.start, 1) : timing.end;
    lines.push('BEGIN:VEVENT', `UID:${options.uid}`, `DTSTAMP:${options.dtstamp}`, dateLine('DTSTART', timing.start, zone));
    if (end) lines.push(dateLine('DTEND', end, zone));
    if (timing.allDay) lines.push(dateZoneLine(zone));
    lines.push(statusLine(opportunity.status), ...detailLines(opportunity, options, undefined), 'END:VEVENT');
    return lines;
  }
  timing.schedules.forEach((schedule, index) => {
    // A second schedule of the same opportunity is its own series, so it needs its own UID.
    const uid = index === 0 ? options.uid : laterScheduleUid(options.uid, UID_SUFFIX, index + 1);
    const zone = schedule.timeZone;
    lines.push('BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${options.dtstamp}`, dateLine('DTSTART', schedule.start, zone));
    lines.push(dateLine('DTEND', endOf(schedule.start, schedule.allDay ? Math.max(schedule.durationSeconds, 86400) : schedule.durationSeconds, zone), zone));
    if (schedule.rrule) lines.push(`RRULE:${icsRule(schedule.rrule, schedule)}`);
    lines.push(...dateListLine('RDATE', schedule.rdates, zone), ...dateListLine('EXDATE', schedule.exdates, zone));
    if (schedule.allDay) lines.push(dateZoneLine(zone));
    lines.push(statusLine(opportunity.status), ...detailLines(opportunity, options, undefined), 'END:VEVENT');
    if (index === 0) {
      for (const change of timing.changes) lines.push(...changeEvent(opportunity, schedule, change, { ...options, uid }));
    }
  });
  return lines;
}
