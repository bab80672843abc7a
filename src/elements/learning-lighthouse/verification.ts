/**
 * Whether the registry backs a badge, and what the badge may say. DOM-free.
 *
 * Trust comes only from the registry model: an organization counts as a Learning Lighthouse when
 * the registry itself lists it with status "designated". What a partner's own feed says about its
 * designation is never read here, so a partner cannot certify itself.
 */
import { distanceKm, isValidGeoPoint, walkingMinutes } from '../../core/geo.js';
import type { FeedModel, GeoPoint, Occurrence, Opportunity, Organization, Place } from '../../core/model.js';
import { boundsMeet, occurrenceBounds, opportunityOccurrences } from '../../core/time/index.js';
import type { FeedStatus } from '../../data/store.js';
import { safeWebUrl } from '../../core/urls.js';

export type LighthouseState = 'loading' | 'verified' | 'member' | 'not-found' | 'error';

export interface LighthouseVerdict {
  state: LighthouseState;
  /** The registry's record of the organization (verified and member only). */
  organization?: Organization;
  /** Why the badge shows the error state, for the console and the error event. */
  reason?: string;
}

/** The organization with this published id (or merged key) in a model. */
export function findOrganization(model: FeedModel | undefined, id: string): Organization | undefined {
  if (!model || !id) return undefined;
  const byKey = model.organizations.get(id);
  if (byKey) return byKey;
  for (const organization of model.organizations.values()) if (organization.id === id) return organization;
  return undefined;
}

/** The verdict from the registry's model and load status alone. */
export function verifyLighthouse(id: string, registry: FeedModel | undefined, status: FeedStatus, registryUrl?: string): LighthouseVerdict {
  if (!id) return { state: 'error', reason: 'The organization attribute is missing: set it to the organization id used in the registry feed.' };
  if (status === 'error' || (!registry && status !== 'loading' && status !== 'idle')) {
    return { state: 'error', reason: `The registry feed${registryUrl ? ` ${registryUrl}` : ''} could not be loaded, so the designation cannot be checked.` };
  }
  if (!registry) return { state: 'loading' };
  const organization = findOrganization(registry, id);
  if (!organization) return { state: 'not-found' };
  return organization.lighthouse?.status === 'designated' ? { state: 'verified', organization } : { state: 'member', organization };
}

export interface Activity {
  /** Occurrences starting in the next 7 days. */
  thisWeek: number;
  next?: { opportunity: Opportunity; occurrence: Occurrence };
}

const WEEK_MS = 7 * 24 * 3600 * 1000;
const HORIZON_MS = 366 * 24 * 3600 * 1000;

/** Opportunities the organization runs (as organizer) or that happen at its places, in `model`. */
export function organizationOpportunities(model: FeedModel | undefined, id: string): Opportunity[] {
  const organization = findOrganization(model, id);
  if (!model || !organization) return [];
  const places = new Set(organization.placeKeys);
  return model.opportunities.filter(
    (opportunity) => opportunity.organizerKey === organization.key || (opportunity.placeKey !== undefined && places.has(opportunity.placeKey)),
  );
}

const goesAhead = (occurrence: Occurrence) => occurrence.status !== 'cancelled' && occurrence.status !== 'postponed';

/**
 * How busy the organization is: sessions in the next 7 days and the next one that goes ahead. Only the
 * week is expanded for every opportunity whose dates can reach it; the next session after the week is
 * looked for in order of where each opportunity can start, stopping once none can start sooner. An
 * organization running thousands of items would otherwise have a year of each expanded on every render.
 */
export function organizationActivity(opportunities: readonly Opportunity[], now: number): Activity {
  const weekEnd = now + WEEK_MS;
  const horizon = now + HORIZON_MS;
  let thisWeek = 0;
  let next: Activity['next'];
  // Where each opportunity can first have a session after the week; NaN when it has none by the horizon.
  const laterFrom = new Float64Array(opportunities.length).fill(NaN);
  opportunities.forEach((opportunity, index) => {
    const bounds = occurrenceBounds(opportunity);
    if (!boundsMeet(bounds, now, horizon)) return;
    laterFrom[index] = Math.max(bounds.fromMs, weekEnd);
    if (!boundsMeet(bounds, now, weekEnd)) return;
    for (const occurrence of opportunityOccurrences(opportunity, now, weekEnd)) {
      if (!goesAhead(occurrence) || occurrence.startMs < now || occurrence.startMs >= weekEnd) continue;
      thisWeek++;
      if (!next || occurrence.startMs < next.occurrence.startMs) next = { opportunity, occurrence };
    }
  });
  return { thisWeek, next: next ?? nextAfterWeek(opportunities, laterFrom, weekEnd, horizon) };
}

/** The first session from `weekEnd` to `horizon`, trying opportunities in order of where they can start. */
function nextAfterWeek(opportunities: readonly Opportunity[], laterFrom: Float64Array, weekEnd: number, horizon: number): Activity['next'] {
  const order = [...laterFrom.keys()].filter((index) => !Number.isNaN(laterFrom[index]!));
  order.sort((a, b) => laterFrom[a]! - laterFrom[b]! || a - b);
  let next: Activity['next'];
  let nextIndex = Infinity;
  for (const index of order) {
    if (next && laterFrom[index]! > next.occurrence.startMs) break;
    const opportunity = opportunities[index]!;
    const first = opportunityOccurrences(opportunity, weekEnd, horizon).find((occurrence) => goesAhead(occurrence) && occurrence.startMs >= weekEnd);
    // A tie goes to the opportunity listed first, as a plain walk through the list would find it.
    if (first && (!next || first.startMs < next.occurrence.startMs || (first.startMs === next.occurrence.startMs && index < nextIndex))) {
      next = { opportunity, occurrence: first };
      nextIndex = index;
    }
  }
  return next;
}

/** The organization's first place with coordinates, looked up in each model given. */
export function organizationPlace(organization: Organization | undefined, models: Array<FeedModel | undefined>, id: string): Place | undefined {
  const records = [organization, ...models.map((model) => findOrganization(model, id))].filter((record): record is Organization => !!record);
  for (const record of records) {
    for (const model of models) {
      for (const key of record.placeKeys) {
        const place = model?.places.get(key);
        if (place && isValidGeoPoint(place.geo)) return place;
      }
    }
  }
  return undefined;
}

/** "37.63,127.21" → a point; undefined for anything else. */
export function parseNear(value: string | undefined | null): GeoPoint | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value ?? '');
  if (!match) return undefined;
  const point = { latitude: Number(match[1]), longitude: Number(match[2]) };
  return isValidGeoPoint(point) ? point : undefined;
}

/** Whole minutes on foot (80 m a minute), or undefined without two valid points. */
export function walkingMinutesBetween(from: GeoPoint | undefined, to: GeoPoint | undefined): number | undefined {
  if (!from || !to || !isValidGeoPoint(from) || !isValidGeoPoint(to)) return undefined;
  const minutes = walkingMinutes(distanceKm(from, to));
  return Number.isFinite(minutes) ? minutes : undefined;
}

/**
 * The finder page filtered to the organization: `finder` resolved against the page, with the
 * finder's `lf-org` parameter set. Undefined unless the result is an http(s) URL.
 */
export function finderUrl(finder: string | undefined, organizationId: string, baseUrl: string): string | undefined {
  if (!finder?.trim() || !organizationId) return undefined;
  let url: URL;
  try {
    url = new URL(finder.trim(), baseUrl);
  } catch {
    return undefined;
  }
  url.searchParams.set('lf-org', organizationId);
  return safeWebUrl(url.href);
}
