import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFilters, type FilterContext } from '../../../src/core/search/filters.js';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import type { OpportunityFilters } from '../../../src/core/model.js';
import { idsOf, keyOf } from './model-builders.js';
import { LONDON_CONTEXT, college, fixtureModel, library, saleLibraryBuilding, stretfordHall } from './fixture-model.js';

const matching = (filters: OpportunityFilters, context: FilterContext = LONDON_CONTEXT): string[] =>
  idsOf(applyFilters(fixtureModel, filters, context));

describe('applyFilters: facets', () => {
  it('returns everything, in feed order, when nothing is picked', () => {
    assert.deepEqual(matching({}), ['code-club', 'esol', 'excel', 'pottery', 'history-walk']);
  });

  it('ORs values within one facet', () => {
    assert.deepEqual(matching({ topics: ['arts', 'history'] }), ['pottery', 'history-walk']);
  });

  it('ANDs across facets', () => {
    assert.deepEqual(matching({ topics: ['digital-skills'], audience: ['adults'] }), ['excel']);
    assert.deepEqual(matching({ topics: ['digital-skills', 'arts'], audience: ['children'] }), ['code-club', 'pottery']);
  });

  it('reads cost from isAccessibleForFree first, then offer prices, and leaves unknown cost out of both', () => {
    assert.deepEqual(matching({ cost: ['free'] }), ['code-club', 'esol']);
    assert.deepEqual(matching({ cost: ['paid'] }), ['excel', 'pottery']);
    assert.deepEqual(matching({ cost: ['free', 'paid'] }), ['code-club', 'esol', 'excel', 'pottery']);
  });

  it('filters by attendance mode as published', () => {
    assert.deepEqual(matching({ attendanceModes: ['online'] }), ['excel']);
    assert.deepEqual(matching({ attendanceModes: ['mixed', 'online'] }), ['excel', 'history-walk']);
  });

  it('matches language tags whatever their case', () => {
    assert.deepEqual(matching({ languages: ['en-GB'] }), ['esol']);
    assert.deepEqual(matching({ languages: ['ur', 'en'] }), ['code-club', 'esol', 'excel']);
  });

  it("counts the venue's accessibility features as the opportunity's own", () => {
    assert.deepEqual(matching({ accessibility: ['hearing-loop'] }), ['code-club']);
    assert.deepEqual(matching({ accessibility: ['wheelchair-access', 'step-free-access'] }), ['code-club', 'pottery']);
  });

  it('filters by organizer and by place key', () => {
    assert.deepEqual(matching({ organizations: [library.key] }), ['code-club', 'history-walk']);
    assert.deepEqual(matching({ organizations: [college.key], places: [stretfordHall.key] }), ['esol']);
  });
});

describe('applyFilters: near', () => {
  it('keeps opportunities whose place is within the radius', () => {
    const nearSaleLibrary = { ...saleLibraryBuilding.geo!, radiusKm: 3 };
    // Stretford Public Hall is ~2.6 km away, Altrincham Market ~4.5 km; the online course has no place.
    assert.deepEqual(matching({ near: nearSaleLibrary }), ['code-club', 'esol', 'history-walk']);
    assert.deepEqual(matching({ near: { ...nearSaleLibrary, radiusKm: 0.8 } }), ['code-club']);
  });

  it('ignores a centre that is not a coordinate rather than hiding everything', () => {
    assert.equal(matching({ near: { latitude: Number.NaN, longitude: 0, radiusKm: 1 } }).length, 5);
  });
});

describe('applyFilters: query', () => {
  it('uses the search index given in the context', () => {
    const searchIndex = createSearchIndex(fixtureModel);
    assert.deepEqual(matching({ query: 'pottery' }, { ...LONDON_CONTEXT, searchIndex }), ['pottery']);
  });

  it('uses hits the caller already has, combined with the facets', () => {
    const searchHits = new Set([keyOf('code-club'), keyOf('pottery')]);
    assert.deepEqual(matching({ query: 'anything', cost: ['paid'] }, { ...LONDON_CONTEXT, searchHits }), ['pottery']);
  });
});

describe('applyFilters: dates (time engine)', () => {
  it('keeps opportunities with an occurrence this weekend, including a weekly series', () => {
    assert.deepEqual(matching({ dates: { preset: 'this-weekend' } }), ['code-club', 'pottery', 'history-walk']);
  });

  it('keeps only the one-offs of a custom range in November, plus the weekly walk', () => {
    assert.deepEqual(matching({ dates: { from: '2026-11-12', to: '2026-11-12' } }), ['esol', 'excel']);
    assert.deepEqual(matching({ dates: { from: '2026-11-09', to: '2026-11-15' } }), ['esol', 'excel', 'history-walk']);
  });

  it('combines a date window with facets', () => {
    assert.deepEqual(matching({ dates: { preset: 'this-weekend' }, cost: ['free'] }), ['code-club']);
  });

  it('leaves out what already ended today', () => {
    const saturdayAfternoon = { now: Date.parse('2026-10-24T13:00:00Z'), timeZone: 'Europe/London' };
    // 14:00 BST: the 10:00–12:00 sessions are over, the 14:00–15:30 walk is under way.
    assert.deepEqual(matching({ dates: { preset: 'today' } }, saturdayAfternoon), ['history-walk']);
  });
});
