/**
 * Readers for the value types a feed uses: each takes the raw JSON value and its pointer, returns
 * the normalised value or undefined, and logs a problem for anything it had to drop or repair.
 * None of them throws, whatever it is given.
 *
 * The rule of thumb for severity (docs/feed-spec.md, "Consumers are lenient, the validator is
 * strict"): a value the spec forbids is an error and is dropped; a value we could repair without
 * guessing (a number written as a string, one value where a list belongs) is a warning and kept.
 */
import type { LocalizedText } from '../model.js';
import { checkUrl, LINK_SCHEMES, WEB_SCHEMES, type UrlRejection } from '../urls.js';
import { describeValue, jsonTypeName, pointerTo, type ProblemLog } from './problems.js';

/** Longest text kept; longer text is cut with a warning (a description is never 100k characters). */
export const MAX_TEXT_LENGTH = 100_000;
/** Longest id kept; ids are joined into keys and shown in URLs. */
export const MAX_ID_LENGTH = 1000;

export interface ReadContext {
  log: ProblemLog;
  /** The feed's language: plain-string text is stored under it. */
  language: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a feed's "constructor" or "__proto__" is data, never something inherited. */
export function field(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Treats null as "not given", with a warning (the schema does not allow null anywhere). */
export function isAbsent(value: unknown, pointer: string, context: ReadContext): boolean {
  if (value === undefined) return true;
  if (value === null) {
    context.log.warning(pointer, `${lastToken(pointer)} is null.`, 'Leave the field out instead of writing null.');
    return true;
  }
  return false;
}

export function lastToken(pointer: string): string {
  const token = pointer.slice(pointer.lastIndexOf('/') + 1);
  return token.replace(/~1/g, '/').replace(/~0/g, '~') || 'The document';
}

function wrongType(pointer: string, context: ReadContext, expected: string, value: unknown): void {
  context.log.error(pointer, `${lastToken(pointer)} should be ${expected}, not ${jsonTypeName(value)}.`);
}

/** A string, cut to `MAX_TEXT_LENGTH` with a warning. A blank string counts as absent, with a warning. */
export function readString(value: unknown, pointer: string, context: ReadContext): string | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (typeof value !== 'string') {
    wrongType(pointer, context, 'a string', value);
    return undefined;
  }
  return cutToLength(value, pointer, context);
}

/** \s is exactly what String#trim removes (WhiteSpace and LineTerminator). */
const NOT_BLANK = /\S/;

function cutToLength(value: string, pointer: string, context: ReadContext): string | undefined {
  if (value.length > MAX_TEXT_LENGTH) {
    context.log.warning(
      pointer,
      `${lastToken(pointer)} is ${value.length} characters long; only the first ${MAX_TEXT_LENGTH} are kept.`,
      'Shorten the text, or link to a page that holds the full version.',
    );
    return value.slice(0, MAX_TEXT_LENGTH);
  }
  // Not `value.trim() === ''`: the scan stops at the first character that is not blank, and makes no string.
  if (!NOT_BLANK.test(value)) {
    context.log.warning(pointer, `${lastToken(pointer)} is empty.`, 'Leave the field out instead of writing an empty string.');
    return undefined;
  }
  return value;
}

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

/**
 * Tags already canonicalised: a feed repeats a handful of tags thousands of times, and
 * Intl.getCanonicalLocales was most of the time spent reading an opportunity's inLanguage.
 */
const canonicalTags = new Map<string, string | undefined>();
const MAX_REMEMBERED_TAGS = 1000;

/** A BCP 47 tag in canonical case ("EN-gb" → "en-GB"), or undefined when it is not one. */
export function canonicalLanguageTag(tag: string): string | undefined {
  const known = canonicalTags.get(tag);
  if (known !== undefined || canonicalTags.has(tag)) return known;
  const canonical = canonicalise(tag);
  // A hostile feed may send a million different tags: past the cap, tags are worked out each time.
  if (canonicalTags.size < MAX_REMEMBERED_TAGS) canonicalTags.set(tag, canonical);
  return canonical;
}

function canonicalise(tag: string): string | undefined {
  if (!LANGUAGE_TAG.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export function readLanguageTag(value: unknown, pointer: string, context: ReadContext): string | undefined {
  const tag = readString(value, pointer, context);
  if (tag === undefined) return undefined;
  const canonical = canonicalLanguageTag(tag.trim());
  if (!canonical) {
    context.log.error(pointer, `${describeValue(tag)} is not a BCP 47 language tag.`, 'Use a tag such as "en", "ar", "ko" or "pt-BR".');
  }
  return canonical;
}

/** Human text: a plain string (in the feed's language) or a language map. */
export function readText(value: unknown, pointer: string, context: ReadContext): LocalizedText | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (typeof value === 'string') {
    const text = cutToLength(value, pointer, context);
    return text === undefined ? undefined : { [context.language]: text };
  }
  if (!isRecord(value)) {
    wrongType(pointer, context, 'a string or a language map such as {"en": "…"}', value);
    return undefined;
  }
  const entries: Array<[string, string]> = [];
  for (const [tag, text] of Object.entries(value)) {
    const entryPointer = pointerTo(pointer, tag);
    const canonical = canonicalLanguageTag(tag);
    if (!canonical) {
      context.log.error(entryPointer, `${describeValue(tag)} is not a BCP 47 language tag, so this text was dropped.`, 'Language map keys are tags such as "en", "ar" or "zh-Hant".');
      continue;
    }
    const kept = readString(text, entryPointer, context);
    if (kept !== undefined) entries.push([canonical, kept]);
  }
  if (Object.keys(value).length === 0) {
    context.log.warning(pointer, `${lastToken(pointer)} is an empty language map.`, 'Leave the field out, or add text: {"en": "…"}.');
  }
  // Object.fromEntries defines own properties, so no key can reach a prototype.
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const REJECTION_MESSAGES: Record<UrlRejection, string> = {
  empty: 'is empty',
  'too-long': 'is too long to be a link',
  'control-character': 'contains control characters (tabs, newlines or invisible characters)',
  relative: 'is not an absolute URL',
  scheme: 'uses a scheme that is not allowed',
  malformed: 'is not a well-formed URL',
};

function readUrlWith(value: unknown, pointer: string, context: ReadContext, schemes: ReadonlySet<string>): string | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (typeof value !== 'string') {
    wrongType(pointer, context, 'a URL string', value);
    return undefined;
  }
  const check = checkUrl(value, schemes);
  if (check.url !== undefined) return check.url;
  const allowed = [...schemes].join(', ');
  const why = check.rejection === 'scheme' ? `uses the "${check.scheme}:" scheme` : REJECTION_MESSAGES[check.rejection ?? 'malformed'];
  const looksLikeHost = check.rejection === 'relative' && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(value.trim());
  context.log.error(
    pointer,
    `${lastToken(pointer)} ${describeValue(value)} ${why}, so it was dropped.`,
    looksLikeHost ? `Did you mean "https://${value.trim().slice(0, 60)}"?` : `Only ${allowed} URLs are allowed, written in full (https://…).`,
  );
  return undefined;
}

/** A page or image URL: http or https only. */
export function readWebUrl(value: unknown, pointer: string, context: ReadContext): string | undefined {
  return readUrlWith(value, pointer, context, WEB_SCHEMES);
}

/** A link a visitor may follow: http, https, mailto or tel. */
export function readLinkUrl(value: unknown, pointer: string, context: ReadContext): string | undefined {
  return readUrlWith(value, pointer, context, LINK_SCHEMES);
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

export function readEmail(value: unknown, pointer: string, context: ReadContext): string | undefined {
  const text = readString(value, pointer, context)?.trim();
  if (text === undefined) return undefined;
  const withScheme = text.toLowerCase().startsWith('mailto:');
  const address = withScheme ? text.slice(7) : text;
  if (address.length <= 254 && EMAIL.test(address)) {
    if (withScheme) context.log.warning(pointer, 'email starts with "mailto:"; the address was read without it.', `Write the plain address: ${address.slice(0, 80)}.`);
    return address;
  }
  context.log.error(pointer, `email ${describeValue(text)} is not an email address, so it was dropped.`, 'Write a plain address: learning@example.org.');
  return undefined;
}

export function readTelephone(value: unknown, pointer: string, context: ReadContext): string | undefined {
  const text = readString(value, pointer, context)?.trim();
  if (text === undefined) return undefined;
  if (text.length <= 100 && /\d/.test(text) && !/[<>]/.test(text)) return text;
  context.log.error(pointer, `telephone ${describeValue(text)} is not a telephone number, so it was dropped.`, 'Write the number with its country code: +44 161 912 3000.');
  return undefined;
}

export interface NumberRange {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** A number within a range. A number written as a string ("5.00") is accepted with a warning. */
export function readNumber(value: unknown, pointer: string, context: ReadContext, range: NumberRange = {}): number | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    number = Number(value);
    context.log.warning(pointer, `${lastToken(pointer)} is the string ${describeValue(value)}; it was read as the number ${number}.`, 'Write numbers without quotes.');
  } else {
    wrongType(pointer, context, range.integer ? 'a whole number' : 'a number', value);
    return undefined;
  }
  if (!Number.isFinite(number) || (range.integer && !Number.isInteger(number))) {
    context.log.error(pointer, `${lastToken(pointer)} should be ${range.integer ? 'a whole number' : 'a finite number'}, not ${number}.`);
    return undefined;
  }
  if ((range.min !== undefined && number < range.min) || (range.max !== undefined && number > range.max)) {
    const bounds = range.max === undefined ? `at least ${range.min}` : range.min === undefined ? `at most ${range.max}` : `between ${range.min} and ${range.max}`;
    context.log.error(pointer, `${lastToken(pointer)} ${number} is out of range; it should be ${bounds}.`);
    return undefined;
  }
  return number;
}

export function readBoolean(value: unknown, pointer: string, context: ReadContext): boolean | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') {
    context.log.warning(pointer, `${lastToken(pointer)} is the string "${value}"; it was read as ${value}.`, 'Write true or false without quotes.');
    return value === 'true';
  }
  wrongType(pointer, context, 'true or false', value);
  return undefined;
}

