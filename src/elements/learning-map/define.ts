import '../shared/define-card.js';
import { defineElement } from '../shared/define.js';
import { LearningMap } from './learning-map.js';

defineElement('learning-map', LearningMap);

export { LearningMap };
export type * from './events.js';
