/**
 * IANA time zone arithmetic through `Intl.DateTimeFormat` (the tz database Node and browsers ship),
 * so the bundle carries no zone data and no Temporal polyfill.
 *
 * Everything rests on one question Intl answers: "what does the wall clock read in this zone at
 * this instant?" — which gives the offset. Going the other way (wall clock → instant) is the
 * classic guess-and-check: try the offsets in force a little before and a little after, and keep
 * the ones that read back the same wall clock.
 */
import { pad2, secondsToLocal, utcMs } from './datetime.js';

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 20000;
const HOUR_MS = 3600000;

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
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
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function isUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC';
}

/** True when this runtime knows the IANA zone ("Europe/London", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === 'string' && zone.trim() !== '' && formatterFor(zone) !== null;
}

function requireFormatter(timeZone: string): Intl.DateTimeFormat {
  const formatter = formatterFor(timeZone);
  if (!formatter) throw new RangeError(`Unknown time zone "${timeZone}": use an IANA name such as Europe/London`);
  return formatter;
}

/** Milliseconds the wall clock in `timeZone` is ahead of UTC at the instant `ms`. */
function offsetMsAt(ms: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  let cache = offsetCache.get(timeZone);
  if (!cache) offsetCache.set(timeZone, (cache = new Map()));
  const cached = cache.get(ms);
  if (cached !== undefined) return cached;
  const parts: Record<string, string> = {};
  for (const part of requireFormatter(timeZone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const hour = Number(parts.hour) % 24;
  const wall = utcMs(year, Number(parts.month), Number(parts.day), hour, Number(parts.minute), Number(parts.second));
  // Intl works in whole seconds; keep the instant's milliseconds out of the offset.
  const offset = wall - (ms - (((ms % 1000) + 1000) % 1000));
  if (cache.size >= OFFSET_CACHE_LIMIT) cache.clear();
  cache.set(ms, offset);
  return offset;
}

/** Minutes the wall clock in `timeZone` is ahead of UTC at `ms` (+60 for London in summer). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  return offsetMsAt(ms, timeZone) / 60000;
}

/**
 * The instant a local wall-clock time ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS") names in `timeZone`.
 * A time skipped by a spring-forward gap moves forward by the gap (02:30 → 03:30), and a time that
 * happens twice in an autumn overlap means the first one, as RFC 5545 §3.3.5 says.
 */
export function localToEpochMs(local: string, timeZone: string): number {
  const wall = Date.parse(`${local.length === 10 ? `${local}T00:00:00` : local}Z`);
  if (Number.isNaN(wall)) throw new RangeError(`"${local}" is not a local date-time (YYYY-MM-DDTHH:MM:SS)`);
  return wallMsToEpochMs(wall, timeZone);
}

/** The same as localToEpochMs, for a wall clock already in "local milliseconds" (wall time read as UTC). */
export function wallMsToEpochMs(wall: number, timeZone: string): number {
  if (isUtc(timeZone)) return wall;
  // Offsets stay within ±18 h, so these two bracket every instant that could read `wall`.
  const before = offsetMsAt(wall - 18 * HOUR_MS, timeZone);
  const after = offsetMsAt(wall + 18 * HOUR_MS, timeZone);
  const candidates: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset;
    if (offsetMsAt(instant, timeZone) === offset) candidates.push(instant);
  }
  if (candidates.length > 0) return Math.min(...candidates);
  // In a spring-forward gap the offset rises, so the smaller one is the offset before the gap:
  // reading the wall clock with it moves the time forward by the length of the gap.
  return wall - Math.min(before, after);
}

/** The wall clock in `timeZone` at `ms`: "YYYY-MM-DDTHH:MM:SS". */
export function epochMsToLocal(ms: number, timeZone: string): string {
  return secondsToLocal(Math.floor((ms + offsetMsAt(ms, timeZone)) / 1000));
}

/** RFC 3339 with the zone's offset at that instant: "2012-10-02T10:00:00-07:00" (UTC gives +00:00, never Z). */
export function formatRfc3339(ms: number, timeZone: string): string {
  const offsetMinutes = Math.round(offsetMsAt(ms, timeZone) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${epochMsToLocal(ms, timeZone)}${sign}${pad2(Math.floor(absolute / 60))}:${pad2(absolute % 60)}`;
}
