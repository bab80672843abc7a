/**
 * Which day a week starts on for a locale. Intl knows (`Intl.Locale#getWeekInfo()`, or the older
 * `weekInfo` getter); engines without either get the CLDR answer for the locale's region from a table.
 */
import type { IsoWeekday } from './local-date.js';

/** CLDR 46 weekData firstDay by region, for the regions that do not start on Monday. */
const SUNDAY_FIRST = new Set(
  ('AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI ' +
    'NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW').split(' '),
);
const SATURDAY_FIRST = new Set('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));
const FRIDAY_FIRST = new Set(['MV']);
const FIRST_DAY_KEYWORDS: Record<string, IsoWeekday> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

interface WeekInfo {
  firstDay: number;
}

type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

function isIsoWeekday(value: unknown): value is IsoWeekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** The region a tag implies ("ar" → "EG"), or undefined when even likely subtags cannot tell. */
function regionOf(locale: Intl.Locale): string | undefined {
  if (locale.region) return locale.region;
  try {
    return locale.maximize().region;
  } catch {
    return undefined;
  }
}

/** The fallback table alone: what the week starts on in `tag`'s region (ISO weekday). */
export function firstDayFromTable(tag: string): IsoWeekday {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return 1;
  }
  const keyword = /-u-(?:.*-)?fw-([a-z]{3})\b/i.exec(tag)?.[1]?.toLowerCase();
  if (keyword && FIRST_DAY_KEYWORDS[keyword]) return FIRST_DAY_KEYWORDS[keyword];
  const region = regionOf(locale);
  if (region && SUNDAY_FIRST.has(region)) return 7;
  if (region && SATURDAY_FIRST.has(region)) return 6;
  if (region && FRIDAY_FIRST.has(region)) return 5;
  return 1;
}

/** The first day of the week in `tag` (1 = Monday … 7 = Sunday). Never throws; a bad tag gives Monday. */
export function firstDayOfWeek(tag: string): IsoWeekday {
  try {
    const locale = new Intl.Locale(tag) as LocaleWithWeekInfo;
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    if (isIsoWeekday(info?.firstDay)) return info.firstDay;
  } catch {
    // An invalid tag or an engine without Intl.Locale: the table below still answers.
  }
  return firstDayFromTable(tag);
}

/**
 * Reads a `first-day` attribute: an ISO number ("1" … "7", with "0" accepted as Sunday as in JavaScript's
 * getDay) or an English day name or its first three letters ("monday", "sun"). Undefined when unreadable.
 */
export function parseFirstDay(value: string | null | undefined): IsoWeekday | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (/^[0-7]$/.test(text)) return (Number(text) || 7) as IsoWeekday;
  const short = text.slice(0, 3);
  const fullNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  return text.length === 3 || fullNames.includes(text) ? FIRST_DAY_KEYWORDS[short] : undefined;
}
