/** Opportunities in words: schedules, one-off timings and descriptions as safe text runs. */
export { describeSchedule, describeTiming } from './all-locales.js';
export { describeScheduleWith } from './schedule.js';
export { describeSpan, describeTimingWith } from './timing.js';
export { paragraphsWithLinks, type TextRun } from './paragraphs.js';
export { scheduleWords, type ScheduleWords } from './schedule-messages.js';
