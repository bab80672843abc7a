/**
 * `<story-feed-report>`: a story-only panel that shows what the `<learning-feed>` inside it reported.
 * `<learning-feed>` draws nothing itself; its output is its events, so its stories show those events,
 * as they arrive, next to the widgets it feeds.
 */
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { LearningFeedErrorDetail, LearningFeedLoadDetail } from '../../src/elements/learning-feed/events.js';

export class StoryFeedReport extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .report {
      margin-block-start: 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--learning-border, #c8ced6);
      border-radius: 0.5rem;
      color: var(--learning-text, CanvasText);
      background: var(--learning-surface, Canvas);
    }
    h2 {
      font-size: 1em;
      margin: 0 0 0.5rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
  `;

  @state() private load?: LearningFeedLoadDetail;
  @state() private errors: LearningFeedErrorDetail[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('learning-feed-load', this.onLoad);
    this.addEventListener('learning-feed-error', this.onError);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('learning-feed-load', this.onLoad);
    this.removeEventListener('learning-feed-error', this.onError);
  }

  private onLoad = (event: CustomEvent<LearningFeedLoadDetail>): void => {
    this.load = event.detail;
  };

  private onError = (event: CustomEvent<LearningFeedErrorDetail>): void => {
    this.errors = [...this.errors, event.detail];
  };

  private renderLoad(load: LearningFeedLoadDetail) {
    const { counts, problems, status } = load;
    return html`<dt>learning-feed-load</dt>
      <dd>
        ${status}: ${counts.feeds} feed(s), ${counts.opportunities} opportunities, ${counts.places} places,
        ${counts.organizations} organizations, ${problems.length} problem(s)
        ${problems.length
          ? html`<ul>
              ${problems.slice(0, 10).map((problem) => html`<li><code>${problem.pointer || '/'}</code> ${problem.message}</li>`)}
            </ul>`
          : nothing}
      </dd>`;
  }

  protected override render() {
    const waiting = !this.load && this.errors.length === 0;
    return html`<slot></slot>
      <section class="report" aria-labelledby="report-heading">
        <h2 id="report-heading">What &lt;learning-feed&gt; reported</h2>
        <div role="status"><dl>
          ${waiting ? html`<dt>No event yet</dt><dd>the feeds are loading</dd>` : nothing}
          ${this.errors.map((error) => html`<dt>learning-feed-error</dt><dd>${error.kind}: ${error.message}</dd>`)}
          ${this.load ? this.renderLoad(this.load) : nothing}
        </dl></div>
      </section>`;
  }
}

if (!customElements.get('story-feed-report')) customElements.define('story-feed-report', StoryFeedReport);

declare global {
  interface HTMLElementTagNameMap {
    'story-feed-report': StoryFeedReport;
  }
}
