/**
 * The finder's view (filters and sort) ⇄ the page's query string, as pure functions. Every parameter
 * carries a prefix ("lf-" by default) so the host page's own parameters survive untouched, and a
 * shared link reopens the same view.
 *
 * Organizations and places are written by the id the publisher gave them (short, readable links) and
 * read back to model keys once the model is known (`resolveReferences`). A "near me" position is never
 * written: a link someone shares should not carry where they were standing. A chosen place is public,
 * so "near Sale Library" is.
 */
import type { AttendanceMode, DatePreset, FeedModel, OpportunityFilters } from '../../core/model.js';
import type { SortOrder } from '../../core/search/index.js';

export const DEFAULT_URL_PREFIX = 'lf-';

export interface FinderView {
  filters: OpportunityFilters;
  /** Absent means the finder's default order. */
  sort?: SortOrder;
}

const LIST_PARAMS = {
  topics: 'topic',
  audience: 'audience',
  cost: 'cost',
  attendanceModes: 'mode',
  languages: 'lang',
  accessibility: 'access',
  organizations: 'org',
  places: 'place',
} as const satisfies Partial<Record<keyof OpportunityFilters, string>>;

type ListField = keyof typeof LIST_PARAMS;
const LIST_FIELDS = Object.keys(LIST_PARAMS) as ListField[];
const SCALAR_PARAMS = ['q', 'when', 'from', 'to', 'near', 'radius', 'near-label', 'sort'] as const;

const COSTS = new Set(['free', 'paid']);
const MODES = new Set<string>(['offline', 'online', 'mixed'] satisfies AttendanceMode[]);
const PRESETS = new Set<string>(['today', 'this-weekend', 'next-7-days', 'this-month'] satisfies DatePreset[]);
const SORTS = new Set<string>(['relevance', 'next-date', 'distance', 'name'] satisfies SortOrder[]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_RADIUS_KM = 20_000;

/** The prefix from the `sync-url` attribute: its value when it is a usable prefix ("jobs-"), else "lf-". */
export function urlPrefix(attributeValue: string | null | undefined): string {
  const value = (attributeValue ?? '').trim();
  return /^[a-z][a-z0-9]*[-_]$/i.test(value) ? value : DEFAULT_URL_PREFIX;
}

/** True when the query string holds any of the finder's parameters (then it wins over attribute presets). */
export function hasViewParams(params: URLSearchParams, prefix = DEFAULT_URL_PREFIX): boolean {
  return [...params.keys()].some((name) => name.startsWith(prefix) && isOurParam(name.slice(prefix.length)));
}

function isOurParam(name: string): boolean {
  return (Object.values(LIST_PARAMS) as string[]).includes(name) || (SCALAR_PARAMS as readonly string[]).includes(name);
}

/** Reads the view; values that make no sense (an unknown cost, a malformed date) are dropped, never fatal. */
export function readViewFromParams(params: URLSearchParams, prefix = DEFAULT_URL_PREFIX): FinderView {
  const get = (name: string) => params.get(prefix + name)?.trim() || undefined;
  const filters: OpportunityFilters = {};
  const query = get('q');
  if (query) filters.query = query;
  for (const field of LIST_FIELDS) {
    const values = [...new Set(params.getAll(prefix + LIST_PARAMS[field]).map((value) => value.trim()).filter(Boolean))];
    const valid = field === 'cost' ? values.filter((value) => COSTS.has(value)) : field === 'attendanceModes' ? values.filter((value) => MODES.has(value)) : values;
    if (valid.length) (filters as Record<ListField, string[]>)[field] = valid;
  }
  const when = get('when');
  const from = get('from');
  const to = get('to');
  if (when && PRESETS.has(when)) filters.dates = { preset: when as DatePreset };
  else if ((from && DATE.test(from)) || (to && DATE.test(to))) {
    const first = from && DATE.test(from) ? from : to!;
    const last = to && DATE.test(to) ? to : first;
    filters.dates = { from: first, to: last };
  }
  const near = get('near')?.split(',').map(Number);
  const radius = Number(get('radius'));
  const label = get('near-label');
  if (near?.length === 2 && near.every(Number.isFinite) && Math.abs(near[0]!) <= 90 && Math.abs(near[1]!) <= 180 && label) {
    filters.near = { latitude: near[0]!, longitude: near[1]!, radiusKm: radius > 0 && radius <= MAX_RADIUS_KM ? radius : 5, label };
  }
  const sort = get('sort');
  return sort && SORTS.has(sort) ? { filters, sort: sort as SortOrder } : { filters };
}

export interface WriteOptions {
  /** Short form of an organization or place key for the link (see `referenceId`); default: the key. */
  idOf?: (field: 'organizations' | 'places', key: string) => string;
}

/**
 * A copy of `params` with the finder's parameters replaced by `view`; every other parameter is kept
 * in place. Empty filters write nothing, so a page without a search has a clean address.
 */
export function writeViewToParams(
  view: FinderView,
  params: URLSearchParams,
  prefix = DEFAULT_URL_PREFIX,
  options: WriteOptions = {},
): URLSearchParams {
  const next = new URLSearchParams();
  for (const [name, value] of params) if (!(name.startsWith(prefix) && isOurParam(name.slice(prefix.length)))) next.append(name, value);
  const { filters } = view;
  if (filters.query?.trim()) next.set(`${prefix}q`, filters.query.trim());
  for (const field of LIST_FIELDS) {
    for (const value of filters[field] ?? []) {
      const written = (field === 'organizations' || field === 'places') && options.idOf ? options.idOf(field, value) : value;
      next.append(prefix + LIST_PARAMS[field], written);
    }
  }
  const dates = filters.dates;
  if (dates && 'preset' in dates) next.set(`${prefix}when`, dates.preset);
  else if (dates) {
    next.set(`${prefix}from`, dates.from);
    next.set(`${prefix}to`, dates.to);
  }
  if (filters.near?.label) {
    next.set(`${prefix}near`, `${round(filters.near.latitude)},${round(filters.near.longitude)}`);
    next.set(`${prefix}radius`, String(filters.near.radiusKm));
    next.set(`${prefix}near-label`, filters.near.label);
  }
  if (view.sort) next.set(`${prefix}sort`, view.sort);
  return next;
}

function round(degrees: number): number {
  return Math.round(degrees * 1e5) / 1e5;
}

/** The publisher's id for a key when no other feed in the model uses the same id; else the key itself. */
export function referenceId(model: FeedModel | undefined, field: 'organizations' | 'places', key: string): string {
  const items = field === 'organizations' ? model?.organizations : model?.places;
  const item = items?.get(key);
  if (!items || !item) return key;
  for (const other of items.values()) if (other.id === item.id && other.key !== key) return key;
  return item.id;
}

/** Turns ids read from a link into model keys (every feed's item with that id); unknown values are kept. */
export function resolveReferences(filters: OpportunityFilters, model: FeedModel): OpportunityFilters {
  const resolve = (values: string[] | undefined, items: FeedModel['organizations'] | FeedModel['places']) => {
    if (!values?.length) return values;
    const keys = values.flatMap((value) => {
      if (items.has(value)) return [value];
      const matches = [...items.values()].filter((item) => item.id === value).map((item) => item.key);
      return matches.length ? matches : [value];
    });
    return [...new Set(keys)];
  };
  const organizations = resolve(filters.organizations, model.organizations);
  const places = resolve(filters.places, model.places);
  const changed = JSON.stringify(organizations) !== JSON.stringify(filters.organizations) || JSON.stringify(places) !== JSON.stringify(filters.places);
  return changed ? { ...filters, organizations, places } : filters;
}
