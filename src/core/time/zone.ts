/**
 * IANA time zone arithmetic through `Intl.DateTimeFormat` (the tz database Node and browsers ship),
 * so the bundle carries no zone data and no Temporal polyfill.
 *
 * Everything rests on one question Intl answers: "what does the wall clock read in this zone at
 * this instant?" — which gives the offset (memoised per hour in zone-offsets.ts). Going the other
 * way (wall clock → instant) is the classic guess-and-check: try the offsets in force a little
 * before and a little after, and keep the ones that read back the same wall clock.
 */
import { pad2, secondsToLocal } from './datetime.js';
import { formatterFor, isUtc, offsetMsAt } from './zone-offsets.js';

const HOUR_MS = 3600000;

/** True when this runtime knows the IANA zone ("Europe/London", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === 'string' && zone.trim() !== '' && formatterFor(zone) !== null;
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
  // One offset on both sides: it is the answer whether or not the wall clock reads back.
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyFits = offsetMsAt(early, timeZone) === before;
  const lateFits = offsetMsAt(late, timeZone) === after;
  // In an overlap both fit: the earlier instant is the first time the wall clock reads `wall`.
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  // In a spring-forward gap the offset rises, so the smaller one is the offset before the gap:
  // reading the wall clock with it moves the time forward by the length of the gap.
  return wall - Math.min(before, after);
}

/** The wall clock in `timeZone` at `ms`: "YYYY-MM-DDTHH:MM:SS". */
export function epochMsToLocal(ms: number, timeZone: string): string {
  return secondsToLocal(Math.floor((ms + offsetMsAt(ms, timeZone)) / 1000));
}

/** Local seconds (datetime.ts) of the wall clock in `timeZone` at `ms`. */
export function epochMsToLocalSeconds(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetMsAt(ms, timeZone)) / 1000);
}

const offsetSuffixes = new Map<number, string>();

/** "+01:00" for 60 minutes; "-00:30" for -30. Memoised: a zone has only a handful of offsets. */
function offsetSuffix(offsetMinutes: number): string {
  let suffix = offsetSuffixes.get(offsetMinutes);
  if (suffix === undefined) {
    const sign = offsetMinutes < 0 ? '-' : '+';
    const absolute = Math.abs(offsetMinutes);
    suffix = `${sign}${pad2(Math.floor(absolute / 60))}:${pad2(absolute % 60)}`;
    if (offsetSuffixes.size < 1000) offsetSuffixes.set(offsetMinutes, suffix);
  }
  return suffix;
}

/** RFC 3339 with the zone's offset at that instant: "2012-10-02T10:00:00-07:00" (UTC gives +00:00, never Z). */
export function formatRfc3339(ms: number, timeZone: string): string {
  const offset = offsetMsAt(ms, timeZone);
  return secondsToLocal(Math.floor((ms + offset) / 1000)) + offsetSuffix(Math.round(offset / 60000));
}
