/**
 * What the map says about places in words: the popup of one place, the list alternative with the
 * same places and counts, and the opportunities that cannot be drawn (online-only, no position).
 * Plain Lit templates rendered in the map's shadow root (the popup's into a node Leaflet places there).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { MapContents, PlaceGroup } from '../../core/map/index.js';
import type { Address, FeedModel, Opportunity } from '../../core/model.js';
import { localeChain, resolveText } from '../../core/text.js';
import type { MapMessages } from './messages.js';
import type { PlaceListChunks } from './place-list-order.js';

/** Cards shown in one popup; the rest are counted and one click away through the finder. */
export const POPUP_CARD_LIMIT = 8;

export interface PlaceViewContext {
  model: FeedModel;
  words: MapMessages;
  dir: 'ltr' | 'rtl';
  nameOf(group: PlaceGroup): string;
  count(value: number): string;
  onShowWhatsOn(placeKey: string): void;
  onShowOnMap(placeKey: string): void;
  onClosePopup(): void;
}

function addressLine(address: Address | undefined): string {
  if (!address) return '';
  return [address.streetAddress, address.addressLocality, address.postalCode].filter(Boolean).join(', ');
}

/**
 * `headingLevel`: 4 under a place's heading (popup, list alternative), 3 where no heading of ours
 * precedes the cards (the online-only section's label is a <summary>, not a heading).
 */
function cards(opportunities: readonly Opportunity[], context: PlaceViewContext, group?: PlaceGroup, headingLevel = 4): TemplateResult {
  return html`<ul class="cards">
    ${opportunities.map(
      (opportunity) => html`<li>
        <learning-opportunity-card .opportunity=${opportunity} .model=${context.model} .place=${group?.place} heading-level=${headingLevel}></learning-opportunity-card>
      </li>`,
    )}
  </ul>`;
}

function opportunityCount(group: PlaceGroup, context: PlaceViewContext): string {
  const count = group.opportunities.length;
  return context.words.opportunities(count, context.count(count));
}

