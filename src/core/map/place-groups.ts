/**
 * What a map shows: the (filtered) opportunities gathered by the place they happen at. Opportunities
 * with no place are not dropped: online ones and ones whose place has no position are returned
 * separately, so the map can count and list them beside itself.
 */
import { isValidGeoPoint } from '../geo.js';
import type { FeedModel, GeoPoint, Opportunity, Place } from '../model.js';

/** One place on the map and the opportunities that happen there, in model order. */
export interface PlaceGroup {
  placeKey: string;
  place: Place;
  position: GeoPoint;
  opportunities: Opportunity[];
}

export interface MapContents {
  /** Places with a valid position, in the order their first opportunity appears in the model. */
  places: PlaceGroup[];
  /** No venue (or an unknown one) and held online or partly online. */
  onlineOnly: Opportunity[];
  /** Held in person but the place is unknown or has no valid position, so it cannot be drawn. */
  withoutPosition: Opportunity[];
}

/**
 * Groups `opportunityKeys` (e.g. the output of `applyFilters`) by place. Without keys, every
 * opportunity in the model is grouped. Keys not in the model are ignored.
 */
export function groupByPlace(model: FeedModel, opportunityKeys?: Iterable<string>): MapContents {
  const grouping = new PlaceGrouping(model, opportunityKeys);
  grouping.addNext(model.opportunities.length);
  return grouping.contents();
}

/**
 * groupByPlace a part at a time, for a caller that spreads a large model over several tasks:
 * `addNext(n)` groups the next `n` opportunities in model order, `done` says when all are grouped.
 */
export class PlaceGrouping {
  private readonly wanted: Set<string> | undefined;
  private readonly byPlace = new Map<string, PlaceGroup>();
  private readonly onlineOnly: Opportunity[] = [];
  private readonly withoutPosition: Opportunity[] = [];
  private next = 0;

  constructor(
    private readonly model: FeedModel,
    opportunityKeys?: Iterable<string>,
  ) {
    this.wanted = opportunityKeys ? new Set(opportunityKeys) : undefined;
  }

  get done(): boolean {
    return this.next >= this.model.opportunities.length;
  }

  addNext(count: number): void {
    const { model, wanted, byPlace } = this;
    const end = Math.min(model.opportunities.length, this.next + count);
    for (let index = this.next; index < end; index++) {
      const opportunity = model.opportunities[index]!;
      if (wanted && !wanted.has(opportunity.key)) continue;
      const place = opportunity.placeKey ? model.places.get(opportunity.placeKey) : undefined;
      if (place && isValidGeoPoint(place.geo)) {
        let group = byPlace.get(place.key);
        if (!group) {
          group = { placeKey: place.key, place, position: place.geo, opportunities: [] };
          byPlace.set(place.key, group);
        }
        group.opportunities.push(opportunity);
      } else if (!place && opportunity.attendanceMode !== 'offline') {
        this.onlineOnly.push(opportunity);
      } else {
        this.withoutPosition.push(opportunity);
      }
    }
    this.next = end;
  }

  /** What has been grouped so far (everything, once `done`). */
  contents(): MapContents {
    return { places: [...this.byPlace.values()], onlineOnly: this.onlineOnly, withoutPosition: this.withoutPosition };
  }
}

/** A learning lighthouse's place: the centre of a walk-radius ring. */
export interface LighthousePlace {
  organizationKey: string;
  placeKey: string;
  position: GeoPoint;
}

/**
 * Places of organizations whose lighthouse designation is currently `designated` (candidates,
 * suspended and withdrawn ones get no ring). Independent of filters: the rings are landmarks.
 */
export function designatedLighthousePlaces(model: FeedModel): LighthousePlace[] {
  const result: LighthousePlace[] = [];
  const seen = new Set<string>();
  for (const organization of model.organizations.values()) {
    if (organization.lighthouse?.status !== 'designated') continue;
    for (const placeKey of organization.placeKeys) {
      const geo = model.places.get(placeKey)?.geo;
      if (seen.has(placeKey) || !isValidGeoPoint(geo)) continue;
      seen.add(placeKey);
      result.push({ organizationKey: organization.key, placeKey, position: geo });
    }
  }
  return result;
}
