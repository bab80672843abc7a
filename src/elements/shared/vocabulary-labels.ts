/**
 * Labels for the default audience and accessibility vocabularies (docs/feed-spec.md) in every UI
 * locale. Feeds may use other values; those are shown as written, with hyphens read as spaces.
 */
import type { MessageTable, SupportedLocale } from '../../i18n/locales.js';
import { pickUiLocale } from '../../i18n/locales.js';

type Labels = Readonly<Record<string, string>>;

const audiences: MessageTable<Labels> = {
  en: { children: 'Children', teens: 'Teenagers', 'young-adults': 'Young adults', adults: 'Adults', seniors: 'Older people', families: 'Families', parents: 'Parents', jobseekers: 'Jobseekers', newcomers: 'Newcomers', educators: 'Educators' },
  fr: { children: 'Enfants', teens: 'Adolescents', 'young-adults': 'Jeunes adultes', adults: 'Adultes', seniors: 'Seniors', families: 'Familles', parents: 'Parents', jobseekers: 'Demandeurs d’emploi', newcomers: 'Nouveaux arrivants', educators: 'Éducateurs' },
  es: { children: 'Niños', teens: 'Adolescentes', 'young-adults': 'Jóvenes adultos', adults: 'Adultos', seniors: 'Personas mayores', families: 'Familias', parents: 'Madres y padres', jobseekers: 'Personas en busca de empleo', newcomers: 'Recién llegados', educators: 'Educadores' },
  de: { children: 'Kinder', teens: 'Jugendliche', 'young-adults': 'Junge Erwachsene', adults: 'Erwachsene', seniors: 'Ältere Menschen', families: 'Familien', parents: 'Eltern', jobseekers: 'Arbeitsuchende', newcomers: 'Neu Zugezogene', educators: 'Lehrende' },
  ko: { children: '어린이', teens: '청소년', 'young-adults': '청년', adults: '성인', seniors: '어르신', families: '가족', parents: '부모', jobseekers: '구직자', newcomers: '새 이웃', educators: '교육자' },
  ar: { children: 'الأطفال', teens: 'المراهقون', 'young-adults': 'الشباب', adults: 'البالغون', seniors: 'كبار السن', families: 'العائلات', parents: 'الآباء والأمهات', jobseekers: 'الباحثون عن عمل', newcomers: 'القادمون الجدد', educators: 'المعلّمون' },
};

const accessibility: MessageTable<Labels> = {
  en: { 'step-free-access': 'Step-free access', 'wheelchair-access': 'Wheelchair access', 'accessible-toilet': 'Accessible toilet', 'changing-places': 'Changing Places toilet', 'hearing-loop': 'Hearing loop', 'sign-language': 'Sign language', captions: 'Captions', 'audio-description': 'Audio description', 'large-print': 'Large print', braille: 'Braille', 'easy-read': 'Easy read', 'quiet-space': 'Quiet space', 'sensory-friendly': 'Sensory friendly', 'assistance-dogs': 'Assistance dogs welcome', seating: 'Seating available', 'accessible-parking': 'Accessible parking' },
  fr: { 'step-free-access': 'Accès de plain-pied', 'wheelchair-access': 'Accès en fauteuil roulant', 'accessible-toilet': 'Toilettes accessibles', 'changing-places': 'Toilettes adaptées avec table à langer', 'hearing-loop': 'Boucle magnétique', 'sign-language': 'Langue des signes', captions: 'Sous-titres', 'audio-description': 'Audiodescription', 'large-print': 'Gros caractères', braille: 'Braille', 'easy-read': 'Facile à lire', 'quiet-space': 'Espace calme', 'sensory-friendly': 'Adapté aux sensibilités sensorielles', 'assistance-dogs': 'Chiens d’assistance acceptés', seating: 'Places assises', 'accessible-parking': 'Stationnement accessible' },
  es: { 'step-free-access': 'Acceso sin escalones', 'wheelchair-access': 'Acceso en silla de ruedas', 'accessible-toilet': 'Aseo accesible', 'changing-places': 'Aseo adaptado con camilla', 'hearing-loop': 'Bucle magnético', 'sign-language': 'Lengua de signos', captions: 'Subtítulos', 'audio-description': 'Audiodescripción', 'large-print': 'Letra grande', braille: 'Braille', 'easy-read': 'Lectura fácil', 'quiet-space': 'Espacio tranquilo', 'sensory-friendly': 'Adaptado a sensibilidad sensorial', 'assistance-dogs': 'Se admiten perros de asistencia', seating: 'Asientos disponibles', 'accessible-parking': 'Aparcamiento accesible' },
  de: { 'step-free-access': 'Stufenloser Zugang', 'wheelchair-access': 'Rollstuhlgerecht', 'accessible-toilet': 'Barrierefreie Toilette', 'changing-places': 'Toilette für alle', 'hearing-loop': 'Induktionsschleife', 'sign-language': 'Gebärdensprache', captions: 'Untertitel', 'audio-description': 'Audiodeskription', 'large-print': 'Großdruck', braille: 'Braille', 'easy-read': 'Leichte Sprache', 'quiet-space': 'Ruheraum', 'sensory-friendly': 'Reizarm', 'assistance-dogs': 'Assistenzhunde willkommen', seating: 'Sitzplätze vorhanden', 'accessible-parking': 'Behindertenparkplatz' },
  ko: { 'step-free-access': '무단차 출입', 'wheelchair-access': '휠체어 접근 가능', 'accessible-toilet': '장애인 화장실', 'changing-places': '성인용 기저귀 교환대 화장실', 'hearing-loop': '보청기 루프', 'sign-language': '수어 통역', captions: '자막', 'audio-description': '화면 해설', 'large-print': '큰 글자', braille: '점자', 'easy-read': '쉬운 글', 'quiet-space': '조용한 공간', 'sensory-friendly': '감각 친화', 'assistance-dogs': '보조견 동반 가능', seating: '좌석 있음', 'accessible-parking': '장애인 주차' },
  ar: { 'step-free-access': 'مدخل بلا درجات', 'wheelchair-access': 'مناسب للكراسي المتحركة', 'accessible-toilet': 'دورة مياه مهيّأة', 'changing-places': 'دورة مياه مجهّزة بالكامل', 'hearing-loop': 'حلقة سمعية', 'sign-language': 'لغة الإشارة', captions: 'ترجمة نصية', 'audio-description': 'وصف صوتي', 'large-print': 'طباعة كبيرة', braille: 'برايل', 'easy-read': 'نص سهل القراءة', 'quiet-space': 'مكان هادئ', 'sensory-friendly': 'مراعٍ للحساسية الحسية', 'assistance-dogs': 'يُسمح بكلاب المساعدة', seating: 'مقاعد متاحة', 'accessible-parking': 'موقف سيارات مهيّأ' },
};

function label(table: MessageTable<Labels>, term: string, locale: string): string {
  const ui: SupportedLocale = pickUiLocale(locale);
  return table[ui][term] ?? term.replace(/-/g, ' ');
}

export function audienceLabel(term: string, locale: string): string {
  return label(audiences, term, locale);
}

export function accessibilityLabel(term: string, locale: string): string {
  return label(accessibility, term, locale);
}
