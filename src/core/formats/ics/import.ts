/**
 * iCalendar (RFC 5545) → Learning Feed 1.0 document.
 *
 * Every VEVENT becomes one opportunity (RECURRENCE-ID overrides fold into their series as
 * occurrenceChanges). Lenient like the rest of core: a malformed line or event is reported with
 * its line number and the good events still come through.
 */
import type { FeedProblem } from '../../model.js';
import type { DocumentOpportunity, ImportResult, LearningFeedDocument } from '../document.js';
import { IdAllocator, slugify } from '../ids.js';
import { firstScheduleUid, joinLaterSchedules } from './later-schedules.js';
import { knownZone } from '../zone-clock.js';
import { childrenNamed, parseComponents, property, type IcsComponent } from './components.js';
import { unescapeText } from './content-lines.js';
import { DirectoryBuilder, eventDetails } from './event-details.js';
import { eventTiming, type TimingNote } from './event-timing.js';
import { parseDateTimeText } from './values.js';
import { windowsZones } from './windows-zones.js';
import { ZoneResolver } from './zone-resolver.js';

export interface IcsImportOptions {
  /** Zone for floating times and the feed's default (else X-WR-TIMEZONE, else the first event's zone, else UTC). */
  timeZone?: string;
  /** The `id` to give the feed (recommended: the URL it will be published at). */
  feedId?: string;
  /** The file or URL the text came from; set on every problem and listed in `sources`. */
  source?: string;
  /** BCP 47 language of the calendar's text (default "en"). */
  language?: string;
}

/** Our own exports write UIDs as "<feed key>#<id>@learning-city-widgets"; read the id back. */
export const UID_SUFFIX = '@learning-city-widgets';

function idFromUid(uid: string, feedId: string | undefined): string {
  if (!uid.endsWith(UID_SUFFIX)) return uid;
  const key = uid.slice(0, -UID_SUFFIX.length);
  if (feedId && key.startsWith(`${feedId}#`)) return key.slice(feedId.length + 1);
  const hash = key.lastIndexOf('#');
  return hash >= 0 ? key.slice(hash + 1) : key;
}

function calendarText(calendars: IcsComponent[], ...names: string[]): string | undefined {
  for (const name of names) {
    for (const calendar of calendars) {
      const value = property(calendar, name)?.value;
      if (value?.trim()) return unescapeText(value).trim();
    }
  }
  return undefined;
}

function chooseDefaultZone(calendars: IcsComponent[], events: IcsComponent[], options: IcsImportOptions, problems: FeedProblem[], source: string | undefined): string {
  if (options.timeZone) {
    const zone = knownZone(options.timeZone);
    if (zone) return zone;
    problems.push({ severity: 'error', source, pointer: '/timeZone', message: `The time zone "${options.timeZone}" is not a known IANA zone`, hint: 'Use a name such as Europe/London or America/New_York.' });
  }
  const calendarZone = calendarText(calendars, 'X-WR-TIMEZONE');
  if (calendarZone && knownZone(calendarZone)) return knownZone(calendarZone)!;
  for (const event of events) {
    const tzid = property(event, 'DTSTART')?.params.TZID?.[0];
    const zone = tzid ? knownZone(tzid) ?? knownZone(windowsZones[tzid] ?? '') : undefined;
    if (zone) return zone;
  }
  return 'UTC';
}

/** The years the events use (first starts, and the year after for series), at most 8 spread over the range. */
function yearsUsed(events: IcsComponent[]): number[] {
  const years = new Set<number>();
  for (const event of events) {
    const start = parseDateTimeText(property(event, 'DTSTART')?.value ?? '');
    if (!start) continue;
    const year = Number(start.date.slice(0, 4));
    years.add(year);
    if (property(event, 'RRULE') || property(event, 'RDATE')) years.add(year + 1);
  }
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length <= 8) return sorted;
  return Array.from({ length: 8 }, (_, index) => sorted[Math.round((index * (sorted.length - 1)) / 7)]!);
}

/** Newer version first: higher SEQUENCE, then later LAST-MODIFIED / DTSTAMP. */
function compareVersions(a: IcsComponent, b: IcsComponent): number {
  const sequence = (event: IcsComponent) => Number(property(event, 'SEQUENCE')?.value ?? 0) || 0;
  const stamp = (event: IcsComponent) => (property(event, 'LAST-MODIFIED') ?? property(event, 'DTSTAMP'))?.value.trim() ?? '';
  return sequence(b) - sequence(a) || (stamp(a) < stamp(b) ? 1 : stamp(a) > stamp(b) ? -1 : 0);
}

