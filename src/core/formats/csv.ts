/**
 * CSV (a spreadsheet export) + a mapping (./csv-mapping.ts, docs/formats.md) → Learning Feed 1.0.
 *
 * Each row becomes an opportunity, with its place and organizer when the mapping has them
 * (deduplicated by id, so 40 stops of one mobile library share one organization). A bad cell is
 * reported with its row, line and column and only that field is dropped; a row without a name is
 * skipped. Problem pointers address the CSV as an array of row objects: "/12/geoy".
 */
import Papa from 'papaparse';
import type { FeedProblem } from '../model.js';
import type { DocumentOpportunity, DocumentOrganization, DocumentPlace, DocumentSchedule, ImportResult, LearningFeedDocument } from './document.js';
import { IdAllocator, slugify } from './ids.js';
import { columnsOf, evaluate, OPPORTUNITY_FIELDS, ORGANIZATION_FIELDS, PLACE_FIELDS, type CsvFieldSpec, type CsvMapping, type Row } from './csv-mapping.js';
import { alignStartToRule, readBoolean, readDate, readList, readNumber, readTime, type Read } from './csv-values.js';

export type { CsvMapping, CsvFieldSpec } from './csv-mapping.js';

export interface CsvImportOptions {
  feedId?: string;
  /** The file or URL the text came from; set on every problem. */
  source?: string;
  /** Overrides the mapping's feed.timeZone. */
  timeZone?: string;
  language?: string;
}

interface ParsedRows {
  headers: string[];
  rows: Array<{ cells: Row; line: number }>;
  errors: Array<{ message: string; line: number }>;
}

function parseRows(text: string, delimiter: string | undefined): ParsedRows {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const raw: Array<{ cells: string[]; line: number }> = [];
  const errors: ParsedRows['errors'] = [];
  let line = 1;
  let position = 0;
  Papa.parse<string[]>(body, {
    delimiter: delimiter ?? '',
    skipEmptyLines: true,
    step: (results) => {
      // Papaparse skips empty lines; step over them too so the row's line number is right.
      while (position < body.length && (body[position] === '\n' || body[position] === '\r')) {
        if (body[position] === '\n') line++;
        position++;
      }
      const rowLine = line;
      for (; position < results.meta.cursor; position++) if (body.charCodeAt(position) === 10) line++;
      for (const error of results.errors) errors.push({ message: error.message, line: rowLine });
      raw.push({ cells: results.data, line: rowLine });
    },
  });
  const [header, ...rest] = raw;
  const headers = (header?.cells ?? []).map((cell) => cell.trim());
  const rows = rest.map(({ cells, line: rowLine }) => ({ line: rowLine, cells: Object.fromEntries(headers.map((name, index) => [name, cells[index] ?? ''])) }));
  return { headers, rows, errors };
}

const numberRanges: Record<string, [number, number] | undefined> = {
  latitude: [-90, 90], longitude: [-180, 180], price: [0, 1e9], ageMin: [0, 150], ageMax: [0, 150], repeatCount: [1, 10000], maximumAttendeeCapacity: [0, 1e7],
};
const booleanFields = new Set(['isAccessibleForFree']);
const listFields = new Set(['topics', 'audience', 'inLanguage', 'accessibilitySupport', 'exceptDate', 'byDay']);
const dateFields = new Set(['startDate', 'endDate', 'scheduleEndDate']);
const timeFields = new Set(['startTime', 'endTime']);

