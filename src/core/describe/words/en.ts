/** Schedule sentence shapes in English (see ../schedule-messages.ts for what each one says). */
import type { ScheduleWords } from '../schedule-messages.js';
import { ordinalWord, pluralForm } from '../../../i18n/word-forms.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'last'];

export const scheduleWordsEn: ScheduleWords = {
  everyDay: 'every day',
  everyNDays: (n, c) => pluralForm(c, n, { one: 'every day', other: 'every {n} days' }),
  everyWeek: (days) => `every ${days}`,
  everyOtherWeek: (days) => `every other ${days}`,
  everyNWeeks: (n, days) => `every ${n} weeks on ${days}`,
  ordinalWeekday: (ordinal, weekday) => `${ordinalWord(ORDINALS, ordinal)} ${weekday}`,
  monthly: (items, interval) => `on the ${items} of ${interval === undefined ? 'every month' : `every ${interval} months`}`,
  dayOfMonth: (day, n) => (day === -1 ? 'the last day' : day < 0 ? `day ${n} from the end` : `day ${n}`),
  everyYear: (date) => `every year on ${date}`,
  onNDates: (n, c) => pluralForm(c, n, { one: 'on {n} date', other: 'on {n} dates' }),
  onDates: (dates) => `on ${dates}`,
  repeats: 'repeats regularly',
  withTime: (pattern, time) => `${pattern}, ${time}`,
  until: (pattern, date) => `${pattern}, until ${date}`,
  times: (pattern, n, c) => pluralForm(c, n, { one: `${pattern}, once`, other: `${pattern}, {n} times` }),
};
