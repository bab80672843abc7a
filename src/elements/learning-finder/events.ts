/** The events `<learning-finder>` fires, typed for `addEventListener` in TypeScript. */
import type { OpportunityFilters } from '../../core/model.js';

/** `learning-filter-change`: the visitor changed the search, a facet, the dates or the distance. */
export interface LearningFilterChangeDetail {
  /** The filters now in force (the same object the shared store holds). */
  filters: OpportunityFilters;
}

export type LearningFilterChangeEvent = CustomEvent<LearningFilterChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'learning-filter-change': LearningFilterChangeEvent;
  }
}
