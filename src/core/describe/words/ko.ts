/** Schedule sentence shapes in Korean (see ../schedule-messages.ts for what each one says). */
import type { ScheduleWords } from '../schedule-messages.js';
import { ordinalWord } from '../../../i18n/word-forms.js';

const ORDINALS = ['첫째', '둘째', '셋째', '넷째', '다섯째', '마지막'];

export const scheduleWordsKo: ScheduleWords = {
  everyDay: '매일',
  everyNDays: (n) => `${n}일마다`,
  everyWeek: (days) => `매주 ${days}`,
  everyOtherWeek: (days) => `격주 ${days}`,
  everyNWeeks: (n, days) => `${n}주마다 ${days}`,
  ordinalWeekday: (ordinal, weekday) => `${ordinalWord(ORDINALS, ordinal)} ${weekday}`,
  monthly: (items, interval) => `${interval === undefined ? '매월' : `${interval}개월마다`} ${items}`,
  dayOfMonth: (day, n) => (day === -1 ? '마지막 날' : day < 0 ? `말일 전 ${n}번째 날` : `${n}일`),
  everyYear: (date) => `매년 ${date}`,
  onNDates: (n) => `${n}회 일정`,
  onDates: (dates) => dates,
  repeats: '정기적으로 반복',
  withTime: (pattern, time) => `${pattern}, ${time}`,
  until: (pattern, date) => `${pattern}, ${date}까지`,
  times: (pattern, n) => `${pattern}, ${n}회`,
};
