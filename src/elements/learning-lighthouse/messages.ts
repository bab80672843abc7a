/**
 * The badge's own words in every supported UI locale. The designation's name and "since YEAR" are
 * shared with the static SVG export (core/badge-svg.ts) so print and screen say the same thing.
 */
import { badgeWords } from '../../core/badge-svg.js';
import type { MessageTable, SupportedLocale } from '../../i18n/locales.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One Intl.PluralRules per language, made on first use. */
const pluralRules = new Map<string, Intl.PluralRules>();

function plural(language: string, count: number, formatted: string, forms: PluralForms): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return (forms[rules.select(count)] ?? forms.other).replace('{n}', formatted);
}

export interface LighthouseMessages {
  title: string;
  since(year: string): string;
  /** "Designated by Namyangju Learning City". */
  designatedBy(registry: string): string;
  /** Member of the registry, not designated: claims membership only. */
  member: string;
  /** Not in the registry: claims nothing. */
  notFound: string;
  /** The registry could not be read: claims nothing. */
  unavailable: string;
  loading: string;
  /** "3 sessions in the next 7 days" (1 or more). */
  sessionsThisWeek(count: number, formatted: string): string;
  /** The organization has opportunities, but no session in the next 7 days. */
  noSessionsThisWeek: string;
  /** "Next: Code Club, Tue 24 Nov, 16:00". */
  next(title: string, when: string): string;
  walk(minutes: string): string;
  showWalk: string;
  locating: string;
  locationUnavailable: string;
  website(name: string): string;
  criteria: string;
  /** Link to a finder page filtered to the organization. */
  allActivities(name: string): string;
}

type OwnWords = Omit<LighthouseMessages, 'title' | 'since'>;

