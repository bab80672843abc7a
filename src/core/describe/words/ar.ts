/** Schedule sentence shapes in Arabic (see ../schedule-messages.ts for what each one says). */
import type { ScheduleWords } from '../schedule-messages.js';
import { ordinalWord, pluralForm } from '../../../i18n/word-forms.js';

const ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'الأخير'];

export const scheduleWordsAr: ScheduleWords = {
  everyDay: 'كل يوم',
  everyNDays: (n, c) => pluralForm(c, n, { two: 'كل يومين', few: 'كل {n} أيام', other: 'كل {n} يوم' }),
  everyWeek: (days) => `كل يوم ${days}`,
  everyOtherWeek: (days) => `${days} كل أسبوعين`,
  everyNWeeks: (n, days) => `${days} كل ${n} أسابيع`,
  ordinalWeekday: (ordinal, weekday) => `${weekday} ${ordinalWord(ORDINALS, ordinal)}`,
  monthly: (items, interval) => `يوم ${items} ${interval === undefined ? 'من كل شهر' : `كل ${interval} أشهر`}`,
  dayOfMonth: (day, n) => (day === -1 ? 'اليوم الأخير' : day < 0 ? `اليوم ${n} قبل نهاية الشهر` : `اليوم ${n}`),
  everyYear: (date) => `كل عام في ${date}`,
  onNDates: (n, c) => pluralForm(c, n, { one: 'في موعد واحد', two: 'في موعدين', few: 'في {n} مواعيد', other: 'في {n} موعدًا' }),
  onDates: (dates) => `في ${dates}`,
  repeats: 'يتكرر بانتظام',
  withTime: (pattern, time) => `${pattern}، ${time}`,
  until: (pattern, date) => `${pattern}، حتى ${date}`,
  times: (pattern, n) => `${pattern}، ${n} مرات`,
};
