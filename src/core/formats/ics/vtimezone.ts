/**
 * Reads a VTIMEZONE block into the offsets it defines (RFC 5545 §3.6.5), so a file's own zone
 * can be compared with the tz database or, for a made-up zone, used directly.
 *
 * Observance rules in the wild are yearly ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", or the older
 * BYMONTHDAY=8,…,14;BYDAY=SU spelling); that is all this expands. Anything else contributes its
 * DTSTART and RDATEs only, and the caller is told.
 */
import { childrenNamed, properties, property, type IcsComponent } from './components.js';
import { paramValue } from './content-lines.js';
import { parseDateTimeText } from './values.js';
import { wallAsUtcMs, type OffsetAt } from '../zone-clock.js';

export interface ZoneTransition {
  /** Instant the new offset takes effect. */
  atMs: number;
  offsetFromMs: number;
  offsetToMs: number;
}

export interface VTimezoneRules {
  tzid: string;
  transitions: ZoneTransition[];
  offsetAt: OffsetAt;
  /** Observance rules this reader could not expand (reported, not fatal). */
  unsupported: string[];
}

function parseUtcOffset(text: string | undefined): number | undefined {
  const match = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const [, sign, hours, minutes, seconds] = match;
  const ms = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds ?? 0)) * 1000;
  return sign === '-' ? -ms : ms;
}

const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Days of `month` in `year` matching one BYDAY entry ("-1SU", "2SU", "SU"). */
function daysMatching(year: number, month: number, byDay: string): number[] {
  const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(byDay);
  if (!match) return [];
  const weekday = weekdayCodes.indexOf(match[2]!);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days: number[] = [];
  for (let day = 1; day <= daysInMonth; day++) {
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday) days.push(day);
  }
  if (match[1] === undefined) return days;
  const ordinal = Number(match[1]);
  const picked = ordinal > 0 ? days[ordinal - 1] : days[days.length + ordinal];
  return picked === undefined ? [] : [picked];
}

/** Local onset wall times ("YYYY-MM-DDTHH:MM:SS") of a yearly observance rule, up to `lastYear`. */
function expandYearlyRule(rrule: string, start: string, lastYear: number, offsetFromMs: number): string[] | undefined {
  const parts = Object.fromEntries(rrule.split(';').filter(Boolean).map((part) => part.split('=') as [string, string]));
  if (parts.FREQ?.toUpperCase() !== 'YEARLY') return undefined;
  const interval = Number(parts.INTERVAL ?? 1) || 1;
  const count = parts.COUNT ? Number(parts.COUNT) : Infinity;
  const until = parts.UNTIL ? parseDateTimeText(parts.UNTIL) : undefined;
  const untilMs = until ? wallAsUtcMs(`${until.date}T${until.time ?? '23:59:59'}`) : Infinity;
  const [startYear, startMonth, startDay] = start.slice(0, 10).split('-').map(Number) as [number, number, number];
  const time = start.slice(11);
  const months = parts.BYMONTH ? parts.BYMONTH.split(',').map(Number) : [startMonth];
  const monthDays = parts.BYMONTHDAY ? parts.BYMONTHDAY.split(',').map(Number) : undefined;
  const byDay = parts.BYDAY ? parts.BYDAY.toUpperCase().split(',') : undefined;
  const onsets: string[] = [];
  for (let year = startYear; year <= lastYear && onsets.length < count; year += interval) {
    for (const month of months) {
      let days: number[];
      if (byDay) {
        days = byDay.flatMap((entry) => daysMatching(year, month, entry));
        if (monthDays) days = days.filter((day) => monthDays.includes(day));
      } else {
        days = monthDays ?? [startDay];
      }
      for (const day of [...new Set(days)].sort((a, b) => a - b)) {
        const wall = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}`;
        if (wall < start || onsets.length >= count) continue;
        // UNTIL in UTC compares with the onset instant; a floating UNTIL with the wall time.
        const onsetMs = wallAsUtcMs(wall) - (until?.utc ? offsetFromMs : 0);
        if (onsetMs > untilMs) return onsets;
        onsets.push(wall);
      }
    }
  }
  return onsets;
}

/** The offsets a VTIMEZONE defines, with transitions expanded up to the end of `lastYear`. */
export function readVTimezone(component: IcsComponent, lastYear: number): VTimezoneRules | undefined {
  const tzid = property(component, 'TZID')?.value.trim();
  if (!tzid) return undefined;
  const transitions: ZoneTransition[] = [];
  const unsupported: string[] = [];
  for (const observance of [...childrenNamed(component, 'STANDARD'), ...childrenNamed(component, 'DAYLIGHT')]) {
    const offsetFromMs = parseUtcOffset(property(observance, 'TZOFFSETFROM')?.value);
    const offsetToMs = parseUtcOffset(property(observance, 'TZOFFSETTO')?.value);
    const start = parseDateTimeText(property(observance, 'DTSTART')?.value ?? '');
    if (offsetFromMs === undefined || offsetToMs === undefined || !start) {
      unsupported.push(`${observance.name} at line ${observance.line} lacks DTSTART, TZOFFSETFROM or TZOFFSETTO`);
      continue;
    }
    const startWall = `${start.date}T${start.time ?? '00:00:00'}`;
    const add = (wall: string, utc: boolean) =>
      transitions.push({ atMs: wallAsUtcMs(wall) - (utc ? 0 : offsetFromMs), offsetFromMs, offsetToMs });
    const rrule = property(observance, 'RRULE');
    const expanded = rrule ? expandYearlyRule(rrule.value.toUpperCase(), startWall, lastYear, offsetFromMs) : undefined;
    if (rrule && !expanded) unsupported.push(`RRULE:${rrule.value} at line ${rrule.line} is not a yearly rule`);
    if (expanded) expanded.forEach((wall) => add(wall, false));
    else add(startWall, start.utc);
    for (const rdate of properties(observance, 'RDATE')) {
      for (const text of rdate.value.split(',')) {
        const value = parseDateTimeText(text);
        if (!value) continue;
        const isDate = paramValue(rdate, 'VALUE', true) === 'DATE' || !value.time;
        add(`${value.date}T${isDate ? '00:00:00' : value.time}`, value.utc);
      }
    }
  }
  if (transitions.length === 0) return undefined;
  transitions.sort((a, b) => a.atMs - b.atMs);
  const offsetAt: OffsetAt = (epochMs) => {
    let offset = transitions[0]!.offsetFromMs;
    for (const transition of transitions) {
      if (transition.atMs > epochMs) break;
      offset = transition.offsetToMs;
    }
    return offset;
  };
  return { tzid, transitions, offsetAt, unsupported };
}
