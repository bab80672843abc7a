/**
 * The map's own words, for every supported UI locale. Numbers arrive already formatted by Intl for
 * the element's full language tag; the count is passed too so plural rules can pick the form.
 */
import type { MessageTable } from '../../i18n/locales.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One Intl.PluralRules per language: markers are named by the dozen on every pan, and making one is slow. */
const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form for `count` in `language` and puts the formatted number in place of {n}. */
function plural(language: string, count: number, formatted: string, forms: PluralForms): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('{n}', formatted);
}

export interface MapMessages {
  /** Accessible name of the map region. */
  map: string;
  skipMap: string;
  /** Where the skip link lands. */
  afterMap: string;
  showList: string;
  showMap: string;
  nearMe: string;
  locating: string;
  locationRefused: string;
  locationUnavailable: string;
  locationUnsupported: string;
  youAreHere: string;
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  tilesFailed: string;
  loadingMap: string;
  loadFailed: string;
  noPlaces: string;
  /** "12 opportunities". */
  opportunities(count: number, formatted: string): string;
  /** A cluster's name: "5 places, 23 opportunities — zoom in". */
  cluster(places: number, placesText: string, opportunities: number, opportunitiesText: string): string;
  showWhatsOn: string;
  /** Announced after "Show what's on here": "Showing what's on at Central Library". */
  narrowedTo(place: string): string;
  /** Under a popup's cards when some are left out: "3 more here". */
  moreHere(count: number, formatted: string): string;
  places: string;
  online: string;
  withoutPosition: string;
  /** Legend for the rings: "Circles: a 10-minute walk around each learning lighthouse". */
  walkRings(minutes: string): string;
  showOnMap: string;
}

