/**
 * A deliberately plain reference for the zone tests: every offset straight from
 * `Intl.DateTimeFormat#formatToParts`, nothing memoised, nothing shared with src/core/time. The
 * cached engine must agree with it at every instant.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** The wall clock at `ms` in `timeZone`, as its calendar parts (year may be 0 or negative). */
export function referenceWallClock(ms: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  return { year, month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second) };
}

/** Milliseconds the wall clock is ahead of UTC at `ms` (whole seconds, as Intl reports them). */
export function referenceOffsetMs(ms: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = referenceWallClock(ms, timeZone);
  const wall = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  wall.setUTCFullYear(year);
  return wall.getTime() - Math.floor(ms / 1000) * 1000;
}

/** "YYYY-MM-DDTHH:MM:SS" of the wall clock at `ms`, for years 0-9999. */
export function referenceLocalText(ms: number, timeZone: string): string {
  const { year, month, day, hour, minute, second } = referenceWallClock(ms, timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}`;
}

/**
 * RFC 5545's reading of a wall clock (local milliseconds) as an instant, by brute force: every
 * instant within ±18 h whose wall clock reads `wall`, at minute steps; the earliest one, or for a
 * time in a gap the one the offset before the gap gives.
 */
export function referenceWallToEpochMs(wall: number, timeZone: string): number {
  const offsets = new Set<number>();
  for (let probe = wall - 18 * 3600000; probe <= wall + 18 * 3600000; probe += 15 * 60000) offsets.add(referenceOffsetMs(probe, timeZone));
  const readings = [...offsets].map((offset) => wall - offset).filter((instant) => referenceOffsetMs(instant, timeZone) === wall - instant);
  if (readings.length) return Math.min(...readings);
  return wall - referenceOffsetMs(wall - 18 * 3600000, timeZone);
}
