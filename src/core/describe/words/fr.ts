/** Schedule sentence shapes in French (see ../schedule-messages.ts for what each one says). */
import type { ScheduleWords } from '../schedule-messages.js';
import { ordinalWord, pluralForm } from '../../../i18n/word-forms.js';

const ORDINALS = ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'dernier'];

export const scheduleWordsFr: ScheduleWords = {
  everyDay: 'tous les jours',
  everyNDays: (n, c) => pluralForm(c, n, { one: 'tous les jours', other: 'tous les {n} jours' }),
  everyWeek: (days) => `chaque ${days}`,
  everyOtherWeek: (days, count) => (count === 1 ? `un ${days} sur deux` : `toutes les deux semaines, le ${days}`),
  everyNWeeks: (n, days) => `toutes les ${n} semaines, le ${days}`,
  ordinalWeekday: (ordinal, weekday) => `${ordinalWord(ORDINALS, ordinal)} ${weekday}`,
  monthly: (items, interval) => `le ${items} ${interval === undefined ? 'de chaque mois' : `tous les ${interval} mois`}`,
  dayOfMonth: (day, n) => (day === -1 ? 'dernier jour' : day < 0 ? `${n}e jour avant la fin` : n),
  everyYear: (date) => `chaque année le ${date}`,
  onNDates: (n, c) => pluralForm(c, n, { one: 'à {n} date', other: 'à {n} dates' }),
  onDates: (dates) => `les ${dates}`,
  repeats: 'se répète régulièrement',
  withTime: (pattern, time) => `${pattern}, ${time}`,
  until: (pattern, date) => `${pattern}, jusqu’au ${date}`,
  times: (pattern, n, c) => pluralForm(c, n, { one: `${pattern}, {n} fois`, other: `${pattern}, {n} fois` }),
};
