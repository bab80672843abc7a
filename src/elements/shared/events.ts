/** Events of the shared parts, typed for `addEventListener`. */
import type { Opportunity } from '../../core/model.js';

export interface LearningSelectDetail {
  opportunity: Opportunity;
}

export type LearningSelectEvent = CustomEvent<LearningSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'learning-select': LearningSelectEvent;
  }
}
