/**
 * UTC offsets of IANA zones, read from `Intl.DateTimeFormat` (the tz database Node and browsers
 * ship) and memoised per zone per UTC day.
 *
 * The occurrence engine needs several offsets per occurrence, and each Intl call costs
 * microseconds. Offsets only change at transitions (DST, or a zone moving its standard time), and
 * no zone has two transitions within 36 hours of each other (zone.ts's wallMsToEpochMs rests on
 * the same fact), so a day whose first second reads the same offset as the next day's first second
 * has that offset throughout. A day whose ends differ holds one transition: a binary search over its
 * seconds finds the first second of the new offset. Should a day ever hold two (the search ends on
 * an offset other than the next day's), it is marked uncacheable and every instant in it goes to
 * Intl. Neighbouring days share their boundary reading, so learning a run of days asks Intl about
 * once per day: a feed's dates over a year cost some 400 Intl calls, not one per hour they touch
 * (about 9 000, a tenth of a 10k feed's parse in a cold browser).
 *
 * Intl is read through `format()`, whose six numbers are several times cheaper to pick out than
 * `formatToParts()` objects; the field order is learned once per zone from `formatToParts()`, which
 * still answers for years before the Common Era (where the era must be read) and anything odd.
 */

/** The span offsets are memoised by: a UTC day. */
const SPAN_MS = 86_400_000;
const SPAN_SECONDS = SPAN_MS / 1000;
/** The instants `Date` can represent: ±100 000 000 days around 1970. */
const MAX_DATE_MS = 8.64e15;
/** Days remembered per zone before the cache starts afresh: about 270 years' worth. */
const SPANS_PER_ZONE_LIMIT = 100_000;

/** A day holding one transition: the offset is `before` until `at` and `after` from `at` on. */
interface Transition {
  at: number;
  before: number;
  after: number;
}

/** A constant offset, a transition, or null for a day that must always ask Intl. */
type SpanEntry = number | Transition | null;

/** Per zone: the offset at the first second of each day asked about, and what each day holds. */
interface ZoneCache {
  spanStarts: Map<number, number>;
  spans: Map<number, SpanEntry>;
}

/** A formatter and the order its numeric fields come in (indexes into year, month, day, hour, minute, second). */
interface ZoneReader {
  formatter: Intl.DateTimeFormat;
  fieldOrder: number[] | undefined;
}

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'];
/**
 * From here on every zone's wall clock is in the Common Era, so `format()` carries no era to read:
 * 0001-01-03T00:00Z, two days' margin for zones behind UTC (set via setUTCFullYear, as Date.UTC
 * maps year 1 to 1901).
 */
const FIRST_CE_MS = new Date(Date.UTC(2001, 0, 3)).setUTCFullYear(1);
const readers = new Map<string, ZoneReader | null>();
const zoneCaches = new Map<string, ZoneCache>();
let lastZone = '';
let lastCache: ZoneCache | undefined;
const fields = new Float64Array(6);

function readerFor(timeZone: string): ZoneReader | null {
  let reader = readers.get(timeZone);
  if (reader === undefined) {
    try {
      const formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
      const order = formatter.formatToParts(Date.UTC(2001, 1, 3, 4, 5, 6))
        .map((part) => FIELDS.indexOf(part.type))
        .filter((index) => index >= 0);
      reader = { formatter, fieldOrder: new Set(order).size === 6 && order.length === 6 ? order : undefined };
    } catch {
      reader = null;
    }
    readers.set(timeZone, reader);
  }
  return reader;
}

export function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  return readerFor(timeZone)?.formatter ?? null;
}

export function isUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC';
}

function requireReader(timeZone: string): ZoneReader {
  const reader = readerFor(timeZone);
  if (!reader) throw new RangeError(`Unknown time zone "${timeZone}": use an IANA name such as Europe/London`);
  return reader;
}

/** Date.UTC for the wall clock Intl reports (years 0-99 included, which Date.UTC maps to the 1900s). */
function wallClockMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year >= 100 || year < 0) return ms;
  const date = new Date(ms);
  date.setUTCFullYear(year);
  return date.getTime();
}

/**
 * The wall clock's digits from `format()`, into `fields`: several times cheaper than
 * `formatToParts()`, which builds an object per part. False when the text is not six numbers.
 */
