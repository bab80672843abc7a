import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedModel, GeoPoint } from '../../core/model.js';
import type { FeedStatus } from '../../data/store.js';
import { descriptionTemplate } from '../shared/description.js';
import { StoreController } from '../shared/store-controller.js';
import { loadingState } from '../shared/states.js';
import { baseStyles, stateStyles, visuallyHidden } from '../shared/styles.js';
import { badgeView, type BadgeView } from './badge-view.js';
import type { LearningLighthouseErrorDetail } from './events.js';
import { decorativeLighthouseMark, lighthouseMark } from './mark.js';
import { lighthouseMessages, type LighthouseMessages } from './messages.js';
import { lighthouseStyles } from './styles.js';
import { finderUrl, parseNear, verifyLighthouse, type LighthouseState, type LighthouseVerdict } from './verification.js';
import { LocalizedElement } from '../shared/localized-element.js';

export type LighthouseVariant = 'compact' | 'card' | 'full';

/**
 * The learning city's trust mark on a partner's website. It says "Learning Lighthouse" only when the
 * REGISTRY feed lists the organization with lighthouse status "designated". The registry is the
 * `registry` attribute's feed, and only that: without it the badge never says "verified" (it stays
 * neutral and tells the webmaster in the console), because the page's own feed may be the partner's
 * own. The enclosing `<learning-feed>` or `src` still supplies the opportunities shown. Whatever a
 * partner's feed says about its own designation is never trusted.
 *
 * States: loading · verified · member (listed, not designated) · not-found (claims nothing) ·
 * error (claims nothing; the reason goes to the console and a `learning-lighthouse-error` event).
 *
 * @summary Shows an organization's Learning Lighthouse designation, verified against the registry.
 *
 * @event {CustomEvent<LearningLighthouseErrorDetail>} learning-lighthouse-error - The designation could not be checked.
 *
 * @csspart badge - The badge box (or pill).
 * @csspart mark - The lighthouse mark (verified only).
 * @csspart name - The organization's name.
 * @csspart state - The loading placeholder of the full badge (also part "loading").
 * @csspart loading - The loading placeholder of the full badge.
 * @csspart description - The organization's description (full badge).
 *
 * @cssproperty --learning-lighthouse-accent - Title, tower and links (default: --learning-accent).
 * @cssproperty --learning-lighthouse-background - Badge background (default: --learning-surface).
 * @cssproperty --learning-lighthouse-border - Badge border (default: the badge accent).
 * @cssproperty --learning-lighthouse-light - The lantern and beams.
 * @cssproperty --learning-lighthouse-mark-size - Size of the mark (card and full).
 * @cssproperty --learning-lighthouse-max-width - Widest the card and full badge grow (default 28em).
 * @cssproperty --learning-lighthouse-muted - Secondary lines and the rock (default: --learning-muted).
 * @cssproperty --learning-lighthouse-neutral-border - Dashed border of the loading, member, not-found and error states.
 * @cssproperty --learning-lighthouse-padding - Padding of the card and full badge.
 * @cssproperty --learning-lighthouse-radius - Corner radius of the card and full badge.
 * @cssproperty --learning-lighthouse-size - Base font size; everything scales with it (default: --learning-font-size, else 1rem).
 * @cssproperty --learning-lighthouse-text - Badge text (default: --learning-text).
 * @cssproperty --learning-font-family - Font family (default: the page's, inherited).
 * @cssproperty --learning-font-size - Base font size (default: the page's, inherited).
 * @cssproperty --learning-text - Text colour.
 * @cssproperty --learning-muted - Secondary text: counts, providers, hints.
 * @cssproperty --learning-surface - Cards, panels, inputs and dialogs.
 * @cssproperty --learning-accent - Links, buttons, selected and current items.
 * @cssproperty --learning-on-accent - Text on an accent background (pressed buttons, primary actions).
 * @cssproperty --learning-border - Borders and grid lines.
 * @cssproperty --learning-danger - Error messages and the border of error states.
 * @cssproperty --learning-focus - Focus ring.
 * @cssproperty --learning-warning-surface - Background of status labels (cancelled, postponed, moved online) and notices.
 * @cssproperty --learning-warning-text - Text of status labels and notices.
 * @cssproperty --learning-radius - Corner radius (default 0.5rem).
 * @cssproperty --learning-skeleton - Placeholder bars while loading.
 */
export class LearningLighthouse extends LocalizedElement {
  static override styles = [baseStyles, stateStyles, visuallyHidden, lighthouseStyles];

  private readonly feed = new StoreController(this, { getSrc: () => this.src });
  private readonly registryFeed = new StoreController(this, { getSrc: () => this.registry, useContext: false });

