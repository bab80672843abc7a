/**
 * The normalised model every other part of the library reads.
 *
 * `parseFeed` turns a Learning Feed 1.0 document (docs/feed-spec.md) into a `ParsedFeed`;
 * `mergeFeeds` joins several into one `FeedModel`. Everything here is plain data (no classes,
 * no DOM), so it crosses worker boundaries and serialises for the CLI.
 *
 * Identity: `id` is what the publisher wrote; `key` is `${feedKey}#${id}` and is unique across
 * merged feeds, so two partners' `"1"` never collide. References (organizer, place) hold keys.
 */

/** Human text: a map from BCP 47 language tag to text. Plain strings in a feed become `{[feed.language]: text}`. */
export type LocalizedText = Readonly<Record<string, string>>;

export type ProblemSeverity = 'error' | 'warning';

/**
 * One thing wrong with a feed. The same list drives the widgets (console + `learning-feed-error`)
 * and `learning-feed validate`, so the wording is written for the person who can fix the feed.
 */
export interface FeedProblem {
  severity: ProblemSeverity;
  /** The feed URL or file the problem is in, when known. */
  source?: string;
  /** RFC 6901 JSON pointer into the feed document ("" is the whole document). */
  pointer: string;
  /** What is wrong, in one sentence ("startDate is not a date: "31/12/2026""). */
  message: string;
  /** What to do about it ("Use ISO 8601: 2026-12-31 or 2026-12-31T18:00"). */
  hint?: string;
  /** 1-based line and column in the source text, filled in when the text is at hand (CLI, JSON syntax errors). */
  line?: number;
  column?: number;
}

export type OpportunityKind = 'course' | 'session-series' | 'event' | 'drop-in';
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'moved-online';
export type AttendanceMode = 'offline' | 'online' | 'mixed';
export type LighthouseStatus = 'designated' | 'candidate' | 'suspended' | 'withdrawn';

export interface FeedInfo {
  /** Stable key used to namespace this feed's ids: the feed's `id`, else its source URL, else `feed-N`. */
  key: string;
  id?: string;
  source?: string;
  version: string;
  name?: LocalizedText;
  description?: LocalizedText;
  publisher?: { name: LocalizedText; url?: string; email?: string };
  license?: string;
  /** Language of plain-string text in this feed (BCP 47). */
  language: string;
  /** Default IANA time zone for wall-clock times in this feed. */
  timeZone: string;
  modified?: string;
  /** Where the data came from, for attribution (name, url, licence). */
  sources: Array<{ name: LocalizedText; url?: string; license?: string }>;
  /** RPDE-style paging: the next page's URL. */
  next?: string;
  /** Ids (as published) that this page deletes from earlier pages. */
  deleted: string[];
}

export interface LighthouseDesignation {
  status: LighthouseStatus;
  /** ISO date the designation started (YYYY-MM-DD or YYYY). */
  since?: string;
  criteriaUrl?: string;
}

