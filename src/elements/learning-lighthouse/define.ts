/** Registers `<learning-lighthouse>` (guarded: a second copy of the library warns instead of throwing). */
import { defineElement } from '../shared/define.js';
import { LearningLighthouse } from './learning-lighthouse.js';

defineElement('learning-lighthouse', LearningLighthouse);

export { LearningLighthouse };
