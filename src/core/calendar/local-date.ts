/**
 * Calendar dates with no time and no zone ("the 31st of January"), and the arithmetic a calendar grid
 * needs. Everything goes through UTC fields of `Date`, so adding a day never lands on 23:00 across a DST
 * change and the results are the same in every host time zone.
 */

export interface LocalDate {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
  /** 1-based day of the month. */
  readonly day: number;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (the numbering Intl.Locale#weekInfo uses). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function fromUtc(date: Date): LocalDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function toUtc(date: LocalDate): Date {
  const utc = new Date(Date.UTC(2000, date.month - 1, date.day));
  // setUTCFullYear keeps years 0–99 literal (Date.UTC would read 24 as 1924).
  utc.setUTCFullYear(date.year);
  return utc;
}

/** Parses "YYYY-MM-DD"; undefined for anything else, including dates that do not exist (2026-02-30). */
export function parseLocalDate(text: string | null | undefined): LocalDate | undefined {
  const match = DATE_PATTERN.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)
    ? date
    : undefined;
}

/** Keys written so far: grouping a busy month by day writes the same few dozen keys thousands of times. */
const writtenDates = new Map<number, string>();
const MAX_WRITTEN_DATES = 4096;

/** "YYYY-MM-DD". */
export function formatLocalDate(date: LocalDate): string {
  const { year, month, day } = date;
  const memoisable = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && year >= 0 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (!memoisable) return writeLocalDate(date);
  const slot = (year * 13 + month) * 32 + day;
  let text = writtenDates.get(slot);
  if (text === undefined) {
    text = writeLocalDate(date);
    if (writtenDates.size >= MAX_WRITTEN_DATES) writtenDates.clear();
    writtenDates.set(slot, text);
  }
  return text;
}

function writeLocalDate(date: LocalDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  const last = new Date(Date.UTC(2000, month, 0));
  last.setUTCFullYear(year, month, 0);
  return last.getUTCDate();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/**
 * Moves by whole months, putting the day back to `preferredDay` (default: the date's own day) or the
 * month's last day when the month is shorter. Passing the day the user started from is what makes
 * 31 Jan → 31 Dec → 30 Nov → 31 Oct come back to the 31st.
 */
export function addMonths(date: LocalDate, months: number, preferredDay = date.day): LocalDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { year, month, day: Math.min(preferredDay, daysInMonth(year, month)) };
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  return (toUtc(date).getUTCDay() || 7) as IsoWeekday;
}

/** Negative when a is earlier, 0 when the same day, positive when later. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameLocalDate(a: LocalDate, b: LocalDate): boolean {
  return compareLocalDates(a, b) === 0;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** The first day of the week holding `date`, for weeks starting on `firstDay`. */
export function startOfWeek(date: LocalDate, firstDay: IsoWeekday): LocalDate {
  return addDays(date, -((isoWeekday(date) - firstDay + 7) % 7));
}

export function endOfWeek(date: LocalDate, firstDay: IsoWeekday): LocalDate {
  return addDays(startOfWeek(date, firstDay), 6);
}

export function startOfMonth(date: LocalDate): LocalDate {
  return { year: date.year, month: date.month, day: 1 };
}

export function endOfMonth(date: LocalDate): LocalDate {
  return { year: date.year, month: date.month, day: daysInMonth(date.year, date.month) };
}

/** Noon UTC on the date: a safe instant to hand to Intl with timeZone "UTC" for naming the date. */
export function localDateToUtcNoon(date: LocalDate): number {
  return toUtc(date).getTime() + 12 * 3_600_000;
}
