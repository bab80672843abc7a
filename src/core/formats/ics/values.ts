/**
 * iCalendar value types the importer reads: DATE, DATE-TIME (floating, UTC or with TZID),
 * DURATION and PERIOD (RFC 5545 §3.3).
 */
import { paramValue, type ContentLine } from './content-lines.js';

/**
 * The IANA zone an all-day event's dates belong to. RFC 5545 forbids TZID on DATE values, so
 * exportIcs states it in this extension property and importIcs reads it back; other calendars
 * ignore it and treat the dates as floating, which is what they do with all-day events anyway.
 */
export const DATE_ZONE_PROPERTY = 'X-LEARNING-FEED-TIMEZONE';

export interface IcsDateTime {
  /** "YYYY-MM-DD". */
  date: string;
  /** "HH:MM:SS", absent for a DATE value (all-day). */
  time?: string;
  /** True for a UTC time ("…Z"). */
  utc: boolean;
  /** The TZID parameter, as written. */
  tzid?: string;
}

const dateTimePattern = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2})?(Z)?)?$/i;

/** One DATE or DATE-TIME string; undefined when it is neither (or names a day that does not exist). */
export function parseDateTimeText(text: string, tzid?: string): IcsDateTime | undefined {
  const match = dateTimePattern.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zulu] = match;
  const date = `${year}-${month}-${day}`;
  if (!isRealDate(date)) return undefined;
  if (hour === undefined) return { date, utc: false };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? '0') > 60) return undefined;
  // A leap second (60) is kept on the clock face as :59, which is what every calendar shows.
  const seconds = second === undefined ? '00' : second === '60' ? '59' : second;
  const result: IcsDateTime = { date, time: `${hour}:${minute}:${seconds}`, utc: zulu !== undefined };
  if (!result.utc && tzid) result.tzid = tzid;
  return result;
}

export function isRealDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Every DATE/DATE-TIME in a (possibly comma-separated) property value, with its TZID. */
export function parseDateTimeProperty(line: ContentLine): { values: IcsDateTime[]; invalid: string[] } {
  const tzid = paramValue(line, 'TZID');
  const values: IcsDateTime[] = [];
  const invalid: string[] = [];
  for (const text of line.value.split(',')) {
    if (text.trim() === '') continue;
    const parsed = parseDateTimeText(text, tzid);
    if (parsed) values.push(parsed);
    else invalid.push(text);
  }
  return { values, invalid };
}

/** A DURATION ("P1W", "-PT15M", "P1DT2H") in seconds; undefined when malformed. */
export function parseDurationSeconds(text: string): number | undefined {
  const match = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(text.trim());
  if (!match || /^[+-]?PT?$/i.test(text.trim())) return undefined;
  const [, sign, weeks, days, hours, minutes, seconds] = match;
  const total =
    Number(weeks ?? 0) * 604800 + Number(days ?? 0) * 86400 + Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  return sign === '-' ? -total : total;
}

/** Seconds as an ISO 8601 duration the feed format accepts ("PT1H30M", "P1D", "PT0S"). */
export function formatIsoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds === 0) return 'PT0S';
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

export interface IcsPeriod {
  start: IcsDateTime;
  /** Explicit end, or… */
  end?: IcsDateTime;
  /** …a duration from the start. */
  durationSeconds?: number;
}

/** A PERIOD value: "start/end" or "start/duration". */
export function parsePeriod(text: string, tzid?: string): IcsPeriod | undefined {
  const [startText, endText] = text.split('/');
  if (startText === undefined || endText === undefined) return undefined;
  const start = parseDateTimeText(startText, tzid);
  if (!start?.time) return undefined;
  if (/^[+-]?P/i.test(endText)) {
    const durationSeconds = parseDurationSeconds(endText);
    return durationSeconds === undefined ? undefined : { start, durationSeconds };
  }
  const end = parseDateTimeText(endText, tzid);
  return end?.time ? { start, end } : undefined;
}

/** Adds whole days to "YYYY-MM-DD". */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` ("YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}
