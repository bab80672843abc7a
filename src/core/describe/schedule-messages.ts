/**
 * The words of schedules in every supported UI locale. Weekday names, dates, times and lists come
 * from Intl; only the sentence shapes and ordinals are here. Every function receives text that is
 * already formatted for the locale and returns a phrase; schedule.ts capitalises the first letter.
 */
import type { MessageTable } from '../../i18n/locales.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface ScheduleWords {
  everyDay: string;
  /** "Every 3 days"; `n` is formatted, `category` is its plural category. */
  everyNDays(n: string, category: Intl.LDMLPluralRule): string;
  /** "Every Tuesday and Thursday": `days` is the formatted list, `count` how many days it names. */
  everyWeek(days: string, count: number): string;
  everyOtherWeek(days: string, count: number): string;
  everyNWeeks(n: string, days: string): string;
  /** "second Monday", "last Friday"; ordinal is 1…5 or -1 (other negatives read as "last"). */
  ordinalWeekday(ordinal: number, weekday: string): string;
  /** Wraps a list of ordinal weekdays or month days with the month interval (1 = every month). */
  monthly(items: string, interval: string | undefined): string;
  /** "day 15"; -1 "the last day". */
  dayOfMonth(day: number, formatted: string): string;
  /** "Every year on 5 December". */
  everyYear(date: string): string;
  /** "On 3 dates". */
  onNDates(n: string, category: Intl.LDMLPluralRule): string;
  onDates(dates: string): string;
  /** A rule we can expand but not put into words. */
  repeats: string;
  withTime(pattern: string, time: string): string;
  until(pattern: string, date: string): string;
  times(pattern: string, n: string, category: Intl.LDMLPluralRule): string;
}

function plural(category: Intl.LDMLPluralRule, n: string, forms: PluralForms): string {
  return (forms[category] ?? forms.other).replace('{n}', n);
}

function pick<T>(list: readonly T[], ordinal: number): T {
  return ordinal > 0 ? list[Math.min(ordinal, list.length - 1) - 1]! : list[list.length - 1]!;
}

