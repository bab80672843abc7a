import { defineElement } from '../shared/define.js';
import { LearningFeed } from './learning-feed.js';

defineElement('learning-feed', LearningFeed);

export { LearningFeed };
export type * from './events.js';
