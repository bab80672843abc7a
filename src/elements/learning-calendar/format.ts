/**
 * Every date and time the calendar shows, through Intl with the element's full language tag, so en-GB
 * reads "18:00" and en-US "6:00 PM" without a setting. Building an Intl formatter costs far more than
 * using one, and a month view asks for hundreds of labels per render: `calendarFormat` hands out one
 * CalendarFormat per tag and zone, and each builds each of its formatters once, on first use.
 */
import { localDateToUtcNoon, sameLocalDate, type IsoWeekday, type LocalDate } from '../../core/calendar/index.js';
import type { CalendarEntry } from '../../core/calendar/index.js';

function makeFormatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(tag, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options); // a malformed lang="" must not break the calendar
  }
}

function makeNumberFormat(tag: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(tag);
  } catch {
    return new Intl.NumberFormat();
  }
}

/** Dates are named at noon UTC, so the zone of the device never moves them to a neighbouring day. */
const DATE_ZONE = 'UTC';
/** Monday 5 January 2026: a known Monday to name weekdays from. */
const A_MONDAY = Date.UTC(2026, 0, 5, 12);

type FormatName = 'month' | 'longDate' | 'fullDate' | 'dayNumber' | 'hour' | 'time' | 'timeRange' | 'dateTimeRange' | 'shortDate'
  | `weekday-${'long' | 'short' | 'narrow'}`;

export class CalendarFormat {
  private readonly formatters = new Map<FormatName, Intl.DateTimeFormat>();
  private numbers?: Intl.NumberFormat;
  /** "18:00–19:30" per entry: the same entries are labelled again on every focus move. */
  private readonly whenCache = new WeakMap<CalendarEntry, string>();

  constructor(
    readonly tag: string,
    /** The zone times are shown in. */
    readonly zone: string,
  ) {}

  private formatter(name: FormatName): Intl.DateTimeFormat {
    let found = this.formatters.get(name);
    if (!found) {
      found = makeFormatter(this.tag, this.optionsFor(name));
      this.formatters.set(name, found);
    }
    return found;
  }

  private optionsFor(name: FormatName): Intl.DateTimeFormatOptions {
    switch (name) {
      case 'month': return { month: 'long', year: 'numeric', timeZone: DATE_ZONE };
      case 'longDate': return { day: 'numeric', month: 'long', year: 'numeric', timeZone: DATE_ZONE };
      case 'fullDate': return { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: DATE_ZONE };
      case 'dayNumber': return { day: 'numeric', timeZone: DATE_ZONE };
      case 'hour': return { hour: 'numeric', minute: '2-digit', timeZone: DATE_ZONE };
      case 'time':
      case 'timeRange': return { hour: 'numeric', minute: '2-digit', timeZone: this.zone };
      case 'dateTimeRange': return { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: this.zone };
      case 'shortDate': return { day: 'numeric', month: 'short', timeZone: DATE_ZONE };
      default: return { weekday: name.slice('weekday-'.length) as 'long' | 'short' | 'narrow', timeZone: DATE_ZONE };
    }
  }

  /** "March 2026". */
  month(date: LocalDate): string {
    return this.formatter('month').format(localDateToUtcNoon(date));
  }

  /** "23–29 March 2026". */
  dateRange(from: LocalDate, to: LocalDate): string {
    return this.formatter('longDate').formatRange(localDateToUtcNoon(from), localDateToUtcNoon(to));
  }

  /** "Tuesday 10 March 2026". */
  fullDate(date: LocalDate): string {
    return this.formatter('fullDate').format(localDateToUtcNoon(date));
  }

  /** "10". */
  dayNumber(date: LocalDate): string {
    return this.formatter('dayNumber').format(localDateToUtcNoon(date));
  }

  weekday(weekday: IsoWeekday, width: 'long' | 'short' | 'narrow'): string {
    return this.formatter(`weekday-${width}`).format(A_MONDAY + (weekday - 1) * 86_400_000);
  }

  /** "09:00" or "9:00 AM": a label on the week view's hour rail. */
  hour(hour: number): string {
    return this.formatter('hour').format(Date.UTC(2026, 0, 5, hour));
  }

  /** The start time in the display zone: "18:00". */
  time(ms: number): string {
    return this.formatter('time').format(ms);
  }

  /**
   * When an entry happens, in words a person reads: "18:00–19:30"; "22:00 14 Mar – 02:00 15 Mar" when it
   * crosses midnight; for all-day entries `allDay` or the dates it covers.
   */
  when(entry: CalendarEntry, allDay: string): string {
    if (entry.allDay) {
      return sameLocalDate(entry.firstDay, entry.lastDay) ? allDay : this.shortDateRange(entry.firstDay, entry.lastDay);
    }
    let words = this.whenCache.get(entry);
    if (words === undefined) {
      const { startMs, endMs } = entry.occurrence;
      const sameDay = sameLocalDate(entry.firstDay, entry.lastDay);
      words = endMs <= startMs ? this.time(startMs) : this.formatter(sameDay ? 'timeRange' : 'dateTimeRange').formatRange(startMs, endMs);
      this.whenCache.set(entry, words);
    }
    return words;
  }

  /** "14–16 Mar". */
  shortDateRange(from: LocalDate, to: LocalDate): string {
    return this.formatter('shortDate').formatRange(localDateToUtcNoon(from), localDateToUtcNoon(to));
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
    this.numbers ??= makeNumberFormat(this.tag);
    return this.numbers.format(value);
  }
}

/** Formats kept per "tag|zone". A page shows a handful of languages and zones; the cap only guards against churn. */
const formats = new Map<string, CalendarFormat>();
const MAX_FORMATS = 32;

/** The shared CalendarFormat for `tag` and `zone`. */
export function calendarFormat(tag: string, zone: string): CalendarFormat {
  const key = `${tag}|${zone}`;
  let found = formats.get(key);
  if (!found) {
    found = new CalendarFormat(tag, zone);
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, found);
  }
  return found;
}
