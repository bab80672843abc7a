/**
 * Hand-built models for the search tests: only the fields a test cares about, the rest defaulted
 * the way the parser would default them.
 */
import type { FeedModel, Opportunity, Organization, Place, Timing } from '../../../src/core/model.js';

const FEED_KEY = 'test-feed';

export function timing(overrides: Partial<Timing> = {}): Timing {
  return { timeZone: 'Europe/London', allDay: false, schedules: [], changes: [], ...overrides };
}

/** An opportunity with `id`; name defaults to the id in English. */
export function opportunity(id: string, overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    key: `${FEED_KEY}#${id}`,
    id,
    feedKey: FEED_KEY,
    kind: 'event',
    name: { en: id },
    timing: timing(),
    status: 'scheduled',
    attendanceMode: 'offline',
    offers: [],
    audience: [],
    languages: [],
    topics: [],
    accessibilitySupport: [],
    ...overrides,
  };
}

export function organization(id: string, overrides: Partial<Organization> = {}): Organization {
  return { key: `${FEED_KEY}#${id}`, id, feedKey: FEED_KEY, name: { en: id }, placeKeys: [], ...overrides };
}

export function place(id: string, overrides: Partial<Place> = {}): Place {
  return { key: `${FEED_KEY}#${id}`, id, feedKey: FEED_KEY, name: { en: id }, accessibilitySupport: [], ...overrides };
}

export function feedModel(parts: { opportunities: Opportunity[]; organizations?: Organization[]; places?: Place[] }): FeedModel {
  return {
    feeds: [{ key: FEED_KEY, version: '1.0', language: 'en', timeZone: 'Europe/London', sources: [], deleted: [] }],
    organizations: new Map((parts.organizations ?? []).map((item) => [item.key, item])),
    places: new Map((parts.places ?? []).map((item) => [item.key, item])),
    opportunities: parts.opportunities,
    problems: [],
  };
}

/** The key the builders give an item with this id. */
export function keyOf(id: string): string {
  return `${FEED_KEY}#${id}`;
}

/** Strips the feed prefix so assertions read as the ids a publisher wrote. */
export function idsOf(keys: readonly string[]): string[] {
  return keys.map((key) => key.slice(FEED_KEY.length + 1));
}
