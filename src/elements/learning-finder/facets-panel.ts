/**
 * The filters panel: one native fieldset per group (date, distance, then checkbox facets with live
 * counts). Plain templates; the element owns the state and passes handlers in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatePreset, OpportunityFilters } from '../../core/model.js';
import type { FacetCounts, FacetName, FacetValueCount } from '../../core/search/index.js';
import { numberFormat } from '../shared/formatters.js';
import type { FinderMessages } from './messages.js';
import type { FinderFacet } from './presets.js';

/** Values shown before "Show all"; ticked values are always shown. */
export const COLLAPSED_VALUES = 6;
/** Most values a facet ever draws (a feed of 100k items may have thousands of places). */
export const MAX_VALUES = 100;
export const RADIUS_OPTIONS_KM = [0.8, 2, 5, 10, 25] as const;
export const DEFAULT_RADIUS_KM = 5;

export type GeoState = { kind: 'idle' } | { kind: 'locating' } | { kind: 'failed'; message: string };

export interface FacetsPanelContext {
  messages: FinderMessages;
  locale: string;
  facets: readonly FinderFacet[];
  counts: Partial<FacetCounts<FacetName>>;
  filters: OpportunityFilters;
  expanded: ReadonlySet<FacetName>;
  /** The visitor picked "Choose dates" and has not finished both dates yet. */
  customDates: boolean;
  geo: GeoState;
  /** Names offered as suggestions in "Near a place". */
  placeSuggestions: readonly string[];
  toggleValue(facet: FacetName, value: string, checked: boolean): void;
  toggleExpanded(facet: FacetName): void;
  pickDates(choice: DatePreset | 'any' | 'custom'): void;
  setCustomDates(from: string, to: string): void;
  nearMe(): void;
  nearPlace(text: string): void;
  setRadius(km: number): void;
  clearNear(): void;
}

export function renderFacets(context: FacetsPanelContext): TemplateResult {
  return html`${context.facets.map((facet) =>
    facet === 'date' ? dateFieldset(context) : facet === 'distance' ? distanceFieldset(context) : valueFieldset(context, facet),
  )}`;
}

function dateFieldset(context: FacetsPanelContext): TemplateResult {
  const { messages, filters } = context;
  const dates = filters.dates;
  const current = context.customDates || (dates && !('preset' in dates)) ? 'custom' : dates ? dates.preset : 'any';
  const choices: Array<DatePreset | 'any' | 'custom'> = ['any', 'today', 'this-weekend', 'next-7-days', 'this-month', 'custom'];
  const label = (choice: (typeof choices)[number]) =>
    choice === 'any' ? messages.anyTime : choice === 'custom' ? messages.customDates : messages.datePreset[choice];
  const range = dates && !('preset' in dates) ? dates : undefined;
  const changeDates = (event: Event) => {
    const fieldset = (event.target as HTMLElement).closest('fieldset')!;
    const [from, to] = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="date"]')].map((input) => input.value);
    context.setCustomDates(from ?? '', to ?? '');
  };
  return html`<fieldset part="facet" class="facet" data-facet="date">
    <legend>${messages.when}</legend>
    ${choices.map((choice) => html`<label class="option">
      <input type="radio" name="when" value=${choice} .checked=${current === choice} @change=${() => context.pickDates(choice)} />
      <span>${label(choice)}</span>
    </label>`)}
    ${current === 'custom'
      ? html`<div class="date-range">
          <label>${messages.from} <input type="date" .value=${range?.from ?? ''} @change=${changeDates} /></label>
          <label>${messages.to} <input type="date" .value=${range?.to ?? ''} @change=${changeDates} /></label>
        </div>`
      : nothing}
  </fieldset>`;
}

// Constants: formatters.ts keeps one formatter per locale and options object.
const METRES: Intl.NumberFormatOptions = { style: 'unit', unit: 'meter' };
const KILOMETRES: Intl.NumberFormatOptions = { style: 'unit', unit: 'kilometer' };

