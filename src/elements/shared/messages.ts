/**
 * The shared parts' own words (card, detail, loading/empty/error states) for every supported UI
 * locale. Dates, numbers, currencies and language names come from Intl with the full language tag.
 */
import type { AttendanceMode, EventStatus } from '../../core/model.js';
import type { MessageTable } from '../../i18n/locales.js';

export interface SharedMessages {
  /** Accessible name of the card's button: "More about Code Club". */
  moreAbout(title: string): string;
  /** "By Sale Library". */
  by(provider: string): string;
  when: string;
  nextDates: string;
  where: string;
  cost: string;
  audience: string;
  languages: string;
  attendance: string;
  accessibility: string;
  about: string;
  free: string;
  paid: string;
  /** "From £5.00": the lowest of several prices. */
  from(price: string): string;
  /** Ages: both bounds, or one; numbers are formatted. */
  ages(min: string | undefined, max: string | undefined): string;
  mode: Record<AttendanceMode, string>;
  status: Record<Exclude<EventStatus, 'scheduled'>, string>;
  past: string;
  noUpcoming: string;
  register: string;
  website: string;
  addToCalendar: string;
  downloadIcs: string;
  googleCalendar: string;
  outlookCalendar: string;
  share: string;
  linkCopied: string;
  /** Link text for the map: "Map of Sale Library (OpenStreetMap)". */
  map(place: string): string;
  /** "8 min walk". */
  walk(minutes: string): string;
  /** "1.2 km away". */
  away(distance: string): string;
  loading: string;
  empty: string;
  error: string;
}

