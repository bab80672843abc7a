/**
 * Cell values → typed feed values for the CSV importer. Each reader returns the value or a
 * sentence saying what is wrong with the cell, which the importer turns into a row problem.
 */

export type Read<T> = { value: T } | { problem: string };

export function readNumber(value: unknown, range?: [number, number]): Read<number> {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/,/g, '')) : NaN;
  if (!Number.isFinite(number)) return { problem: `${JSON.stringify(value)} is not a number` };
  if (range && (number < range[0] || number > range[1])) return { problem: `${number} is outside ${range[0]}…${range[1]}` };
  return { value: number };
}

export function readBoolean(value: unknown): Read<boolean> {
  if (typeof value === 'boolean') return { value };
  const text = String(value).trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'free'].includes(text)) return { value: true };
  if (['false', 'no', 'n', '0'].includes(text)) return { value: false };
  return { problem: `${JSON.stringify(value)} is not yes/no or true/false` };
}

export function readList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).map((item) => item.trim()).filter(Boolean);
  return String(value).split(/[;,]/).map((item) => item.trim()).filter(Boolean);
}

export function readDate(value: unknown): Read<string> {
  const text = String(value).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (date.toISOString().slice(0, 10) === text) return { value: text };
  }
  return { problem: `${JSON.stringify(value)} is not a date (YYYY-MM-DD; give "format" for other layouts such as DD/MM/YYYY)` };
}

/** "9:30", "09:30", "0930", "9.30", "9:30pm", "21:00:00" → "HH:MM" (or "HH:MM:SS"). */
export function readTime(value: unknown): Read<string> {
  const text = String(value).trim().toLowerCase();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(?::(\d{2}))?\s*(am|pm)?$/.exec(text);
  if (match) {
    let hour = Number(match[1]);
    const minute = Number(match[2] ?? '0');
    const second = match[3];
    if (match[4] === 'pm' && hour < 12) hour += 12;
    if (match[4] === 'am' && hour === 12) hour = 0;
    if (hour <= 23 && minute <= 59 && Number(second ?? 0) <= 59) {
      const base = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      return { value: second && second !== '00' ? `${base}:${second}` : base };
    }
  }
  return { problem: `${JSON.stringify(value)} is not a time of day (HH:MM)` };
}

const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Whether `date` is one of an RRULE's BYDAY days ("TU", or "2TH"/"-1FR" within its month). */
function matchesByDay(date: Date, byDay: string[]): boolean {
  const weekday = weekdayCodes[date.getUTCDay()]!;
  const day = date.getUTCDate();
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return byDay.some((entry) => {
    const match = /^([+-]?\d)?([A-Z]{2})$/.exec(entry);
    if (!match || match[2] !== weekday) return false;
    if (!match[1]) return true;
    const ordinal = Number(match[1]);
    return ordinal > 0 ? Math.ceil(day / 7) === ordinal : Math.ceil((daysInMonth - day + 1) / 7) === -ordinal;
  });
}

/**
 * The first date on or after `startDate` that the rule's BYDAY allows. A series' start date is
 * its first occurrence (RFC 5545 counts DTSTART even when the rule would not produce it), so a
 * timetable that says "Tuesdays from Monday 9th" must start on Tuesday the 10th.
 */
export function alignStartToRule(startDate: string, rrule: string): string {
  const byDay = /(?:^|;)BYDAY=([^;]+)/i.exec(rrule)?.[1]?.toUpperCase().split(',');
  if (!byDay?.length) return startDate;
  const date = new Date(`${startDate}T00:00:00Z`);
  for (let step = 0; step < 400; step++) {
    if (matchesByDay(date, byDay)) return date.toISOString().slice(0, 10);
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return startDate;
}
