import type { Occurrence } from '../../core/model.js';
import type { LearningSelectDetail as SharedSelectDetail } from '../shared/events.js';

/** `learning-select` from the calendar: the opportunity, as from every widget, plus the occurrence picked. */
export interface LearningSelectDetail extends SharedSelectDetail {
  occurrence: Occurrence;
}

export type LearningSelectEvent = CustomEvent<LearningSelectDetail>;