const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'last'];
const FR_ORDINALS = ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'dernier'];
const ES_ORDINALS = ['primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'último'];
const DE_ORDINALS = ['ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'letzten'];
const KO_ORDINALS = ['첫째', '둘째', '셋째', '넷째', '다섯째', '마지막'];
const AR_ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'الأخير'];

export const scheduleWords: MessageTable<ScheduleWords> = {
  en: {
    everyDay: 'every day',
    everyNDays: (n, c) => plural(c, n, { one: 'every day', other: 'every {n} days' }),
    everyWeek: (days) => `every ${days}`,
    everyOtherWeek: (days) => `every other ${days}`,
    everyNWeeks: (n, days) => `every ${n} weeks on ${days}`,
    ordinalWeekday: (ordinal, weekday) => `${pick(EN_ORDINALS, ordinal)} ${weekday}`,
    monthly: (items, interval) => `on the ${items} of ${interval === undefined ? 'every month' : `every ${interval} months`}`,
    dayOfMonth: (day, n) => (day === -1 ? 'the last day' : day < 0 ? `day ${n} from the end` : `day ${n}`),
    everyYear: (date) => `every year on ${date}`,
    onNDates: (n, c) => plural(c, n, { one: 'on {n} date', other: 'on {n} dates' }),
    onDates: (dates) => `on ${dates}`,
    repeats: 'repeats regularly',
    withTime: (pattern, time) => `${pattern}, ${time}`,
    until: (pattern, date) => `${pattern}, until ${date}`,
    times: (pattern, n, c) => plural(c, n, { one: `${pattern}, once`, other: `${pattern}, {n} times` }),
  },
  fr: {
    everyDay: 'tous les jours',
    everyNDays: (n, c) => plural(c, n, { one: 'tous les jours', other: 'tous les {n} jours' }),
    everyWeek: (days) => `chaque ${days}`,
    everyOtherWeek: (days, count) => (count === 1 ? `un ${days} sur deux` : `toutes les deux semaines, le ${days}`),
    everyNWeeks: (n, days) => `toutes les ${n} semaines, le ${days}`,
    ordinalWeekday: (ordinal, weekday) => `${pick(FR_ORDINALS, ordinal)} ${weekday}`,
    monthly: (items, interval) => `le ${items} ${interval === undefined ? 'de chaque mois' : `tous les ${interval} mois`}`,
    dayOfMonth: (day, n) => (day === -1 ? 'dernier jour' : day < 0 ? `${n}e jour avant la fin` : n),
    everyYear: (date) => `chaque année le ${date}`,
    onNDates: (n, c) => plural(c, n, { one: 'à {n} date', other: 'à {n} dates' }),
    onDates: (dates) => `les ${dates}`,
    repeats: 'se répète régulièrement',
    withTime: (pattern, time) => `${pattern}, ${time}`,
    until: (pattern, date) => `${pattern}, jusqu’au ${date}`,
    times: (pattern, n, c) => plural(c, n, { one: `${pattern}, {n} fois`, other: `${pattern}, {n} fois` }),
  },
  es: {
    everyDay: 'todos los días',
    everyNDays: (n, c) => plural(c, n, { one: 'todos los días', other: 'cada {n} días' }),
    everyWeek: (days) => `cada ${days}`,
    everyOtherWeek: (days) => `cada dos semanas, el ${days}`,
    everyNWeeks: (n, days) => `cada ${n} semanas, el ${days}`,
    ordinalWeekday: (ordinal, weekday) => `${pick(ES_ORDINALS, ordinal)} ${weekday}`,
    monthly: (items, interval) => `el ${items} ${interval === undefined ? 'de cada mes' : `cada ${interval} meses`}`,
    dayOfMonth: (day, n) => (day === -1 ? 'último día' : day < 0 ? `día ${n} antes del final` : `día ${n}`),
    everyYear: (date) => `cada año el ${date}`,
    onNDates: (n, c) => plural(c, n, { one: 'en {n} fecha', other: 'en {n} fechas' }),
    onDates: (dates) => `el ${dates}`,
    repeats: 'se repite con regularidad',
    withTime: (pattern, time) => `${pattern}, ${time}`,
    until: (pattern, date) => `${pattern}, hasta el ${date}`,
    times: (pattern, n, c) => plural(c, n, { one: `${pattern}, {n} vez`, other: `${pattern}, {n} veces` }),
  },
  de: {
    everyDay: 'jeden Tag',
    everyNDays: (n, c) => plural(c, n, { one: 'jeden Tag', other: 'alle {n} Tage' }),
    everyWeek: (days) => `jeden ${days}`,
    everyOtherWeek: (days) => `jeden zweiten ${days}`,
    everyNWeeks: (n, days) => `alle ${n} Wochen am ${days}`,
    ordinalWeekday: (ordinal, weekday) => `${pick(DE_ORDINALS, ordinal)} ${weekday}`,
    monthly: (items, interval) => `am ${items} ${interval === undefined ? 'jedes Monats' : `alle ${interval} Monate`}`,
    dayOfMonth: (day, n) => (day === -1 ? 'letzten Tag' : day < 0 ? `${n}. Tag vor Monatsende` : `${n}.`),
    everyYear: (date) => `jedes Jahr am ${date}`,
    onNDates: (n, c) => plural(c, n, { one: 'an {n} Termin', other: 'an {n} Terminen' }),
    onDates: (dates) => `am ${dates}`,
    repeats: 'wiederholt sich regelmäßig',
    withTime: (pattern, time) => `${pattern}, ${time}`,
    until: (pattern, date) => `${pattern}, bis ${date}`,
    times: (pattern, n, c) => plural(c, n, { one: `${pattern}, einmal`, other: `${pattern}, {n}-mal` }),
  },
  ko: {
    everyDay: '매일',
    everyNDays: (n) => `${n}일마다`,
    everyWeek: (days) => `매주 ${days}`,
    everyOtherWeek: (days) => `격주 ${days}`,
    everyNWeeks: (n, days) => `${n}주마다 ${days}`,
    ordinalWeekday: (ordinal, weekday) => `${pick(KO_ORDINALS, ordinal)} ${weekday}`,
    monthly: (items, interval) => `${interval === undefined ? '매월' : `${interval}개월마다`} ${items}`,
    dayOfMonth: (day, n) => (day === -1 ? '마지막 날' : day < 0 ? `말일 전 ${n}번째 날` : `${n}일`),
    everyYear: (date) => `매년 ${date}`,
    onNDates: (n) => `${n}회 일정`,
    onDates: (dates) => dates,
    repeats: '정기적으로 반복',
    withTime: (pattern, time) => `${pattern}, ${time}`,
    until: (pattern, date) => `${pattern}, ${date}까지`,
    times: (pattern, n) => `${pattern}, ${n}회`,
  },
  ar: {
    everyDay: 'كل يوم',
    everyNDays: (n, c) => plural(c, n, { two: 'كل يومين', few: 'كل {n} أيام', other: 'كل {n} يوم' }),
    everyWeek: (days) => `كل يوم ${days}`,
    everyOtherWeek: (days) => `${days} كل أسبوعين`,
    everyNWeeks: (n, days) => `${days} كل ${n} أسابيع`,
    ordinalWeekday: (ordinal, weekday) => `${weekday} ${pick(AR_ORDINALS, ordinal)}`,
    monthly: (items, interval) => `يوم ${items} ${interval === undefined ? 'من كل شهر' : `كل ${interval} أشهر`}`,
    dayOfMonth: (day, n) => (day === -1 ? 'اليوم الأخير' : day < 0 ? `اليوم ${n} قبل نهاية الشهر` : `اليوم ${n}`),
    everyYear: (date) => `كل عام في ${date}`,
    onNDates: (n, c) => plural(c, n, { one: 'في موعد واحد', two: 'في موعدين', few: 'في {n} مواعيد', other: 'في {n} موعدًا' }),
    onDates: (dates) => `في ${dates}`,
    repeats: 'يتكرر بانتظام',
    withTime: (pattern, time) => `${pattern}، ${time}`,
    until: (pattern, date) => `${pattern}، حتى ${date}`,
    times: (pattern, n) => `${pattern}، ${n} مرات`,
  },
};