function radiusLabel(km: number, locale: string): string {
  return km < 1
    ? numberFormat(locale, METRES).format(Math.round(km * 1000))
    : numberFormat(locale, KILOMETRES).format(km);
}

function distanceFieldset(context: FacetsPanelContext): TemplateResult {
  const { messages, filters, geo, locale } = context;
  const near = filters.near;
  const radius = near?.radiusKm ?? DEFAULT_RADIUS_KM;
  const radii: number[] = (RADIUS_OPTIONS_KM as readonly number[]).includes(radius) ? [...RADIUS_OPTIONS_KM] : [...RADIUS_OPTIONS_KM, radius].sort((a, b) => a - b);
  const submitPlace = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).querySelector('input')!;
    context.nearPlace(input.value);
  };
  return html`<fieldset part="facet" class="facet" data-facet="distance">
    <legend>${messages.distance}</legend>
    ${near
      ? html`<p class="near-summary"><span>${messages.near(near.label)}</span>
          <button type="button" class="link" @click=${context.clearNear}>${messages.clearDistance}</button></p>`
      : nothing}
    <button type="button" class="near-me" ?disabled=${geo.kind === 'locating'} @click=${context.nearMe}>${messages.nearMe}</button>
    ${geo.kind === 'locating' ? html`<p class="muted" role="status">${messages.locating}</p>` : nothing}
    ${geo.kind === 'failed' ? html`<p class="problem" role="alert">${geo.message}</p>` : nothing}
    <form class="near-place" @submit=${submitPlace}>
      <label for="near-place">${messages.nearPlace}</label>
      <span class="inline">
        <input id="near-place" type="text" list="place-names" autocomplete="off" />
        <button type="submit">${messages.findPlace}</button>
      </span>
      <datalist id="place-names">${context.placeSuggestions.map((name) => html`<option value=${name}></option>`)}</datalist>
    </form>
    <label class="radius">${messages.radius}
      <select @change=${(event: Event) => context.setRadius(Number((event.target as HTMLSelectElement).value))}>
        ${radii.map((km) => html`<option value=${km} ?selected=${km === radius}>${radiusLabel(km, locale)}</option>`)}
      </select>
    </label>
  </fieldset>`;
}

function valueFieldset(context: FacetsPanelContext, facet: FacetName): TemplateResult | typeof nothing {
  const rows: FacetValueCount[] = context.counts[facet] ?? [];
  if (rows.length === 0) return nothing;
  const { messages } = context;
  const expanded = context.expanded.has(facet);
  const limit = expanded ? MAX_VALUES : COLLAPSED_VALUES;
  const shown = rows.filter((row, index) => index < limit || row.selected);
  const total = Math.min(rows.length, MAX_VALUES);
  const format = numberFormat(context.locale);
  return html`<fieldset part="facet" class="facet" data-facet=${facet}>
    <legend>${messages.facet[facet]}</legend>
    ${shown.map((row) => html`<label class="option">
      <input type="checkbox" .checked=${row.selected} value=${row.value}
        @change=${(event: Event) => context.toggleValue(facet, row.value, (event.target as HTMLInputElement).checked)} />
      <span class="label">${row.label}</span>
      <span class="count">(${format.format(row.count)})</span>
    </label>`)}
    ${rows.length > COLLAPSED_VALUES
      ? html`<button type="button" class="link more" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => context.toggleExpanded(facet)}>
          ${expanded ? messages.fewerOptions : messages.moreOptions(format.format(total))}
        </button>`
      : nothing}
  </fieldset>`;
}

/** The panel's frame: a titled section beside the results, or a closed disclosure above them when narrow. */
export function renderFiltersFrame(narrow: boolean, title: string, summary: string, body: TemplateResult): TemplateResult {
  return narrow
    ? html`<details class="filters" part="filters"><summary>${summary}</summary><div class="filters-body">${body}</div></details>`
    : html`<section class="filters" part="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">${title}</h2><div class="filters-body">${body}</div></section>`;
}
