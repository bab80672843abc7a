/** Search, filters, facets and sorting for the finder, map and calendar: DOM-free, Node and browsers. */
export { foldText, tokenizeForIndex, tokenizeQuery } from './tokenize.js';
export {
  createSearchIndex,
  type BuildInSlicesOptions,
  type SearchHit,
  type SearchIndex,
  type SearchIndexOptions,
  type SliceScheduler,
} from './search-index.js';
export { dateWindow, type DateFilter, type DateWindow, type DateWindowOptions } from './date-window.js';
export { FACET_FILTER_FIELD, FACET_NAMES, costOf, facetValuesOf, type CostValue, type FacetName } from './facet-values.js';
export { applyFilters, hitPositionsOf, prepareFilters, type FilterContext } from './filters.js';
export { advanceFacetTable, facetTableOf, type FacetColumn, type FacetTable } from './facet-table.js';
export { countFacets, filterAndCountFacets, filterAndCountPositions, type FacetCountOptions, type FacetCounts, type FacetValueCount, type FilteredWithCounts } from './facets.js';
export { collatorFor, nextOccurrenceStarts, prepareNextDateOrder, sortOpportunityKeys, sortPositions, type SortContext, type SortOrder } from './sort.js';
