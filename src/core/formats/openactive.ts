/**
 * OpenActive (Modelling Opportunity Data 2.x, published as RPDE pages) → Learning Feed 1.0.
 *
 * Accepts an RPDE page (`items` of {state, kind, id, modified, data}), a list of items or data
 * objects, or one bare data object. SessionSeries, ScheduledSession, CourseInstance, Event,
 * EventSeries and OnDemandEvent become opportunities; Place items become places; deleted items
 * are listed in `deleted`. Facility bookings (FacilityUse, Slot) are not learning opportunities
 * and are skipped with a warning. Problems point into the input (`/items/3/data/startDate`).
 */
import type { FeedProblem } from '../model.js';
import type { DocumentOpportunity, DocumentOpportunityType, ImportResult, LearningFeedDocument } from './document.js';
import { IdAllocator, slugify } from './ids.js';
import {
  ageRange, asList, attendanceMode, conceptTerms, eventStatus, imageUrl, isObject, level, offers, OpenActiveDirectory, text, typeOf, type JsonObject,
} from './openactive-fields.js';
import { openActiveTiming, type TimingNote } from './openactive-timing.js';
import { isValidTimeZone } from '../time/zone.js';

export interface OpenActiveImportOptions {
  /** Default zone of the feed (default Europe/London: OpenActive is a UK standard). */
  timeZone?: string;
  feedId?: string;
  /** The file or URL the JSON came from; set on every problem and listed in `sources`. */
  source?: string;
  /** Language of the text (default "en"). */
  language?: string;
}

const opportunityTypes: Record<string, DocumentOpportunityType> = {
  SessionSeries: 'sessionSeries',
  ScheduledSession: 'event',
  CourseInstance: 'course',
  Course: 'course',
  Event: 'event',
  EventSeries: 'sessionSeries',
  OnDemandEvent: 'event',
  HeadlineEvent: 'event',
};

const skippedTypes = new Set(['FacilityUse', 'IndividualFacilityUse', 'Slot']);

interface Entry {
  data: JsonObject;
  pointer: string;
  /** The RPDE item id, the best stable id there is. */
  itemId?: string;
}

/** Fields of the parent (superEvent, instanceOfCourse) that a child without its own inherits. */
function withParent(data: JsonObject): JsonObject {
  const parents = [data.superEvent, data.instanceOfCourse].filter(isObject);
  return parents.reduce<JsonObject>((merged, parent) => ({ ...withParent(parent), ...merged }), data);
}

function entriesOf(input: unknown, problems: FeedProblem[], deleted: string[], source: string | undefined): Entry[] {
  if (Array.isArray(input)) {
    return input.flatMap((item, index) => (isObject(item) && isObject(item.data) ? [{ data: item.data, pointer: `/${index}/data`, itemId: text(item.id) }] : isObject(item) && typeOf(item) ? [{ data: item, pointer: `/${index}` }] : []));
  }
  if (!isObject(input)) return [];
  if (!Array.isArray(input.items)) return typeOf(input) ? [{ data: input, pointer: '' }] : [];
  const entries: Entry[] = [];
  input.items.forEach((item, index) => {
    const pointer = `/items/${index}`;
    if (!isObject(item)) {
      problems.push({ severity: 'error', source, pointer, message: `RPDE item ${index} is not an object and was skipped` });
      return;
    }
    const id = text(item.id);
    if (item.state === 'deleted') {
      if (id) deleted.push(id);
      return;
    }
    if (!isObject(item.data)) {
      problems.push({ severity: 'error', source, pointer: `${pointer}/data`, message: `RPDE item ${id ?? index} has no data object and was skipped`, hint: 'An "updated" item carries its opportunity in "data".' });
      return;
    }
    entries.push({ data: item.data, pointer: `${pointer}/data`, itemId: id });
  });
  return entries;
}

