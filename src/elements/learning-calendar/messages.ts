/**
 * The calendar's own words, for every supported UI locale. Dates, times and numbers are not here:
 * they come from Intl with the element's full language tag.
 */
import type { CalendarView } from '../../core/calendar/views.js';
import type { EventStatus } from '../../core/model.js';
import type { MessageTable } from '../../i18n/locales.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One PluralRules per language: every month cell names its event count. */
const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form for `count` in `language` and puts the formatted number in place of {n}. */
function plural(language: string, count: number, formatted: string, forms: PluralForms): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('{n}', formatted);
}

export interface CalendarMessages {
  views: Record<CalendarView, string>;
  viewSwitcher: string;
  previous: Record<CalendarView, string>;
  next: Record<CalendarView, string>;
  today: string;
  allDay: string;
  /** "+3 more": the count is already formatted for the locale. */
  more(count: number, formatted: string): string;
  /** "3 events", appended to a day's full date to name its cell. */
  eventCount(count: number, formatted: string): string;
  status: Record<Exclude<EventStatus, 'scheduled'>, string>;
  loading: string;
  loadFailed: string;
  /** The agenda for a period with nothing on: "Nothing on in March 2026". */
  nothingOn(period: string): string;
  /** Label of the scrollable hours of the week view. */
  hours(period: string): string;
  close: string;
  when: string;
  /** Where an online opportunity with no venue happens. */
  online: string;
  /** The list's button that adds the next events: "Show 50 more". */
  showMore(count: number, formatted: string): string;
  /** How much of a long list is on screen, announced politely as more is added: "Showing 100 of 5,000 events". */
  listShown(shown: number, total: number, shownText: string, totalText: string): string;
}

