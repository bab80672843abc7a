import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FeedInfo, Opportunity, ParsedFeed } from '../../src/core/model.js';
import { combinePages, truncatedPagingProblem } from '../../src/data/pages.js';

const FEED_KEY = 'https://feeds.example.org/a.json';

function info(overrides: Partial<FeedInfo> = {}): FeedInfo {
  return { key: FEED_KEY, version: '1.0', language: 'en', timeZone: 'Europe/London', sources: [], deleted: [], ...overrides };
}

function opportunity(id: string, name: string): Opportunity {
  return {
    key: `${FEED_KEY}#${id}`,
    id,
    feedKey: FEED_KEY,
    kind: 'event',
    name: { en: name },
    timing: { timeZone: 'Europe/London', start: '2026-12-01T18:00:00', allDay: false, schedules: [], changes: [] },
    status: 'scheduled',
    attendanceMode: 'offline',
    offers: [],
    audience: [],
    languages: [],
    topics: [],
    accessibilitySupport: [],
  };
}

function page(opportunities: Opportunity[], overrides: Partial<FeedInfo> = {}, source = FEED_KEY): ParsedFeed {
  return {
    info: info(overrides),
    organizations: [],
    places: [],
    opportunities,
    problems: [{ severity: 'warning', source, pointer: '', message: `a note about ${source}` }],
  };
}

const names = (feed: ParsedFeed) => feed.opportunities.map((item) => item.name.en);

describe('combinePages', () => {
  it('returns a single page as it is', () => {
    const only = page([opportunity('1', 'Code club')]);
    assert.equal(combinePages([only]), only);
  });

  it('lets a later page replace an item and delete another', () => {
    const combined = combinePages([
      page([opportunity('1', 'Code club'), opportunity('2', 'Chess'), opportunity('3', 'Choir')], { next: `${FEED_KEY}?page=2` }),
      page([opportunity('1', 'Code club (new room)')], { deleted: ['2'] }, `${FEED_KEY}?page=2`),
    ]);
    assert.deepEqual(names(combined), ['Choir', 'Code club (new room)']);
    assert.deepEqual(combined.info.deleted, ['2']);
    assert.equal(combined.info.next, undefined);
  });

  it('keeps every page\'s problems with their own source', () => {
    const combined = combinePages([page([], {}, FEED_KEY), page([], {}, `${FEED_KEY}?page=2`)]);
    assert.deepEqual(
      combined.problems.map((problem) => problem.source),
      [FEED_KEY, `${FEED_KEY}?page=2`],
    );
  });

  it('describes a truncated paging run for the webmaster', () => {
    const problem = truncatedPagingProblem(FEED_KEY, 50);
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.pointer, '/next');
    assert.match(problem.message, /Stopped following "next" after 50 pages of https:\/\/feeds\.example\.org\/a\.json/);
  });
});
