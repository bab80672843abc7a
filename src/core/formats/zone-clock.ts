/**
 * Wall clock ↔ instant conversions that the importers need, for IANA zones (through Intl, so the
 * browser's and Node's tz database) and for zones a file defines itself (VTIMEZONE rules).
 *
 * Both kinds are "an offset at an instant" functions, so one conversion routine serves both and
 * applies RFC 5545's rules for the two awkward hours of the year: a wall time in a spring-forward
 * gap is read with the offset before the gap, and an ambiguous autumn time means the first one.
 */
import { isValidTimeZone, offsetMinutesAt } from '../time/zone.js';

/** Milliseconds to add to UTC to get the wall clock at an instant. */
export type OffsetAt = (epochMs: number) => number;

/**
 * `name` when this runtime knows the zone, with its case corrected ("europe/london" → "Europe/London").
 * Otherwise the name is kept as written, like the parser's canonicalTimeZone: ICU "canonicalises"
 * Asia/Kathmandu to the retired Asia/Katmandu and Asia/Kolkata to Asia/Calcutta, which no
 * publisher wants written into their feed.
 */
export function knownZone(name: string): string | undefined {
  if (!name || /\s/.test(name) || !isValidTimeZone(name)) return undefined;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

/** The UTC offset of an IANA zone at an instant, in milliseconds. */
export function zoneOffsetMs(zone: string, epochMs: number): number {
  return offsetMinutesAt(epochMs, zone) * 60_000;
}

export function ianaOffsets(zone: string): OffsetAt {
  return (epochMs) => zoneOffsetMs(zone, epochMs);
}

/** Reads "YYYY-MM-DDTHH:MM[:SS]" (or a date, as midnight) as if it were UTC. */
export function wallAsUtcMs(wall: string): number {
  const [date, time = '00:00:00'] = wall.split('T') as [string, string?];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(':').map(Number) as [number, number, number?];
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** "YYYY-MM-DDTHH:MM:SS" of an instant read in UTC. */
export function utcMsAsWall(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19);
}

/** The instant of a local wall time in a zone (gap → offset before it; overlap → the earlier instant). */
export function wallToEpochMs(wall: string, offsetAt: OffsetAt): number {
  const asUtc = wallAsUtcMs(wall);
  const day = 86_400_000;
  const candidates = [...new Set([offsetAt(asUtc - day), offsetAt(asUtc + day), offsetAt(asUtc)])];
  const valid = candidates.filter((offset) => offsetAt(asUtc - offset) === offset).map((offset) => asUtc - offset);
  if (valid.length > 0) return Math.min(...valid);
  return asUtc - offsetAt(asUtc - day);
}

/** The wall time ("YYYY-MM-DDTHH:MM:SS") at an instant in a zone. */
export function epochMsToWall(epochMs: number, offsetAt: OffsetAt): string {
  return utcMsAsWall(epochMs + offsetAt(epochMs));
}

/** "+01:00" style offset for RFC 3339, or "+0100" style for iCalendar (`compact`). */
export function formatOffset(offsetMs: number, compact = false): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const totalSeconds = Math.abs(Math.round(offsetMs / 1000));
  const hours = String(Math.floor(totalSeconds / 3600)).padStart(2, '0');
  const minutes = String(Math.floor((totalSeconds % 3600) / 60)).padStart(2, '0');
  const seconds = totalSeconds % 60;
  const tail = compact && seconds ? String(seconds).padStart(2, '0') : '';
  return compact ? `${sign}${hours}${minutes}${tail}` : `${sign}${hours}:${minutes}`;
}