  /** The organization's id as published in the registry feed. */
  @property() organization = '';
  /** Feed URL(s) for opportunities (and the registry when `registry` is not set); not needed inside `<learning-feed>`. */
  @property() src?: string;
  /** The authoritative feed (normally the learning city's) that designates lighthouses. */
  @property() registry?: string;
  /** URL of a page with a `<learning-finder>`; the badge links to it filtered to this organization (`?lf-org=id`). */
  @property() finder?: string;
  /** The visitor's position "lat,lon", for the walking time. */
  @property() near?: string;
  /** compact (inline pill), card or full. */
  @property({ reflect: true }) variant: LighthouseVariant = 'card';
  /** light, dark, or auto (follows the reader's colour scheme). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  /** "Now" in epoch ms for the counts (default: the clock). */
  @property({ attribute: false }) now?: number;

  /** The position the visitor shared through the walking-time button. */
  @state() private sharedPosition?: GeoPoint;
  @state() private locating: 'idle' | 'busy' | 'failed' = 'idle';

  private lastReportedReason: string | undefined;

  /** The badge's current state, reflected as `data-state` for styling and tests. */
  get badgeState(): LighthouseState {
    return this.verdict().state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.feed.srcChanged();
    if (changed.has('registry')) this.registryFeed.srcChanged();
    const verdict = this.verdict();
    this.dataset.state = verdict.state;
    this.reportError(verdict);
  }

  private registrySource(): { model?: FeedModel; status: FeedStatus; settled: boolean; urls: string[] } {
    const source = this.registry ? this.registryFeed : this.feed;
    const urls = source.store?.source.urls ?? [];
    return { model: source.model, status: source.store ? source.status : 'idle', settled: source.settled && this.feed.settled, urls: [...urls] };
  }

  private verdict(): LighthouseVerdict {
    const registry = this.registrySource();
    if (!registry.settled) return { state: 'loading' };
    if (!this.registryFeed.store && !this.feed.store) {
      return { state: 'error', reason: 'No feed to check against: set registry (the learning city feed), or src, or place the badge inside <learning-feed>.' };
    }
    const verdict = verifyLighthouse(this.organization.trim(), registry.model, registry.status, registry.urls.join(' '));
    if (verdict.state === 'verified' && !this.registry) {
      // Whoever controls the page controls its <learning-feed> and src, so only a named registry may
      // back the claim; anything else could be a partner certifying itself.
      return {
        state: 'error',
        reason: 'The designation is not checked because no registry is named: set registry to the learning city\'s feed URL (the city\'s own feed, not a partner\'s).',
      };
    }
    if (verdict.state === 'error' && verdict.reason && registry.status === 'error') {
      const details = (this.registry ? this.registryFeed : this.feed).loadErrors.map((error) => error.message);
      if (details.length) return { ...verdict, reason: `${verdict.reason} ${details.join(' ')}` };
    }
    return verdict;
  }

  private reportError(verdict: LighthouseVerdict): void {
    if (verdict.state !== 'error' || !verdict.reason) {
      this.lastReportedReason = undefined;
      return;
    }
    if (verdict.reason === this.lastReportedReason) return;
    this.lastReportedReason = verdict.reason;
    console.warn(`<learning-lighthouse organization="${this.organization}">: ${verdict.reason}`);
    const detail: LearningLighthouseErrorDetail = {
      organization: this.organization,
      reason: verdict.reason,
      urls: [...(this.registryFeed.store?.source.urls ?? this.feed.store?.source.urls ?? [])],
    };
    this.dispatchEvent(new CustomEvent('learning-lighthouse-error', { detail, bubbles: true, composed: true }));
  }