const own: MessageTable<OwnWords> = {
  en: {
    designatedBy: (registry) => `Designated by ${registry}`,
    member: 'Learning city partner', notFound: 'Not listed by the learning city', unavailable: 'Designation could not be checked',
    loading: 'Checking the designation…',
    sessionsThisWeek: (count, n) => plural('en', count, n, { one: '{n} session in the next 7 days', other: '{n} sessions in the next 7 days' }),
    noSessionsThisWeek: 'No sessions in the next 7 days',
    next: (title, when) => `Next: ${title}, ${when}`,
    walk: (minutes) => `${minutes} min walk`, showWalk: 'Walking time from my location', locating: 'Finding your location…',
    locationUnavailable: 'Your location is not available.', website: (name) => `Visit ${name}`, criteria: 'What is a Learning Lighthouse?',
    allActivities: (name) => `All activities at ${name}`,
  },
  fr: {
    designatedBy: (registry) => `Désigné par ${registry}`,
    member: 'Partenaire de la ville apprenante', notFound: 'Non répertorié par la ville apprenante', unavailable: 'La désignation n’a pas pu être vérifiée',
    loading: 'Vérification de la désignation…',
    sessionsThisWeek: (count, n) => plural('fr', count, n, { one: '{n} séance dans les 7 prochains jours', other: '{n} séances dans les 7 prochains jours' }),
    noSessionsThisWeek: 'Aucune séance dans les 7 prochains jours',
    next: (title, when) => `Prochaine : ${title}, ${when}`,
    walk: (minutes) => `${minutes} min à pied`, showWalk: 'Temps de marche depuis ma position', locating: 'Recherche de votre position…',
    locationUnavailable: 'Votre position n’est pas disponible.', website: (name) => `Visiter ${name}`, criteria: 'Qu’est-ce qu’un Phare du savoir ?',
    allActivities: (name) => `Toutes les activités : ${name}`,
  },
  es: {
    designatedBy: (registry) => `Designado por ${registry}`,
    member: 'Socio de la ciudad del aprendizaje', notFound: 'No figura en la ciudad del aprendizaje', unavailable: 'No se pudo comprobar la designación',
    loading: 'Comprobando la designación…',
    sessionsThisWeek: (count, n) => plural('es', count, n, { one: '{n} sesión en los próximos 7 días', other: '{n} sesiones en los próximos 7 días' }),
    noSessionsThisWeek: 'No hay sesiones en los próximos 7 días',
    next: (title, when) => `Próxima: ${title}, ${when}`,
    walk: (minutes) => `${minutes} min a pie`, showWalk: 'Tiempo a pie desde mi ubicación', locating: 'Buscando su ubicación…',
    locationUnavailable: 'Su ubicación no está disponible.', website: (name) => `Visitar ${name}`, criteria: '¿Qué es un Faro del Aprendizaje?',
    allActivities: (name) => `Todas las actividades de ${name}`,
  },
  de: {
    designatedBy: (registry) => `Ausgezeichnet von ${registry}`,
    member: 'Partner der lernenden Stadt', notFound: 'Nicht bei der lernenden Stadt verzeichnet', unavailable: 'Die Auszeichnung konnte nicht geprüft werden',
    loading: 'Auszeichnung wird geprüft…',
    sessionsThisWeek: (count, n) => plural('de', count, n, { one: '{n} Termin in den nächsten 7 Tagen', other: '{n} Termine in den nächsten 7 Tagen' }),
    noSessionsThisWeek: 'Keine Termine in den nächsten 7 Tagen',
    next: (title, when) => `Als Nächstes: ${title}, ${when}`,
    walk: (minutes) => `${minutes} Min. zu Fuß`, showWalk: 'Fußweg von meinem Standort', locating: 'Standort wird ermittelt…',
    locationUnavailable: 'Ihr Standort ist nicht verfügbar.', website: (name) => `${name} besuchen`, criteria: 'Was ist ein Leuchtturm des Lernens?',
    allActivities: (name) => `Alle Angebote von ${name}`,
  },
  ko: {
    designatedBy: (registry) => `${registry} 지정`,
    member: '학습도시 협력 기관', notFound: '학습도시 목록에 없음', unavailable: '지정 여부를 확인할 수 없습니다',
    loading: '지정 여부 확인 중…',
    sessionsThisWeek: (_count, n) => `앞으로 7일간 ${n}회 운영`,
    noSessionsThisWeek: '앞으로 7일간 운영 일정 없음',
    next: (title, when) => `다음: ${title}, ${when}`,
    walk: (minutes) => `도보 ${minutes}분`, showWalk: '내 위치에서 도보 시간 보기', locating: '위치를 찾는 중…',
    locationUnavailable: '위치를 사용할 수 없습니다.', website: (name) => `${name} 방문하기`, criteria: '배움등대란?',
    allActivities: (name) => `${name}의 모든 프로그램`,
  },
  ar: {
    designatedBy: (registry) => `معتمدة من ${registry}`,
    member: 'شريك في مدينة التعلّم', notFound: 'غير مدرجة لدى مدينة التعلّم', unavailable: 'تعذّر التحقق من الاعتماد',
    loading: 'جارٍ التحقق من الاعتماد…',
    sessionsThisWeek: (count, n) => plural('ar', count, n, { one: 'جلسة واحدة خلال الأيام السبعة القادمة', two: 'جلستان خلال الأيام السبعة القادمة', few: '{n} جلسات خلال الأيام السبعة القادمة', other: '{n} جلسة خلال الأيام السبعة القادمة' }),
    noSessionsThisWeek: 'لا جلسات خلال الأيام السبعة القادمة',
    next: (title, when) => `التالية: ${title}، ${when}`,
    walk: (minutes) => `${minutes} دقيقة سيرًا`, showWalk: 'مدة السير من موقعي', locating: 'جارٍ تحديد موقعك…',
    locationUnavailable: 'موقعك غير متاح.', website: (name) => `زيارة ${name}`, criteria: 'ما هي منارة التعلّم؟',
    allActivities: (name) => `جميع أنشطة ${name}`,
  },
};

function build(locale: SupportedLocale): LighthouseMessages {
  return { title: badgeWords[locale].title, since: badgeWords[locale].since, ...own[locale] };
}

export const lighthouseMessages: MessageTable<LighthouseMessages> = {
  en: build('en'), fr: build('fr'), es: build('es'), de: build('de'), ko: build('ko'), ar: build('ar'),
};
