/**
 * Every date and time the calendar shows, through Intl with the element's full language tag, so en-GB
 * reads "18:00" and en-US "6:00 PM" without a setting. Formatters are cached per tag and zone because
 * a month view asks for hundreds of labels per render.
 */
import { localDateToUtcNoon, sameLocalDate, type IsoWeekday, type LocalDate } from '../../core/calendar/index.js';
import type { CalendarEntry } from '../../core/calendar/index.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(tag, options);
    } catch {
      found = new Intl.DateTimeFormat(undefined, options);
    }
    cache.set(key, found);
  }
  return found;
}

/** Dates are named at noon UTC, so the zone of the device never moves them to a neighbouring day. */
const DATE_ZONE = 'UTC';
/** Monday 5 January 2026: a known Monday to name weekdays from. */
const A_MONDAY = Date.UTC(2026, 0, 5, 12);

export class CalendarFormat {
  constructor(
    readonly tag: string,
    /** The zone times are shown in. */
    readonly zone: string,
  ) {}

  /** "March 2026". */
  month(date: LocalDate): string {
    return formatter(this.tag, { month: 'long', year: 'numeric', timeZone: DATE_ZONE }).format(localDateToUtcNoon(date));
  }

  /** "23–29 March 2026". */
  dateRange(from: LocalDate, to: LocalDate): string {
    const format = formatter(this.tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: DATE_ZONE });
    return format.formatRange(localDateToUtcNoon(from), localDateToUtcNoon(to));
  }

  /** "Tuesday 10 March 2026". */
  fullDate(date: LocalDate): string {
    return formatter(this.tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: DATE_ZONE })
      .format(localDateToUtcNoon(date));
  }

  /** "10". */
  dayNumber(date: LocalDate): string {
    return formatter(this.tag, { day: 'numeric', timeZone: DATE_ZONE }).format(localDateToUtcNoon(date));
  }

  weekday(weekday: IsoWeekday, width: 'long' | 'short' | 'narrow'): string {
    return formatter(this.tag, { weekday: width, timeZone: DATE_ZONE }).format(A_MONDAY + (weekday - 1) * 86_400_000);
  }

  /** "09:00" or "9:00 AM": a label on the week view's hour rail. */
  hour(hour: number): string {
    return formatter(this.tag, { hour: 'numeric', minute: '2-digit', timeZone: DATE_ZONE }).format(Date.UTC(2026, 0, 5, hour));
  }

  /** The start time in the display zone: "18:00". */
  time(ms: number): string {
    return formatter(this.tag, { hour: 'numeric', minute: '2-digit', timeZone: this.zone }).format(ms);
  }

  /**
   * When an entry happens, in words a person reads: "18:00–19:30"; "22:00 14 Mar – 02:00 15 Mar" when it
   * crosses midnight; for all-day entries `allDay` or the dates it covers.
   */
  when(entry: CalendarEntry, allDay: string): string {
    if (entry.allDay) {
      return sameLocalDate(entry.firstDay, entry.lastDay) ? allDay : this.shortDateRange(entry.firstDay, entry.lastDay);
    }
    const { startMs, endMs } = entry.occurrence;
    if (endMs <= startMs) return this.time(startMs);
    const sameDay = sameLocalDate(entry.firstDay, entry.lastDay);
    const options: Intl.DateTimeFormatOptions = sameDay
      ? { hour: 'numeric', minute: '2-digit', timeZone: this.zone }
      : { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: this.zone };
    return formatter(this.tag, options).formatRange(startMs, endMs);
  }

  /** "14–16 Mar". */
  shortDateRange(from: LocalDate, to: LocalDate): string {
    return formatter(this.tag, { day: 'numeric', month: 'short', timeZone: DATE_ZONE })
      .formatRange(localDateToUtcNoon(from), localDateToUtcNoon(to));
  }

  /** A long form for the detail: "Tuesday 10 March 2026, 18:00–19:30". */
  longWhen(entry: CalendarEntry, allDay: string): string {
    if (entry.allDay) {
      return sameLocalDate(entry.firstDay, entry.lastDay)
        ? `${this.fullDate(entry.firstDay)}, ${allDay}`
        : this.dateRange(entry.firstDay, entry.lastDay);
    }
    return `${this.fullDate(entry.firstDay)}, ${this.when(entry, allDay)}`;
  }

  count(value: number): string {
    return new Intl.NumberFormat(this.tag).format(value);
  }
}
