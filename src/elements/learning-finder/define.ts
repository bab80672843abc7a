/** Registers <learning-finder> and the shared card (guarded against a second copy); the detail loads when first needed. */
import '../shared/define-card.js';
import { defineElement } from '../shared/define.js';
import { LearningFinder } from './learning-finder.js';

defineElement('learning-finder', LearningFinder);

export { LearningFinder };
export type { LearningFilterChangeDetail, LearningFilterChangeEvent } from './events.js';
