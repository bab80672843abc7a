import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { downloadOccurrenceIcs, googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';
import { isolated, messageWithIsolated } from './bidi.js';
import { descriptionTemplate } from './description.js';
import { sharedMessages, type SharedMessages } from './messages.js';
import type { OpportunityFacts } from './opportunity-facts.js';
import { OpportunityView } from './opportunity-view.js';
import { baseStyles, visuallyHidden } from './styles.js';

/**
 * Everything about one opportunity: schedule in words, next dates, place with address and map link,
 * cost, audience and ages, languages, mode, accessibility, status, registration, add to calendar
 * (.ics, Google, Outlook) and share. The description is shown as text with linked URLs, never as HTML.
 *
 * @summary One opportunity in full.
 *
 * @csspart detail - The whole detail.
 * @csspart title - The heading.
 * @csspart status - The cancelled/postponed/past label.
 * @csspart facts - The list of facts.
 * @csspart description - The description.
 * @csspart actions - Register, website, calendar and share.
 *
 * @cssproperty --learning-detail-title-size - Size of the detail's heading.
 * @cssproperty --learning-font-family - Font family (default: the page's, inherited).
 * @cssproperty --learning-font-size - Base font size (default: the page's, inherited).
 * @cssproperty --learning-text - Text colour.
 * @cssproperty --learning-muted - Secondary text: counts, providers, hints.
 * @cssproperty --learning-surface - Cards, panels, inputs and dialogs.
 * @cssproperty --learning-accent - Links, buttons, selected and current items.
 * @cssproperty --learning-on-accent - Text on an accent background (pressed buttons, primary actions).
 * @cssproperty --learning-focus - Focus ring.
 * @cssproperty --learning-warning-surface - Background of status labels (cancelled, postponed, moved online) and notices.
 * @cssproperty --learning-warning-text - Text of status labels and notices.
 * @cssproperty --learning-radius - Corner radius (default 0.5rem).
 * @cssproperty --learning-gap - Space between items (default 0.5rem).
 */
export class LearningOpportunityDetail extends OpportunityView {
  static override styles = [
    baseStyles,
    visuallyHidden,
    css`
      :host {
        display: block;
      }
      .heading {
        margin: 0 0 0.25em;
        font-size: var(--learning-detail-title-size, 1.4em);
        font-weight: 700;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.3em 1em;
        margin: 1em 0;
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.2em;
      }
      .description p {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_gap);
        align-items: center;
      }
    `,
  ];

  /** Heading level of the title (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The link the share button shares (default: the opportunity's web page, else this page). */
  @property({ attribute: 'share-url' }) shareUrl?: string;

  @state() private shared = false;

  protected readonly upcomingShown = 5;

  private downloadIcs(facts: OpportunityFacts): void {
    const next = facts.next[0];
    if (!this.opportunity || !next) return;
    downloadOccurrenceIcs({
      opportunity: this.opportunity,
      occurrence: next.occurrence,
      place: facts.place,
      organizer: facts.organization,
      language: this.locale.tag,
      title: facts.title,
    });
  }

  private async share(facts: OpportunityFacts): Promise<void> {
    const url = this.shareUrl || facts.websiteUrl || location.href;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title: facts.title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      this.shared = true;
    } catch (error) {
      // The visitor closed the share sheet, or the page may not write to the clipboard: nothing to undo.
      console.info('learning-opportunity-detail: sharing did not complete', error);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const facts = this.currentFacts;
    if (!facts) return nothing;
    const words = sharedMessages.for(this.locale.tag);
    const flag = facts.status ?? (facts.upcoming === 'past' ? words.past : undefined);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<article part="detail" dir=${this.locale.direction} aria-labelledby="title">
      <div class="heading" id="title" part="title" role="heading" aria-level=${level} lang=${facts.titleLanguage ?? nothing}>${isolated(facts.title)}</div>
      ${flag ? html`<p><span class="status" part="status">${flag}</span></p>` : nothing}
      ${facts.provider ? html`<p class="muted">${messageWithIsolated(words.by, facts.provider)}</p>` : nothing}
      <dl part="facts">${this.factRows(facts, words)}</dl>
      ${descriptionTemplate(facts.description, facts.descriptionLanguage)}
      ${this.actions(facts, words)}
    </article>`;
  }

  private factRows(facts: OpportunityFacts, words: SharedMessages): TemplateResult[] {
    const rows: TemplateResult[] = [];
    const row = (label: string, value: unknown) => rows.push(html`<dt>${label}</dt><dd>${value}</dd>`);
    if (facts.when) row(words.when, facts.when);
    if (facts.next.length > 0) {
      row(words.nextDates, html`<ul>${facts.next.map((next) => html`<li>${next.text}${next.status ? html` <span class="status">${next.status}</span>` : nothing}</li>`)}</ul>`);
    } else if (facts.upcoming === 'none') {
      row(words.nextDates, words.noUpcoming);
    }
    if (facts.placeName || facts.address) {
      row(words.where, html`${facts.placeName ? isolated(facts.placeName) : nothing}${facts.address ? html`<br />${isolated(facts.address)}` : nothing}
        ${facts.distance ? html`<br /><span class="muted">${facts.distance}</span>` : nothing}
        ${facts.mapUrl ? html`<br /><a href=${facts.mapUrl} rel="noopener noreferrer" target="_blank">${messageWithIsolated(words.map, facts.placeName ?? facts.address ?? '')}</a>` : nothing}`);
    }
    if (facts.cost) row(words.cost, facts.cost);
    const audience = [...facts.audience, facts.ages].filter(Boolean).join(', ');
    if (audience) row(words.audience, audience);
    if (facts.languages.length) row(words.languages, facts.languages.join(', '));
    row(words.attendance, facts.mode);
    if (facts.accessibility.length) row(words.accessibility, html`<ul>${facts.accessibility.map((item) => html`<li>${item}</li>`)}</ul>`);
    return rows;
  }

  private actions(facts: OpportunityFacts, words: SharedMessages): TemplateResult {
    const next = facts.next[0];
    const eventText = { title: facts.title, details: facts.websiteUrl, location: [facts.placeName, facts.address].filter(Boolean).join(', ') || undefined };
    return html`<div class="actions" part="actions">
      ${facts.registrationUrl && facts.upcoming !== 'past' && this.opportunity?.status !== 'cancelled'
        ? html`<a class="button primary" href=${facts.registrationUrl} rel="noopener noreferrer" target="_blank">${words.register}</a>`
        : nothing}
      ${facts.websiteUrl ? html`<a class="button" href=${facts.websiteUrl} rel="noopener noreferrer" target="_blank">${words.website}</a>` : nothing}
      ${next
        ? html`<span role="group" aria-label=${words.addToCalendar} class="actions">
            <button type="button" @click=${() => this.downloadIcs(facts)}>${words.downloadIcs}</button>
            <a class="button" href=${googleCalendarUrl(next.occurrence, eventText)} rel="noopener noreferrer" target="_blank">${words.googleCalendar}</a>
            <a class="button" href=${outlookCalendarUrl(next.occurrence, eventText)} rel="noopener noreferrer" target="_blank">${words.outlookCalendar}</a>
          </span>`
        : nothing}
      <button type="button" @click=${() => this.share(facts)}>${words.share}</button>
      <span role="status" class=${this.shared ? '' : 'visually-hidden'}>${this.shared ? words.linkCopied : ''}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'learning-opportunity-detail': LearningOpportunityDetail;
  }
}
