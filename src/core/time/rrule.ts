/**
 * Parsing an RFC 5545 §3.3.10 recurrence rule ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH") into a
 * checked `RecurrenceRule`. Anything the RFC forbids or that cannot mean anything is refused with
 * an `RRuleError` that names the part and says what would be accepted, because a half-understood
 * rule expands into dates that look right and are not.
 *
 * Tolerated, because real calendars emit them: an "RRULE:" prefix, a trailing ";", lower case,
 * duplicated values, "BYDAY=MO, FR" (Outlook) and X- extension parts (ignored).
 */

export type Frequency = 'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export const FREQUENCIES: readonly Frequency[] = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

/** RFC 5545 weekday codes in index order: 0 = MO … 6 = SU (the same order as datetime.ts). */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface WeekdayNum {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0 for "every such weekday"; 2 for "2MO", -1 for "-1FR". */
  ordinal: number;
}

export interface RecurrenceUntil {
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" (wall clock, or UTC when `utc`). */
  value: string;
  dateOnly: boolean;
  utc: boolean;
}

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count?: number;
  until?: RecurrenceUntil;
  bySecond: number[];
  byMinute: number[];
  byHour: number[];
  byDay: WeekdayNum[];
  byMonthDay: number[];
  byYearDay: number[];
  byWeekNo: number[];
  byMonth: number[];
  bySetPos: number[];
  /** Week start, 0 = Monday (the default) … 6 = Sunday. */
  wkst: number;
}

export class RRuleError extends Error {
  override name = 'RRuleError';
}

type NumberPart = 'BYSECOND' | 'BYMINUTE' | 'BYHOUR' | 'BYMONTHDAY' | 'BYYEARDAY' | 'BYWEEKNO' | 'BYMONTH' | 'BYSETPOS';

/** Allowed range of each numeric list part; negative values are allowed where `negative`. */
const RANGES: Record<NumberPart, { min: number; max: number; negative: boolean; key: keyof RecurrenceRule }> = {
  BYSECOND: { min: 0, max: 60, negative: false, key: 'bySecond' },
  BYMINUTE: { min: 0, max: 59, negative: false, key: 'byMinute' },
  BYHOUR: { min: 0, max: 23, negative: false, key: 'byHour' },
  BYMONTHDAY: { min: 1, max: 31, negative: true, key: 'byMonthDay' },
  BYYEARDAY: { min: 1, max: 366, negative: true, key: 'byYearDay' },
  BYWEEKNO: { min: 1, max: 53, negative: true, key: 'byWeekNo' },
  BYMONTH: { min: 1, max: 12, negative: false, key: 'byMonth' },
  BYSETPOS: { min: 1, max: 366, negative: true, key: 'bySetPos' },
};

function parseNumberList(part: NumberPart, value: string): number[] {
  const { min, max, negative } = RANGES[part];
  const range = negative ? `${min} to ${max} or -${max} to -${min}` : `${min} to ${max}`;
  const numbers = value.split(',').map((item) => {
    const text = item.trim();
    if (!/^[+-]?\d{1,3}$/.test(text)) throw new RRuleError(`${part} value "${text}" is not a whole number: use ${range}`);
    const number = Number(text);
    const magnitude = Math.abs(number);
    if (magnitude < min || magnitude > max || (number < 0 && !negative)) {
      throw new RRuleError(`${part} value ${text} is out of range: use ${range}`);
    }
    return number;
  });
  return [...new Set(numbers)].sort((a, b) => a - b);
}

function parseWeekday(text: string, part: string): number {
  const index = (WEEKDAY_CODES as readonly string[]).indexOf(text.trim().toUpperCase());
  if (index < 0) throw new RRuleError(`${part} value "${text}" is not a weekday: use MO, TU, WE, TH, FR, SA or SU`);
  return index;
}

function parseByDay(value: string): WeekdayNum[] {
  const seen = new Set<string>();
  const days: WeekdayNum[] = [];
  for (const item of value.split(',')) {
    const match = /^\s*([+-]?\d{1,2})?\s*([A-Za-z]{2})\s*$/.exec(item);
    if (!match) throw new RRuleError(`BYDAY value "${item}" is not a weekday: use MO … SU, optionally with a position such as 2MO or -1FR`);
    const ordinal = match[1] ? Number(match[1]) : 0;
    if (match[1] && (ordinal === 0 || Math.abs(ordinal) > 53)) {
      throw new RRuleError(`BYDAY value "${item}" has position ${ordinal}: use 1 to 53 or -53 to -1`);
    }
    const weekday = parseWeekday(match[2]!, 'BYDAY');
    const key = `${ordinal}${weekday}`;
    if (!seen.has(key)) {
      seen.add(key);
      days.push({ weekday, ordinal });
    }
  }
  return days;
}

function parseUntil(value: string): RecurrenceUntil {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i.exec(value.trim());
  if (!match) throw new RRuleError(`UNTIL value "${value}" is not a date or date-time: use 20261231 or 20261231T235959Z`);
  const [, y, mo, d, h, mi, s, z] = match;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) {
    throw new RRuleError(`UNTIL value "${value}" is not a real date`);
  }
  if (h === undefined) return { value: `${y}-${mo}-${d}`, dateOnly: true, utc: false };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) throw new RRuleError(`UNTIL value "${value}" is not a real time`);
  return { value: `${y}-${mo}-${d}T${h}:${mi}:${s}`, dateOnly: false, utc: Boolean(z) };
}

