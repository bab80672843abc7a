/**
 * Turns a date filter ("this weekend", or 2026-12-01 to 2026-12-07) into an epoch-millisecond window,
 * with days counted in the feed's time zone: "today" for a London feed ends at midnight in London,
 * whatever the visitor's device thinks.
 */
import type { DatePreset, OpportunityFilters } from '../model.js';
import { localToEpochMs } from '../time/index.js';

export interface DateWindow {
  /** Inclusive start, epoch milliseconds. */
  fromMs: number;
  /** Exclusive end, epoch milliseconds. */
  toMs: number;
}

export interface DateWindowOptions {
  /**
   * ISO weekdays (1 = Monday … 7 = Sunday) that make the weekend; default Saturday and Sunday.
   * Pass [5, 6] for Friday–Saturday weekends (Israel, most Gulf states); Intl.Locale#weekInfo knows these.
   */
  weekendDays?: readonly number[];
}

export type DateFilter = NonNullable<OpportunityFilters['dates']>;

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone, year: 'numeric', month: 'numeric', day: 'numeric',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date at `epochMs` on a wall clock in `timeZone`. */
function localDateAt(epochMs: number, timeZone: string): LocalDate {
  const parts = dayFormatter(timeZone).formatToParts(epochMs);
  const read = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return { year: read('year'), month: read('month'), day: read('day') };
}

/** The UTC Date for a calendar date; unlike Date.UTC, years 0–99 stay years 0–99 (not 1900–1999). */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/**
 * The last day a custom range may end on: the window ends at the midnight after it, and a time
 * after 9999-12-31 cannot be written as a YYYY-MM-DD date (a shared URL may say "to=9999-12-31").
 */
const LAST_DAY: LocalDate = { year: 9999, month: 12, day: 30 };

function parseLocalDate(text: string): LocalDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = utcDate(date.year, date.month, date.day);
  // Rejects 2026-02-30 rather than letting Date roll it into March.
  return check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day ? date : undefined;
}

/** Calendar arithmetic only (no zone): adding a day never lands on 23:00 across a DST change. */
function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = utcDate(date.year, date.month, date.day + days);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function isoWeekday(date: LocalDate): number {
  return utcDate(date.year, date.month, date.day).getUTCDay() || 7;
}

function startOfDayMs(date: LocalDate, timeZone: string): number {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return localToEpochMs(`${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}T00:00:00`, timeZone);
}

function isKnownZone(timeZone: string): boolean {
  try {
    dayFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The window a date filter covers. Presets look forward from `now` (what has already ended today is
 * of no use to a visitor): "today" runs to midnight, "next-7-days" to the midnight ending the 7th day
 * counting today, "this-month" to the 1st of next month, "this-weekend" covers the coming (or current)
 * weekend. A custom range covers its local dates whole, from midnight of `from` to the midnight after
 * `to`, and may be reversed. Gives undefined for dates that are not real YYYY-MM-DD dates; an unknown
 * time zone falls back to UTC.
 */
export function dateWindow(dates: DateFilter, now: number, timeZone: string, options: DateWindowOptions = {}): DateWindow | undefined {
  const zone = isKnownZone(timeZone) ? timeZone : 'UTC';
  if ('preset' in dates) return presetWindow(dates.preset, now, zone, options);
  const from = parseLocalDate(dates.from);
  const to = parseLocalDate(dates.to);
  if (!from || !to) return undefined;
  const [earlier, later] = compareDates(from, to) <= 0 ? [from, to] : [to, from];
  const last = compareDates(later, LAST_DAY) > 0 ? LAST_DAY : later;
  const first = compareDates(earlier, last) > 0 ? last : earlier;
  return { fromMs: startOfDayMs(first, zone), toMs: startOfDayMs(addDays(last, 1), zone) };
}

function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function presetWindow(preset: DatePreset, now: number, zone: string, options: DateWindowOptions): DateWindow | undefined {
  const today = localDateAt(now, zone);
  switch (preset) {
    case 'today':
      return { fromMs: now, toMs: startOfDayMs(addDays(today, 1), zone) };
    case 'next-7-days':
      return { fromMs: now, toMs: startOfDayMs(addDays(today, 7), zone) };
    case 'this-month': {
      const firstOfNextMonth = today.month === 12
        ? { year: today.year + 1, month: 1, day: 1 }
        : { year: today.year, month: today.month + 1, day: 1 };
      return { fromMs: now, toMs: startOfDayMs(firstOfNextMonth, zone) };
    }
    case 'this-weekend':
      return weekendWindow(today, now, zone, options.weekendDays ?? [6, 7]);
    default:
      return undefined;
  }
}

function weekendWindow(today: LocalDate, now: number, zone: string, weekendDays: readonly number[]): DateWindow | undefined {
  const weekend = new Set(weekendDays.filter((day) => Number.isInteger(day) && day >= 1 && day <= 7));
  if (weekend.size === 0 || weekend.size === 7) return undefined;
  let offset = 0;
  while (!weekend.has(isoWeekday(addDays(today, offset)))) offset++;
  let end = offset;
  while (weekend.has(isoWeekday(addDays(today, end + 1)))) end++;
  const fromMs = offset === 0 ? now : startOfDayMs(addDays(today, offset), zone);
  return { fromMs, toMs: startOfDayMs(addDays(today, end + 1), zone) };
}
