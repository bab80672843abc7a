/** Registers <learning-finder> and the shared card and detail it shows (each guarded against a second copy). */
import '../shared/define-parts.js';
import { defineElement } from '../shared/define.js';
import { LearningFinder } from './learning-finder.js';

defineElement('learning-finder', LearningFinder);

export { LearningFinder };
export type { LearningFilterChangeDetail, LearningFilterChangeEvent } from './events.js';
