import '../shared/define-card.js';
import { defineElement } from '../shared/define.js';
import { LearningCalendar } from './learning-calendar.js';

defineElement('learning-calendar', LearningCalendar);

export { LearningCalendar };
export type { LearningSelectDetail, LearningSelectEvent } from './events.js';
