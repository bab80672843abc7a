export { LearningFinder } from './learning-finder.js';
export type { LearningFilterChangeDetail, LearningFilterChangeEvent } from './events.js';
export { finderMessages, type FinderMessages } from './messages.js';
export {
  DEFAULT_URL_PREFIX, readViewFromParams, writeViewToParams, hasViewParams, resolveReferences, referenceId, urlPrefix,
  type FinderView,
} from './url-state.js';
export { DEFAULT_FACETS, parseFacets, presetFilters, type FinderFacet } from './presets.js';
export { topicLabel } from './topic-labels.js';
