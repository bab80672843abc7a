/** Events <learning-map> fires, typed for listeners. `learning-select` comes from the shared cards. */
import type { OpportunityFilters } from '../../core/model.js';

export type { LearningSelectDetail, LearningSelectEvent } from '../shared/events.js';

/** The visitor narrowed the shared filters ("Show what's on here"); `filters` is the store's new set. */
export interface LearningFilterChangeDetail {
  filters: OpportunityFilters;
}

export type LearningFilterChangeEvent = CustomEvent<LearningFilterChangeDetail>;
