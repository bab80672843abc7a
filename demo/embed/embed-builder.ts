/**
 * `<embed-builder>`: the embed-code builder of the demo site (demo/embed.html) and of Storybook's docs
 * (stories/embed-builder.*). A webmaster picks an element, a feed and options, sees the real element
 * working in a live preview, copies the snippet, and has the feed checked with the widgets' own parser.
 * Everything read from a feed reaches the page through text bindings, never as markup.
 *
 * Attributes: `kind` (the element shown), `feed` (the feed address). Setting either from outside puts it in
 * the form, as if the visitor had chosen it. Properties: `samples` (feeds offered in a list), `presets`
 * (option values for the element in `kind`).
 * Fires `embed-builder-check` (detail: FeedCheck) when a feed check ends.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import '../shared/elements.js';
import { builderStyles } from './builder-styles.js';
import { checkReport, type CheckState } from './check-report.js';
import { checkFeed, type FeedCheck } from './feed-check.js';
import { fieldValue, optionFields, OptionValues, ORGANIZATION_LIST_ID } from './option-fields.js';
import { KIND_LABELS, type AttributeValues, type EmbedKind } from './options.js';
import { DEFAULT_SCRIPT_URL, planFor, snippetFor, type EmbedChoice, type ElementPlan } from './snippet.js';

/** A feed offered in the builder's list of feeds to start from. */
export interface SampleFeed {
  /** As the page addresses it; made absolute in the snippet. */
  url: string;
  label: string;
}

/** Typing waits this long before the snippet and the preview follow (a new preview reloads the feed). */
const TYPING_PAUSE_MS = 400;
const KINDS = Object.keys(KIND_LABELS) as EmbedKind[];

function isEmbedKind(value: string): value is EmbedKind {
  return (KINDS as string[]).includes(value);
}

function createFromPlan(plan: ElementPlan): HTMLElement {
  const element = document.createElement(plan.tag);
  for (const [name, value] of plan.attributes) element.setAttribute(name, value);
  element.append(...plan.children.map(createFromPlan));
  return element;
}

export class EmbedBuilder extends LitElement {
  static override styles = builderStyles;

  /** The element to embed: learning-finder, learning-map, learning-calendar, learning-lighthouse or together. */
  @property() kind = 'learning-finder';
  /** The feed address(es), space-separated, as the page addresses them. */
  @property() feed = '';
  /** Feeds offered to start from. */
  @property({ attribute: false }) samples: SampleFeed[] = [];
  /** Option values for the starting element, e.g. `{ view: 'week' }`. */
  @property({ attribute: false }) presets: AttributeValues = {};

  /** The element and the feed address as the form holds them now. */
  @state() private chosenKind: EmbedKind = 'learning-finder';
  @state() private address = '';
  @state() private scriptUrl = DEFAULT_SCRIPT_URL;
  /** What the snippet and the preview show: the form as it was when the visitor last paused. */
  @state() private shown?: EmbedChoice;
  @state() private checkState: CheckState = { step: 'idle', message: 'Give a feed address to check it.' };
  @state() private copyStatus = '';

  @query('#preview') private preview?: HTMLElement;
  @query('#snippet') private snippetCode?: HTMLElement;

  private readonly optionValues = new OptionValues();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private checking?: AbortController;
  private checkDone: Promise<void> = Promise.resolve();
  private previewPlan = '';

  /** Resolves once the feed check under way (if any) has reported. */
  get checkComplete(): Promise<void> {
    return this.checkDone;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind')) this.chosenKind = isEmbedKind(this.kind) ? this.kind : 'learning-finder';
    if (changed.has('feed')) this.address = this.feed;
    if (changed.has('presets') || changed.has('kind')) this.optionValues.setAll(this.chosenKind, this.presets);
    if (changed.has('kind') || changed.has('feed') || changed.has('presets')) this.apply();
    if (changed.has('feed')) void this.runCheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
    this.checking?.abort();
  }

  /** Feed URLs as typed, made absolute against this page so the snippet works on any other site. */
  private absoluteFeedUrls(): string[] {
    return this.address
      .split(/\s+/)
      .filter(Boolean)
      .map((url) => {
        try {
          return new URL(url, document.baseURI).href;
        } catch {
          return url;
        }
      });
  }

  private get snippet(): string {
    return this.shown ? snippetFor(this.shown) : '';
  }

  /** Shows the form's current choice in the snippet and the preview. */
  private apply(): void {
    clearTimeout(this.typingTimer);
    const kind = this.chosenKind;
    const choice: EmbedChoice = { kind, feedUrl: this.absoluteFeedUrls().join(' '), scriptUrl: this.scriptUrl, attributes: this.optionValues.of(kind) };
    // "Copied" no longer describes what is shown.
    if (snippetFor(choice) !== this.snippet) this.copyStatus = '';
    this.shown = choice;
  }