function positiveInteger(part: string, value: string): number {
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) < 1) {
    throw new RRuleError(`${part} value "${value}" must be a whole number of 1 or more`);
  }
  return Number(value);
}

/** Parse an RRULE value. Throws `RRuleError` with a sentence a feed publisher can act on. */
export function parseRRule(text: string): RecurrenceRule {
  if (typeof text !== 'string') throw new RRuleError('The rule is not text');
  const body = text.trim().replace(/^RRULE:/i, '').replace(/;+$/, '');
  if (body === '') throw new RRuleError('The rule is empty: it needs at least FREQ, e.g. FREQ=WEEKLY');
  const rule: Partial<RecurrenceRule> & { bySecond: number[] } = {
    interval: 1, wkst: 0, bySecond: [], byMinute: [], byHour: [], byDay: [], byMonthDay: [],
    byYearDay: [], byWeekNo: [], byMonth: [], bySetPos: [],
  };
  const seen = new Set<string>();
  for (const clause of body.split(';')) {
    const equals = clause.indexOf('=');
    if (equals < 1) throw new RRuleError(`"${clause}" is not a NAME=VALUE rule part`);
    const name = clause.slice(0, equals).trim().toUpperCase();
    const value = clause.slice(equals + 1).trim();
    if (seen.has(name)) throw new RRuleError(`${name} appears twice in the rule`);
    seen.add(name);
    if (value === '') throw new RRuleError(`${name} has no value`);
    if (name.startsWith('X-')) continue;
    if (name === 'FREQ') {
      const freq = value.toUpperCase() as Frequency;
      if (!FREQUENCIES.includes(freq)) throw new RRuleError(`FREQ "${value}" is not a frequency: use ${FREQUENCIES.join(', ')}`);
      rule.freq = freq;
    } else if (name === 'INTERVAL') rule.interval = positiveInteger(name, value);
    else if (name === 'COUNT') rule.count = positiveInteger(name, value);
    else if (name === 'UNTIL') rule.until = parseUntil(value);
    else if (name === 'WKST') rule.wkst = parseWeekday(value, 'WKST');
    else if (name === 'BYDAY') rule.byDay = parseByDay(value);
    else if (name in RANGES) (rule as Record<string, unknown>)[RANGES[name as NumberPart].key] = parseNumberList(name as NumberPart, value);
    else if (name === 'RSCALE' || name === 'SKIP') throw new RRuleError(`${name} (RFC 7529 non-Gregorian rules) is not supported`);
    else throw new RRuleError(`"${name}" is not an RRULE part: use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, …`);
  }
  if (!rule.freq) throw new RRuleError('The rule has no FREQ: add one, e.g. FREQ=WEEKLY');
  if (rule.count !== undefined && rule.until) throw new RRuleError('The rule has both COUNT and UNTIL: keep only one');
  checkCombinations(rule as RecurrenceRule);
  return rule as RecurrenceRule;
}

/** The combinations RFC 5545 §3.3.10 rules out. */
function checkCombinations(rule: RecurrenceRule): void {
  const { freq } = rule;
  if (rule.byWeekNo.length && freq !== 'YEARLY') throw new RRuleError('BYWEEKNO only works with FREQ=YEARLY');
  if (rule.byYearDay.length && (freq === 'DAILY' || freq === 'WEEKLY' || freq === 'MONTHLY')) {
    throw new RRuleError(`BYYEARDAY cannot be used with FREQ=${freq}: use BYMONTHDAY or FREQ=YEARLY`);
  }
  if (rule.byMonthDay.length && freq === 'WEEKLY') throw new RRuleError('BYMONTHDAY cannot be used with FREQ=WEEKLY: use FREQ=MONTHLY');
  const ordinal = rule.byDay.find((day) => day.ordinal !== 0);
  if (ordinal) {
    const code = `${ordinal.ordinal}${WEEKDAY_CODES[ordinal.weekday]}`;
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') throw new RRuleError(`BYDAY=${code} (a numbered weekday) needs FREQ=MONTHLY or FREQ=YEARLY`);
    if (freq === 'YEARLY' && rule.byWeekNo.length) throw new RRuleError(`BYDAY=${code} (a numbered weekday) cannot be combined with BYWEEKNO`);
    const limit = freq === 'MONTHLY' || rule.byMonth.length ? 5 : 53;
    if (Math.abs(ordinal.ordinal) > limit) throw new RRuleError(`BYDAY=${code}: a ${limit === 5 ? 'month' : 'year'} has no ${Math.abs(ordinal.ordinal)}th ${WEEKDAY_CODES[ordinal.weekday]}`);
  }
  if (rule.bySetPos.length) {
    const others = [rule.bySecond, rule.byMinute, rule.byHour, rule.byDay, rule.byMonthDay, rule.byYearDay, rule.byWeekNo, rule.byMonth];
    if (!others.some((list) => list.length)) throw new RRuleError('BYSETPOS needs another BYxxx part to pick from (e.g. BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1)');
  }
}
