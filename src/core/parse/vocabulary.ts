/**
 * The closed value sets of Learning Feed 1.0 (with their schema.org / OpenActive aliases) and the
 * open default vocabularies for topics, audiences and accessibility (docs/feed-spec.md).
 */
import type { AttendanceMode, EventStatus, LighthouseStatus, OpportunityKind } from '../model.js';
import { describeValue, jsonTypeName } from './problems.js';
import { isAbsent, lastToken, readStringList, type ReadContext } from './values.js';

/** Default topics. Feeds may use other values; these are the ones widgets translate and facet well. */
export const DEFAULT_TOPICS = [
  'digital-skills', 'coding', 'science-technology', 'languages', 'literacy', 'reading-books', 'numeracy',
  'money-skills', 'arts-crafts', 'music', 'dance-drama', 'photography-film', 'history-heritage', 'environment',
  'gardening', 'cooking-food', 'health-wellbeing', 'sport-movement', 'employability', 'business-enterprise',
  'parenting-family', 'early-years', 'homework-help', 'citizenship', 'volunteering', 'games-play',
] as const;

export const DEFAULT_AUDIENCES = [
  'children', 'teens', 'young-adults', 'adults', 'seniors', 'families', 'parents', 'jobseekers', 'newcomers', 'educators',
] as const;

export const DEFAULT_ACCESSIBILITY = [
  'step-free-access', 'wheelchair-access', 'accessible-toilet', 'changing-places', 'hearing-loop', 'sign-language',
  'captions', 'audio-description', 'large-print', 'braille', 'easy-read', 'quiet-space', 'sensory-friendly',
  'assistance-dogs', 'seating', 'accessible-parking',
] as const;

export const LEVELS = ['beginner', 'intermediate', 'advanced', 'all'] as const;