export const sharedMessages: MessageTable<SharedMessages> = {
  en: {
    moreAbout: (title) => `More about ${title}`,
    by: (provider) => `By ${provider}`,
    when: 'When', nextDates: 'Next dates', where: 'Where', cost: 'Cost', audience: 'For', languages: 'Languages',
    attendance: 'Attendance', accessibility: 'Accessibility', about: 'About',
    free: 'Free', paid: 'Paid', from: (price) => `From ${price}`,
    ages: (min, max) => (min && max ? `Ages ${min}–${max}` : min ? `Ages ${min}+` : `Up to age ${max}`),
    mode: { offline: 'In person', online: 'Online', mixed: 'In person and online' },
    status: { cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled', 'moved-online': 'Moved online' },
    past: 'Past', noUpcoming: 'No upcoming dates',
    register: 'Register', website: 'Website', addToCalendar: 'Add to calendar', downloadIcs: 'Download (.ics)',
    googleCalendar: 'Google Calendar', outlookCalendar: 'Outlook', share: 'Share', linkCopied: 'Link copied',
    map: (place) => `Map of ${place} (OpenStreetMap)`,
    walk: (minutes) => `${minutes} min walk`, away: (distance) => `${distance} away`,
    loading: 'Loading…', empty: 'Nothing to show here yet.', error: 'This could not be loaded. Please try again later.',
  },
  fr: {
    moreAbout: (title) => `En savoir plus : ${title}`,
    by: (provider) => `Par ${provider}`,
    when: 'Quand', nextDates: 'Prochaines dates', where: 'Où', cost: 'Tarif', audience: 'Public', languages: 'Langues',
    attendance: 'Participation', accessibility: 'Accessibilité', about: 'Description',
    free: 'Gratuit', paid: 'Payant', from: (price) => `À partir de ${price}`,
    ages: (min, max) => (min && max ? `${min} à ${max} ans` : min ? `Dès ${min} ans` : `Jusqu’à ${max} ans`),
    mode: { offline: 'Sur place', online: 'En ligne', mixed: 'Sur place et en ligne' },
    status: { cancelled: 'Annulé', postponed: 'Reporté', rescheduled: 'Reprogrammé', 'moved-online': 'Passé en ligne' },
    past: 'Passé', noUpcoming: 'Aucune date à venir',
    register: 'S’inscrire', website: 'Site web', addToCalendar: 'Ajouter à l’agenda', downloadIcs: 'Télécharger (.ics)',
    googleCalendar: 'Google Agenda', outlookCalendar: 'Outlook', share: 'Partager', linkCopied: 'Lien copié',
    map: (place) => `Carte : ${place} (OpenStreetMap)`,
    walk: (minutes) => `${minutes} min à pied`, away: (distance) => `à ${distance}`,
    loading: 'Chargement…', empty: 'Rien à afficher pour le moment.', error: 'Le chargement a échoué. Veuillez réessayer plus tard.',
  },
  es: {
    moreAbout: (title) => `Más sobre ${title}`,
    by: (provider) => `Por ${provider}`,
    when: 'Cuándo', nextDates: 'Próximas fechas', where: 'Dónde', cost: 'Precio', audience: 'Para', languages: 'Idiomas',
    attendance: 'Modalidad', accessibility: 'Accesibilidad', about: 'Descripción',
    free: 'Gratis', paid: 'De pago', from: (price) => `Desde ${price}`,
    ages: (min, max) => (min && max ? `De ${min} a ${max} años` : min ? `Desde ${min} años` : `Hasta ${max} años`),
    mode: { offline: 'Presencial', online: 'En línea', mixed: 'Presencial y en línea' },
    status: { cancelled: 'Cancelado', postponed: 'Aplazado', rescheduled: 'Reprogramado', 'moved-online': 'Pasa a ser en línea' },
    past: 'Pasado', noUpcoming: 'Sin próximas fechas',
    register: 'Inscribirse', website: 'Sitio web', addToCalendar: 'Añadir al calendario', downloadIcs: 'Descargar (.ics)',
    googleCalendar: 'Google Calendar', outlookCalendar: 'Outlook', share: 'Compartir', linkCopied: 'Enlace copiado',
    map: (place) => `Mapa de ${place} (OpenStreetMap)`,
    walk: (minutes) => `${minutes} min a pie`, away: (distance) => `a ${distance}`,
    loading: 'Cargando…', empty: 'Todavía no hay nada que mostrar.', error: 'No se pudo cargar. Inténtelo de nuevo más tarde.',
  },
  de: {
    moreAbout: (title) => `Mehr zu ${title}`,
    by: (provider) => `Von ${provider}`,
    when: 'Wann', nextDates: 'Nächste Termine', where: 'Wo', cost: 'Kosten', audience: 'Für', languages: 'Sprachen',
    attendance: 'Teilnahme', accessibility: 'Barrierefreiheit', about: 'Beschreibung',
    free: 'Kostenlos', paid: 'Kostenpflichtig', from: (price) => `Ab ${price}`,
    ages: (min, max) => (min && max ? `${min}–${max} Jahre` : min ? `Ab ${min} Jahren` : `Bis ${max} Jahre`),
    mode: { offline: 'Vor Ort', online: 'Online', mixed: 'Vor Ort und online' },
    status: { cancelled: 'Abgesagt', postponed: 'Verschoben', rescheduled: 'Neu terminiert', 'moved-online': 'Jetzt online' },
    past: 'Vorbei', noUpcoming: 'Keine kommenden Termine',
    register: 'Anmelden', website: 'Website', addToCalendar: 'Zum Kalender hinzufügen', downloadIcs: 'Herunterladen (.ics)',
    googleCalendar: 'Google Kalender', outlookCalendar: 'Outlook', share: 'Teilen', linkCopied: 'Link kopiert',
    map: (place) => `Karte: ${place} (OpenStreetMap)`,
    walk: (minutes) => `${minutes} Min. zu Fuß`, away: (distance) => `${distance} entfernt`,
    loading: 'Wird geladen…', empty: 'Hier gibt es noch nichts zu sehen.', error: 'Das konnte nicht geladen werden. Bitte später erneut versuchen.',
  },
  ko: {
    moreAbout: (title) => `${title} 자세히 보기`,
    by: (provider) => `운영: ${provider}`,
    when: '일시', nextDates: '다음 일정', where: '장소', cost: '비용', audience: '대상', languages: '언어',
    attendance: '참여 방식', accessibility: '접근성', about: '소개',
    free: '무료', paid: '유료', from: (price) => `${price}부터`,
    ages: (min, max) => (min && max ? `${min}~${max}세` : min ? `${min}세 이상` : `${max}세 이하`),
    mode: { offline: '대면', online: '온라인', mixed: '대면 및 온라인' },
    status: { cancelled: '취소됨', postponed: '연기됨', rescheduled: '일정 변경됨', 'moved-online': '온라인으로 전환됨' },
    past: '종료됨', noUpcoming: '예정된 일정 없음',
    register: '신청하기', website: '웹사이트', addToCalendar: '캘린더에 추가', downloadIcs: '다운로드 (.ics)',
    googleCalendar: 'Google 캘린더', outlookCalendar: 'Outlook', share: '공유', linkCopied: '링크가 복사되었습니다',
    map: (place) => `${place} 지도 (OpenStreetMap)`,
    walk: (minutes) => `도보 ${minutes}분`, away: (distance) => `${distance} 거리`,
    loading: '불러오는 중…', empty: '아직 표시할 내용이 없습니다.', error: '불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
  },
  ar: {
    moreAbout: (title) => `المزيد عن ${title}`,
    by: (provider) => `تقدّمه ${provider}`,
    when: 'متى', nextDates: 'المواعيد القادمة', where: 'أين', cost: 'التكلفة', audience: 'لمن', languages: 'اللغات',
    attendance: 'طريقة الحضور', accessibility: 'إمكانية الوصول', about: 'نبذة',
    free: 'مجاني', paid: 'مدفوع', from: (price) => `ابتداءً من ${price}`,
    ages: (min, max) => (min && max ? `الأعمار ${min}–${max}` : min ? `من عمر ${min} فما فوق` : `حتى عمر ${max}`),
    mode: { offline: 'حضوريًا', online: 'عبر الإنترنت', mixed: 'حضوريًا وعبر الإنترنت' },
    status: { cancelled: 'أُلغي', postponed: 'أُجِّل', rescheduled: 'أُعيدت جدولته', 'moved-online': 'نُقل إلى الإنترنت' },
    past: 'انتهى', noUpcoming: 'لا مواعيد قادمة',
    register: 'سجّل', website: 'الموقع الإلكتروني', addToCalendar: 'أضف إلى التقويم', downloadIcs: 'تنزيل (.ics)',
    googleCalendar: 'تقويم Google', outlookCalendar: 'Outlook', share: 'مشاركة', linkCopied: 'تم نسخ الرابط',
    map: (place) => `خريطة ${place} (OpenStreetMap)`,
    walk: (minutes) => `${minutes} دقيقة سيرًا`, away: (distance) => `على بعد ${distance}`,
    loading: 'جارٍ التحميل…', empty: 'لا يوجد شيء لعرضه بعد.', error: 'تعذّر التحميل. يُرجى المحاولة لاحقًا.',
  },
};