  private applySoon(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.apply(), TYPING_PAUSE_MS);
  }

  private runCheck(): Promise<void> {
    const url = this.absoluteFeedUrls()[0];
    this.checking?.abort();
    if (!url) {
      this.checkState = { step: 'idle', message: 'Give a feed address to check it.' };
      return (this.checkDone = Promise.resolve());
    }
    const controller = new AbortController();
    this.checking = controller;
    this.checkState = { step: 'checking', url };
    this.checkDone = checkFeed(url, controller.signal).then(
      (check) => {
        if (this.checking !== controller) return;
        this.checkState = { step: 'done', check };
        this.dispatchEvent(new CustomEvent<FeedCheck>('embed-builder-check', { detail: check, bubbles: true, composed: true }));
      },
      // Aborted by a newer check, which reports instead, or by leaving the page.
      () => undefined,
    );
    return this.checkDone;
  }

  private async copySnippet(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copyStatus = 'Copied. Paste it into your page where the widget should appear.';
    } catch {
      if (this.snippetCode) {
        const range = document.createRange();
        range.selectNodeContents(this.snippetCode);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }
      this.copyStatus = 'Your browser did not let the page copy. The snippet is selected: press Ctrl+C (⌘C on a Mac).';
    }
  }

  private onKindChange(event: Event): void {
    const kind = (event.target as HTMLInputElement).value;
    if (isEmbedKind(kind)) this.chosenKind = kind;
    this.apply();
  }

  private onSampleChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (!value) return;
    this.address = value;
    this.apply();
    void this.runCheck();
  }

  private onFeedInput(event: Event): void {
    // Typing another address leaves the sample feeds: the list follows (it is drawn from `address`).
    this.address = (event.target as HTMLInputElement).value;
    this.applySoon();
  }

  private onFeedChange(): void {
    this.apply();
    void this.runCheck();
  }

  private onOptionEvent(event: Event): void {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    if (!field.dataset.attribute) return;
    this.optionValues.set(this.chosenKind, field.dataset.attribute, fieldValue(field));
    if (event.type === 'change') this.apply();
    else this.applySoon();
  }

  private onScriptInput(event: Event): void {
    this.scriptUrl = (event.target as HTMLInputElement).value;
    if (event.type === 'change') this.apply();
    else this.applySoon();
  }

  protected override updated(): void {
    if (!this.shown || !this.preview) return;
    const plan = planFor(this.shown);
    // Only rebuild the preview when the element would differ: a rebuild reloads the feed.
    if (JSON.stringify(plan) === this.previewPlan) return;
    this.previewPlan = JSON.stringify(plan);
    this.preview.replaceChildren(createFromPlan(plan));
  }

  private renderFeedFields() {
    const feed = this.address.trim();
    const organizations = this.checkState.step === 'done' ? this.checkState.check.organizationIds : [];
    return html`<fieldset>
      <legend>Feed</legend>
      ${this.samples.length
        ? html`<div class="field">
            <label for="sample-feed">Start from a demo feed</label>
            <select id="sample-feed" @change=${this.onSampleChange}>
              <option value="" .selected=${!this.samples.some((sample) => sample.url === feed)}>Your own feed (type its address below)</option>
              ${this.samples.map((sample) => html`<option value=${sample.url} .selected=${sample.url === feed}>${sample.label}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="field">
        <label for="feed-url">Feed address</label>
        <input id="feed-url" type="text" inputmode="url" autocomplete="url" spellcheck="false" aria-describedby="feed-url-hint"
          .value=${live(this.address)} @input=${this.onFeedInput} @change=${this.onFeedChange} />
        <small id="feed-url-hint" class="hint">
          One or more addresses, separated by spaces. For a Learning Lighthouse badge: the learning city's feed (the registry).
          The feed's server must allow other sites to read it (CORS).
        </small>
      </div>
      <button type="button" @click=${() => void this.runCheck()}>Check the feed</button>
      <div id="feed-check" class="feed-check" role="status" aria-live="polite">${checkReport(this.checkState)}</div>
      <datalist id=${ORGANIZATION_LIST_ID}>${organizations.map((id) => html`<option value=${id}>${id}</option>`)}</datalist>
    </fieldset>`;
  }

  protected override render() {
    const kind = this.chosenKind;
    return html`<div class="layout">
      <section class="builder" aria-labelledby="builder-heading">
        <h2 id="builder-heading">1. Choose</h2>
        <form novalidate @submit=${(event: Event) => event.preventDefault()}>
          <fieldset>
            <legend>Widget</legend>
            ${KINDS.map(
              (choice) => html`<div class="field-check">
                <input type="radio" name="kind" id="kind-${choice}" value=${choice} .checked=${live(choice === kind)} @change=${this.onKindChange} />
                <label for="kind-${choice}">${KIND_LABELS[choice]}</label>
              </div>`,
            )}
          </fieldset>
          ${this.renderFeedFields()}
          <fieldset @input=${this.onOptionEvent} @change=${this.onOptionEvent}>
            <legend>Options</legend>
            <p class="hint">Leave a field empty to keep the widget's default.</p>
            ${keyed(kind, html`<div id="options">${optionFields(kind, this.optionValues)}</div>`)}
          </fieldset>
          <details class="advanced">
            <summary>Where the script comes from</summary>
            <div class="field">
              <label for="script-url">Script address</label>
              <input id="script-url" type="text" inputmode="url" spellcheck="false" aria-describedby="script-url-hint"
                .value=${live(this.scriptUrl)} @input=${this.onScriptInput} @change=${this.onScriptInput} />
              <small id="script-url-hint" class="hint">Default: the published package on unpkg. Host your own copy of dist/cdn/ to pin a version.</small>
            </div>
          </details>
        </form>
      </section>
      <section class="result" aria-labelledby="snippet-heading">
        <h2 id="snippet-heading">2. Copy</h2>
        <pre class="snippet" dir="ltr" tabindex="0" aria-label="The code to paste"><code id="snippet">${this.snippet}</code></pre>
        <p class="copy-row">
          <button type="button" class="primary" @click=${() => void this.copySnippet()}>Copy the code</button>
          <span id="copy-status" class="copy-status" role="status">${this.copyStatus}</span>
        </p>
        <h2 id="preview-heading">3. Preview</h2>
        <div id="preview" class="preview" role="region" aria-labelledby="preview-heading"></div>
      </section>
    </div>`;
  }
}

if (!customElements.get('embed-builder')) customElements.define('embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
  interface HTMLElementEventMap {
    'embed-builder-check': CustomEvent<FeedCheck>;
  }
}
