/**
 * The feed files the browser benchmarks load, written as JSON into the served folder so every
 * "bytes → something on screen" figure includes the fetch and the parse, as on a real page.
 * All are derived from bench/generate.ts, so they are seeded and identical between runs.
 */
import { writeFileSync } from 'node:fs';
import { generateFeed, seededRandom, type FeedDocument } from '../generate.js';

/** The month the calendar benchmark renders (local dates in the feed's zone, Europe/London). */
export const CALENDAR_MONTH = '2026-03';
export const CALENDAR_OCCURRENCES = 2_000;
export const MAP_POINTS = 10_000;

export interface FeedFile {
  /** File name in the served folder. */
  name: string;
  bytes: number;
  opportunities: number;
}

/** Exactly `count` one-off events in `month`, spread over its days at daytime hours: `count` occurrences that month. */
export function calendarMonthFeed(count = CALENDAR_OCCURRENCES, month = CALENDAR_MONTH): FeedDocument {
  const feed = generateFeed({ opportunities: count, seed: 7 });
  const random = seededRandom(11);
  feed.opportunities.forEach((opportunity, index) => {
    delete opportunity.eventSchedule;
    delete opportunity.endDate;
    const day = String((index % 31) + 1).padStart(2, '0');
    const hour = String(8 + Math.floor(random() * 12)).padStart(2, '0');
    const minutes = ['00', '15', '30', '45'][Math.floor(random() * 4)];
    if (index % 20 === 0) {
      opportunity.startDate = `${month}-${day}`; // an all-day one now and then, as festivals are
      delete opportunity.duration;
    } else {
      opportunity.startDate = `${month}-${day}T${hour}:${minutes}`;
      opportunity.duration = 'PT1H30M';
    }
  });
  return feed;
}

/** Only the recurring series of a generated feed (weekly, fortnightly, monthly, RRULE): for paging months. */
export function recurringFeed(opportunities = 1_500): FeedDocument {
  const feed = generateFeed({ opportunities, seed: 3 });
  feed.opportunities = feed.opportunities.filter((opportunity) => Array.isArray(opportunity.eventSchedule));
  return feed;
}

/** `count` opportunities, each at its own place with its own coordinates: `count` distinct map points. */
export function mapPointsFeed(count = MAP_POINTS, startDate?: string): FeedDocument {
  const feed = generateFeed({ opportunities: count, seed: 5, startDate });
  const random = seededRandom(13);
  const template = (feed.places as Array<Record<string, unknown>>)[0]!;
  feed.places = feed.opportunities.map((opportunity, index) => {
    const id = `point-${index + 1}`;
    opportunity.location = id;
    return {
      ...template,
      id,
      name: `Point ${index + 1}`,
      // The generator's city box (south-west Greater Manchester).
      geo: { latitude: round(53.38 + random() * 0.1), longitude: round(-2.42 + random() * 0.2) },
    };
  });
  return feed;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

function write(folder: string, name: string, feed: FeedDocument): FeedFile {
  const text = JSON.stringify(feed);
  writeFileSync(`${folder}/${name}`, text);
  return { name, bytes: Buffer.byteLength(text), opportunities: feed.opportunities.length };
}

/**
 * The finder's and the map's feeds start two weeks before `today` (YYYY-MM-DD), so nearly every opportunity is
 * upcoming and shown, as in a live city feed (the finder leaves out what is over).
 */
export function finderStartDate(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - 14 * 86_400_000).toISOString().slice(0, 10);
}

/** Writes every benchmark feed into `folder`; returns what was written, by purpose. */
export function writeBenchFeeds(folder: string, today = new Date().toISOString().slice(0, 10)): Record<string, FeedFile> {
  const startDate = finderStartDate(today);
  return {
    finder10k: write(folder, 'finder-10k.json', generateFeed({ opportunities: 10_000, startDate })),
    finder100k: write(folder, 'finder-100k.json', generateFeed({ opportunities: 100_000, startDate })),
    calendarMonth: write(folder, 'calendar-2000.json', calendarMonthFeed()),
    calendarRecurring: write(folder, 'calendar-recurring.json', recurringFeed()),
    map: write(folder, 'map-10k.json', mapPointsFeed(MAP_POINTS, startDate)),
  };
}