export const mapMessages: MessageTable<MapMessages> = {
  en: {
    map: 'Map of learning places', skipMap: 'Skip the map', afterMap: 'After the map',
    showList: 'Show as a list', showMap: 'Show the map', nearMe: 'Near me',
    locating: 'Finding your location…',
    locationRefused: 'Location access was refused, so the map cannot centre on you. You can still browse the map or the list.',
    locationUnavailable: 'Your location could not be found. Please try again later.',
    locationUnsupported: 'This browser cannot share your location.',
    youAreHere: 'You are here', zoomIn: 'Zoom in', zoomOut: 'Zoom out', closePopup: 'Close',
    tilesFailed: 'The map background could not be loaded, so places are shown on a plain background.',
    loadingMap: 'Loading the map…', loadFailed: 'The places could not be loaded. Please try again later.',
    noPlaces: 'No places match.',
    opportunities: (count, n) => plural('en', count, n, { one: '{n} opportunity', other: '{n} opportunities' }),
    cluster: (places, p, count, n) =>
      `${plural('en', places, p, { one: '{n} place', other: '{n} places' })}, ${plural('en', count, n, { one: '{n} opportunity', other: '{n} opportunities' })} — zoom in`,
    showWhatsOn: 'Show what’s on here', narrowedTo: (place) => `Showing what’s on at ${place}`,
    moreHere: (_count, n) => `${n} more here`,
    places: 'Places', online: 'Online only', withoutPosition: 'Not on the map',
    walkRings: (minutes) => `Circles: a ${minutes}-minute walk around each learning lighthouse`,
    showOnMap: 'Show on the map',
  },
  fr: {
    map: 'Carte des lieux d’apprentissage', skipMap: 'Passer la carte', afterMap: 'Après la carte',
    showList: 'Afficher en liste', showMap: 'Afficher la carte', nearMe: 'Près de moi',
    locating: 'Recherche de votre position…',
    locationRefused: 'L’accès à la position a été refusé : la carte ne peut pas se centrer sur vous. Vous pouvez toujours parcourir la carte ou la liste.',
    locationUnavailable: 'Votre position est introuvable. Veuillez réessayer plus tard.',
    locationUnsupported: 'Ce navigateur ne peut pas partager votre position.',
    youAreHere: 'Vous êtes ici', zoomIn: 'Zoom avant', zoomOut: 'Zoom arrière', closePopup: 'Fermer',
    tilesFailed: 'Le fond de carte n’a pas pu être chargé : les lieux sont affichés sur un fond uni.',
    loadingMap: 'Chargement de la carte…', loadFailed: 'Les lieux n’ont pas pu être chargés. Veuillez réessayer plus tard.',
    noPlaces: 'Aucun lieu ne correspond.',
    opportunities: (count, n) => plural('fr', count, n, { one: '{n} activité', other: '{n} activités' }),
    cluster: (places, p, count, n) =>
      `${plural('fr', places, p, { one: '{n} lieu', other: '{n} lieux' })}, ${plural('fr', count, n, { one: '{n} activité', other: '{n} activités' })} — zoomer`,
    showWhatsOn: 'Voir ce qui se passe ici', narrowedTo: (place) => `Activités à ${place}`,
    moreHere: (_count, n) => `${n} de plus ici`,
    places: 'Lieux', online: 'En ligne uniquement', withoutPosition: 'Absents de la carte',
    walkRings: (minutes) => `Cercles : ${minutes} minutes à pied autour de chaque phare de l’apprentissage`,
    showOnMap: 'Voir sur la carte',
  },
  es: {
    map: 'Mapa de lugares de aprendizaje', skipMap: 'Saltar el mapa', afterMap: 'Después del mapa',
    showList: 'Ver como lista', showMap: 'Ver el mapa', nearMe: 'Cerca de mí',
    locating: 'Buscando su ubicación…',
    locationRefused: 'Se denegó el acceso a la ubicación, así que el mapa no puede centrarse en usted. Puede seguir explorando el mapa o la lista.',
    locationUnavailable: 'No se pudo encontrar su ubicación. Inténtelo de nuevo más tarde.',
    locationUnsupported: 'Este navegador no puede compartir su ubicación.',
    youAreHere: 'Usted está aquí', zoomIn: 'Acercar', zoomOut: 'Alejar', closePopup: 'Cerrar',
    tilesFailed: 'No se pudo cargar el fondo del mapa; los lugares se muestran sobre un fondo liso.',
    loadingMap: 'Cargando el mapa…', loadFailed: 'No se pudieron cargar los lugares. Inténtelo de nuevo más tarde.',
    noPlaces: 'Ningún lugar coincide.',
    opportunities: (count, n) => plural('es', count, n, { one: '{n} actividad', other: '{n} actividades' }),
    cluster: (places, p, count, n) =>
      `${plural('es', places, p, { one: '{n} lugar', other: '{n} lugares' })}, ${plural('es', count, n, { one: '{n} actividad', other: '{n} actividades' })} — acercar`,
    showWhatsOn: 'Ver qué hay aquí', narrowedTo: (place) => `Actividades en ${place}`,
    moreHere: (_count, n) => `${n} más aquí`,
    places: 'Lugares', online: 'Solo en línea', withoutPosition: 'Fuera del mapa',
    walkRings: (minutes) => `Círculos: ${minutes} minutos a pie alrededor de cada faro del aprendizaje`,
    showOnMap: 'Ver en el mapa',
  },
  de: {
    map: 'Karte der Lernorte', skipMap: 'Karte überspringen', afterMap: 'Nach der Karte',
    showList: 'Als Liste zeigen', showMap: 'Karte zeigen', nearMe: 'In meiner Nähe',
    locating: 'Ihr Standort wird gesucht…',
    locationRefused: 'Der Zugriff auf den Standort wurde verweigert, daher kann die Karte nicht auf Sie zentrieren. Karte und Liste bleiben nutzbar.',
    locationUnavailable: 'Ihr Standort konnte nicht ermittelt werden. Bitte später erneut versuchen.',
    locationUnsupported: 'Dieser Browser kann Ihren Standort nicht teilen.',
    youAreHere: 'Sie sind hier', zoomIn: 'Vergrößern', zoomOut: 'Verkleinern', closePopup: 'Schließen',
    tilesFailed: 'Der Kartenhintergrund konnte nicht geladen werden; die Orte werden auf schlichtem Hintergrund gezeigt.',
    loadingMap: 'Karte wird geladen…', loadFailed: 'Die Orte konnten nicht geladen werden. Bitte später erneut versuchen.',
    noPlaces: 'Keine passenden Orte.',
    opportunities: (count, n) => plural('de', count, n, { one: '{n} Angebot', other: '{n} Angebote' }),
    cluster: (places, p, count, n) =>
      `${plural('de', places, p, { one: '{n} Ort', other: '{n} Orte' })}, ${plural('de', count, n, { one: '{n} Angebot', other: '{n} Angebote' })} — vergrößern`,
    showWhatsOn: 'Angebote hier zeigen', narrowedTo: (place) => `Angebote in ${place}`,
    moreHere: (_count, n) => `${n} weitere hier`,
    places: 'Orte', online: 'Nur online', withoutPosition: 'Nicht auf der Karte',
    walkRings: (minutes) => `Kreise: ${minutes} Minuten zu Fuß um jeden Lern-Leuchtturm`,
    showOnMap: 'Auf der Karte zeigen',
  },
  ko: {
    map: '학습 장소 지도', skipMap: '지도 건너뛰기', afterMap: '지도 다음',
    showList: '목록으로 보기', showMap: '지도로 보기', nearMe: '내 주변',
    locating: '위치를 찾는 중…',
    locationRefused: '위치 접근이 거부되어 지도를 내 위치로 옮길 수 없습니다. 지도나 목록은 계속 이용할 수 있습니다.',
    locationUnavailable: '위치를 찾을 수 없습니다. 잠시 후 다시 시도해 주세요.',
    locationUnsupported: '이 브라우저는 위치를 공유할 수 없습니다.',
    youAreHere: '현재 위치', zoomIn: '확대', zoomOut: '축소', closePopup: '닫기',
    tilesFailed: '지도 배경을 불러오지 못해 장소를 단색 배경 위에 표시합니다.',
    loadingMap: '지도를 불러오는 중…', loadFailed: '장소를 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
    noPlaces: '일치하는 장소가 없습니다.',
    opportunities: (_count, n) => `프로그램 ${n}개`,
    cluster: (_places, p, _count, n) => `장소 ${p}곳, 프로그램 ${n}개 — 확대`,
    showWhatsOn: '이곳의 프로그램 보기', narrowedTo: (place) => `${place}의 프로그램`,
    moreHere: (_count, n) => `이곳에 ${n}개 더`,
    places: '장소', online: '온라인 전용', withoutPosition: '지도에 없는 항목',
    walkRings: (minutes) => `원: 각 학습 등대에서 도보 ${minutes}분 거리`,
    showOnMap: '지도에서 보기',
  },
  ar: {
    map: 'خريطة أماكن التعلّم', skipMap: 'تخطَّ الخريطة', afterMap: 'بعد الخريطة',
    showList: 'اعرض كقائمة', showMap: 'اعرض الخريطة', nearMe: 'بالقرب مني',
    locating: 'جارٍ تحديد موقعك…',
    locationRefused: 'رُفض الوصول إلى الموقع، لذا لا يمكن توسيط الخريطة على موقعك. لا يزال بإمكانك تصفّح الخريطة أو القائمة.',
    locationUnavailable: 'تعذّر تحديد موقعك. يُرجى المحاولة لاحقًا.',
    locationUnsupported: 'لا يستطيع هذا المتصفح مشاركة موقعك.',
    youAreHere: 'أنت هنا', zoomIn: 'تكبير', zoomOut: 'تصغير', closePopup: 'إغلاق',
    tilesFailed: 'تعذّر تحميل خلفية الخريطة، لذا تظهر الأماكن على خلفية سادة.',
    loadingMap: 'جارٍ تحميل الخريطة…', loadFailed: 'تعذّر تحميل الأماكن. يُرجى المحاولة لاحقًا.',
    noPlaces: 'لا توجد أماكن مطابقة.',
    opportunities: (count, n) =>
      plural('ar', count, n, { zero: '{n} فرصة', one: '{n} فرصة', two: '{n} فرصة', few: '{n} فرص', many: '{n} فرصة', other: '{n} فرصة' }),
    cluster: (places, p, count, n) =>
      `${plural('ar', places, p, { one: '{n} مكان', two: '{n} مكان', few: '{n} أماكن', other: '{n} مكانًا' })}، ${plural('ar', count, n, { one: '{n} فرصة', two: '{n} فرصة', few: '{n} فرص', other: '{n} فرصة' })} — للتكبير`,
    showWhatsOn: 'اعرض ما يجري هنا', narrowedTo: (place) => `ما يجري في ${place}`,
    moreHere: (_count, n) => `${n} أخرى هنا`,
    places: 'الأماكن', online: 'عبر الإنترنت فقط', withoutPosition: 'غير موجودة على الخريطة',
    walkRings: (minutes) => `الدوائر: مسافة ${minutes} دقائق سيرًا حول كل منارة تعلّم`,
    showOnMap: 'اعرض على الخريطة',
  },
};
