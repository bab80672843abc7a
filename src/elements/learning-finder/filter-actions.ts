/**
 * What each control in the filters panel does to the filters: tick a value, pick dates, "near me",
 * near a place, change the radius. The element supplies its state through `FilterActionsHost` and
 * applies the result with `change` (store, address and event in one place).
 */
import type { DatePreset, FeedModel, GeoPoint, OpportunityFilters } from '../../core/model.js';
import { FACET_FILTER_FIELD, type FacetName } from '../../core/search/facet-values.js';
import type { FacetValueCount } from '../../core/search/facets.js';
import { resolveText } from '../../core/text.js';
import { facetValueLabel } from './facet-labels.js';
import type { FacetsPanelContext, GeoState } from './facets-panel.js';
import { GeoLocationError, locateVisitor } from './geolocation.js';
import type { FinderMessages } from './messages.js';
import { findPlace, placeChoices } from './place-search.js';

/** What the panel's state looks like right now. */
export interface FilterActionsState {
  filters: OpportunityFilters;
  model: FeedModel | undefined;
  locales: string[];
  messages: FinderMessages;
  radiusKm: number;
}

/** The panel's own state (not filters): the radius for the next "near", geolocation progress, open date fields. */
export interface PanelState {
  radiusKm: number;
  geo: GeoState;
  customDates: boolean;
}

export interface FilterActionsHost {
  state(): FilterActionsState;
  update(patch: Partial<PanelState>): void;
  /** Applies the visitor's new filters (store, address, event). */
  change(filters: OpportunityFilters): void;
}

export type FilterActions = Pick<
  FacetsPanelContext,
  'toggleValue' | 'pickDates' | 'setCustomDates' | 'nearMe' | 'nearPlace' | 'setRadius' | 'clearNear'
>;

export function filterActions(host: FilterActionsHost): FilterActions {
  const filters = () => host.state().filters;
  const setNear = (point: GeoPoint, label: string | undefined) =>
    host.change({ ...filters(), near: { latitude: point.latitude, longitude: point.longitude, radiusKm: host.state().radiusKm, label } });
  return {
    toggleValue(facet: FacetName, value: string, checked: boolean) {
      const field = FACET_FILTER_FIELD[facet];
      const current = (filters()[field] ?? []) as string[];
      const next = checked ? [...new Set([...current, value])] : current.filter((other) => other !== value);
      host.change({ ...filters(), [field]: next.length ? next : undefined });
    },
    pickDates(choice: DatePreset | 'any' | 'custom') {
      host.update({ customDates: choice === 'custom' });
      // "Choose dates" only opens the date fields; the filter changes once a date is given.
      if (choice !== 'custom') host.change({ ...filters(), dates: choice === 'any' ? undefined : { preset: choice } });
    },
    setCustomDates(from: string, to: string) {
      if (from || to) host.change({ ...filters(), dates: { from: from || to, to: to || from } });
    },
    async nearMe() {
      host.update({ geo: { kind: 'locating' } });
      try {
        const position = await locateVisitor();
        host.update({ geo: { kind: 'idle' } });
        setNear(position, undefined);
      } catch (error) {
        const reason = error instanceof GeoLocationError ? error.reason : 'unavailable';
        const words = host.state().messages;
        const message = reason === 'denied' ? words.geoDenied : reason === 'unsupported' ? words.geoUnsupported : words.geoUnavailable;
        host.update({ geo: { kind: 'failed', message } });
      }
    },
    nearPlace(text: string) {
      const { model, locales, messages } = host.state();
      const place = model ? findPlace(placeChoices(model, locales), text) : undefined;
      if (!place) {
        host.update({ geo: { kind: 'failed', message: messages.placeNotFound(text.trim()) } });
        return;
      }
      host.update({ geo: { kind: 'idle' } });
      setNear(place.geo, place.name);
    },
    setRadius(km: number) {
      host.update({ radiusKm: km });
      const near = filters().near;
      if (near) host.change({ ...filters(), near: { ...near, radiusKm: km } });
    },
    clearNear() {
      host.change({ ...filters(), near: undefined });
    },
  };
}

const FACET_OF_FIELD = Object.fromEntries(Object.entries(FACET_FILTER_FIELD).map(([facet, field]) => [field, facet])) as Record<string, FacetName>;

/** The on-screen name of a ticked value, for "Remove “Online”": as the facet lists it, else from the vocabulary or model. */
export function filterValueLabel(
  field: string,
  value: string,
  context: { counts: Partial<Record<FacetName, FacetValueCount[]>>; model: FeedModel; locale: string; locales: string[] },
): string {
  const facet = FACET_OF_FIELD[field];
  if (!facet) return value;
  const listed = context.counts[facet]?.find((row) => row.value === value)?.label;
  if (listed) return listed;
  const named = facet === 'place' ? context.model.places.get(value)?.name : facet === 'organization' ? context.model.organizations.get(value)?.name : undefined;
  return facetValueLabel(facet, value, context.locale) ?? (resolveText(named, context.locales) || value);
}
