/**
 * Writes a normalised `FeedModel` back out as a Learning Feed 1.0 document (docs/feed-spec.md).
 *
 * Used by `merge`, and by any command that produces a feed. Ids become the model's keys
 * (`${feedKey}#${id}`), so items from different partners never collide and references stay
 * resolvable. Schedules are written as rrule strings, the form the model normalised them to, so
 * nothing is lost in translation; reading the output back gives the same opportunities.
 */
import type {
  DocumentOccurrenceChange,
  DocumentOpportunity,
  DocumentOrganization,
  DocumentPlace,
  DocumentSchedule,
  DocumentSource,
  DocumentText,
  LearningFeedDocument,
} from '../core/formats/document.js';
import type {
  FeedInfo,
  FeedModel,
  LocalizedText,
  OccurrenceChange,
  Opportunity,
  Organization,
  Place,
  ScheduleSpec,
} from '../core/model.js';

const KIND_NAMES = { course: 'course', 'session-series': 'sessionSeries', event: 'event', 'drop-in': 'dropIn' } as const;
const STATUS_NAMES = {
  scheduled: 'scheduled',
  cancelled: 'cancelled',
  postponed: 'postponed',
  rescheduled: 'rescheduled',
  'moved-online': 'movedOnline',
} as const;

export interface FeedDocumentOptions {
  id?: string;
  name?: LocalizedText;
}

export function toFeedDocument(model: FeedModel, options: FeedDocumentOptions = {}): LearningFeedDocument {
  const first = model.feeds[0];
  const language = first?.language ?? 'en';
  const timeZone = first?.timeZone ?? 'UTC';
  const text = (value: LocalizedText | undefined) => textValue(value, language);
  const licenses = new Set(model.feeds.map((feed) => feed.license));
  const modified = model.feeds.map((feed) => feed.modified).filter((value): value is string => !!value).sort().at(-1);

  return compact({
    version: '1.0',
    id: options.id,
    name: text(options.name ?? (model.feeds.length === 1 ? first?.name : undefined)),
    language,
    timeZone,
    // One licence for the whole merge only when every part shares it; otherwise each source says its own.
    license: licenses.size === 1 ? first?.license : undefined,
    modified,
    sources: model.feeds.flatMap((feed) => [
      sourceOf(feed, language),
      ...feed.sources.map((source): DocumentSource => compact({ ...source, name: text(source.name) ?? '' })),
    ]),
    organizations: [...model.organizations.values()].map((organization) => organizationJson(organization, text)),
    places: [...model.places.values()].map((place) => placeJson(place, text)),
    opportunities: model.opportunities.map((opportunity) => opportunityJson(opportunity, text, timeZone)),
  });
}

type TextWriter = (value: LocalizedText | undefined) => DocumentText | undefined;

/** A plain string when the text is only in the document's language, else the language map. */
function textValue(value: LocalizedText | undefined, language: string): DocumentText | undefined {
  if (!value) return undefined;
  const languages = Object.keys(value);
  if (languages.length === 0) return undefined;
  return languages.length === 1 && languages[0] === language ? value[language] : value;
}

function sourceOf(feed: FeedInfo, language: string): DocumentSource {
  return compact({ name: textValue(feed.name, language) ?? feed.id ?? feed.source ?? feed.key, url: feed.id ?? feed.source, license: feed.license });
}

function organizationJson(organization: Organization, text: TextWriter): DocumentOrganization {
  return compact({
    id: organization.key,
    name: text(organization.name) ?? organization.id,
    description: text(organization.description),
    url: organization.url,
    email: organization.email,
    telephone: organization.telephone,
    logo: organization.logo,
    places: organization.placeKeys,
    lighthouse: organization.lighthouse && compact({ ...organization.lighthouse }),
  });
}

function placeJson(place: Place, text: TextWriter): DocumentPlace {
  return compact({
    id: place.key,
    name: text(place.name) ?? place.id,
    description: text(place.description),
    address: place.address && compact({ ...place.address }),
    geo: place.geo && { latitude: place.geo.latitude, longitude: place.geo.longitude },
    url: place.url,
    telephone: place.telephone,
    accessibilitySupport: place.accessibilitySupport,
  });
}

function opportunityJson(opportunity: Opportunity, text: TextWriter, feedZone: string): DocumentOpportunity {
  const { timing } = opportunity;
  return compact({
    id: opportunity.key,
    type: KIND_NAMES[opportunity.kind],
    name: text(opportunity.name) ?? opportunity.id,
    description: text(opportunity.description),
    url: opportunity.url,
    image: opportunity.image,
    organizer: opportunity.organizerKey,
    location: opportunity.placeKey,
    startDate: timing.start,
    endDate: timing.end,
    timeZone: timing.timeZone === feedZone ? undefined : timing.timeZone,
    eventSchedule: timing.schedules.map(scheduleJson),
    occurrenceChanges: timing.changes.map((change) => changeJson(change, text)),
    eventStatus: opportunity.status === 'scheduled' ? undefined : STATUS_NAMES[opportunity.status],
    eventAttendanceMode: opportunity.attendanceMode === 'offline' ? undefined : opportunity.attendanceMode,
    offers: opportunity.offers.map((offer) => compact({ ...offer, name: text(offer.name) })),
    isAccessibleForFree: opportunity.isFree,
    ageRange: opportunity.ageRange && compact({ minValue: opportunity.ageRange.min, maxValue: opportunity.ageRange.max }),
    audience: opportunity.audience,
    inLanguage: opportunity.languages,
    topics: opportunity.topics,
    level: opportunity.level,
    registrationUrl: opportunity.registrationUrl,
    maximumAttendeeCapacity: opportunity.capacity?.maximum,
    remainingAttendeeCapacity: opportunity.capacity?.remaining,
    accessibilitySupport: opportunity.accessibilitySupport,
    modified: opportunity.modified,
  });
}

function scheduleJson(schedule: ScheduleSpec): DocumentSchedule {
  const [date, time] = schedule.start.split('T') as [string, string | undefined];
  return compact({
    rrule: schedule.rrule,
    startDate: date,
    startTime: schedule.allDay ? undefined : time,
    duration: isoDuration(schedule.durationSeconds, schedule.allDay),
    // Without a rule the series is its list of dates, so the first start must be listed too.
    rdate: schedule.rrule ? schedule.rdates : [schedule.start, ...schedule.rdates.filter((rdate) => rdate !== schedule.start)],
    exceptDate: schedule.exdates,
    scheduleTimezone: schedule.timeZone,
  });
}

function changeJson(change: OccurrenceChange, text: TextWriter): DocumentOccurrenceChange {
  return compact({
    occurrence: change.occurrence,
    startDate: change.start,
    endDate: change.end,
    eventStatus: change.status && STATUS_NAMES[change.status],
    name: text(change.name),
  });
}

/** Seconds as an ISO 8601 duration: "P2D" for all-day lengths, else "PT1H30M". */
export function isoDuration(seconds: number, allDay: boolean): string {
  if (allDay && seconds % 86_400 === 0) return `P${seconds / 86_400}D`;
  if (seconds === 0) return 'PT0S';
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** Drops undefined members and empty lists, so the output reads like a hand-written feed. */
function compact<T extends object>(object: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value;
  }
  return result as T;
}
