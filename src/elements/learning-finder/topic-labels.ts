/**
 * Labels for the default topic vocabulary (DEFAULT_TOPICS in core/parse/vocabulary.ts) in every UI
 * locale. Feeds may use other topics; those are shown as written, with hyphens read as spaces.
 * Every translation is also indexed for search, so "코딩" finds an English feed's "coding" topic.
 */
import { pickUiLocale, SUPPORTED_LOCALES, type MessageTable } from '../../i18n/locales.js';

type Labels = Readonly<Record<string, string>>;

const topics: MessageTable<Labels> = {
  en: {
    'digital-skills': 'Digital skills', coding: 'Coding', 'science-technology': 'Science and technology', languages: 'Languages',
    literacy: 'Reading and writing', 'reading-books': 'Books and reading', numeracy: 'Maths', 'money-skills': 'Money skills',
    'arts-crafts': 'Arts and crafts', music: 'Music', 'dance-drama': 'Dance and drama', 'photography-film': 'Photography and film',
    'history-heritage': 'History and heritage', environment: 'Environment', gardening: 'Gardening', 'cooking-food': 'Cooking and food',
    'health-wellbeing': 'Health and wellbeing', 'sport-movement': 'Sport and movement', employability: 'Work and careers',
    'business-enterprise': 'Business', 'parenting-family': 'Parenting and family', 'early-years': 'Early years',
    'homework-help': 'Homework help', citizenship: 'Citizenship', volunteering: 'Volunteering', 'games-play': 'Games and play',
  },
  fr: {
    'digital-skills': 'Compétences numériques', coding: 'Programmation', 'science-technology': 'Sciences et technologies', languages: 'Langues',
    literacy: 'Lire et écrire', 'reading-books': 'Livres et lecture', numeracy: 'Mathématiques', 'money-skills': 'Gérer son budget',
    'arts-crafts': 'Arts et loisirs créatifs', music: 'Musique', 'dance-drama': 'Danse et théâtre', 'photography-film': 'Photo et cinéma',
    'history-heritage': 'Histoire et patrimoine', environment: 'Environnement', gardening: 'Jardinage', 'cooking-food': 'Cuisine et alimentation',
    'health-wellbeing': 'Santé et bien-être', 'sport-movement': 'Sport et mouvement', employability: 'Emploi et carrière',
    'business-enterprise': 'Entreprise', 'parenting-family': 'Parentalité et famille', 'early-years': 'Petite enfance',
    'homework-help': 'Aide aux devoirs', citizenship: 'Citoyenneté', volunteering: 'Bénévolat', 'games-play': 'Jeux',
  },
  es: {
    'digital-skills': 'Competencias digitales', coding: 'Programación', 'science-technology': 'Ciencia y tecnología', languages: 'Idiomas',
    literacy: 'Lectura y escritura', 'reading-books': 'Libros y lectura', numeracy: 'Matemáticas', 'money-skills': 'Finanzas personales',
    'arts-crafts': 'Arte y manualidades', music: 'Música', 'dance-drama': 'Danza y teatro', 'photography-film': 'Fotografía y cine',
    'history-heritage': 'Historia y patrimonio', environment: 'Medio ambiente', gardening: 'Jardinería', 'cooking-food': 'Cocina y alimentación',
    'health-wellbeing': 'Salud y bienestar', 'sport-movement': 'Deporte y movimiento', employability: 'Empleo y carrera',
    'business-enterprise': 'Empresa', 'parenting-family': 'Crianza y familia', 'early-years': 'Primera infancia',
    'homework-help': 'Ayuda con los deberes', citizenship: 'Ciudadanía', volunteering: 'Voluntariado', 'games-play': 'Juegos',
  },
  de: {
    'digital-skills': 'Digitale Kompetenzen', coding: 'Programmieren', 'science-technology': 'Wissenschaft und Technik', languages: 'Sprachen',
    literacy: 'Lesen und Schreiben', 'reading-books': 'Bücher und Lesen', numeracy: 'Rechnen', 'money-skills': 'Umgang mit Geld',
    'arts-crafts': 'Kunst und Handwerk', music: 'Musik', 'dance-drama': 'Tanz und Theater', 'photography-film': 'Foto und Film',
    'history-heritage': 'Geschichte und Kulturerbe', environment: 'Umwelt', gardening: 'Gärtnern', 'cooking-food': 'Kochen und Ernährung',
    'health-wellbeing': 'Gesundheit und Wohlbefinden', 'sport-movement': 'Sport und Bewegung', employability: 'Arbeit und Beruf',
    'business-enterprise': 'Unternehmen', 'parenting-family': 'Eltern und Familie', 'early-years': 'Frühe Kindheit',
    'homework-help': 'Hausaufgabenhilfe', citizenship: 'Gesellschaft und Mitbestimmung', volunteering: 'Ehrenamt', 'games-play': 'Spiele',
  },
  ko: {
    'digital-skills': '디지털 역량', coding: '코딩', 'science-technology': '과학 기술', languages: '외국어',
    literacy: '읽기와 쓰기', 'reading-books': '독서', numeracy: '수학', 'money-skills': '금융 생활',
    'arts-crafts': '미술 공예', music: '음악', 'dance-drama': '무용 연극', 'photography-film': '사진 영상',
    'history-heritage': '역사 문화유산', environment: '환경', gardening: '원예', 'cooking-food': '요리',
    'health-wellbeing': '건강', 'sport-movement': '운동', employability: '취업 진로',
    'business-enterprise': '창업', 'parenting-family': '부모 가족', 'early-years': '영유아',
    'homework-help': '숙제 도움', citizenship: '시민 교육', volunteering: '자원봉사', 'games-play': '놀이',
  },
  ar: {
    'digital-skills': 'المهارات الرقمية', coding: 'البرمجة', 'science-technology': 'العلوم والتكنولوجيا', languages: 'اللغات',
    literacy: 'القراءة والكتابة', 'reading-books': 'الكتب والمطالعة', numeracy: 'الرياضيات', 'money-skills': 'إدارة المال',
    'arts-crafts': 'الفنون والحِرف', music: 'الموسيقى', 'dance-drama': 'الرقص والمسرح', 'photography-film': 'التصوير والأفلام',
    'history-heritage': 'التاريخ والتراث', environment: 'البيئة', gardening: 'البستنة', 'cooking-food': 'الطبخ والغذاء',
    'health-wellbeing': 'الصحة والعافية', 'sport-movement': 'الرياضة والحركة', employability: 'العمل والمهن',
    'business-enterprise': 'ريادة الأعمال', 'parenting-family': 'الأبوة والأسرة', 'early-years': 'الطفولة المبكرة',
    'homework-help': 'المساعدة في الواجبات', citizenship: 'المواطنة', volunteering: 'التطوع', 'games-play': 'الألعاب واللعب',
  },
};

/** The topic's label in the reader's UI language; an unknown topic is shown as written, hyphens as spaces. */
export function topicLabel(topic: string, locale: string): string {
  return topics[pickUiLocale(locale)][topic] ?? topic.replace(/-/g, ' ');
}

/** Every translation of a default topic, for the search index (a visitor may search in any of them). */
export function topicSearchWords(topic: string): string[] {
  return SUPPORTED_LOCALES.map((locale) => topics[locale][topic]).filter((label): label is string => !!label);
}