export function importCsv(text: string, mapping: CsvMapping, options: CsvImportOptions = {}): ImportResult {
  const source = options.source;
  const problems: FeedProblem[] = [];
  const feed: LearningFeedDocument = { version: '1.0' };
  const fail = (message: string, hint?: string) => {
    problems.push({ severity: 'error', source, pointer: '', message, ...(hint ? { hint } : {}) });
    return { feed: { ...feed, opportunities: [] }, problems };
  };
  if (typeof mapping !== 'object' || mapping === null || typeof mapping.opportunity !== 'object' || mapping.opportunity === null) {
    return fail('The CSV mapping has no "opportunity" section', 'See docs/formats.md: {"opportunity": {"name": "{Title}", …}}.');
  }
  const sections = [['opportunity', mapping.opportunity, OPPORTUNITY_FIELDS], ['place', mapping.place, PLACE_FIELDS], ['organization', mapping.organization, ORGANIZATION_FIELDS]] as const;
  const { headers, rows, errors } = parseRows(typeof text === 'string' ? text : '', mapping.delimiter);
  for (const [section, spec, known] of sections) {
    for (const [field, fieldSpec] of Object.entries(spec ?? {})) {
      if (!(known as readonly string[]).includes(field)) problems.push({ severity: 'error', source, pointer: '', message: `The mapping's ${section}.${field} is not a field the importer knows; it was ignored`, hint: `Known ${section} fields: ${known.join(', ')}.` });
      for (const reference of columnsOf(fieldSpec as CsvFieldSpec, headers)) {
        if (reference.problem) problems.push({ severity: 'error', source, pointer: '', message: `The mapping's ${section}.${field}: ${reference.problem}`, hint: `The file's columns are: ${headers.join(', ')}.` });
      }
    }
  }
  if (!mapping.opportunity.name) return fail('The mapping does not say where opportunity names come from (opportunity.name)');
  for (const error of errors) problems.push({ severity: 'error', source, pointer: '', line: error.line, message: `CSV syntax: ${error.message}` });

  Object.assign(feed, mapping.feed ?? {});
  feed.version = '1.0';
  if (options.feedId) feed.id = options.feedId;
  if (options.language) feed.language = options.language;
  if (options.timeZone) feed.timeZone = options.timeZone;
  const places = new Map<string, DocumentPlace>();
  const organizations = new Map<string, DocumentOrganization>();
  const opportunities: DocumentOpportunity[] = [];
  const ids = new IdAllocator();
  const firstRowOfId = new Map<string, number>();

  rows.forEach(({ cells, line }, rowIndex) => {
    const rowNumber = rowIndex + 1;
    const report = (severity: 'error' | 'warning', column: string | undefined, message: string, hint?: string) => {
      const columnIndex = column ? headers.indexOf(column) : -1;
      problems.push({
        severity, source, line, pointer: `/${rowIndex}${column ? `/${column.replace(/~/g, '~0').replace(/\//g, '~1')}` : ''}`,
        message: `Row ${rowNumber}${column ? `, column "${column}"` : ''}: ${message}`,
        ...(columnIndex >= 0 ? { column: columnIndex + 1 } : {}), ...(hint ? { hint } : {}),
      });
    };
    const value = (section: 'opportunity' | 'place' | 'organization', field: string): unknown => {
      const spec = (mapping[section] as Record<string, CsvFieldSpec> | undefined)?.[field];
      if (spec === undefined) return undefined;
      const raw = evaluate(spec, cells);
      if (raw === undefined || raw === null || raw === '') return undefined;
      const column = typeof spec === 'object' && 'column' in spec ? spec.column : columnsOf(spec, headers)[0]?.column;
      let read: Read<unknown> | undefined;
      if (field in numberRanges) read = readNumber(raw, numberRanges[field]);
      else if (booleanFields.has(field)) read = readBoolean(raw);
      else if (dateFields.has(field)) read = readDate(raw);
      else if (timeFields.has(field)) read = readTime(raw);
      else if (listFields.has(field)) return readList(raw).map((item) => (field === 'topics' || field === 'accessibilitySupport' || field === 'audience' ? slugify(item) : item));
      else return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : raw;
      if ('problem' in read) {
        report('error', column, `${field} ${read.problem}; it was left out`);
        return undefined;
      }
      return read.value;
    };
    const name = value('opportunity', 'name') as string | undefined;
    if (!name) {
      report('error', undefined, 'no name, so the row was skipped', 'Every opportunity needs a name.');
      return;
    }
    const placeId = mapping.place ? buildPlace(value, places, report) : undefined;
    const organizationId = mapping.organization ? buildOrganization(value, organizations, placeId) : undefined;
    const baseId = (value('opportunity', 'id') as string | undefined) ?? `row-${rowNumber}`;
    const id = ids.allocate(baseId);
    if (id !== baseId) report('warning', undefined, `id "${baseId}" is also used by row ${firstRowOfId.get(baseId)}; this row was given "${id}"`, 'Include more columns in the id template so each row has its own id.');
    else firstRowOfId.set(baseId, rowNumber);
    const opportunity: DocumentOpportunity = { id, name };
    if (placeId) opportunity.location = placeId;
    if (organizationId) opportunity.organizer = organizationId;
    for (const field of ['type', 'description', 'url', 'image', 'eventStatus', 'eventAttendanceMode', 'level', 'registrationUrl', 'timeZone'] as const) {
      const fieldValue = value('opportunity', field);
      if (fieldValue !== undefined) (opportunity as unknown as Record<string, unknown>)[field] = fieldValue;
    }
    for (const field of ['topics', 'audience', 'inLanguage', 'accessibilitySupport', 'isAccessibleForFree', 'maximumAttendeeCapacity'] as const) {
      const fieldValue = value('opportunity', field);
      if (fieldValue !== undefined && !(Array.isArray(fieldValue) && fieldValue.length === 0)) (opportunity as unknown as Record<string, unknown>)[field] = fieldValue;
    }
    const price = value('opportunity', 'price') as number | undefined;
    if (price !== undefined) {
      opportunity.offers = [{ price, priceCurrency: (value('opportunity', 'priceCurrency') as string | undefined) ?? 'GBP' }];
      if (opportunity.isAccessibleForFree === undefined) opportunity.isAccessibleForFree = price === 0;
    }
    const ageMin = value('opportunity', 'ageMin') as number | undefined;
    const ageMax = value('opportunity', 'ageMax') as number | undefined;
    if (ageMin !== undefined || ageMax !== undefined) opportunity.ageRange = { ...(ageMin !== undefined ? { minValue: ageMin } : {}), ...(ageMax !== undefined ? { maxValue: ageMax } : {}) };
    applyTiming(opportunity, value, report);
    opportunities.push(opportunity);
  });

  if (organizations.size) feed.organizations = [...organizations.values()];
  if (places.size) feed.places = [...places.values()];
  feed.opportunities = opportunities;
  return { feed, problems };
}

type ValueOf = (section: 'opportunity' | 'place' | 'organization', field: string) => unknown;
type Report = (severity: 'error' | 'warning', column: string | undefined, message: string, hint?: string) => void;

function buildPlace(value: ValueOf, places: Map<string, DocumentPlace>, report: Report): string | undefined {
  const name = value('place', 'name') as string | undefined;
  const id = (value('place', 'id') as string | undefined) ?? (name ? slugify(name) : undefined);
  if (!id) return undefined;
  if (places.has(id)) return id;
  const place: DocumentPlace = { id, name: name ?? id };
  const description = value('place', 'description') as string | undefined;
  if (description) place.description = description;
  const address: NonNullable<DocumentPlace['address']> = {};
  for (const field of ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'] as const) {
    const part = value('place', field) as string | undefined;
    if (part) address[field] = part;
  }
  if (Object.keys(address).length) place.address = address;
  const latitude = value('place', 'latitude') as number | undefined;
  const longitude = value('place', 'longitude') as number | undefined;
  if (latitude !== undefined && longitude !== undefined) place.geo = { latitude, longitude };
  else if (latitude !== undefined || longitude !== undefined) report('warning', undefined, 'only one of latitude and longitude is given, so the place has no map position');
  for (const field of ['url', 'telephone'] as const) {
    const fieldValue = value('place', field) as string | undefined;
    if (fieldValue) place[field] = fieldValue;
  }
  const accessibility = value('place', 'accessibilitySupport') as string[] | undefined;
  if (accessibility?.length) place.accessibilitySupport = accessibility;
  places.set(id, place);
  return id;
}

function buildOrganization(value: ValueOf, organizations: Map<string, DocumentOrganization>, placeId: string | undefined): string | undefined {
  const name = value('organization', 'name') as string | undefined;
  const id = (value('organization', 'id') as string | undefined) ?? (name ? slugify(name) : undefined);
  if (!id) return undefined;
  let organization = organizations.get(id);
  if (!organization) {
    organization = { id, name: name ?? id };
    for (const field of ['description', 'url', 'email', 'telephone', 'logo'] as const) {
      const fieldValue = value('organization', field) as string | undefined;
      if (fieldValue) organization[field] = fieldValue;
    }
    organizations.set(id, organization);
  }
  if (placeId && !organization.places?.includes(placeId)) organization.places = [...(organization.places ?? []), placeId];
  return id;
}

/** One-off dates, or an eventSchedule when the mapping gives a rule (rrule, repeatFrequency or byDay). */
function applyTiming(opportunity: DocumentOpportunity, value: ValueOf, report: Report): void {
  const startDate = value('opportunity', 'startDate') as string | undefined;
  const startTime = value('opportunity', 'startTime') as string | undefined;
  const endTime = value('opportunity', 'endTime') as string | undefined;
  const duration = value('opportunity', 'duration') as string | undefined;
  let rrule = (value('opportunity', 'rrule') as string | undefined)?.replace(/^RRULE:/i, '').replace(/;+$/, '');
  const byDay = value('opportunity', 'byDay') as string[] | undefined;
  const repeatFrequency = value('opportunity', 'repeatFrequency') as string | undefined;
  if (rrule && byDay?.length && !/(^|;)BYDAY=/i.test(rrule)) rrule = `${rrule};BYDAY=${byDay.join(',')}`;
  if (rrule || repeatFrequency || byDay?.length) {
    if (!startDate) {
      report('error', undefined, 'a repeating opportunity needs a startDate (the first date of the series); it was left without dates');
      return;
    }
    const schedule: DocumentSchedule = {};
    let first = startDate;
    if (rrule) {
      first = alignStartToRule(startDate, rrule);
      if (first !== startDate) report('warning', undefined, `startDate ${startDate} is not one of the rule's days (${rrule}); the series starts on ${first}`);
      schedule.rrule = rrule;
    } else {
      if (repeatFrequency) schedule.repeatFrequency = repeatFrequency;
      if (byDay?.length) schedule.byDay = byDay;
    }
    schedule.startDate = first;
    if (startTime) schedule.startTime = startTime;
    if (endTime) schedule.endTime = endTime;
    if (duration) schedule.duration = duration;
    const endDate = value('opportunity', 'scheduleEndDate') as string | undefined;
    if (endDate) schedule.endDate = endDate;
    const repeatCount = value('opportunity', 'repeatCount') as number | undefined;
    if (repeatCount !== undefined && !rrule) schedule.repeatCount = repeatCount;
    const exceptDate = value('opportunity', 'exceptDate') as string[] | undefined;
    if (exceptDate?.length) schedule.exceptDate = exceptDate;
    opportunity.eventSchedule = [schedule];
    return;
  }
  if (!startDate) return;
  opportunity.startDate = startTime ? `${startDate}T${startTime}` : startDate;
  const endDate = (value('opportunity', 'endDate') as string | undefined) ?? (endTime ? startDate : undefined);
  if (endDate) opportunity.endDate = endTime && startTime ? `${endDate}T${endTime}` : endDate;
  else if (duration) opportunity.duration = duration;
}