export interface Address {
  streetAddress?: string;
  addressLocality?: string;
  addressRegion?: string;
  postalCode?: string;
  addressCountry?: string;
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface Organization {
  key: string;
  id: string;
  feedKey: string;
  name: LocalizedText;
  description?: LocalizedText;
  url?: string;
  email?: string;
  telephone?: string;
  logo?: string;
  /** Keys of this organization's places. */
  placeKeys: string[];
  lighthouse?: LighthouseDesignation;
}

export interface Place {
  key: string;
  id: string;
  feedKey: string;
  name: LocalizedText;
  description?: LocalizedText;
  address?: Address;
  geo?: GeoPoint;
  url?: string;
  telephone?: string;
  /** Accessibility features of the venue (vocabulary in docs/feed-spec.md). */
  accessibilitySupport: string[];
}

/**
 * A recurrence, normalised from either a schema.org Schedule or an RFC 5545 rrule.
 * Wall-clock times are local to `timeZone`; they are never stored as UTC (see ARCHITECTURE.md).
 */
export interface ScheduleSpec {
  /** First occurrence's local start: "YYYY-MM-DD" (all-day) or "YYYY-MM-DDTHH:MM:SS". */
  start: string;
  /** Length of each occurrence in seconds (0 for a point in time; whole days for all-day). */
  durationSeconds: number;
  allDay: boolean;
  timeZone: string;
  /** RFC 5545 RRULE value (no "RRULE:" prefix), e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH". Schema.org schedules are translated to this. */
  rrule?: string;
  /** Extra local starts (RDATE), same form as `start`. */
  rdates: string[];
  /** Local starts to skip (EXDATE / exceptDate). A date-only entry removes every occurrence on that date. */
  exdates: string[];
}

/** A change to one occurrence of a recurring opportunity (iCalendar RECURRENCE-ID). */
export interface OccurrenceChange {
  /** The original local start of the occurrence being changed. */
  occurrence: string;
  start?: string;
  end?: string;
  status?: EventStatus;
  name?: LocalizedText;
}

export interface Timing {
  timeZone: string;
  /** Local start of a one-off (or the whole course): "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS". */
  start?: string;
  /** Local end, same form. For all-day items this is the last day (inclusive). */
  end?: string;
  allDay: boolean;
  schedules: ScheduleSpec[];
  changes: OccurrenceChange[];
}

export interface Offer {
  name?: LocalizedText;
  price?: number;
  priceCurrency?: string;
  url?: string;
}

export interface Opportunity {
  key: string;
  id: string;
  feedKey: string;
  kind: OpportunityKind;
  name: LocalizedText;
  description?: LocalizedText;
  url?: string;
  image?: string;
  organizerKey?: string;
  placeKey?: string;
  timing: Timing;
  status: EventStatus;
  attendanceMode: AttendanceMode;
  offers: Offer[];
  /** True when free, false when it costs, undefined when the feed does not say. */
  isFree?: boolean;
  ageRange?: { min?: number; max?: number };
  /** Audience tags from the default vocabulary (children, teens, adults, seniors, families, …). */
  audience: string[];
  /** Languages the opportunity is taught or held in (BCP 47). */
  languages: string[];
  topics: string[];
  level?: string;
  registrationUrl?: string;
  capacity?: { maximum?: number; remaining?: number };
  accessibilitySupport: string[];
  modified?: string;
}

export interface ParsedFeed {
  info: FeedInfo;
  organizations: Organization[];
  places: Place[];
  opportunities: Opportunity[];
  problems: FeedProblem[];
}

export interface FeedModel {
  feeds: FeedInfo[];
  organizations: Map<string, Organization>;
  places: Map<string, Place>;
  opportunities: Opportunity[];
  problems: FeedProblem[];
}

/** One occurrence of an opportunity in a window, as `occurrencesBetween` returns it. */
export interface Occurrence {
  opportunityKey: string;
  /** RFC 3339 with the local offset ("2012-10-02T10:00:00-07:00"), or "YYYY-MM-DD" when all-day. */
  start: string;
  end: string;
  timeZone: string;
  allDay: boolean;
  /** Epoch milliseconds for sorting and layout (all-day: local midnight in `timeZone`). */
  startMs: number;
  endMs: number;
  status: EventStatus;
  /** Set when a RECURRENCE-ID style change renamed this occurrence. */
  name?: LocalizedText;
}

/** Named date windows a visitor can pick; resolved against "now" in the feed's zone. */
export type DatePreset = 'today' | 'this-weekend' | 'next-7-days' | 'this-month';

/**
 * What a visitor (or a webmaster preset) has narrowed the opportunities to. Lives in the store so
 * one finder drives the map and calendar beside it. Every list is OR within itself, AND across lists.
 */
export interface OpportunityFilters {
  query?: string;
  topics?: string[];
  audience?: string[];
  cost?: Array<'free' | 'paid'>;
  attendanceModes?: AttendanceMode[];
  languages?: string[];
  accessibility?: string[];
  /** Organization keys. */
  organizations?: string[];
  /** Place keys. */
  places?: string[];
  /** A preset window, or local dates (inclusive) "YYYY-MM-DD". */
  dates?: { preset: DatePreset } | { from: string; to: string };
  near?: { latitude: number; longitude: number; radiusKm: number; label?: string };
}