export function importOpenActive(json: unknown, options: OpenActiveImportOptions = {}): ImportResult {
  const source = options.source;
  const problems: FeedProblem[] = [];
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      problems.push({ severity: 'error', source, pointer: '', message: `The OpenActive data is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      input = undefined;
    }
  }
  let feedZone = 'Europe/London';
  if (options.timeZone) {
    if (isValidTimeZone(options.timeZone)) feedZone = options.timeZone;
    else problems.push({ severity: 'error', source, pointer: '', message: `The time zone "${options.timeZone}" is not a known IANA zone; Europe/London was used`, hint: 'Use a name such as Europe/London.' });
  }
  const deleted: string[] = [];
  const entries = entriesOf(input, problems, deleted, source);
  if (entries.length === 0 && deleted.length === 0 && input !== undefined) {
    problems.push({ severity: 'error', source, pointer: '', message: 'This is not an OpenActive RPDE page or opportunity: no "items" and no "@type" found', hint: 'Pass an RPDE page ({"items": [...]}) or an OpenActive object such as {"@type": "SessionSeries", ...}.' });
  }
  const directory = new OpenActiveDirectory();
  const ids = new IdAllocator();
  const opportunities: DocumentOpportunity[] = [];
  const notes: TimingNote[] = [];

  // Split feeds publish sessions apart from their series; join them by the series' @id.
  const seriesById = new Map<string, JsonObject>();
  for (const { data } of entries) if (typeOf(data) === 'SessionSeries' && text(data['@id'])) seriesById.set(text(data['@id'])!, data);
  const joinedSessions = new Map<JsonObject, JsonObject[]>();
  const joined = new Set<JsonObject>();
  for (const { data } of entries) {
    const parent = typeof data.superEvent === 'string' ? seriesById.get(data.superEvent) : undefined;
    if (typeOf(data) === 'ScheduledSession' && parent) {
      joinedSessions.set(parent, [...(joinedSessions.get(parent) ?? []), data]);
      joined.add(data);
    }
  }

  for (const entry of entries) {
    const type = typeOf(entry.data) ?? '';
    if (joined.has(entry.data)) continue;
    if (type === 'Place' || type === 'SportsActivityLocation') {
      directory.place(entry.data, entry.itemId);
      continue;
    }
    if (skippedTypes.has(type)) {
      if (type === 'FacilityUse') directory.place(entry.data.location);
      problems.push({ severity: 'warning', source, pointer: entry.pointer, message: `${type} ${entry.itemId ?? ''} is a facility booking, not a learning opportunity, and was skipped`.replace('  ', ' ') });
      continue;
    }
    const kind = opportunityTypes[type];
    if (!kind) {
      problems.push({ severity: 'warning', source, pointer: `${entry.pointer}/@type`, message: `OpenActive type "${type || '(none)'}" is not one this importer reads; the item was skipped`, hint: 'Supported: SessionSeries, ScheduledSession, CourseInstance, Event, EventSeries, OnDemandEvent, Place.' });
      continue;
    }
    const data = withParent(entry.data);
    const name = text(data.name);
    const baseId = entry.itemId ?? text(entry.data.identifier) ?? text(entry.data['@id']) ?? slugify(name ?? '');
    const opportunity: DocumentOpportunity = { id: ids.allocate(baseId, 'opportunity'), type: kind, name: name ?? `Session ${baseId}` };
    if (!name) {
      problems.push({ severity: 'warning', source, pointer: entry.pointer, message: `${type} ${baseId} has no name (its series is not in this input), so it was called "${opportunity.name}"`, hint: 'Import the SessionSeries page together with its ScheduledSessions.' });
    }
    const description = text(data.description);
    if (description) opportunity.description = description;
    const url = text(data.url) ?? (isObject(data.workFeatured) ? text(data.workFeatured.url) : undefined);
    if (url) opportunity.url = url;
    const image = imageUrl(data.image);
    if (image) opportunity.image = image;
    const organizer = directory.organization(data.organizer);
    if (organizer) opportunity.organizer = organizer;
    const place = directory.place(data.location);
    if (place) opportunity.location = place;
    // The item's own dates win; a series without any takes its parent's schedule.
    const extra = joinedSessions.get(entry.data) ?? [];
    const own = entry.data.subEvent !== undefined || entry.data.eventSchedule !== undefined || entry.data.startDate !== undefined || extra.length > 0;
    const timingSource = own ? { ...entry.data, subEvent: [...asList(entry.data.subEvent), ...extra] } : data;
    Object.assign(opportunity, openActiveTiming(timingSource, entry.pointer, feedZone, notes));
    const status = eventStatus(data.eventStatus);
    if (status && status !== 'scheduled') opportunity.eventStatus = status;
    const virtual = isObject(data['beta:virtualLocation']) || type === 'OnDemandEvent';
    const mode = attendanceMode(data.eventAttendanceMode) ?? (virtual ? (place ? 'mixed' : 'online') : undefined);
    if (mode && mode !== 'offline') opportunity.eventAttendanceMode = mode;
    const offerList = offers(data.offers);
    if (offerList.length) opportunity.offers = offerList;
    if (typeof data.isAccessibleForFree === 'boolean') opportunity.isAccessibleForFree = data.isAccessibleForFree;
    else if (offerList.length && offerList.every((offer) => offer.price !== undefined)) opportunity.isAccessibleForFree = offerList.every((offer) => offer.price === 0);
    const ages = ageRange(data.ageRange);
    if (ages) opportunity.ageRange = ages;
    const topics = conceptTerms(data.activity);
    if (topics.length) opportunity.topics = topics;
    const accessibility = conceptTerms(data.accessibilitySupport);
    if (accessibility.length) opportunity.accessibilitySupport = accessibility;
    const levelTerm = level(data.level);
    if (levelTerm) opportunity.level = levelTerm;
    for (const field of ['maximumAttendeeCapacity', 'remainingAttendeeCapacity'] as const) {
      if (typeof entry.data[field] === 'number') opportunity[field] = entry.data[field] as number;
    }
    opportunities.push(opportunity);
  }
  for (const note of notes) problems.push({ severity: 'warning', source, ...note });

  const feed: LearningFeedDocument = { version: '1.0' };
  if (options.feedId) feed.id = options.feedId;
  feed.language = options.language ?? 'en';
  feed.timeZone = feedZone;
  const license = isObject(input) ? text(input.license) : undefined;
  if (license) feed.license = license;
  if (source || license) feed.sources = [{ name: source ?? 'OpenActive', ...(source && /^https?:\/\//i.test(source) ? { url: source } : {}), ...(license ? { license } : {}) }];
  if (directory.organizations.length) feed.organizations = directory.organizations;
  if (directory.places.length) feed.places = directory.places;
  feed.opportunities = opportunities;
  if (deleted.length) feed.deleted = deleted;
  return { feed, problems };
}
