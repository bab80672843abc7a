/**
 * Reading one date, date-time or duration field into local wall-clock form.
 *
 * Feeds may write "2026-12-01T18:00" (local wall time in the item's zone), "2026-12-01T18:00:00+00:00"
 * (an instant: converted to the item's wall time) or "2026-12-01" (all day). The model only ever
 * holds local wall time plus a zone (ARCHITECTURE.md: storing UTC is what breaks repeats over DST).
 */
import { localToSeconds, parseFeedDateTime, parseIsoDuration, secondsToLocal } from '../time/datetime.js';
import { epochMsToLocal, isValidTimeZone, localToEpochMs } from '../time/zone.js';
import { describeValue, jsonTypeName } from './problems.js';
import { isAbsent, lastToken, readString, type ReadContext } from './values.js';

export const DATE_HINT = 'Use ISO 8601: 2026-12-31 (all day), 2026-12-31T18:00 (local time) or 2026-12-31T18:00:00+01:00.';

export interface LocalDateTime {
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS", wall time in the zone it was read for. */
  local: string;
  allDay: boolean;
}

/** A date or date-time field, as local wall time in `timeZone`. Logs an error and returns undefined when invalid. */
export function readLocalDateTime(value: unknown, pointer: string, context: ReadContext, timeZone: string): LocalDateTime | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (typeof value !== 'string') {
    context.log.error(pointer, `${lastToken(pointer)} should be a date string, not ${jsonTypeName(value)}.`, DATE_HINT);
    return undefined;
  }
  const parsed = value.length <= 64 ? parseFeedDateTime(value) : undefined;
  if (!parsed) {
    context.log.error(pointer, `${lastToken(pointer)} ${describeValue(value)} is not a valid date or date-time.`, DATE_HINT);
    return undefined;
  }
  if (parsed.offsetMinutes === undefined) return { local: parsed.local, allDay: parsed.allDay };
  const instantMs = localToSeconds(parsed.local) * 1000 - parsed.offsetMinutes * 60_000;
  return { local: epochMsToLocal(instantMs, timeZone), allDay: false };
}

/** An ISO 8601 duration in seconds (no years or months: they have no fixed length). */
export function readDuration(value: unknown, pointer: string, context: ReadContext): number | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  const seconds = typeof value === 'string' && value.length <= 64 ? parseIsoDuration(value) : undefined;
  if (seconds === undefined) {
    context.log.error(pointer, `${lastToken(pointer)} ${describeValue(value)} is not an ISO 8601 duration in weeks, days, hours, minutes or seconds.`, 'Write PT1H30M for an hour and a half, P1D for a day.');
  }
  return seconds;
}

/** A zone name this runtime knows, in its canonical spelling ("europe/london" → "Europe/London"). */
export function canonicalTimeZone(zone: string): string | undefined {
  // A zone on every opportunity would otherwise make one Intl.DateTimeFormat per opportunity.
  const known = canonicalZones.get(zone);
  if (known !== undefined || canonicalZones.has(zone)) return known;
  const canonical = resolveTimeZone(zone);
  if (canonicalZones.size < MAX_REMEMBERED_ZONES) canonicalZones.set(zone, canonical);
  return canonical;
}

const canonicalZones = new Map<string, string | undefined>();
const MAX_REMEMBERED_ZONES = 200;

function resolveTimeZone(zone: string): string | undefined {
  const trimmed = zone.trim();
  if (trimmed.length > 64 || !isValidTimeZone(trimmed)) return undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === trimmed.toLowerCase() ? resolved : trimmed;
  } catch {
    return undefined;
  }
}

/** Reads an IANA zone field; logs an error and returns undefined when the runtime does not know it. */
export function readTimeZone(value: unknown, pointer: string, context: ReadContext, fallbackNote: string): string | undefined {
  if (value === undefined) return undefined;
  const zone = typeof value === 'string' ? canonicalTimeZone(value) : undefined;
  if (zone === undefined) {
    context.log.error(pointer, `${lastToken(pointer)} ${describeValue(value)} is not an IANA time zone; ${fallbackNote}.`, 'Use a name from the IANA database, such as "Europe/London", "Asia/Seoul" or "America/New_York".');
  }
  return zone;
}

/** The local end `durationSeconds` after a local start: elapsed time for timed items, whole days for all-day ones. */
export function addDuration(start: LocalDateTime, durationSeconds: number, timeZone: string): string {
  if (start.allDay) {
    const days = Math.max(1, Math.ceil(durationSeconds / 86_400));
    // All-day ends are the last day, inclusive: a one-day item ends on the day it starts.
    return secondsToLocal(localToSeconds(start.local) + (days - 1) * 86_400, true);
  }
  return epochMsToLocal(localToEpochMs(start.local, timeZone) + durationSeconds * 1000, timeZone);
}

/** Orders two local values of the same form ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS"). */
export function compareLocal(left: string, right: string): number {
  return localToSeconds(left) - localToSeconds(right);
}

/** A modification time: a date-time with "Z" or an offset (RFC 3339), kept as written. */
export function readTimestamp(value: unknown, pointer: string, context: ReadContext): string | undefined {
  const text = readString(value, pointer, context)?.trim();
  if (text === undefined) return undefined;
  const parsed = text.length <= 64 && /T/i.test(text) ? parseFeedDateTime(text) : undefined;
  if (parsed && parsed.offsetMinutes !== undefined) return text;
  context.log.error(pointer, `modified ${describeValue(text)} is not a date-time with a time zone offset.`, 'Write 2026-11-01T10:00:00Z.');
  return undefined;
}
