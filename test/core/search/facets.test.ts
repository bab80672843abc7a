import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OpportunityFilters } from '../../../src/core/model.js';
import { countFacets, filterAndCountFacets } from '../../../src/core/search/facets.js';
import type { FacetValueCount } from '../../../src/core/search/facets.js';
import { applyFilters, type FilterContext } from '../../../src/core/search/filters.js';
import { feedModel, idsOf, keyOf, opportunity, organization } from './model-builders.js';
import { LONDON_CONTEXT, altrinchamMarket, college, fixtureModel, saleLibraryBuilding, stretfordHall } from './fixture-model.js';

const pairs = (rows: FacetValueCount[]): Array<[string, number]> => rows.map((row) => [row.value, row.count]);

describe('countFacets: counts per facet', () => {
  const all = countFacets(
    fixtureModel,
    {},
    ['topic', 'audience', 'cost', 'attendanceMode', 'language', 'accessibility', 'organization', 'place'],
    LONDON_CONTEXT,
  );

  it('counts topics and audiences, most common first, ties by name', () => {
    assert.deepEqual(pairs(all.topic), [['digital-skills', 2], ['arts', 1], ['employability', 1], ['history', 1], ['languages', 1]]);
    assert.deepEqual(pairs(all.audience), [['adults', 3], ['children', 2], ['families', 1], ['jobseekers', 1], ['newcomers', 1]]);
  });

  it('counts free and paid, leaving out opportunities whose cost is unknown', () => {
    assert.deepEqual(pairs(all.cost), [['free', 2], ['paid', 2]]);
  });

  it('counts attendance modes, languages and accessibility (venue features included)', () => {
    assert.deepEqual(pairs(all.attendanceMode), [['offline', 3], ['mixed', 1], ['online', 1]]);
    assert.deepEqual(pairs(all.language), [['en', 2], ['en-GB', 1], ['ur', 1]]);
    assert.deepEqual(pairs(all.accessibility), [['hearing-loop', 1], ['step-free-access', 1], ['wheelchair-access', 1]]);
  });

  it('labels organizations and places with their names and orders ties by name', () => {
    assert.deepEqual(all.organization.map((row) => [row.label, row.count]), [['Sale Library', 2], ['Trafford College', 2]]);
    assert.deepEqual(all.place.map((row) => [row.value, row.count]), [
      [stretfordHall.key, 2], [altrinchamMarket.key, 1], [saleLibraryBuilding.key, 1],
    ]);
  });

  it('gives only the facets asked for', () => {
    assert.deepEqual(Object.keys(countFacets(fixtureModel, {}, ['cost'], LONDON_CONTEXT)), ['cost']);
  });
});

describe('countFacets: disjunctive counting', () => {
  it('ticking "free" leaves "paid" with its own count, while other facets narrow to free items', () => {
    const counts = countFacets(fixtureModel, { cost: ['free'] }, ['cost', 'topic'], LONDON_CONTEXT);
    assert.deepEqual(counts.cost.map((row) => [row.value, row.count, row.selected]), [['free', 2, true], ['paid', 2, false]]);
    assert.deepEqual(pairs(counts.topic), [['digital-skills', 1], ['languages', 1]]);
  });

  it("applies every other facet's filter to a facet's counts", () => {
    const counts = countFacets(fixtureModel, { cost: ['paid'], audience: ['adults'] }, ['cost', 'audience', 'topic'], LONDON_CONTEXT);
    // cost counts: adults only (esol free, excel paid, history-walk unknown).
    assert.deepEqual(pairs(counts.cost), [['free', 1], ['paid', 1]]);
    // audience counts: paid only (excel, pottery).
    assert.deepEqual(pairs(counts.audience), [['adults', 1], ['children', 1], ['families', 1], ['jobseekers', 1]]);
    // topic counts: paid AND adults.
    assert.deepEqual(pairs(counts.topic), [['digital-skills', 1], ['employability', 1]]);
  });

  it('keeps a ticked value listed at zero so it can be unticked', () => {
    const counts = countFacets(fixtureModel, { topics: ['history'], cost: ['free'] }, ['topic'], LONDON_CONTEXT);
    const history = counts.topic.find((row) => row.value === 'history');
    assert.deepEqual(history, { value: 'history', count: 0, label: 'history', selected: true });
  });

  it('agrees with the date filter: counts only what happens this weekend', () => {
    const counts = countFacets(fixtureModel, { dates: { preset: 'this-weekend' } }, ['topic'], LONDON_CONTEXT);
    assert.deepEqual(pairs(counts.topic), [['arts', 1], ['digital-skills', 1], ['history', 1]]);
  });

  it('counts an opportunity once per value even if the feed repeats it', () => {
    const model = feedModel({ opportunities: [opportunity('x', { audience: ['children', 'children'] })] });
    assert.deepEqual(pairs(countFacets(model, {}, ['audience'], LONDON_CONTEXT).audience), [['children', 1]]);
  });
});

