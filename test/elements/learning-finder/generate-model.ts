/** A large generated model for the "100k results" tests, built in memory (no JSON to parse). DOM-free. */
import type { FeedModel, Opportunity, Organization, Place } from '../../../src/core/model.js';

const FEED = 'generated';
const TOPICS = ['coding', 'languages', 'arts-crafts', 'music', 'gardening', 'cooking-food', 'history-heritage', 'employability'];
const AUDIENCES = ['children', 'teens', 'adults', 'seniors', 'families'];
const WORDS = ['Beginners', 'Workshop', 'Club', 'Course', 'Taster', 'Drop-in', 'Masterclass'];

/** `count` one-off opportunities in December 2026 over 8 topics, 5 audiences, 300 venues and 120 providers. */
export function generatedModel(count: number): FeedModel {
  const places: Place[] = Array.from({ length: 300 }, (_, index) => ({
    key: `${FEED}#place-${index}`, id: `place-${index}`, feedKey: FEED, name: { en: `Venue ${index}` }, accessibilitySupport: [],
    geo: { latitude: 53.3 + (index % 30) * 0.01, longitude: -2.4 + Math.floor(index / 30) * 0.01 },
  }));
  const organizations: Organization[] = Array.from({ length: 120 }, (_, index) => ({
    key: `${FEED}#org-${index}`, id: `org-${index}`, feedKey: FEED, name: { en: `Provider ${index}` }, placeKeys: [],
  }));
  const opportunities: Opportunity[] = Array.from({ length: count }, (_, index) => ({
    key: `${FEED}#item-${index}`, id: `item-${index}`, feedKey: FEED, kind: 'event',
    name: { en: `${TOPICS[index % TOPICS.length]} ${WORDS[index % WORDS.length]} ${index}` },
    timing: {
      timeZone: 'Europe/London', allDay: false, schedules: [], changes: [],
      start: `2026-12-${String(3 + (index % 25)).padStart(2, '0')}T${String(9 + (index % 10)).padStart(2, '0')}:00:00`,
    },
    status: 'scheduled', attendanceMode: index % 7 === 0 ? 'online' : 'offline', offers: [], isFree: index % 3 === 0,
    audience: [AUDIENCES[index % AUDIENCES.length]!], languages: ['en'], topics: [TOPICS[index % TOPICS.length]!],
    accessibilitySupport: [], organizerKey: organizations[index % organizations.length]!.key, placeKey: places[index % places.length]!.key,
  }));
  return {
    feeds: [{ key: FEED, version: '1.0', language: 'en', timeZone: 'Europe/London', sources: [], deleted: [] }],
    organizations: new Map(organizations.map((item) => [item.key, item])),
    places: new Map(places.map((item) => [item.key, item])),
    opportunities,
    problems: [],
  };
}