export function importIcs(text: string, options: IcsImportOptions = {}): ImportResult {
  const source = options.source;
  const problems: FeedProblem[] = [];
  const { roots, problems: lexProblems } = parseComponents(typeof text === 'string' ? text : '');
  for (const problem of lexProblems) problems.push({ ...problem, source, pointer: '' });
  const calendars = roots.filter((root) => root.name === 'VCALENDAR');
  for (const root of roots) {
    if (root.name !== 'VCALENDAR') problems.push({ severity: 'warning', source, pointer: '', line: root.line, message: `BEGIN:${root.name} outside a VCALENDAR was ignored` });
  }
  if (calendars.length === 0) {
    problems.push({ severity: 'error', source, pointer: '', line: 1, message: 'No BEGIN:VCALENDAR found: this is not an iCalendar file', hint: 'An .ics file starts with BEGIN:VCALENDAR.' });
  }
  const events = calendars.flatMap((calendar) => childrenNamed(calendar, 'VEVENT'));
  const defaultZone = chooseDefaultZone(calendars, events, options, problems, source);
  const notes: TimingNote[] = [];
  const years = yearsUsed(events);
  const resolvers = new Map(calendars.map((calendar) => [calendar, new ZoneResolver(calendar, defaultZone, years, notes)]));
  const directory = new DirectoryBuilder();
  const opportunities: DocumentOpportunity[] = [];
  const ids = new IdAllocator();
  /** Opportunities by the UID of their series, for later schedules to join (later-schedules.ts). */
  const byUid = new Map<string, DocumentOpportunity>();

  // Group by UID: the master (no RECURRENCE-ID) and its overrides belong together.
  const groups = new Map<string, { calendar: IcsComponent; masters: IcsComponent[]; overrides: IcsComponent[] }>();
  let anonymous = 0;
  for (const calendar of calendars) {
    for (const event of childrenNamed(calendar, 'VEVENT')) {
      const uid = property(event, 'UID')?.value.trim();
      const key = uid || `\u0000${anonymous++}`;
      const group = groups.get(key) ?? { calendar, masters: [], overrides: [] };
      (property(event, 'RECURRENCE-ID') ? group.overrides : group.masters).push(event);
      groups.set(key, group);
    }
  }

  for (const [uid, group] of groups) {
    const resolver = resolvers.get(group.calendar)!;
    const context = { resolver, defaultZone, notes: [] as TimingNote[] };
    if (group.masters.length > 1) {
      // Several versions of one event: the highest SEQUENCE (then the latest change) is current (RFC 5546 §2.1.4).
      group.masters.sort(compareVersions);
      for (const replaced of group.masters.slice(1)) {
        problems.push({ severity: 'warning', source, pointer: '', line: replaced.line, message: `The VEVENT at line ${replaced.line} is an older version of "${uid}" (lower SEQUENCE) and was replaced by the one at line ${group.masters[0]!.line}`, hint: 'Keep one VEVENT per UID, plus RECURRENCE-ID overrides.' });
      }
      group.masters.length = 1;
    }
    // An override without its series is a one-off event of its own.
    const items = group.masters.length
      ? [{ event: group.masters[0]!, overrides: group.overrides }]
      : group.overrides.map((override) => ({ event: override, overrides: [] }));
    for (const { event, overrides } of items) {
      const detailNotes: TimingNote[] = [];
      const timing = eventTiming(event, overrides, context);
      const details = eventDetails(event, directory, detailNotes);
      const firstUid = group.masters.length ? firstScheduleUid(uid, UID_SUFFIX) : undefined;
      const host = firstUid === undefined ? undefined : byUid.get(firstUid);
      const joined = timing !== undefined && host !== undefined && joinLaterSchedules(host, timing, defaultZone);
      const pointer = !timing ? '' : joined ? `/opportunities/${opportunities.indexOf(host!)}` : `/opportunities/${opportunities.length}`;
      for (const note of [...context.notes.splice(0), ...detailNotes]) problems.push({ ...note, source, pointer });
      if (!timing || joined) continue;
      let baseId: string;
      if (uid.startsWith('\u0000')) {
        const start = property(event, 'DTSTART')?.value ?? '';
        baseId = slugify(`${typeof details.name === 'string' ? details.name : ''} ${start}`) || 'event';
        problems.push({ severity: 'warning', source, pointer, line: event.line, message: `VEVENT at line ${event.line} has no UID; its id "${baseId}" was made from its title and start`, hint: 'Give every event a UID so updates replace it rather than add a copy.' });
      } else {
        baseId = idFromUid(uid, options.feedId);
        if (group.masters.length === 0) baseId = `${baseId}/${property(event, 'RECURRENCE-ID')?.value.trim() ?? ''}`;
      }
      const opportunity: DocumentOpportunity = {
        id: ids.allocate(baseId, 'event'),
        type: timing.eventSchedule ? 'sessionSeries' : 'event',
        ...details,
        ...timing,
      };
      if (opportunity.timeZone === defaultZone) delete opportunity.timeZone;
      opportunities.push(opportunity);
      if (group.masters.length) byUid.set(uid, opportunity);
    }
  }
  for (const note of notes) problems.push({ ...note, source, pointer: '' });

  const floating = events.some((event) => {
    const start = property(event, 'DTSTART');
    return start && !start.params.TZID && /T\d{6}$/i.test(start.value.trim());
  });
  if (floating && defaultZone === 'UTC' && !options.timeZone && !calendarText(calendars, 'X-WR-TIMEZONE')) {
    problems.push({ severity: 'warning', source, pointer: '/timeZone', message: 'The calendar has times without a zone and says nothing of its zone; they were read as UTC', hint: 'Pass the zone the calendar is in (--timezone Europe/London).' });
  }

  const feed: LearningFeedDocument = { version: '1.0' };
  if (options.feedId) feed.id = options.feedId;
  const name = calendarText(calendars, 'X-WR-CALNAME', 'NAME');
  if (name) feed.name = name;
  const description = calendarText(calendars, 'X-WR-CALDESC', 'DESCRIPTION');
  if (description) feed.description = description;
  feed.language = options.language ?? 'en';
  feed.timeZone = defaultZone;
  if (source) feed.sources = [{ name: name ?? source, ...(/^https?:\/\//i.test(source) ? { url: source } : {}) }];
  if (directory.organizations.length) feed.organizations = directory.organizations;
  if (directory.places.length) feed.places = directory.places;
  feed.opportunities = opportunities;
  return { feed, problems };
}
