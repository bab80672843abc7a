/** Schedule sentence shapes in Spanish (see ../schedule-messages.ts for what each one says). */
import type { ScheduleWords } from '../schedule-messages.js';
import { ordinalWord, pluralForm } from '../../../i18n/word-forms.js';

const ORDINALS = ['primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'último'];

export const scheduleWordsEs: ScheduleWords = {
  everyDay: 'todos los días',
  everyNDays: (n, c) => pluralForm(c, n, { one: 'todos los días', other: 'cada {n} días' }),
  everyWeek: (days) => `cada ${days}`,
  everyOtherWeek: (days) => `cada dos semanas, el ${days}`,
  everyNWeeks: (n, days) => `cada ${n} semanas, el ${days}`,
  ordinalWeekday: (ordinal, weekday) => `${ordinalWord(ORDINALS, ordinal)} ${weekday}`,
  monthly: (items, interval) => `el ${items} ${interval === undefined ? 'de cada mes' : `cada ${interval} meses`}`,
  dayOfMonth: (day, n) => (day === -1 ? 'último día' : day < 0 ? `día ${n} antes del final` : `día ${n}`),
  everyYear: (date) => `cada año el ${date}`,
  onNDates: (n, c) => pluralForm(c, n, { one: 'en {n} fecha', other: 'en {n} fechas' }),
  onDates: (dates) => `el ${dates}`,
  repeats: 'se repite con regularidad',
  withTime: (pattern, time) => `${pattern}, ${time}`,
  until: (pattern, date) => `${pattern}, hasta el ${date}`,
  times: (pattern, n, c) => pluralForm(c, n, { one: `${pattern}, {n} vez`, other: `${pattern}, {n} veces` }),
};
