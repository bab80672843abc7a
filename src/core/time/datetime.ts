/**
 * Reading the date, time and duration strings a feed carries (docs/feed-spec.md), and the
 * small calendar arithmetic the rest of core/time shares.
 *
 * Local wall-clock times are handled as "local seconds": the seconds since 1970-01-01T00:00:00 of
 * the wall clock, as if it were UTC. That makes calendar arithmetic (add a day, find a weekday)
 * exact and zone-free; only zone.ts turns a wall clock into a real instant.
 */

export interface FeedDateTime {
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS". */
  local: string;
  allDay: boolean;
  /** Set when the text carried "Z" or "±HH:MM": the wall clock is at this offset from UTC. */
  offsetMinutes?: number;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Date.UTC without its 1900s mapping of years 0-99. */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year >= 100 || year < 0) return ms;
  const date = new Date(ms);
  date.setUTCFullYear(year);
  return date.getTime();
}

/** "00" … "99", so formatting a date-time builds no intermediate strings. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'));

export function pad2(value: number): string {
  return TWO_DIGITS[value] ?? String(value).padStart(2, '0');
}

function pad4(value: number): string {
  if (value >= 1000 && value <= 9999) return String(value);
  return value < 0 ? `-${String(-value).padStart(4, '0')}` : String(value).padStart(4, '0');
}

/** Local seconds `Date` can hold: ±100 000 000 days around 1970. */
const MAX_DATE_SECONDS = 8.64e12;
const MAX_DAY_NUMBER = 1e8;

/**
 * Day number → year × 10 000 + month × 100 + day, by integer arithmetic (Howard Hinnant's
 * civil_from_days), proleptic Gregorian like `Date`. One number, so hot loops allocate nothing;
 * split it with Math.floor(packed / 10 000) and the remainder. Only for integer day numbers.
 */
export function packedDateOfDayNumber(days: number): number {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 10000 + month * 100 + day;
}

function civilFromDays(days: number): [number, number, number] {
  const packed = packedDateOfDayNumber(days);
  const year = Math.floor(packed / 10000);
  const monthDay = packed - year * 10000;
  return [year, Math.floor(monthDay / 100), monthDay % 100];
}

/** True when the parts name a real calendar day and a real time of day (leap seconds are not). */
export function isValidDateParts(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A feed date or date-time: "2026-12-01", "2026-12-01T18:00", "2026-12-01T18:00:00.5+01:00", "…Z".
 * Undefined for anything else, including dates that do not exist (2026-02-30) and 24:00.
 */
export function parseFeedDateTime(text: string): FeedDateTime | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zulu, sign, offH, offM] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!isValidDateParts(year, month, day)) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return { local: date, allDay: true };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const result: FeedDateTime = { local: `${date}T${h}:${mi}:${pad2(second)}`, allDay: false };
  if (zulu) result.offsetMinutes = 0;
  else if (sign) {
    const hours = Number(offH);
    const minutes = Number(offM);
    if (hours > 23 || minutes > 59) return undefined;
    result.offsetMinutes = (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  return result;
}

const DURATION = /^P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?!$)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * An ISO 8601 duration in seconds: P1D, PT1H30M, P1W, P1DT2H, PT45S. A day is 86 400 s and a week
 * 7 days; years and months have no fixed length, so durations using them are refused (undefined).
 */
export function parseIsoDuration(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DURATION.exec(text.trim().toUpperCase());
  if (!match) return undefined;
  const [, years, months, weeks, days, hours, minutes, seconds] = match;
  if (years !== undefined || months !== undefined) return undefined;
  const value = (part: string | undefined) => (part === undefined ? 0 : Number(part.replace(',', '.')));
  const total =
    value(weeks) * 604800 + value(days) * 86400 + value(hours) * 3600 + value(minutes) * 60 + value(seconds);
  return Math.round(total);
}

/** A schedule time of day: "18:00" or "18:00:00" → "18:00:00". */
export function parseLocalTime(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, h, m, s = '00'] = match;
  if (Number(h) > 23 || Number(m) > 59 || Number(s) > 59) return undefined;
  return `${h}:${m}:${s}`;
}

/** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" (already validated) → local seconds. */
export function localToSeconds(local: string): number {
  const year = Number(local.slice(0, 4));
  const month = Number(local.slice(5, 7));
  const day = Number(local.slice(8, 10));
  const hour = local.length > 10 ? Number(local.slice(11, 13)) : 0;
  const minute = local.length > 10 ? Number(local.slice(14, 16)) : 0;
  const second = local.length > 16 ? Number(local.slice(17, 19)) : 0;
  return utcMs(year, month, day, hour, minute, second) / 1000;
}

// Occurrences cluster on few days and fewer times of day, so their text is memoised: "YYYY-MM-DD"
// per day number (bounded), "THH:MM:SS" per second of the day (at most 86 400).
const dayTexts = new Map<number, string>();
const timeTexts: Array<string | undefined> = [];

function dayText(days: number): string {
  let text = dayTexts.get(days);
  if (text === undefined) {
    const [year, month, dayOfMonth] = civilFromDays(days);
    text = `${pad4(year)}-${TWO_DIGITS[month]}-${TWO_DIGITS[dayOfMonth]}`;
    if (dayTexts.size >= 20000) dayTexts.clear();
    dayTexts.set(days, text);
  }
  return text;
}

function timeText(time: number): string {
  const minutes = Math.floor(time / 60);
  return `T${TWO_DIGITS[Math.floor(minutes / 60)]}:${TWO_DIGITS[minutes % 60]}:${TWO_DIGITS[time - minutes * 60]}`;
}

/** Local seconds → "YYYY-MM-DDTHH:MM:SS", or "YYYY-MM-DD" when `dateOnly`. */
export function secondsToLocal(seconds: number, dateOnly = false): string {
  if (Number.isInteger(seconds) && Math.abs(seconds) <= MAX_DATE_SECONDS) {
    const days = Math.floor(seconds / 86400);
    const day = dayText(days);
    if (dateOnly) return day;
    const time = seconds - days * 86400;
    return day + (timeTexts[time] ??= timeText(time));
  }
  // NaN, fractions and instants beyond Date's range keep Date's answer ("NaN-NaN-NaN" and all).
  const date = new Date(seconds * 1000);
  const day = `${pad4(date.getUTCFullYear())}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  if (dateOnly) return day;
  return `${day}T${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}`;
}

/** Days since 1970-01-01 of a calendar date; `month` is 1-12. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(utcMs(year, month, day) / 86400000);
}

/** Day number → [year, month 1-12, day]. */
export function dayNumberToDate(days: number): [number, number, number] {
  if (Number.isInteger(days) && Math.abs(days) <= MAX_DAY_NUMBER) return civilFromDays(days);
  const date = new Date(days * 86400000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** 0 = Monday … 6 = Sunday, the order RFC 5545 lists weekdays in (MO TU WE TH FR SA SU). */
export function weekdayOfDayNumber(days: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((days + 3) % 7) + 7) % 7;
}