function readDigits(reader: ZoneReader, ms: number): boolean {
  const order = reader.fieldOrder;
  if (!order) return false;
  const text = reader.formatter.format(ms);
  let found = 0;
  let value = -1;
  for (let index = 0; index <= text.length; index++) {
    const digit = index < text.length ? text.charCodeAt(index) - 48 : -1;
    if (digit >= 0 && digit <= 9) value = value < 0 ? digit : value * 10 + digit;
    else if (value >= 0) {
      if (found === 6) return false;
      fields[order[found++]!] = value;
      value = -1;
    }
  }
  return found === 6;
}

/**
 * The offset straight from Intl, uncached: milliseconds the wall clock in `timeZone` is ahead of
 * UTC at `ms`. Throws a RangeError for an unknown zone or an instant `Date` cannot hold.
 */
export function intlOffsetMs(ms: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  const reader = requireReader(timeZone);
  let wall: number;
  if (ms >= FIRST_CE_MS && ms <= MAX_DATE_MS && readDigits(reader, ms)) {
    wall = wallClockMs(fields[0]!, fields[1]!, fields[2]!, fields[3]! % 24, fields[4]!, fields[5]!);
  } else {
    const parts: Record<string, string> = {};
    for (const part of reader.formatter.formatToParts(new Date(ms))) parts[part.type] = part.value;
    let year = Number(parts.year);
    if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
    wall = wallClockMs(year, Number(parts.month), Number(parts.day), Number(parts.hour) % 24, Number(parts.minute), Number(parts.second));
  }
  // Intl works in whole seconds; keep the instant's milliseconds out of the offset.
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

function spanStartOffset(span: number, timeZone: string, cache: ZoneCache): number {
  let offset = cache.spanStarts.get(span);
  if (offset === undefined) {
    offset = intlOffsetMs(span * SPAN_MS, timeZone);
    cache.spanStarts.set(span, offset);
  }
  return offset;
}

/**
 * What day `span` holds, from the offsets at its first second and at the next day's first second
 * (shared with that day, so learning a run of days asks Intl about once per day).
 */
function learnSpan(span: number, timeZone: string, cache: ZoneCache): SpanEntry {
  const startMs = span * SPAN_MS;
  if (startMs < -MAX_DATE_MS || startMs + SPAN_MS > MAX_DATE_MS) return null;
  const first = spanStartOffset(span, timeZone, cache);
  const next = spanStartOffset(span + 1, timeZone, cache);
  if (first === next) return first;
  // Second `low` reads `first` and `high` does not (SPAN_SECONDS is the next day's first second).
  let low = 0;
  let high = SPAN_SECONDS;
  let highOffset = next;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    const offset = intlOffsetMs(startMs + middle * 1000, timeZone);
    if (offset === first) low = middle;
    else {
      high = middle;
      highOffset = offset;
    }
  }
  // A transition exactly at the next day's start leaves this one whole.
  if (high === SPAN_SECONDS) return first;
  return highOffset === next ? { at: startMs + high * 1000, before: first, after: next } : null;
}

/** Milliseconds the wall clock in `timeZone` is ahead of UTC at the instant `ms` (memoised). */
export function offsetMsAt(ms: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  let cache = lastZone === timeZone ? lastCache : zoneCaches.get(timeZone);
  if (!cache) {
    requireReader(timeZone);
    zoneCaches.set(timeZone, (cache = { spanStarts: new Map(), spans: new Map() }));
  }
  lastZone = timeZone;
  lastCache = cache;
  const span = Math.floor(ms / SPAN_MS);
  let entry = cache.spans.get(span);
  if (entry === undefined) {
    // NaN and instants beyond Date's range go to Intl, which refuses them as before.
    if (!Number.isFinite(span)) return intlOffsetMs(ms, timeZone);
    if (cache.spans.size >= SPANS_PER_ZONE_LIMIT) {
      cache.spans.clear();
      cache.spanStarts.clear();
    }
    entry = learnSpan(span, timeZone, cache);
    cache.spans.set(span, entry);
  }
  if (typeof entry === 'number') return entry;
  if (entry === null) return intlOffsetMs(ms, timeZone);
  return ms < entry.at ? entry.before : entry.after;
}

/** Forgets every memoised offset (tests use it to compare a cold cache with a warm one). */
export function clearOffsetCache(): void {
  zoneCaches.clear();
  lastZone = '';
  lastCache = undefined;
}

/** How many days of `timeZone` are memoised, and how many of them hold a transition. */
export function offsetCacheStats(timeZone: string): { days: number; transitions: number } {
  const cache = zoneCaches.get(timeZone)?.spans;
  let transitions = 0;
  for (const entry of cache?.values() ?? []) if (entry !== null && typeof entry === 'object') transitions++;
  return { days: cache?.size ?? 0, transitions };
}
