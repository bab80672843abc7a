/** Schedule sentence shapes in German (see ../schedule-messages.ts for what each one says). */
import type { ScheduleWords } from '../schedule-messages.js';
import { ordinalWord, pluralForm } from '../../../i18n/word-forms.js';

const ORDINALS = ['ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'letzten'];

export const scheduleWordsDe: ScheduleWords = {
  everyDay: 'jeden Tag',
  everyNDays: (n, c) => pluralForm(c, n, { one: 'jeden Tag', other: 'alle {n} Tage' }),
  everyWeek: (days) => `jeden ${days}`,
  everyOtherWeek: (days) => `jeden zweiten ${days}`,
  everyNWeeks: (n, days) => `alle ${n} Wochen am ${days}`,
  ordinalWeekday: (ordinal, weekday) => `${ordinalWord(ORDINALS, ordinal)} ${weekday}`,
  monthly: (items, interval) => `am ${items} ${interval === undefined ? 'jedes Monats' : `alle ${interval} Monate`}`,
  dayOfMonth: (day, n) => (day === -1 ? 'letzten Tag' : day < 0 ? `${n}. Tag vor Monatsende` : `${n}.`),
  everyYear: (date) => `jedes Jahr am ${date}`,
  onNDates: (n, c) => pluralForm(c, n, { one: 'an {n} Termin', other: 'an {n} Terminen' }),
  onDates: (dates) => `am ${dates}`,
  repeats: 'wiederholt sich regelmäßig',
  withTime: (pattern, time) => `${pattern}, ${time}`,
  until: (pattern, date) => `${pattern}, bis ${date}`,
  times: (pattern, n, c) => pluralForm(c, n, { one: `${pattern}, einmal`, other: `${pattern}, {n}-mal` }),
};
