import type { CalendarEntry, DaySegment, IsoWeekday, LocalDate } from '../../core/calendar/index.js';
import type { CalendarFormat } from './format.js';
import type { CalendarMessages } from './messages.js';

/** Feed text for one entry, resolved for the reader's language. */
export interface EntryText {
  title: string;
  /** Language of `title`, set on its element so screen readers pronounce it right. */
  titleLang?: string;
  place: string;
}

/** What the view modules need from the element: data for the visible range, words, and callbacks. */
export interface ViewContext {
  format: CalendarFormat;
  messages: CalendarMessages;
  firstDay: IsoWeekday;
  /** The focused day: the roving tabindex cell in the month grid. */
  focus: LocalDate;
  today: LocalDate;
  /** Segments per local day ("YYYY-MM-DD") of the visible range, each day sorted. */
  byDay: ReadonlyMap<string, DaySegment<CalendarEntry>[]>;
  /** Events drawn in a month cell before "+N more". */
  dayMaxEvents: number;
  /** The page is being printed: month cells list every event, not just those that fit. */
  printing: boolean;
  textOf(entry: CalendarEntry): EntryText;
  /** Order of entries starting together: by title in the reader's language. */
  compare(a: CalendarEntry, b: CalendarEntry): number;
  select(entry: CalendarEntry): void;
  openDay(date: LocalDate): void;
}
