/**
 * Formatting feed wall-clock times with Intl. A feed's "2026-12-05T14:00" is a time on the clocks of
 * its zone; formatting it as if it were UTC, with timeZone 'UTC', prints exactly those clock digits
 * whatever zone the reader's machine is in, and never shifts a date across midnight.
 */
import { localToSeconds, parseFeedDateTime, utcMs } from '../time/datetime.js';

/** Epoch ms whose UTC fields are the wall clock of `local` ("YYYY-MM-DD[THH:MM[:SS]]"); undefined when unreadable. */
export function wallClockMs(local: string): number | undefined {
  const parsed = parseFeedDateTime(local);
  return parsed ? localToSeconds(parsed.local) * 1000 : undefined;
}

export function isDateOnly(local: string): boolean {
  return parseFeedDateTime(local)?.allDay ?? false;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached DateTimeFormat that prints wall-clock digits (see the file comment). */
export function wallClockFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      // A malformed language tag from a page must not break the widget: fall back to the default locale.
      format = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, format);
  }
  return format;
}

export const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
export const DATE_OPTIONS: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
export const SHORT_DATE_OPTIONS: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };

/** "10:00–10:20" (or "10:00" for a point in time) in the reader's locale. */
export function formatTimeRange(locale: string, startMs: number, endMs: number): string {
  const format = wallClockFormat(locale, TIME_OPTIONS);
  return endMs > startMs ? format.formatRange(startMs, endMs) : format.format(startMs);
}

/** Weekday name, 0 = Monday … 6 = Sunday (RFC 5545 order), e.g. "Thursday", "jeudi", "목요일". */
export function weekdayName(locale: string, weekday: number): string {
  // 2024-01-01 was a Monday.
  return wallClockFormat(locale, { weekday: 'long' }).format(utcMs(2024, 1, 1 + weekday));
}

/** 0 = Monday … 6 = Sunday for a wall-clock ms. */
export function weekdayOf(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}

/** Capitalises the first letter for the reader's locale ("jeudi…" → "Jeudi…"); scripts without case are unchanged. */
export function capitalise(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  let upper: string;
  try {
    upper = head.toLocaleUpperCase(locale);
  } catch {
    upper = head.toUpperCase();
  }
  return upper + text.slice(head.length);
}

export function formatList(locale: string, items: string[]): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export function formatNumber(locale: string, value: number): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(locale).select(count);
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}