/** The popup of one place: its name, address, cards and "Show what's on here". */
export function placePopup(group: PlaceGroup, context: PlaceViewContext): TemplateResult {
  const { words } = context;
  const shown = group.opportunities.slice(0, POPUP_CARD_LIMIT);
  const more = group.opportunities.length - shown.length;
  const address = addressLine(group.place.address);
  return html`<div class="popup" part="popup" dir=${context.dir}>
    <div class="popup-heading" role="heading" aria-level="3">${context.nameOf(group)}</div>
    ${address ? html`<p class="muted">${address}</p>` : nothing}
    <p class="muted">${opportunityCount(group, context)}</p>
    <button type="button" class="show-here" data-autofocus @click=${() => context.onShowWhatsOn(group.placeKey)}>${words.showWhatsOn}</button>
    ${cards(shown, context, group)}
    ${more > 0 ? html`<p class="muted">${words.moreHere(more, context.count(more))}</p>` : nothing}
    <button type="button" class="popup-close" aria-label=${words.closePopup} title=${words.closePopup} @click=${() => context.onClosePopup()}>
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}

/**
 * The list alternative: every place on the map, with its count, reachable without the map. `chunks`
 * are the places in list order (place-list-order.ts), a slice each; the first `shown` are rendered.
 * A chunk is only rendered again when its places, the language or what is open in it change, so
 * adding a chunk to a list of thousands costs that chunk alone.
 */
export function placeList(
  list: PlaceListChunks,
  open: ReadonlySet<string>,
  onToggle: (key: string, open: boolean) => void,
  context: PlaceViewContext,
): TemplateResult {
  const { words } = context;
  if (list.pending) return html`<p class="state" part="list" role="status">${words.loadingMap}</p>`;
  if (list.chunks.length === 0) return html`<p class="state" part="list" role="status">${words.noPlaces}</p>`;
  const item = (group: PlaceGroup) => {
    const isOpen = open.has(group.placeKey);
    const address = addressLine(group.place.address);
    return html`<li>
      <details ?open=${isOpen} @toggle=${(event: Event) => onToggle(group.placeKey, (event.currentTarget as HTMLDetailsElement).open)}>
        <summary>${context.nameOf(group)} — ${opportunityCount(group, context)}</summary>
        ${isOpen
          ? html`${address ? html`<p class="muted">${address}</p>` : nothing}
              <div class="actions">
                <button type="button" @click=${() => context.onShowOnMap(group.placeKey)}>${words.showOnMap}</button>
                <button type="button" @click=${() => context.onShowWhatsOn(group.placeKey)}>${words.showWhatsOn}</button>
              </div>
              ${cards(group.opportunities, context, group)}`
          : nothing}
      </details>
    </li>`;
  };
  const openIn = (chunk: readonly PlaceGroup[]) => chunk.filter((group) => open.has(group.placeKey)).map((group) => group.placeKey).join('\n');
  return html`<ul class="place-list" part="list" aria-label=${words.places}>
    ${list.chunks.slice(0, list.shown).map((chunk) => guard([chunk, list.tag, words, context.model, openIn(chunk)], () => chunk.map(item)))}
  </ul>`;
}

/** Online-only opportunities and those without a position, counted and listed beside the map. */
export function unmappedList(contents: MapContents, open: ReadonlySet<string>, onToggle: (key: string, open: boolean) => void, context: PlaceViewContext): TemplateResult | typeof nothing {
  const sections = [
    { key: 'online', title: context.words.online, items: contents.onlineOnly },
    { key: 'without-position', title: context.words.withoutPosition, items: contents.withoutPosition },
  ].filter((section) => section.items.length > 0);
  if (sections.length === 0) return nothing;
  return html`<aside class="unmapped" part="unmapped" aria-label=${sections.map((section) => section.title).join(', ')}>
    ${sections.map((section) => {
      const isOpen = open.has(section.key);
      const count = section.items.length;
      return html`<details part=${section.key} data-section=${section.key} ?open=${isOpen}
        @toggle=${(event: Event) => onToggle(section.key, (event.currentTarget as HTMLDetailsElement).open)}>
        <summary>${section.title}: ${context.words.opportunities(count, context.count(count))}</summary>
        ${isOpen ? cards(section.items, context, undefined, 3) : nothing}
      </details>`;
    })}
  </aside>`;
}

/** A copy of `set` with `key` added (open) or removed, for the open/closed state of list sections. */
export function toggled(set: ReadonlySet<string>, key: string, open: boolean): Set<string> {
  const next = new Set(set);
  if (open) next.add(key);
  else next.delete(key);
  return next;
}

/** The sections of the unmapped list open from the start: short ones; a long one is one click away. */
export function initiallyOpenSections(contents: MapContents): Set<string> {
  const open = new Set<string>();
  if (contents.onlineOnly.length > 0 && contents.onlineOnly.length <= 5) open.add('online');
  if (contents.withoutPosition.length > 0 && contents.withoutPosition.length <= 5) open.add('without-position');
  return open;
}

/** A place's name for a reader of `localeTag`, falling back through the feed's own language. */
export function placeNameIn(model: FeedModel | undefined, placeKey: string, localeTag: string): string {
  return model ? placeNamer(model, localeTag)(placeKey) : '';
}

/**
 * placeNameIn for many places: the chain of languages is worked out once per feed, not once per
 * place (the list alternative names thousands of places to sort them).
 */
export function placeNamer(model: FeedModel, localeTag: string): (placeKey: string) => string {
  const chains = new Map<string, string[]>();
  return (placeKey) => {
    const place = model.places.get(placeKey);
    if (!place) return '';
    let chain = chains.get(place.feedKey);
    if (!chain) {
      const language = model.feeds.find((info) => info.key === place.feedKey)?.language;
      chains.set(place.feedKey, (chain = localeChain(localeTag, language)));
    }
    return resolveText(place.name, chain);
  };
}
