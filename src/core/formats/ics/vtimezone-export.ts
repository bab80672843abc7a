/**
 * Writes a VTIMEZONE for an IANA zone from the runtime's tz database (through Intl), covering the
 * years an export uses.
 *
 * Transitions are found by scanning offsets day by day and bisecting to the second. Runs of
 * consecutive years that follow one rule ("last Sunday of March at 01:00") collapse into a single
 * observance with a yearly RRULE; the final run stays open-ended so clients keep getting DST right
 * after the span. Every observance reproduces the tz database's instants exactly.
 */
import { formatOffset, utcMsAsWall, zoneOffsetMs } from '../zone-clock.js';

interface Transition {
  atMs: number;
  fromMs: number;
  toMs: number;
}

const DAY_MS = 86_400_000;
const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function findTransitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const transitions: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let previousMs = Date.UTC(fromYear, 0, 1);
  let previousOffset = zoneOffsetMs(zone, previousMs);
  for (let probe = previousMs + DAY_MS; probe <= end; probe += DAY_MS) {
    const offset = zoneOffsetMs(zone, probe);
    if (offset !== previousOffset) {
      let low = previousMs;
      let high = probe;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (zoneOffsetMs(zone, middle) === previousOffset) low = middle;
        else high = middle;
      }
      transitions.push({ atMs: high, fromMs: previousOffset, toMs: offset });
      previousOffset = offset;
    }
    previousMs = probe;
  }
  return transitions;
}

interface Onset {
  transition: Transition;
  /** Wall clock of the onset in the offset before it ("YYYY-MM-DDTHH:MM:SS"). */
  wall: string;
  year: number;
  /** Yearly-rule signature: same signature in consecutive years → one RRULE. */
  rule: string;
  byDay: string;
  month: number;
}

function onsetOf(transition: Transition): Onset {
  const wall = utcMsAsWall(transition.atMs + transition.fromMs);
  const [year, month, day] = wall.slice(0, 10).split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weekday = weekdayCodes[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const ordinal = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  const byDay = `${ordinal}${weekday}`;
  return { transition, wall, year, month, byDay, rule: `${month}|${byDay}|${wall.slice(11)}|${transition.fromMs}|${transition.toMs}` };
}

const compactWall = (wall: string) => wall.replace(/[-:]/g, '');

/** VTIMEZONE content lines (unfolded, without CRLF) for `zone` over [fromYear, toYear]. */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  // Start a year early: readers such as ical.js take times before the first onset as UTC, so the
  // first observance must already be in force on 1 January of the first year used.
  const transitions = findTransitions(zone, fromYear - 1, toYear);
  if (transitions.length === 0) {
    const offset = formatOffset(zoneOffsetMs(zone, Date.UTC(fromYear, 0, 1)), true);
    lines.push('BEGIN:STANDARD', `DTSTART:${fromYear}0101T000000`, `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD', 'END:VTIMEZONE');
    return lines;
  }
  const onsets = transitions.map(onsetOf);
  // Group runs of consecutive years with one rule, separately for each kind of change.
  const runs: Onset[][] = [];
  const openRun = new Map<string, Onset[]>();
  for (const onset of onsets) {
    const kind = `${onset.transition.fromMs}>${onset.transition.toMs}`;
    const run = openRun.get(kind);
    const last = run?.[run.length - 1];
    if (run && last && last.rule === onset.rule && last.year + 1 === onset.year) {
      run.push(onset);
    } else {
      const fresh = [onset];
      runs.push(fresh);
      openRun.set(kind, fresh);
    }
  }
  runs.sort((a, b) => a[0]!.transition.atMs - b[0]!.transition.atMs);
  const lastYear = onsets[onsets.length - 1]!.year;
  for (const run of runs) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const kind = first.transition.toMs > first.transition.fromMs ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${compactWall(first.wall)}`, `TZOFFSETFROM:${formatOffset(first.transition.fromMs, true)}`, `TZOFFSETTO:${formatOffset(first.transition.toMs, true)}`);
    if (run.length > 1) {
      // A run still going in the last year of the span continues past it; an older one stops.
      const until = last.year >= lastYear && last.year >= toYear - 1 ? '' : `;UNTIL=${compactWall(utcMsAsWall(last.transition.atMs))}Z`;
      lines.push(`RRULE:FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${first.byDay}${until}`);
    }
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