  private askForPosition(): void {
    if (!('geolocation' in navigator)) {
      this.locating = 'failed';
      return;
    }
    this.locating = 'busy';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.sharedPosition = { latitude: position.coords.latitude, longitude: position.coords.longitude };
        this.locating = 'idle';
      },
      () => {
        this.locating = 'failed';
      },
      { maximumAge: 300_000, timeout: 15_000 },
    );
  }

  protected override render(): TemplateResult {
    const words = lighthouseMessages.for(this.locale.tag);
    const verdict = this.verdict();
    const variant: LighthouseVariant = this.variant === 'compact' || this.variant === 'full' ? this.variant : 'card';
    if (verdict.state === 'loading') {
      return variant === 'compact'
        ? html`<span class="badge compact neutral" part="badge" role="status">${words.loading}</span>`
        : html`<div class="badge neutral" part="badge">${loadingState(words.loading)}</div>`;
    }
    if (verdict.state === 'error' || verdict.state === 'not-found') {
      const text = verdict.state === 'error' ? words.unavailable : words.notFound;
      return html`<div class="badge neutral ${variant === 'compact' ? 'compact' : ''}" part="badge" dir=${this.locale.direction}>
        <span class="muted">${text}</span>
      </div>`;
    }
    const registry = this.registrySource().model;
    const view = badgeView({
      verdict,
      organizationId: this.organization.trim(),
      registry,
      activityModel: this.feed.model ?? registry,
      near: parseNear(this.near) ?? this.sharedPosition,
      now: this.now ?? Date.now(),
      locale: this.locale.tag,
    });
    return verdict.state === 'verified' ? this.verifiedTemplate(view, words, variant) : this.memberTemplate(view, words, variant);
  }

  private verifiedTemplate(view: BadgeView, words: LighthouseMessages, variant: LighthouseVariant): TemplateResult {
    const label = [words.title, view.name, view.since].filter(Boolean).join(', ');
    if (variant === 'compact') {
      return html`<span class="badge compact" part="badge" dir=${this.locale.direction} role="group" aria-label=${label}>
        ${decorativeLighthouseMark()}
        <span class="title">${words.title}</span> <span aria-hidden="true">·</span>
        ${this.nameTemplate(view)}${view.walk ? html` <span aria-hidden="true">·</span> <span>${view.walk}</span>` : nothing}
      </span>`;
    }
    // The mark and the text are the grid's two cells: however many lines the text runs to, none lands under the mark.
    return html`<div class="badge ${variant}" part="badge" dir=${this.locale.direction} role="group" aria-label=${label}>
      ${lighthouseMark(words.title, true)}
      <div class="text">
        <p class="line title">${words.title}</p>
        <p class="line">${this.nameTemplate(view)}${view.since ? html` <span class="muted">· ${view.since}</span>` : nothing}</p>
        ${view.designatedBy ? html`<p class="line muted">${view.designatedBy}</p>` : nothing}
        ${this.activityTemplate(view, words, variant)}
      </div>
    </div>`;
  }

  private memberTemplate(view: BadgeView, words: LighthouseMessages, variant: LighthouseVariant): TemplateResult {
    if (variant === 'compact') {
      return html`<span class="badge compact neutral" part="badge" dir=${this.locale.direction}>
        ${this.nameTemplate(view)} <span aria-hidden="true">·</span> <span class="muted">${words.member}</span>
      </span>`;
    }
    return html`<div class="badge neutral ${variant}" part="badge" dir=${this.locale.direction}>
      <p class="line">${this.nameTemplate(view)}</p>
      <p class="line muted">${words.member}</p>
      ${this.activityTemplate(view, words, variant)}
    </div>`;
  }

  private nameTemplate(view: BadgeView): TemplateResult {
    return view.url
      ? html`<a class="name" part="name" href=${view.url} rel="noopener noreferrer">${view.name}</a>`
      : html`<span class="name" part="name">${view.name}</span>`;
  }

  private finderLink(view: BadgeView, words: LighthouseMessages): TemplateResult | typeof nothing {
    const href = finderUrl(this.finder, this.organization.trim(), document.baseURI);
    return href && view.name ? html`<p class="line"><a href=${href}>${words.allActivities(view.name)}</a></p>` : nothing;
  }

  private activityTemplate(view: BadgeView, words: LighthouseMessages, variant: LighthouseVariant): TemplateResult {
    return html`
      ${view.thisWeek ? html`<p class="line">${view.thisWeek}</p>` : nothing}
      ${view.next ? html`<p class="line">${view.next}</p>` : nothing}
      ${view.walk ? html`<p class="line">${view.walk}</p>` : nothing}
      ${!view.walk && view.canWalk
        ? html`<p class="line">
            <button type="button" ?disabled=${this.locating === 'busy'} @click=${this.askForPosition}>
              ${this.locating === 'busy' ? words.locating : words.showWalk}
            </button>
            ${this.locating === 'failed' ? html`<span role="status" class="muted">${words.locationUnavailable}</span>` : nothing}
          </p>`
        : nothing}
      ${variant === 'full' && view.description ? descriptionTemplate(view.description) : nothing}
      ${variant === 'full' && view.criteriaUrl
        ? html`<p class="line"><a href=${view.criteriaUrl} rel="noopener noreferrer" target="_blank">${words.criteria}</a></p>`
        : nothing}
      ${this.finderLink(view, words)}
      ${view.url && view.name && variant === 'full' ? html`<p class="line"><a href=${view.url} rel="noopener noreferrer">${words.website(view.name)}</a></p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'learning-lighthouse': LearningLighthouse;
  }
}
