import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listAttribute, organizationKeys, selectForCalendar } from '../../../src/core/calendar/calendar-filters.js';
import { mergeFeeds } from '../../../src/core/merge.js';
import type { Occurrence } from '../../../src/core/model.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { createSearchIndex } from '../../../src/core/search/index.js';

const model = mergeFeeds([parseFeed(readFileSync(new URL('../../fixtures/calendar/city.json', import.meta.url), 'utf8'))]);
const context = { now: Date.UTC(2026, 2, 18, 12), timeZone: 'Europe/London' };
const ids = (selection: ReturnType<typeof selectForCalendar>) => selection.opportunities.map((opportunity) => opportunity.id).sort();

describe('what the calendar shows', () => {
  it('everything, with no filters and no presets', () => {
    assert.equal(selectForCalendar(model, {}, {}, context).opportunities.length, model.opportunities.length);
  });

  it('the store\'s facet filters apply', () => {
    assert.deepEqual(ids(selectForCalendar(model, { topics: ['reading'] }, {}, context)), ['book-festival', 'late-reading', 'poetry', 'tour']);
  });

  it('a text query applies when a search index is given', () => {
    const selection = selectForCalendar(model, { query: 'chess' }, {}, { ...context, searchIndex: createSearchIndex(model) });
    assert.deepEqual(ids(selection), ['chess']);
  });

  it('presets narrow the visitor\'s choice further (AND), never widen it', () => {
    assert.deepEqual(ids(selectForCalendar(model, {}, { organizations: ['stretford-museum'] }, context)),
      ['arabic', 'book-festival', 'film', 'late-reading']);
    assert.deepEqual(ids(selectForCalendar(model, { topics: ['reading'] }, { organizations: ['stretford-museum'] }, context)),
      ['book-festival', 'late-reading']);
    assert.deepEqual(ids(selectForCalendar(model, {}, { topics: ['film', 'games'] }, context)), ['chess', 'film']);
  });

  it('an organization preset naming nothing in the feed shows nothing', () => {
    assert.deepEqual(ids(selectForCalendar(model, {}, { organizations: ['no-such-library'] }, context)), []);
  });

  it('a date filter keeps the opportunity but only its occurrences in the window', () => {
    const selection = selectForCalendar(model, { dates: { from: '2026-03-24', to: '2026-03-24' } }, {}, context);
    assert.ok(ids(selection).includes('code-club'));
    const occurrence = (start: string, hours = 1): Occurrence => {
      const startMs = Date.parse(start);
      return { opportunityKey: 'x', start, end: start, timeZone: 'Europe/London', allDay: false, startMs, endMs: startMs + hours * 3_600_000, status: 'scheduled' };
    };
    assert.equal(selection.keep(occurrence('2026-03-24T18:00:00Z')), true);
    assert.equal(selection.keep(occurrence('2026-03-17T18:00:00Z')), false);
    assert.equal(selection.keep(occurrence('2026-03-23T23:30:00Z')), true, 'overlaps the start of the day');
  });

  it('reads organization presets as ids or keys, and attribute lists split by spaces or commas', () => {
    const key = [...model.organizations.values()].find((organization) => organization.id === 'sale-library')!.key;
    assert.deepEqual(organizationKeys(model, ['sale-library']), [key]);
    assert.deepEqual(organizationKeys(model, [key]), [key]);
    assert.deepEqual(listAttribute(' reading, film  games '), ['reading', 'film', 'games']);
    assert.deepEqual(listAttribute(null), []);
  });
});
