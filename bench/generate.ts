/**
 * Deterministic synthetic Learning Feed documents for benchmarks and tests.
 *
 * The same seed always gives the same feed, byte for byte, so figures are comparable between runs
 * and tests can assert on generated content. The mix (one-offs, weekly, fortnightly and monthly
 * schedules, bilingual text, places with geo in a city's bounding box) follows what a city-wide
 * registry publishes, so parse and expansion costs are realistic.
 */

export interface GenerateOptions {
  /** Number of opportunities. Organizations and places scale with it. */
  opportunities: number;
  seed?: number;
  /** IANA zone of the feed. */
  timeZone?: string;
  /** First local date schedules and one-offs start from (YYYY-MM-DD). */
  startDate?: string;
  /** Share (0–1) of opportunities given one deliberate error, to exercise problem reporting. */
  problemRate?: number;
}

/** A Learning Feed 1.0 document as plain JSON. */
export type FeedDocument = Record<string, unknown> & { opportunities: Array<Record<string, unknown>> };

/** Mulberry32: a tiny, fast, well-distributed 32-bit PRNG; good enough for fixtures, not for secrets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A city-sized box (Greater Manchester's south-west) so geo clustering sees realistic density.
const CITY_BOUNDS = { south: 53.38, west: -2.42, north: 53.48, east: -2.22 };
const LOCALITIES = ['Sale', 'Altrincham', 'Stretford', 'Urmston', 'Partington', 'Timperley', 'Hale', 'Old Trafford'];
const TOPICS = ['digital-skills', 'languages', 'arts', 'music', 'health', 'family-learning', 'employability', 'science', 'reading', 'maths', 'environment', 'cooking'];
const AUDIENCES = ['children', 'teens', 'adults', 'seniors', 'families', 'parents', 'jobseekers', 'newcomers', 'educators'];
const ACCESSIBILITY = ['wheelchair-access', 'step-free-access', 'hearing-loop', 'sign-language', 'quiet-space', 'accessible-toilet'];
const ORG_KINDS = ['Library', 'Community Centre', 'Primary School', 'Museum', 'Adult College', 'Youth Club', 'Allotment Society', 'Makerspace'];
const ACTIVITIES = ['Code Club', 'Conversation Café', 'Watercolour Basics', 'Family Science Lab', 'Job Club', 'Digital Drop-in', 'Choir', 'Storytime', 'Chess Club', 'Cooking on a Budget', 'Maths for Parents', 'Gardening Circle', 'English for Speakers of Other Languages', 'Repair Café', 'Photography Walk'];
const ADJECTIVES = ['Beginners’', 'Intermediate', 'Weekend', 'Evening', 'Summer', 'Intergenerational', 'Bilingual', 'Open'];
/** Translations used for bilingual names, so language maps and non-Latin scripts appear in every feed. */
const TRANSLATIONS: Array<[string, string]> = [
  ['ar', 'نادي البرمجة'], ['ur', 'کوڈ کلب'], ['pl', 'Klub programowania'], ['ko', '코딩 클럽'], ['fr', 'Club de code'],
  ['zh', '编程俱乐部'], ['es', 'Club de programación'], ['cy', 'Clwb Codio'],
];
const WORDS = 'learn share practise together friendly welcome beginners skills community library weekly materials provided bring ideas questions everyone teachers volunteers explore discover create build confidence neighbours free tea'.split(' ');
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function generateFeed(options: GenerateOptions): FeedDocument {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (probability: number) => random() < probability;
  const integer = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: integer(0, max) }, () => pick(items)))];

  const count = options.opportunities;
  const timeZone = options.timeZone ?? 'Europe/London';
  const firstDay = Date.parse(`${options.startDate ?? '2026-01-05'}T00:00:00Z`);
  const dateAfter = (days: number) => new Date(firstDay + days * 86_400_000).toISOString().slice(0, 10);
  const time = () => `${String(integer(8, 20)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;

  const places = Array.from({ length: Math.max(1, Math.ceil(count / 20)) }, (_, index) => {
    const locality = pick(LOCALITIES);
    return {
      id: `place-${index + 1}`,
      name: `${locality} ${pick(ORG_KINDS)} ${index + 1}`,
      address: { streetAddress: `${integer(1, 250)} ${pick(['High', 'Church', 'Station', 'Park', 'Mill'])} Street`, addressLocality: locality, postalCode: `M${integer(15, 45)} ${integer(1, 9)}${pick(['AB', 'QT', 'ZF', 'LN'])}`, addressCountry: 'GB' },
      geo: {
        latitude: round(CITY_BOUNDS.south + random() * (CITY_BOUNDS.north - CITY_BOUNDS.south), 5),
        longitude: round(CITY_BOUNDS.west + random() * (CITY_BOUNDS.east - CITY_BOUNDS.west), 5),
      },
      accessibilitySupport: some(ACCESSIBILITY, 3),
    };
  });

  const organizations = Array.from({ length: Math.max(1, Math.ceil(count / 50)) }, (_, index) => ({
    id: `org-${index + 1}`,
    name: `${pick(LOCALITIES)} ${pick(ORG_KINDS)}`,
    url: `https://org-${index + 1}.example.org/`,
    places: [pick(places).id],
    ...(chance(0.2) ? { lighthouse: { status: pick(['designated', 'designated', 'candidate']), since: `${integer(2018, 2025)}` } } : {}),
  }));

  const opportunities = Array.from({ length: count }, (_, index) => {
    const activity = pick(ACTIVITIES);
    const title = chance(0.4) ? `${pick(ADJECTIVES)} ${activity}` : activity;
    const translation = chance(0.25) ? pick(TRANSLATIONS) : undefined;
    const opportunity: Record<string, unknown> = {
      id: `opp-${index + 1}`,
      type: pick(['course', 'sessionSeries', 'event', 'event', 'dropIn']),
      name: translation ? { en: title, [translation[0]]: translation[1] } : title,
      description: sentence(integer(8, 30)),
      organizer: pick(organizations).id,
      location: pick(places).id,
      topics: some(TOPICS, 3),
      audience: some(AUDIENCES, 2),
      inLanguage: translation ? ['en', translation[0]] : ['en'],
      ...(chance(0.6) ? { isAccessibleForFree: true } : { offers: [{ price: integer(2, 40), priceCurrency: 'GBP' }] }),
      ...(chance(0.3) ? { ageRange: { minValue: integer(4, 16), maxValue: integer(17, 99) } } : {}),
      ...(chance(0.3) ? { accessibilitySupport: some(ACCESSIBILITY, 2) } : {}),
    };
    Object.assign(opportunity, timing());
    return opportunity;
  });

  const problemCount = Math.round(count * (options.problemRate ?? 0));
  for (let made = 0; made < problemCount; made++) breakOpportunity(opportunities[Math.floor((made * count) / problemCount)]!, made);

  return {
    version: '1.0',
    id: `https://bench.example.org/feed-${count}.json`,
    name: { en: 'Synthetic Learning City', cy: 'Dinas Ddysgu Synthetig' },
    publisher: { name: 'Benchmark generator', url: 'https://bench.example.org/' },
    license: 'CC-BY-4.0',
    language: 'en',
    timeZone,
    modified: '2026-01-01T00:00:00Z',
    organizations,
    places,
    opportunities,
  };

  function timing(): Record<string, unknown> {
    const startDay = integer(0, 300);
    const roll = random();
    if (roll < 0.35) {
      return { startDate: `${dateAfter(startDay)}T${time()}`, duration: pick(['PT1H', 'PT1H30M', 'PT2H', 'PT45M']) };
    }
    if (roll < 0.4) return { startDate: dateAfter(startDay), endDate: dateAfter(startDay + integer(0, 3)) };
    const schedule: Record<string, unknown> = {
      startDate: dateAfter(startDay),
      startTime: time(),
      duration: pick(['PT1H', 'PT1H30M', 'PT2H']),
      ...(chance(0.7) ? { endDate: dateAfter(startDay + integer(30, 240)) } : {}),
      ...(chance(0.2) ? { exceptDate: [dateAfter(startDay + 7 * integer(1, 4))] } : {}),
    };
    if (roll < 0.7) Object.assign(schedule, { repeatFrequency: 'P1W', byDay: some(WEEKDAYS, 2).concat(pick(WEEKDAYS)) });
    else if (roll < 0.82) Object.assign(schedule, { repeatFrequency: 'P2W', byDay: [pick(WEEKDAYS)] });
    else if (roll < 0.92) Object.assign(schedule, { repeatFrequency: 'P1M', byDay: [`${pick(['1', '2', '3', '-1'])}${pick(WEEKDAYS)}`] });
    else Object.assign(schedule, { rrule: `FREQ=MONTHLY;BYMONTHDAY=${integer(1, 28)}` });
    return { eventSchedule: [schedule] };
  }
}

/** Gives an opportunity one mistake a publisher really makes, rotating through the kinds. */
function breakOpportunity(opportunity: Record<string, unknown>, which: number): void {
  switch (which % 4) {
    case 0:
      opportunity.startDate = '31/12/2026';
      delete opportunity.eventSchedule;
      break;
    case 1:
      opportunity.organizer = 'no-such-organization';
      break;
    case 2:
      delete opportunity.name;
      break;
    default:
      opportunity.eventSchedule = [{ repeatFrequency: 'P1W', byDay: ['XX'], startDate: '2026-02-01', startTime: '25:00' }];
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