/** A list. One value where a list belongs is accepted as a list of one, with a warning. */
export function readList(value: unknown, pointer: string, context: ReadContext): unknown[] | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (Array.isArray(value)) return value;
  context.log.warning(pointer, `${lastToken(pointer)} should be a list; the single value was read as a list of one.`, `Write [${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : '…'}].`);
  return [value];
}

/**
 * The pointer of entry `index` of a list read by `readList`. A single value read as a list of one
 * has no "/0" in the document: its problems point at the value itself.
 */
export function listItemPointer(value: unknown, pointer: string, index: number): string {
  return Array.isArray(value) ? pointerTo(pointer, index) : pointer;
}

/**
 * A list of strings, each passed through `normalise` (which may log and return undefined to drop it).
 * Duplicates are removed.
 */
export function readStringList(
  value: unknown,
  pointer: string,
  context: ReadContext,
  normalise: (text: string, itemPointer: string) => string | undefined = (text) => text.trim() || undefined,
): string[] {
  const list = readList(value, pointer, context);
  if (!list) return [];
  const result: string[] = [];
  list.forEach((item, index) => {
    const itemPointer = listItemPointer(value, pointer, index);
    if (typeof item !== 'string') {
      context.log.error(itemPointer, `${lastToken(pointer)} entries should be strings, not ${jsonTypeName(item)}; this entry was dropped.`);
      return;
    }
    const text = cutToLength(item, itemPointer, context);
    if (text === undefined) return;
    const normalised = normalise(text, itemPointer);
    if (normalised !== undefined && !result.includes(normalised)) result.push(normalised);
  });
  return result;
}

/**
 * An id: a non-empty string. A number is accepted as its decimal string with a warning, because
 * spreadsheet and database exports write numeric ids.
 */
export function readId(value: unknown, pointer: string, context: ReadContext): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    context.log.warning(pointer, `id ${value} is a number; it was read as the string "${value}".`, 'Write ids as strings.');
    return String(value);
  }
  if (typeof value !== 'string') return undefined;
  if (value.trim() === '' || value.length > MAX_ID_LENGTH) return undefined;
  return value;
}
