/**
 * Reading the single fields of a schema.org Schedule (docs/feed-spec.md#schedule):
 * weekdays in their several spellings and repeatFrequency durations.
 */
import { WEEKDAY_CODES } from './rrule.js';

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const BY_DAY_HINT = 'use MO, TU, WE, TH, FR, SA, SU or https://schema.org/Tuesday, optionally numbered (2MO, -1FR)';

/**
 * One byDay entry → an RRULE BYDAY value ("TU", "2MO", "-1FR"). Accepts the RFC 5545 codes, English
 * day names and schema.org DayOfWeek URLs (http or https, with or without "www.").
 */
export function byDayToRRule(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const url = /^https?:\/\/(?:www\.)?schema\.org\/([A-Za-z]+)$/.exec(text);
  const name = (url ? url[1]! : text).toLowerCase();
  const named = DAY_NAMES.indexOf(name);
  if (named >= 0) return WEEKDAY_CODES[named];
  if (url) return undefined;
  const coded = /^([+-]?[1-9]\d?)?\s*([A-Za-z]{2})$/.exec(text);
  if (!coded || Math.abs(Number(coded[1] ?? 0)) > 53) return undefined;
  const code = coded[2]!.toUpperCase();
  if (!(WEEKDAY_CODES as readonly string[]).includes(code)) return undefined;
  return `${coded[1] ? Number(coded[1]) : ''}${code}`;
}

export interface FrequencyStep {
  freq: 'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
}

const WORDS: Record<string, FrequencyStep> = {
  daily: { freq: 'DAILY', interval: 1 },
  weekly: { freq: 'WEEKLY', interval: 1 },
  fortnightly: { freq: 'WEEKLY', interval: 2 },
  monthly: { freq: 'MONTHLY', interval: 1 },
  yearly: { freq: 'YEARLY', interval: 1 },
  annually: { freq: 'YEARLY', interval: 1 },
};

/**
 * repeatFrequency → RRULE FREQ + INTERVAL. It is an ISO 8601 duration of one step with a single
 * unit (P1D, P1W, P2W, P1M, P3M, P1Y, PT1H); the words daily/weekly/monthly/yearly are accepted too.
 */
export function repeatFrequencyToStep(value: unknown): FrequencyStep | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const word = WORDS[text.toLowerCase()];
  if (word) return word;
  const dated = /^P(\d{1,4})([DWMY])$/i.exec(text);
  if (dated) {
    const interval = Number(dated[1]);
    if (interval < 1) return undefined;
    const unit = dated[2]!.toUpperCase();
    const freq = unit === 'D' ? 'DAILY' : unit === 'W' ? 'WEEKLY' : unit === 'M' ? 'MONTHLY' : 'YEARLY';
    return { freq, interval };
  }
  const timed = /^PT(\d{1,4})([HMS])$/i.exec(text);
  if (timed && Number(timed[1]) >= 1) {
    const unit = timed[2]!.toUpperCase();
    return { freq: unit === 'H' ? 'HOURLY' : unit === 'M' ? 'MINUTELY' : 'SECONDLY', interval: Number(timed[1]) };
  }
  return undefined;
}
