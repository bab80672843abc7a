/**
 * The raw Learning Feed 1.0 document: the JSON a partner publishes (docs/feed-spec.md),
 * before `parseFeed` normalises it into the model of ../model.ts.
 *
 * Importers (iCalendar, OpenActive, CSV) build this shape rather than the model, so what they make
 * can be saved, validated and published like any hand-written feed. Only the spellings importers
 * write are typed; the spec's schema.org aliases are the parser's concern.
 */

import type { FeedProblem } from '../model.js';
import type { SchemaScheduleInput } from '../time/schedule.js';

/** A plain string (in the feed's `language`) or a map from BCP 47 tag to text. */
export type DocumentText = string | Record<string, string>;

/** "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" (wall clock in the zone) or with an offset. */
export type DocumentDateTime = string;

export interface DocumentSource {
  name: DocumentText;
  url?: string;
  license?: string;
}

export interface DocumentLighthouse {
  status: 'designated' | 'candidate' | 'suspended' | 'withdrawn';
  since?: string;
  criteriaUrl?: string;
}

export interface DocumentOrganization {
  id: string;
  name: DocumentText;
  description?: DocumentText;
  url?: string;
  email?: string;
  telephone?: string;
  logo?: string;
  /** Ids of places[] this organization runs. */
  places?: string[];
  lighthouse?: DocumentLighthouse;
}

export interface DocumentAddress {
  streetAddress?: string;
  addressLocality?: string;
  addressRegion?: string;
  postalCode?: string;
  addressCountry?: string;
}

export interface DocumentPlace {
  id: string;
  name: DocumentText;
  description?: DocumentText;
  address?: DocumentAddress;
  geo?: { latitude: number; longitude: number };
  url?: string;
  telephone?: string;
  accessibilitySupport?: string[];
}

/** A schedule as published: the same fields the occurrence engine reads (see docs/feed-spec.md#schedules). */
export type DocumentSchedule = SchemaScheduleInput;

export interface DocumentOccurrenceChange {
  /** The original local start of the changed occurrence (as the schedule produces it). */
  occurrence: DocumentDateTime;
  startDate?: DocumentDateTime;
  endDate?: DocumentDateTime;
  eventStatus?: DocumentEventStatus;
  name?: DocumentText;
}

export type DocumentOpportunityType = 'course' | 'sessionSeries' | 'event' | 'dropIn';
export type DocumentEventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'movedOnline';
export type DocumentAttendanceMode = 'offline' | 'online' | 'mixed';

export interface DocumentOffer {
  name?: DocumentText;
  price?: number;
  priceCurrency?: string;
  url?: string;
}

export interface DocumentOpportunity {
  id: string;
  type?: DocumentOpportunityType;
  name: DocumentText;
  description?: DocumentText;
  url?: string;
  image?: string;
  /** Id of an organizations[] entry. */
  organizer?: string;
  /** Id of a places[] entry. */
  location?: string;
  startDate?: DocumentDateTime;
  endDate?: DocumentDateTime;
  duration?: string;
  timeZone?: string;
  eventSchedule?: DocumentSchedule[];
  occurrenceChanges?: DocumentOccurrenceChange[];
  eventStatus?: DocumentEventStatus;
  eventAttendanceMode?: DocumentAttendanceMode;
  offers?: DocumentOffer[];
  isAccessibleForFree?: boolean;
  ageRange?: { minValue?: number; maxValue?: number };
  audience?: string[];
  inLanguage?: string[];
  topics?: string[];
  level?: string;
  registrationUrl?: string;
  maximumAttendeeCapacity?: number;
  remainingAttendeeCapacity?: number;
  accessibilitySupport?: string[];
  modified?: string;
}

export interface LearningFeedDocument {
  version: string;
  id?: string;
  name?: DocumentText;
  description?: DocumentText;
  publisher?: { name: DocumentText; url?: string; email?: string };
  license?: string;
  language?: string;
  timeZone?: string;
  modified?: string;
  sources?: DocumentSource[];
  organizations?: DocumentOrganization[];
  places?: DocumentPlace[];
  opportunities?: DocumentOpportunity[];
  next?: string;
  deleted?: string[];
}

/** What every importer returns: a document to save or publish, and what went wrong on the way. */
export interface ImportResult {
  feed: LearningFeedDocument;
  problems: FeedProblem[];
}