/** "Digital Skills", "digital_skills" → "digital-skills". */
export function kebabCase(text: string): string {
  return text
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[\s_&/]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** One Set per vocabulary, made once: three lists per opportunity made a Set each, 30k of them for 10k items. */
const termSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function termSet(terms: readonly string[]): ReadonlySet<string> {
  let known = termSets.get(terms);
  if (!known) {
    known = new Set(terms);
    termSets.set(terms, known);
  }
  return known;
}

/** kebabCase of values outside the vocabularies, which a feed repeats item after item ("maths"). */
const kebabCases = new Map<string, string>();

function rememberedKebabCase(text: string): string {
  let term = kebabCases.get(text);
  if (term === undefined) {
    term = kebabCase(text);
    // Bounded: a hostile feed's million distinct values are worked out each time instead.
    if (kebabCases.size < 1000 && text.length <= 200) kebabCases.set(text, term);
  }
  return term;
}

/**
 * Reads an open vocabulary list: a value that is a known term in another spelling is corrected to
 * the term (with a warning); any other non-empty value is kept as written.
 */
export function readVocabularyList(value: unknown, pointer: string, context: ReadContext, terms: readonly string[]): string[] {
  const known = termSet(terms);
  return readStringList(value, pointer, context, (text, itemPointer) => {
    const trimmed = text.trim();
    if (trimmed === '' || known.has(trimmed)) return trimmed || undefined;
    const term = rememberedKebabCase(trimmed);
    if (known.has(term)) {
      context.log.warning(itemPointer, `${describeValue(trimmed)} was read as the vocabulary term "${term}".`, `Write "${term}".`);
      return term;
    }
    return trimmed.slice(0, 200);
  });
}

export interface EnumTable<T extends string> {
  /** Feed spelling → model value. These and their schema.org/OpenActive URLs are accepted silently. */
  canonical: Record<string, T>;
  /** Documented alias names (the part after https://schema.org/), accepted silently. */
  aliases: Record<string, T>;
  /** What to say when nothing matches. */
  hint: string;
}

function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The value for a canonical spelling, a bare alias, or an alias behind https://schema.org/. */
export function documentedValue<T extends string>(table: EnumTable<T>, text: string): T | undefined {
  const canonical = ownValue(table.canonical, text);
  if (canonical !== undefined) return canonical;
  return ownValue(table.aliases, text.replace(SCHEMA_ORG_PREFIX, ''));
}

/** Every spelling accepted without a warning (the JSON Schema's enum lists the same). */
export function documentedSpellings(table: EnumTable<string>): string[] {
  const aliases = Object.keys(table.aliases);
  return [
    ...Object.keys(table.canonical),
    ...aliases,
    ...aliases.filter((alias) => /^[A-Z]/.test(alias)).flatMap((alias) => [`https://schema.org/${alias}`, `http://schema.org/${alias}`]),
  ];
}

const SCHEMA_ORG_PREFIX = /^https?:\/\/schema\.org\//;
const PREFIXES = /^(?:https?:\/\/schema\.org\/|https?:\/\/openactive\.io\/|schema:|oa:)/i;

function looseToken(text: string): string {
  return text.trim().replace(PREFIXES, '').toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * Reads one value of a closed set. Canonical spellings and documented aliases (with or without the
 * https://schema.org/ prefix) pass silently; other spellings of the same word ("drop-in",
 * "Cancelled", "canceled") are accepted with a warning; anything else is an error and undefined.
 */
export function readEnum<T extends string>(value: unknown, pointer: string, context: ReadContext, table: EnumTable<T>): T | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (typeof value !== 'string') {
    context.log.error(pointer, `${lastToken(pointer)} should be a string, not ${jsonTypeName(value)}.`, table.hint);
    return undefined;
  }
  const trimmed = value.trim();
  const documented = documentedValue(table, trimmed);
  if (documented !== undefined) return documented;
  const loose = looseToken(trimmed);
  for (const [spelling, result] of [...Object.entries(table.canonical), ...Object.entries(table.aliases)]) {
    if (looseToken(spelling) === loose) {
      const preferred = Object.keys(table.canonical).find((key) => table.canonical[key] === result)!;
      context.log.warning(pointer, `${lastToken(pointer)} ${describeValue(trimmed)} was read as "${preferred}".`, `Write "${preferred}".`);
      return result;
    }
  }
  context.log.error(pointer, `${lastToken(pointer)} ${describeValue(trimmed)} is not a known value, so it was ignored.`, table.hint);
  return undefined;
}

export const OPPORTUNITY_KINDS: EnumTable<OpportunityKind> = {
  canonical: { course: 'course', sessionSeries: 'session-series', event: 'event', dropIn: 'drop-in' },
  aliases: { Course: 'course', CourseInstance: 'course', SessionSeries: 'session-series', Event: 'event', ScheduledSession: 'event' },
  hint: 'Use "course", "sessionSeries", "event" or "dropIn".',
};

export const EVENT_STATUSES: EnumTable<EventStatus> = {
  canonical: { scheduled: 'scheduled', cancelled: 'cancelled', postponed: 'postponed', rescheduled: 'rescheduled', movedOnline: 'moved-online' },
  aliases: {
    EventScheduled: 'scheduled', EventCancelled: 'cancelled', EventPostponed: 'postponed',
    EventRescheduled: 'rescheduled', EventMovedOnline: 'moved-online', canceled: 'cancelled',
  },
  hint: 'Use "scheduled", "cancelled", "postponed", "rescheduled" or "movedOnline".',
};

export const ATTENDANCE_MODES: EnumTable<AttendanceMode> = {
  canonical: { offline: 'offline', online: 'online', mixed: 'mixed' },
  aliases: { OfflineEventAttendanceMode: 'offline', OnlineEventAttendanceMode: 'online', MixedEventAttendanceMode: 'mixed' },
  hint: 'Use "offline", "online" or "mixed".',
};

export const LIGHTHOUSE_STATUSES: EnumTable<LighthouseStatus> = {
  canonical: { designated: 'designated', candidate: 'candidate', suspended: 'suspended', withdrawn: 'withdrawn' },
  aliases: {},
  hint: 'Use "designated", "candidate", "suspended" or "withdrawn".',
};

export const LEVEL_VALUES: EnumTable<(typeof LEVELS)[number]> = {
  canonical: { beginner: 'beginner', intermediate: 'intermediate', advanced: 'advanced', all: 'all' },
  aliases: {},
  hint: 'Use "beginner", "intermediate", "advanced" or "all".',
};
