export { LearningCalendar, NARROW_WIDTH } from './learning-calendar.js';
export type { LearningSelectDetail, LearningSelectEvent } from './events.js';
export { calendarMessages, type CalendarMessages } from './messages.js';
