/**
 * The full detail of one result in a modal dialog over the list: the list keeps its scroll position
 * and cards, focus goes to the detail's heading, and closing (Back button or Escape) returns focus to
 * the card it was opened from.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedModel, GeoPoint, Opportunity } from '../../core/model.js';
import { loadOpportunityDetail } from '../shared/detail-loader.js';
import type { FinderMessages } from './messages.js';

export interface DetailContext {
  opportunity: Opportunity | undefined;
  title: string;
  model: FeedModel | undefined;
  near: GeoPoint | undefined;
  now: number;
  messages: FinderMessages;
  onClose(): void;
}

export function renderDetailDialog(context: DetailContext): TemplateResult | typeof nothing {
  if (!context.opportunity) return nothing;
  return html`<dialog class="detail" part="detail-dialog" aria-label=${context.title} @close=${context.onClose}>
    <form method="dialog" class="detail-bar"><button type="submit" class="back" value="back">
      <span aria-hidden="true" class="arrow">←</span> ${context.messages.back}</button></form>
    <learning-opportunity-detail heading-level="2" .opportunity=${context.opportunity} .model=${context.model}
      .near=${context.near} .now=${context.now}></learning-opportunity-detail>
  </dialog>`;
}

/** The element that really has focus, looking inside shadow roots (the card's button, not the card). */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | undefined {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** Opens the dialog if needed and puts focus on the detail's heading, so reading starts at the title. */
export async function showDetail(dialog: HTMLDialogElement): Promise<void> {
  if (!dialog.open) dialog.showModal();
  // The detail element loads on first use (detail-loader.ts); until then it is an empty placeholder.
  await loadOpportunityDetail().catch(() => undefined);
  const detail = dialog.querySelector('learning-opportunity-detail') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  await detail?.updateComplete;
  const heading = detail?.shadowRoot?.querySelector<HTMLElement>('[role="heading"], h1, h2, h3, h4, h5, h6');
  if (!heading || !dialog.open) return;
  // Focusable by script only: a heading is not a control and must stay out of the Tab order.
  heading.tabIndex = -1;
  heading.focus();
}

/** Focus back on the card's title button for `key` (found afresh: the list may have re-rendered). */
export async function focusCard(root: ShadowRoot, key: string, fallback?: HTMLElement): Promise<void> {
  // Cards are reused in place for new results (results-list.ts): an element in a result counts
  // only while that result still shows the same opportunity.
  const fallbackRoot = fallback?.getRootNode();
  const result = (fallbackRoot instanceof ShadowRoot ? fallbackRoot.host : fallback)?.closest<HTMLElement>('li[data-key]');
  if (fallback?.isConnected && (!result || result.dataset.key === key)) {
    fallback.focus();
    return;
  }
  const card = root.querySelector(`li[data-key="${CSS.escape(key)}"] learning-opportunity-card`) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  await card?.updateComplete;
  card?.shadowRoot?.querySelector<HTMLElement>('button')?.focus();
}
