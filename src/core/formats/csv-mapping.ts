/**
 * The CSV mapping format (docs/formats.md, "CSV mappings"): which columns fill which feed fields.
 *
 * A field is given as one of
 * - a template string: "{stop}, {community}" — `{column}` is replaced by the cell, optionally
 *   through filters: `{name|slug}`, `{day|weekday}` (Tuesday → TU), `{x|lower}`, `{x|upper}`,
 *   `{x|trim}`; text between two placeholders is a separator, kept only between two cells with a
 *   value (fillTemplate); text before the first and after the last is kept as written;
 * - `{ "column": "geoy" }` — one cell, with optional `"split": ";"` for lists, `"format"` for
 *   dates ("DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD"), `"map": {"Yes": true}` and `"default"`;
 * - `{ "value": … }` — a constant (any JSON value), the same for every row.
 */
import { slugify } from './ids.js';

export type CsvFieldSpec =
  | string
  | { column: string; split?: string; format?: string; map?: Record<string, unknown>; default?: unknown }
  | { value: unknown };

/** Opportunity fields a mapping can fill (feed field names, plus the schedule's parts). */
export const OPPORTUNITY_FIELDS = [
  'id', 'type', 'name', 'description', 'url', 'image', 'startDate', 'endDate', 'startTime', 'endTime', 'duration',
  'timeZone', 'rrule', 'repeatFrequency', 'byDay', 'repeatCount', 'scheduleEndDate', 'exceptDate', 'eventStatus',
  'eventAttendanceMode', 'isAccessibleForFree', 'price', 'priceCurrency', 'ageMin', 'ageMax', 'audience', 'inLanguage',
  'topics', 'level', 'registrationUrl', 'maximumAttendeeCapacity', 'accessibilitySupport',
] as const;

export const PLACE_FIELDS = [
  'id', 'name', 'description', 'streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry',
  'latitude', 'longitude', 'url', 'telephone', 'accessibilitySupport',
] as const;

export const ORGANIZATION_FIELDS = ['id', 'name', 'description', 'url', 'email', 'telephone', 'logo'] as const;

export type OpportunityField = (typeof OPPORTUNITY_FIELDS)[number];
export type PlaceField = (typeof PLACE_FIELDS)[number];
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];

export interface CsvMapping {
  /** Field separator; default: detected (comma, semicolon, tab). */
  delimiter?: string;
  /** Feed-level fields copied as they are (name, id, timeZone, license, sources, publisher, …). */
  feed?: Record<string, unknown>;
  /** Each row's organizer; rows with the same id share one organization. */
  organization?: Partial<Record<OrganizationField, CsvFieldSpec>>;
  /** Each row's place; rows with the same id share one place. */
  place?: Partial<Record<PlaceField, CsvFieldSpec>>;
  /** Each row's opportunity. Required: name. */
  opportunity: Partial<Record<OpportunityField, CsvFieldSpec>>;
}

export type Row = Readonly<Record<string, string>>;

const weekdays: Record<string, string> = {
  monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU',
  mon: 'MO', tue: 'TU', tues: 'TU', wed: 'WE', thu: 'TH', thur: 'TH', thurs: 'TH', fri: 'FR', sat: 'SA', sun: 'SU',
};


const filters: Record<string, (value: string) => string> = {
  slug: (value) => slugify(value),
  lower: (value) => value.toLowerCase(),
  upper: (value) => value.toUpperCase(),
  trim: (value) => value.trim(),
  weekday: (value) => weekdays[value.trim().toLowerCase()] ?? (/^(MO|TU|WE|TH|FR|SA|SU)$/i.test(value.trim()) ? value.trim().toUpperCase() : ''),
};

export interface CellReference {
  column: string;
  problem?: string;
}

/** The columns a spec reads, with a problem for an unknown filter or a column the file lacks. */
export function columnsOf(spec: CsvFieldSpec, headers: readonly string[]): CellReference[] {
  const references: CellReference[] = [];
  if (typeof spec === 'string') {
    for (const match of spec.matchAll(/\{([^}|]+)((?:\|[^}|]+)*)\}/g)) {
      const column = match[1]!.trim();
      const unknownFilter = (match[2] ?? '').split('|').slice(1).find((name) => !filters[name.trim()]);
      references.push({
        column,
        problem: !headers.includes(column) ? `the file has no column "${column}"` : unknownFilter ? `unknown filter "${unknownFilter}" (use slug, lower, upper, trim or weekday)` : undefined,
      });
    }
  } else if ('column' in spec) {
    references.push({ column: spec.column, problem: headers.includes(spec.column) ? undefined : `the file has no column "${spec.column}"` });
  }
  return references;
}

/** A template or column spec applied to a row; undefined when the result is empty. */
export function evaluate(spec: CsvFieldSpec, row: Row): unknown {
  if (typeof spec === 'string') return fillTemplate(spec, row);
  if ('value' in spec) return spec.value;
  const raw = (row[spec.column] ?? '').trim();
  if (raw === '' || /^(NA|N\/A|null)$/i.test(raw)) return spec.default;
  if (spec.map) return Object.prototype.hasOwnProperty.call(spec.map, raw) ? spec.map[raw] : spec.default ?? raw;
  if (spec.split !== undefined) return raw.split(spec.split).map((part) => part.trim()).filter(Boolean);
  if (spec.format) return reformatDate(raw, spec.format);
  return raw;
}

const PLACEHOLDER = /\{([^}|]+)((?:\|[^}|]+)*)\}/g;

/**
 * "{stop}, {community}" for one row. Text before the first placeholder and after the last is kept as
 * written; text between two placeholders separates them, so it is kept only between two values that
 * are there: an empty community gives "Inveraldie Hall", not "Inveraldie Hall,". A template whose
 * every placeholder is empty means "no value", not its punctuation.
 */
function fillTemplate(template: string, row: Row): string | undefined {
  const literals: string[] = [];
  const values: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    literals.push(template.slice(last, match.index));
    let value = (row[match[1]!.trim()] ?? '').trim();
    for (const name of match[2]!.split('|').slice(1)) value = filters[name.trim()]?.(value) ?? value;
    values.push(value);
    last = match.index! + match[0].length;
  }
  const suffix = template.slice(last);
  if (values.length === 0) return template.trim() || undefined;
  let result = literals[0]!;
  let any = false;
  values.forEach((value, index) => {
    if (value === '') return;
    // The separator is the text just before this placeholder, as the template's author wrote it.
    if (any) result += literals[index];
    result += value;
    any = true;
  });
  result = (result + suffix).trim();
  return any && result !== '' ? result : undefined;
}

/** "31/12/2026" with format "DD/MM/YYYY" → "2026-12-31"; the text unchanged when it does not fit. */
export function reformatDate(raw: string, format: string): string {
  const order = format.toUpperCase().match(/YYYY|MM|DD/g) ?? [];
  const parts = raw.match(/\d+/g) ?? [];
  if (order.length !== 3 || parts.length < 3) return raw;
  const value: Record<string, string> = {};
  order.forEach((token, index) => (value[token] = parts[index]!));
  if (!value.YYYY || !value.MM || !value.DD) return raw;
  return `${value.YYYY.padStart(4, '20')}-${value.MM.padStart(2, '0')}-${value.DD.padStart(2, '0')}`;
}
