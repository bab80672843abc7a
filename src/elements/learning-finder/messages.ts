/**
 * The finder's own words in every supported UI locale. Facet values use the shared vocabulary labels
 * (audience, accessibility), `topic-labels.ts`, the shared cost/mode words and Intl (languages).
 * Counts are formatted by the caller with Intl.NumberFormat; `n` picks the plural form.
 */
import type { DatePreset } from '../../core/model.js';
import type { FacetName, SortOrder } from '../../core/search/index.js';
import type { MessageTable } from '../../i18n/locales.js';

export interface FinderMessages {
  searchLabel: string;
  searchHint: string;
  filters: string;
  /** Summary of the folded filters on narrow widths: "Filters (2 active)". */
  filtersSummary(active: number, formatted: string): string;
  facet: Record<FacetName, string>;
  when: string;
  anyTime: string;
  datePreset: Record<DatePreset, string>;
  customDates: string;
  from: string;
  to: string;
  distance: string;
  nearMe: string;
  locating: string;
  nearPlace: string;
  findPlace: string;
  radius: string;
  /** "Near Sale Library"; without a label the centre is the visitor's own position. */
  near(label: string | undefined): string;
  clearDistance: string;
  geoDenied: string;
  geoUnavailable: string;
  geoUnsupported: string;
  placeNotFound(text: string): string;
  sortBy: string;
  sort: Record<SortOrder, string>;
  results: string;
  count(n: number, formatted: string): string;
  /** What the live region says: the count, and the query when there is one. */
  announce(n: number, formatted: string, query: string | undefined): string;
  showMore(formatted: string): string;
  showEarlier(formatted: string): string;
  showing(first: string, last: string, total: string): string;
  moreOptions(formatted: string): string;
  fewerOptions: string;
  noResults: string;
  waysOut: string;
  removeFilter(label: string): string;
  clearSearch(query: string): string;
  anyDate: string;
  widenDates: string;
  clearAll: string;
  indexing: string;
  stale: string;
  emptyFeed: string;
  back: string;
}

const plural = (locale: string) => new Intl.PluralRules(locale);

