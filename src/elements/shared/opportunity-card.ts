import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isolated, messageWithIsolated } from './bidi.js';
import type { LearningSelectDetail } from './events.js';
import { sharedMessages } from './messages.js';
import { OpportunityView } from './opportunity-view.js';
import { baseStyles, visuallyHidden } from './styles.js';

/**
 * A compact summary of one opportunity for result lists: title, provider, when, where, cost, mode,
 * audience. Cancelled, postponed and past opportunities say so plainly. The title is a button.
 *
 * @summary One opportunity in a list.
 *
 * @event {CustomEvent<LearningSelectDetail>} learning-select - The visitor chose this opportunity (bubbles, composed).
 *
 * @csspart card - The whole card.
 * @csspart title - The title button.
 * @csspart status - The cancelled/postponed/past label.
 * @csspart meta - The lines under the title.
 *
 * @cssproperty --learning-card-padding - Padding inside a card.
 * @cssproperty --learning-card-title-size - Size of the card's title.
 * @cssproperty --learning-font-family - Font family (default: the page's, inherited).
 * @cssproperty --learning-font-size - Base font size (default: the page's, inherited).
 * @cssproperty --learning-text - Text colour.
 * @cssproperty --learning-muted - Secondary text: counts, providers, hints.
 * @cssproperty --learning-surface - Cards, panels, inputs and dialogs.
 * @cssproperty --learning-accent - Links, buttons, selected and current items.
 * @cssproperty --learning-on-accent - Text on an accent background (pressed buttons, primary actions).
 * @cssproperty --learning-border - Borders and grid lines.
 * @cssproperty --learning-focus - Focus ring.
 * @cssproperty --learning-warning-surface - Background of status labels (cancelled, postponed, moved online) and notices.
 * @cssproperty --learning-warning-text - Text of status labels and notices.
 * @cssproperty --learning-radius - Corner radius (default 0.5rem).
 * @cssproperty --learning-gap - Space between items (default 0.5rem).
 */
export class LearningOpportunityCard extends OpportunityView {
  // The article's one column is as wide as the card: an auto column would first measure every line's
  // min- and max-content widths, for each of a result list's cards on every keystroke.
  static override styles = [
    baseStyles,
    visuallyHidden,
    css`
      :host {
        display: block;
      }
      article {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: calc(var(--_gap) / 2);
        padding: var(--learning-card-padding, 0.75rem 1rem);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .heading {
        margin: 0;
        font-size: var(--learning-card-title-size, 1.1em);
        font-weight: 700;
      }
      .title {
        all: unset;
        cursor: pointer;
        color: var(--_accent);
        text-decoration: underline;
        text-underline-offset: 0.15em;
      }
      .title:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      :host([data-inactive]) .heading {
        text-decoration: line-through;
      }
      .meta {
        margin: 0;
      }
    `,
  ];

  /** Heading level of the title (2–6) to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected readonly upcomingShown = 1;

  protected override updated(): void {
    // Styled hook for the crossed-out title of cancelled and past opportunities.
    const facts = this.currentFacts;
    this.toggleAttribute('data-inactive', this.opportunity?.status === 'cancelled' || facts?.upcoming === 'past');
  }

  private select(): void {
    if (!this.opportunity) return;
    this.dispatchEvent(
      new CustomEvent<LearningSelectDetail>('learning-select', { detail: { opportunity: this.opportunity }, bubbles: true, composed: true }),
    );
  }

  protected override render(): TemplateResult | typeof nothing {
    const facts = this.currentFacts;
    if (!facts) return nothing;
    const words = sharedMessages.for(this.locale.tag);
    const flag = facts.status ?? (facts.upcoming === 'past' ? words.past : undefined);
    const when = facts.next[0] ? facts.next[0].text : facts.when;
    // The place name is feed text, isolated so the distance beside it keeps its order.
    const where = [facts.placeName ? isolated(facts.placeName) : undefined, facts.distance].filter(Boolean);
    const about = [facts.cost, facts.mode, ...facts.audience, facts.ages].filter(Boolean).join(' · ');
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<article part="card" dir=${this.locale.direction}>
      <div class="heading" role="heading" aria-level=${level}>
        <button class="title" part="title" dir="auto" lang=${facts.titleLanguage ?? nothing} @click=${this.select}>${facts.title}</button>
      </div>
      ${flag ? html`<p class="meta"><span class="status" part="status">${flag}</span></p>` : nothing}
      ${facts.provider ? html`<p class="meta muted" part="meta">${messageWithIsolated(words.by, facts.provider)}</p>` : nothing}
      ${when ? html`<p class="meta" part="meta">${when}</p>` : nothing}
      ${facts.upcoming === 'none' && !facts.status ? html`<p class="meta muted" part="meta">${words.noUpcoming}</p>` : nothing}
      ${where.length ? html`<p class="meta" part="meta">${where.map((part, index) => (index ? html` · ${part}` : part))}</p>` : nothing}
      ${about ? html`<p class="meta muted" part="meta">${about}</p>` : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'learning-opportunity-card': LearningOpportunityCard;
  }
}