describe('countFacets: labels and ordering', () => {
  it('uses labelOf for topic names and sorts equal counts by that label in the locale', () => {
    const counts = countFacets(fixtureModel, {}, ['topic'], LONDON_CONTEXT, {
      locales: ['fr'],
      labelOf: (_facet, value) => ({ arts: 'Arts', history: 'Histoire', employability: 'Emploi', languages: 'Langues' })[value],
    });
    assert.deepEqual(counts.topic.map((row) => row.label), ['digital-skills', 'Arts', 'Emploi', 'Histoire', 'Langues']);
  });

  it('picks organization names in the reader\'s language', () => {
    const model = feedModel({
      organizations: [organization('library', { name: { en: 'Central Library', cy: 'Llyfrgell Ganolog' } })],
      opportunities: [opportunity('x', { organizerKey: keyOf('library') })],
    });
    const counts = countFacets(model, {}, ['organization'], LONDON_CONTEXT, { locales: ['cy'] });
    assert.deepEqual(counts.organization.map((row) => row.label), ['Llyfrgell Ganolog']);
  });

  it('labels an organizer missing from the feed with its key', () => {
    const model = feedModel({ opportunities: [opportunity('x', { organizerKey: college.key })] });
    assert.deepEqual(countFacets(model, {}, ['organization'], LONDON_CONTEXT).organization[0]?.label, college.key);
  });
});

describe('filterAndCountFacets: results and counts from one pass', () => {
  const facets = ['topic', 'audience', 'cost', 'organization'] as const;
  const cases: Array<[string, OpportunityFilters, FilterContext]> = [
    ['no filters', {}, LONDON_CONTEXT],
    ['a facet and a date', { cost: ['free'], dates: { preset: 'next-7-days' } }, LONDON_CONTEXT],
    // Hits arrive best first and may name an item the model no longer has.
    ['a query', { query: 'anything', audience: ['adults'] }, { ...LONDON_CONTEXT, searchHits: [
      { key: keyOf('pottery'), score: 9 }, { key: keyOf('gone'), score: 5 }, { key: keyOf('code-club'), score: 3 }, { key: keyOf('excel'), score: 1 },
    ] }],
  ];
  for (const [label, filters, context] of cases) {
    it(`gives what applyFilters and countFacets give: ${label}`, () => {
      const together = filterAndCountFacets(fixtureModel, filters, facets, context);
      assert.deepEqual(together.keys, applyFilters(fixtureModel, filters, context));
      assert.deepEqual(together.counts, countFacets(fixtureModel, filters, facets, context));
    });
  }

  it('with a query matching most of the feed, counts exactly what a feed of only its hits would count', () => {
    // Counted the other way round (the whole feed less the items the query missed): the results must not show it.
    const all = ['topic', 'audience', 'cost', 'attendanceMode', 'language', 'accessibility', 'organization', 'place'] as const;
    for (const missed of fixtureModel.opportunities) {
      const hits = fixtureModel.opportunities.filter((item) => item !== missed);
      const hitPositions = Int32Array.from(hits, (item) => fixtureModel.opportunities.indexOf(item)).reverse();
      const { keys, counts } = filterAndCountFacets(fixtureModel, { query: 'anything' }, all, { ...LONDON_CONTEXT, hitPositions });
      assert.deepEqual(keys, hits.map((item) => item.key), missed.id);
      assert.deepEqual(counts, countFacets({ ...fixtureModel, opportunities: hits }, {}, all, LONDON_CONTEXT), missed.id);
    }
  });

  it('with a query, lists the matching hits in feed order, not hit order, and counts only them', () => {
    const searchHits = new Set([keyOf('pottery'), keyOf('gone'), keyOf('code-club')]);
    const { keys, counts } = filterAndCountFacets(fixtureModel, { query: 'anything' }, ['cost'], { ...LONDON_CONTEXT, searchHits });
    assert.deepEqual(idsOf(keys), ['code-club', 'pottery']);
    // Code Club is free and the pottery course paid; the other free and paid items are not hits.
    assert.deepEqual(pairs(counts.cost), [['free', 1], ['paid', 1]]);
  });
});