export const calendarMessages: MessageTable<CalendarMessages> = {
  en: {
    views: { month: 'Month', week: 'Week', agenda: 'List' },
    viewSwitcher: 'Calendar view',
    previous: { month: 'Previous month', week: 'Previous week', agenda: 'Previous month' },
    next: { month: 'Next month', week: 'Next week', agenda: 'Next month' },
    today: 'Today',
    allDay: 'All day',
    more: (_count, n) => `+${n} more`,
    eventCount: (count, n) => (count === 0 ? 'no events' : plural('en', count, n, { one: '{n} event', other: '{n} events' })),
    status: { cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled', 'moved-online': 'Moved online' },
    loading: 'Loading events…',
    loadFailed: 'The events could not be loaded. Please try again later.',
    nothingOn: (period) => `Nothing on in ${period}.`,
    hours: (period) => `Times, ${period}`,
    close: 'Close',
    when: 'When',
    online: 'Online',
    showMore: (_count, n) => `Show ${n} more`,
    listShown: (_shown, total, shown, n) => plural('en', total, n, { one: `Showing ${shown} of {n} event`, other: `Showing ${shown} of {n} events` }),
  },
  fr: {
    views: { month: 'Mois', week: 'Semaine', agenda: 'Liste' },
    viewSwitcher: 'Affichage du calendrier',
    previous: { month: 'Mois précédent', week: 'Semaine précédente', agenda: 'Mois précédent' },
    next: { month: 'Mois suivant', week: 'Semaine suivante', agenda: 'Mois suivant' },
    today: 'Aujourd’hui',
    allDay: 'Toute la journée',
    more: (_count, n) => `+${n} de plus`,
    eventCount: (count, n) => (count === 0 ? 'aucun événement' : plural('fr', count, n, { one: '{n} événement', many: '{n} d’événements', other: '{n} événements' })),
    status: { cancelled: 'Annulé', postponed: 'Reporté', rescheduled: 'Reprogrammé', 'moved-online': 'Passé en ligne' },
    loading: 'Chargement des événements…',
    loadFailed: 'Les événements n’ont pas pu être chargés. Veuillez réessayer plus tard.',
    nothingOn: (period) => `Rien de prévu en ${period}.`,
    hours: (period) => `Horaires, ${period}`,
    close: 'Fermer',
    when: 'Quand',
    online: 'En ligne',
    showMore: (_count, n) => `Afficher ${n} de plus`,
    listShown: (_shown, _total, shown, total) => `Événements affichés : ${shown} sur ${total}`,
  },
  es: {
    views: { month: 'Mes', week: 'Semana', agenda: 'Lista' },
    viewSwitcher: 'Vista del calendario',
    previous: { month: 'Mes anterior', week: 'Semana anterior', agenda: 'Mes anterior' },
    next: { month: 'Mes siguiente', week: 'Semana siguiente', agenda: 'Mes siguiente' },
    today: 'Hoy',
    allDay: 'Todo el día',
    more: (_count, n) => `${n} más`,
    eventCount: (count, n) => (count === 0 ? 'ningún evento' : plural('es', count, n, { one: '{n} evento', many: '{n} de eventos', other: '{n} eventos' })),
    status: { cancelled: 'Cancelado', postponed: 'Aplazado', rescheduled: 'Reprogramado', 'moved-online': 'Pasa a ser en línea' },
    loading: 'Cargando eventos…',
    loadFailed: 'No se pudieron cargar los eventos. Inténtelo de nuevo más tarde.',
    nothingOn: (period) => `No hay nada previsto en ${period}.`,
    hours: (period) => `Horario, ${period}`,
    close: 'Cerrar',
    when: 'Cuándo',
    online: 'En línea',
    showMore: (_count, n) => `Mostrar ${n} más`,
    listShown: (_shown, _total, shown, total) => `Eventos mostrados: ${shown} de ${total}`,
  },
  de: {
    views: { month: 'Monat', week: 'Woche', agenda: 'Liste' },
    viewSwitcher: 'Kalenderansicht',
    previous: { month: 'Vorheriger Monat', week: 'Vorherige Woche', agenda: 'Vorheriger Monat' },
    next: { month: 'Nächster Monat', week: 'Nächste Woche', agenda: 'Nächster Monat' },
    today: 'Heute',
    allDay: 'Ganztägig',
    more: (_count, n) => `+${n} weitere`,
    eventCount: (count, n) => (count === 0 ? 'keine Termine' : plural('de', count, n, { one: '{n} Termin', other: '{n} Termine' })),
    status: { cancelled: 'Abgesagt', postponed: 'Verschoben', rescheduled: 'Neu terminiert', 'moved-online': 'Jetzt online' },
    loading: 'Termine werden geladen …',
    loadFailed: 'Die Termine konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    nothingOn: (period) => `Im Zeitraum ${period} findet nichts statt.`,
    hours: (period) => `Uhrzeiten, ${period}`,
    close: 'Schließen',
    when: 'Wann',
    online: 'Online',
    showMore: (_count, n) => `${n} weitere anzeigen`,
    listShown: (_shown, _total, shown, total) => `Angezeigte Termine: ${shown} von ${total}`,
  },
  ko: {
    views: { month: '월', week: '주', agenda: '목록' },
    viewSwitcher: '달력 보기',
    previous: { month: '이전 달', week: '이전 주', agenda: '이전 달' },
    next: { month: '다음 달', week: '다음 주', agenda: '다음 달' },
    today: '오늘',
    allDay: '종일',
    more: (_count, n) => `+${n}개 더보기`,
    eventCount: (count, n) => (count === 0 ? '일정 없음' : `일정 ${n}개`),
    status: { cancelled: '취소됨', postponed: '연기됨', rescheduled: '일정 변경됨', 'moved-online': '온라인으로 변경됨' },
    loading: '일정을 불러오는 중…',
    loadFailed: '일정을 불러오지 못했습니다. 나중에 다시 시도해 주세요.',
    nothingOn: (period) => `${period}에는 일정이 없습니다.`,
    hours: (period) => `시간, ${period}`,
    close: '닫기',
    when: '일시',
    online: '온라인',
    showMore: (_count, n) => `${n}개 더 보기`,
    listShown: (_shown, _total, shown, total) => `일정 ${total}개 중 ${shown}개 표시`,
  },
  ar: {
    views: { month: 'شهر', week: 'أسبوع', agenda: 'قائمة' },
    viewSwitcher: 'عرض التقويم',
    previous: { month: 'الشهر السابق', week: 'الأسبوع السابق', agenda: 'الشهر السابق' },
    next: { month: 'الشهر التالي', week: 'الأسبوع التالي', agenda: 'الشهر التالي' },
    today: 'اليوم',
    allDay: 'طوال اليوم',
    more: (_count, n) => `+${n} أخرى`,
    eventCount: (count, n) =>
      plural('ar', count, n, {
        zero: 'لا توجد فعاليات',
        one: 'فعالية واحدة',
        two: 'فعاليتان',
        few: '{n} فعاليات',
        many: '{n} فعالية',
        other: '{n} فعالية',
      }),
    status: { cancelled: 'أُلغيت', postponed: 'أُجّلت', rescheduled: 'تغيّر موعدها', 'moved-online': 'أصبحت عبر الإنترنت' },
    loading: 'جارٍ تحميل الفعاليات…',
    loadFailed: 'تعذّر تحميل الفعاليات. يُرجى المحاولة لاحقًا.',
    nothingOn: (period) => `لا توجد فعاليات في ${period}.`,
    hours: (period) => `الأوقات، ${period}`,
    close: 'إغلاق',
    when: 'الموعد',
    online: 'عبر الإنترنت',
    showMore: (_count, n) => `عرض ${n} فعالية أخرى`,
    listShown: (_shown, _total, shown, total) => `الفعاليات المعروضة: ${shown} من ${total}`,
  },
};