export const finderMessages: MessageTable<FinderMessages> = {
  en: {
    searchLabel: 'Search learning opportunities', searchHint: 'For example “english”, “coding for kids”',
    filters: 'Filters', filtersSummary: (active, n) => (active ? `Filters (${n} active)` : 'Filters'),
    facet: { topic: 'Topic', audience: 'Who it is for', cost: 'Cost', attendanceMode: 'How it is held', language: 'Language', accessibility: 'Accessibility', organization: 'Organised by', place: 'Place' },
    when: 'When', anyTime: 'Any time',
    datePreset: { today: 'Today', 'this-weekend': 'This weekend', 'next-7-days': 'Next 7 days', 'this-month': 'This month' },
    customDates: 'Choose dates', from: 'From', to: 'To',
    distance: 'Distance', nearMe: 'Near me', locating: 'Finding your location…', nearPlace: 'Near a place', findPlace: 'Go', radius: 'Within',
    near: (label) => `Near ${label ?? 'your location'}`, clearDistance: 'Any distance',
    geoDenied: 'Your browser did not share your location. You can choose a place instead.',
    geoUnavailable: 'Your location could not be found just now. You can choose a place instead.',
    geoUnsupported: 'This browser cannot share your location. You can choose a place instead.',
    placeNotFound: (text) => `No place called “${text}” was found.`,
    sortBy: 'Sort by', sort: { relevance: 'Best match', 'next-date': 'Next date', distance: 'Distance', name: 'Name' },
    results: 'Results',
    count: (n, f) => (n === 0 ? 'No results' : plural('en').select(n) === 'one' ? `${f} result` : `${f} results`),
    announce: (n, f, query) => `${n === 0 ? 'No results' : plural('en').select(n) === 'one' ? `${f} result` : `${f} results`}${query ? ` for “${query}”` : ''}`,
    showMore: (f) => `Show ${f} more`, showEarlier: (f) => `Show ${f} earlier results`,
    showing: (first, last, total) => `Showing ${first}–${last} of ${total}`,
    moreOptions: (f) => `Show all ${f}`, fewerOptions: 'Show fewer',
    noResults: 'Nothing matches all of these filters.', waysOut: 'Try one of these:',
    removeFilter: (label) => `Remove “${label}”`, clearSearch: (query) => `Clear the search “${query}”`,
    anyDate: 'Any date', widenDates: 'Look further ahead', clearAll: 'Clear all filters',
    indexing: 'Search is still getting ready; more matches may appear.',
    stale: 'Showing an earlier copy of the listings; it may be out of date.',
    emptyFeed: 'Nothing is listed yet.', back: 'Back to results',
  },
  fr: {
    searchLabel: 'Rechercher des activités d’apprentissage', searchHint: 'Par exemple « anglais », « code pour enfants »',
    filters: 'Filtres', filtersSummary: (active, n) => (active ? `Filtres (${n} actifs)` : 'Filtres'),
    facet: { topic: 'Thème', audience: 'Public', cost: 'Tarif', attendanceMode: 'Format', language: 'Langue', accessibility: 'Accessibilité', organization: 'Organisé par', place: 'Lieu' },
    when: 'Quand', anyTime: 'N’importe quand',
    datePreset: { today: 'Aujourd’hui', 'this-weekend': 'Ce week-end', 'next-7-days': '7 prochains jours', 'this-month': 'Ce mois-ci' },
    customDates: 'Choisir des dates', from: 'Du', to: 'Au',
    distance: 'Distance', nearMe: 'Près de moi', locating: 'Recherche de votre position…', nearPlace: 'Près d’un lieu', findPlace: 'OK', radius: 'Dans un rayon de',
    near: (label) => `Près de ${label ?? 'votre position'}`, clearDistance: 'Toute distance',
    geoDenied: 'Votre navigateur n’a pas partagé votre position. Vous pouvez choisir un lieu.',
    geoUnavailable: 'Votre position est introuvable pour le moment. Vous pouvez choisir un lieu.',
    geoUnsupported: 'Ce navigateur ne peut pas partager votre position. Vous pouvez choisir un lieu.',
    placeNotFound: (text) => `Aucun lieu nommé « ${text} ».`,
    sortBy: 'Trier par', sort: { relevance: 'Pertinence', 'next-date': 'Prochaine date', distance: 'Distance', name: 'Nom' },
    results: 'Résultats',
    count: (n, f) => (n === 0 ? 'Aucun résultat' : plural('fr').select(n) === 'one' ? `${f} résultat` : `${f} résultats`),
    announce: (n, f, query) => `${n === 0 ? 'Aucun résultat' : plural('fr').select(n) === 'one' ? `${f} résultat` : `${f} résultats`}${query ? ` pour « ${query} »` : ''}`,
    showMore: (f) => `Afficher ${f} de plus`, showEarlier: (f) => `Afficher les ${f} précédents`,
    showing: (first, last, total) => `${first} à ${last} sur ${total}`,
    moreOptions: (f) => `Tout afficher (${f})`, fewerOptions: 'Afficher moins',
    noResults: 'Rien ne correspond à tous ces filtres.', waysOut: 'Essayez plutôt :',
    removeFilter: (label) => `Retirer « ${label} »`, clearSearch: (query) => `Effacer la recherche « ${query} »`,
    anyDate: 'N’importe quelle date', widenDates: 'Voir plus loin', clearAll: 'Effacer tous les filtres',
    indexing: 'La recherche se prépare encore ; d’autres résultats peuvent apparaître.',
    stale: 'Ancienne copie des activités affichée ; elle n’est peut-être plus à jour.',
    emptyFeed: 'Rien n’est encore proposé.', back: 'Retour aux résultats',
  },
  es: {
    searchLabel: 'Buscar actividades de aprendizaje', searchHint: 'Por ejemplo «inglés», «programación para niños»',
    filters: 'Filtros', filtersSummary: (active, n) => (active ? `Filtros (${n} activos)` : 'Filtros'),
    facet: { topic: 'Tema', audience: 'Para quién', cost: 'Precio', attendanceMode: 'Modalidad', language: 'Idioma', accessibility: 'Accesibilidad', organization: 'Organiza', place: 'Lugar' },
    when: 'Cuándo', anyTime: 'Cualquier momento',
    datePreset: { today: 'Hoy', 'this-weekend': 'Este fin de semana', 'next-7-days': 'Próximos 7 días', 'this-month': 'Este mes' },
    customDates: 'Elegir fechas', from: 'Desde', to: 'Hasta',
    distance: 'Distancia', nearMe: 'Cerca de mí', locating: 'Buscando su ubicación…', nearPlace: 'Cerca de un lugar', findPlace: 'Ir', radius: 'A menos de',
    near: (label) => `Cerca de ${label ?? 'su ubicación'}`, clearDistance: 'Cualquier distancia',
    geoDenied: 'Su navegador no compartió su ubicación. Puede elegir un lugar.',
    geoUnavailable: 'No se pudo encontrar su ubicación ahora. Puede elegir un lugar.',
    geoUnsupported: 'Este navegador no puede compartir su ubicación. Puede elegir un lugar.',
    placeNotFound: (text) => `No se encontró ningún lugar llamado «${text}».`,
    sortBy: 'Ordenar por', sort: { relevance: 'Relevancia', 'next-date': 'Próxima fecha', distance: 'Distancia', name: 'Nombre' },
    results: 'Resultados',
    count: (n, f) => (n === 0 ? 'Sin resultados' : plural('es').select(n) === 'one' ? `${f} resultado` : `${f} resultados`),
    announce: (n, f, query) => `${n === 0 ? 'Sin resultados' : plural('es').select(n) === 'one' ? `${f} resultado` : `${f} resultados`}${query ? ` para «${query}»` : ''}`,
    showMore: (f) => `Mostrar ${f} más`, showEarlier: (f) => `Mostrar los ${f} anteriores`,
    showing: (first, last, total) => `${first}–${last} de ${total}`,
    moreOptions: (f) => `Mostrar todos (${f})`, fewerOptions: 'Mostrar menos',
    noResults: 'Nada coincide con todos estos filtros.', waysOut: 'Pruebe con:',
    removeFilter: (label) => `Quitar «${label}»`, clearSearch: (query) => `Borrar la búsqueda «${query}»`,
    anyDate: 'Cualquier fecha', widenDates: 'Ver más adelante', clearAll: 'Borrar todos los filtros',
    indexing: 'La búsqueda aún se está preparando; pueden aparecer más resultados.',
    stale: 'Se muestra una copia anterior; puede no estar al día.',
    emptyFeed: 'Todavía no hay nada publicado.', back: 'Volver a los resultados',
  },
  de: {
    searchLabel: 'Lernangebote durchsuchen', searchHint: 'Zum Beispiel „Englisch“, „Programmieren für Kinder“',
    filters: 'Filter', filtersSummary: (active, n) => (active ? `Filter (${n} aktiv)` : 'Filter'),
    facet: { topic: 'Thema', audience: 'Für wen', cost: 'Kosten', attendanceMode: 'Format', language: 'Sprache', accessibility: 'Barrierefreiheit', organization: 'Veranstalter', place: 'Ort' },
    when: 'Wann', anyTime: 'Jederzeit',
    datePreset: { today: 'Heute', 'this-weekend': 'Dieses Wochenende', 'next-7-days': 'Nächste 7 Tage', 'this-month': 'Diesen Monat' },
    customDates: 'Zeitraum wählen', from: 'Von', to: 'Bis',
    distance: 'Entfernung', nearMe: 'In meiner Nähe', locating: 'Standort wird ermittelt…', nearPlace: 'In der Nähe von', findPlace: 'Los', radius: 'Umkreis',
    near: (label) => `In der Nähe von ${label ?? 'Ihrem Standort'}`, clearDistance: 'Beliebige Entfernung',
    geoDenied: 'Ihr Browser hat den Standort nicht freigegeben. Sie können stattdessen einen Ort wählen.',
    geoUnavailable: 'Ihr Standort ließ sich gerade nicht ermitteln. Sie können stattdessen einen Ort wählen.',
    geoUnsupported: 'Dieser Browser kann keinen Standort teilen. Sie können stattdessen einen Ort wählen.',
    placeNotFound: (text) => `Kein Ort namens „${text}“ gefunden.`,
    sortBy: 'Sortieren nach', sort: { relevance: 'Relevanz', 'next-date': 'Nächster Termin', distance: 'Entfernung', name: 'Name' },
    results: 'Ergebnisse',
    count: (n, f) => (n === 0 ? 'Keine Ergebnisse' : plural('de').select(n) === 'one' ? `${f} Ergebnis` : `${f} Ergebnisse`),
    announce: (n, f, query) => `${n === 0 ? 'Keine Ergebnisse' : plural('de').select(n) === 'one' ? `${f} Ergebnis` : `${f} Ergebnisse`}${query ? ` für „${query}“` : ''}`,
    showMore: (f) => `${f} weitere anzeigen`, showEarlier: (f) => `${f} vorherige anzeigen`,
    showing: (first, last, total) => `${first}–${last} von ${total}`,
    moreOptions: (f) => `Alle ${f} anzeigen`, fewerOptions: 'Weniger anzeigen',
    noResults: 'Nichts passt zu all diesen Filtern.', waysOut: 'Versuchen Sie:',
    removeFilter: (label) => `„${label}“ entfernen`, clearSearch: (query) => `Suche „${query}“ löschen`,
    anyDate: 'Beliebiges Datum', widenDates: 'Weiter vorausschauen', clearAll: 'Alle Filter löschen',
    indexing: 'Die Suche wird noch vorbereitet; weitere Treffer können erscheinen.',
    stale: 'Eine ältere Kopie wird angezeigt; sie ist vielleicht nicht aktuell.',
    emptyFeed: 'Noch ist nichts eingetragen.', back: 'Zurück zu den Ergebnissen',
  },
  ko: {
    searchLabel: '학습 프로그램 검색', searchHint: '예: “영어”, “어린이 코딩”',
    filters: '필터', filtersSummary: (active, n) => (active ? `필터 (${n}개 적용)` : '필터'),
    facet: { topic: '주제', audience: '대상', cost: '비용', attendanceMode: '참여 방식', language: '언어', accessibility: '접근성', organization: '운영 기관', place: '장소' },
    when: '일시', anyTime: '언제든',
    datePreset: { today: '오늘', 'this-weekend': '이번 주말', 'next-7-days': '앞으로 7일', 'this-month': '이번 달' },
    customDates: '날짜 선택', from: '시작일', to: '종료일',
    distance: '거리', nearMe: '내 주변', locating: '위치를 찾는 중…', nearPlace: '장소 주변', findPlace: '찾기', radius: '반경',
    near: (label) => `${label ?? '내 위치'} 주변`, clearDistance: '거리 제한 없음',
    geoDenied: '브라우저가 위치를 공유하지 않았습니다. 대신 장소를 선택할 수 있습니다.',
    geoUnavailable: '지금은 위치를 찾을 수 없습니다. 대신 장소를 선택할 수 있습니다.',
    geoUnsupported: '이 브라우저는 위치를 공유할 수 없습니다. 대신 장소를 선택할 수 있습니다.',
    placeNotFound: (text) => `“${text}”(이)라는 장소를 찾지 못했습니다.`,
    sortBy: '정렬', sort: { relevance: '관련도순', 'next-date': '가까운 날짜순', distance: '거리순', name: '이름순' },
    results: '검색 결과',
    count: (n, f) => (n === 0 ? '결과 없음' : `결과 ${f}건`),
    announce: (n, f, query) => `${query ? `“${query}” ` : ''}${n === 0 ? '결과 없음' : `결과 ${f}건`}`,
    showMore: (f) => `${f}건 더 보기`, showEarlier: (f) => `이전 ${f}건 보기`,
    showing: (first, last, total) => `전체 ${total}건 중 ${first}–${last}`,
    moreOptions: (f) => `모두 보기 (${f})`, fewerOptions: '간단히 보기',
    noResults: '모든 필터에 맞는 결과가 없습니다.', waysOut: '이렇게 해 보세요:',
    removeFilter: (label) => `“${label}” 해제`, clearSearch: (query) => `검색어 “${query}” 지우기`,
    anyDate: '날짜 제한 없음', widenDates: '기간 넓히기', clearAll: '모든 필터 해제',
    indexing: '검색을 준비하고 있습니다. 결과가 더 나타날 수 있습니다.',
    stale: '이전에 저장된 목록을 보여 주고 있습니다. 최신이 아닐 수 있습니다.',
    emptyFeed: '아직 등록된 프로그램이 없습니다.', back: '결과로 돌아가기',
  },
  ar: {
    searchLabel: 'ابحث عن فرص التعلّم', searchHint: 'مثلًا «الإنجليزية» أو «البرمجة للأطفال»',
    filters: 'عوامل التصفية', filtersSummary: (active, n) => (active ? `عوامل التصفية (${n} مفعّلة)` : 'عوامل التصفية'),
    facet: { topic: 'الموضوع', audience: 'لمن', cost: 'التكلفة', attendanceMode: 'طريقة الحضور', language: 'اللغة', accessibility: 'إمكانية الوصول', organization: 'الجهة المنظِّمة', place: 'المكان' },
    when: 'متى', anyTime: 'في أي وقت',
    datePreset: { today: 'اليوم', 'this-weekend': 'عطلة نهاية هذا الأسبوع', 'next-7-days': 'الأيام السبعة القادمة', 'this-month': 'هذا الشهر' },
    customDates: 'اختر التواريخ', from: 'من', to: 'إلى',
    distance: 'المسافة', nearMe: 'بالقرب مني', locating: 'جارٍ تحديد موقعك…', nearPlace: 'بالقرب من مكان', findPlace: 'انتقال', radius: 'ضمن',
    near: (label) => `بالقرب من ${label ?? 'موقعك'}`, clearDistance: 'أي مسافة',
    geoDenied: 'لم يشارك متصفحك موقعك. يمكنك اختيار مكان بدلًا من ذلك.',
    geoUnavailable: 'تعذّر تحديد موقعك الآن. يمكنك اختيار مكان بدلًا من ذلك.',
    geoUnsupported: 'لا يستطيع هذا المتصفح مشاركة موقعك. يمكنك اختيار مكان بدلًا من ذلك.',
    placeNotFound: (text) => `لم يُعثر على مكان باسم «${text}».`,
    sortBy: 'الترتيب حسب', sort: { relevance: 'الأكثر صلة', 'next-date': 'أقرب موعد', distance: 'المسافة', name: 'الاسم' },
    results: 'النتائج',
    count: (n, f) => (n === 0 ? 'لا نتائج' : n === 1 ? 'نتيجة واحدة' : n === 2 ? 'نتيجتان' : `${f} ${plural('ar').select(n) === 'few' ? 'نتائج' : 'نتيجة'}`),
    announce: (n, f, query) => `${n === 0 ? 'لا نتائج' : n === 1 ? 'نتيجة واحدة' : n === 2 ? 'نتيجتان' : `${f} ${plural('ar').select(n) === 'few' ? 'نتائج' : 'نتيجة'}`}${query ? ` عن «${query}»` : ''}`,
    showMore: (f) => `عرض ${f} إضافية`, showEarlier: (f) => `عرض ${f} سابقة`,
    showing: (first, last, total) => `${first}–${last} من ${total}`,
    moreOptions: (f) => `عرض الكل (${f})`, fewerOptions: 'عرض أقل',
    noResults: 'لا شيء يطابق كل عوامل التصفية هذه.', waysOut: 'جرّب أحد هذه الخيارات:',
    removeFilter: (label) => `إزالة «${label}»`, clearSearch: (query) => `مسح البحث «${query}»`,
    anyDate: 'أي تاريخ', widenDates: 'انظر أبعد', clearAll: 'مسح كل عوامل التصفية',
    indexing: 'ما زال البحث قيد التحضير؛ قد تظهر نتائج أخرى.',
    stale: 'تُعرض نسخة سابقة من القوائم وقد لا تكون محدّثة.',
    emptyFeed: 'لا يوجد شيء مدرج بعد.', back: 'العودة إلى النتائج',
  },
};
