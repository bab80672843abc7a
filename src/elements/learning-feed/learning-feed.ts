import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { feedStoreContext } from '../../data/context.js';
import { getSharedStore, releaseSharedStore, splitFeedUrls } from '../../data/shared.js';
import type { FeedStore, FeedStoreChangeEvent, FeedStoreOptions } from '../../data/store.js';
import { schemeStyles } from '../shared/styles.js';
import { errorDetails, loadDetail, printLoadReport } from './report.js';
import type { LearningFeedErrorDetail, LearningFeedLoadDetail } from './events.js';

/**
 * Loads one or more Learning Feeds and shares them, with one set of filters, with every widget inside it.
 * It draws nothing itself (`display: contents`); widgets show the data, and their own empty and error states.
 *
 * @summary Loads Learning Feeds and provides them to the widgets it contains.
 *
 * @slot - Widgets that read the feeds: `<learning-finder>`, `<learning-map>`, `<learning-calendar>`, `<learning-lighthouse>`.
 *
 * @event {CustomEvent<LearningFeedLoadDetail>} learning-feed-load - A load finished with data: counts, status
 *   ('stale' when a failed feed's last good copy is shown) and the problems found in the feeds.
 * @event {CustomEvent<LearningFeedErrorDetail>} learning-feed-error - One feed URL failed to load: its URL,
 *   the kind (network, http, timeout, not-json, not-feed) and a message for the webmaster.
 */
export class LearningFeed extends LitElement {
  static override styles = [
    schemeStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  private readonly provider = new ContextProvider(this, { context: feedStoreContext });

  /** Space-separated feed URLs, relative to the page. Changing it loads the new set. */
  @property() src = '';

  /** IANA time zone the widgets inside show times in (default: each feed's own zone). */
  @property() timezone?: string;

  /** Store settings (timeout, retry, `cache`), used when a store is created for `src`; set before `src`. */
  @property({ attribute: false }) storeOptions: FeedStoreOptions = {};

  /** light, dark, or auto (follows the reader's colour scheme); elements inside a themed element or `<learning-feed>` follow it. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  private currentStore: FeedStore | undefined;
  /** The `src` the current store was made for; undefined when none is attached. */
  private attachedSrc: string | undefined;
  private unsubscribe: (() => void) | undefined;

  /** The store for `src` (undefined while `src` is empty or the element is not in a document). */
  get store(): FeedStore | undefined {
    return this.currentStore;
  }

  /** Asks every feed again (revalidating cached copies); resolves when the load has finished. */
  reload(): Promise<void> {
    return this.currentStore?.load() ?? Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.attachedSrc !== this.src) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moving the element disconnects and reconnects it in one task; keep the store (and its fetch) across a move.
    queueMicrotask(() => {
      if (!this.isConnected) this.detach();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.isConnected && this.attachedSrc !== this.src) this.attach();
  }

  private attach(): void {
    const urls = splitFeedUrls(this.src);
    const previous = this.currentStore;
    // Take the new reference before giving back the old one, so an unchanged URL set keeps its store.
    const store = urls.length ? getSharedStore(urls, this.storeOptions) : undefined;
    this.detach();
    this.attachedSrc = this.src;
    // Widgets typed against FeedStore must cope with "no store yet" anyway: it is the context's initial state.
    this.provider.setValue(store as FeedStore);
    if (!store) return;
    this.currentStore = store;
    this.unsubscribe = store.subscribe((event: FeedStoreChangeEvent) => {
      if (event.reason === 'load') this.announce(store);
    });
    if (store === previous) return;
    if (store.loadCount > 0 && store.status !== 'loading') {
      // Another element already loaded these feeds: this one still reports them, once it is listened to.
      queueMicrotask(() => this.announce(store));
    }
    void store.ensureLoaded();
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.currentStore) releaseSharedStore(this.currentStore);
    this.currentStore = undefined;
    this.attachedSrc = undefined;
  }

  private announce(store: FeedStore): void {
    if (store !== this.currentStore) return;
    printLoadReport(store);
    for (const detail of errorDetails(store)) this.fire<LearningFeedErrorDetail>('learning-feed-error', detail);
    const detail = loadDetail(store);
    if (detail) this.fire<LearningFeedLoadDetail>('learning-feed-load', detail);
  }

  private fire<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'learning-feed': LearningFeed;
  }
}

export type { LearningFeedErrorDetail, LearningFeedLoadDetail } from './events.js';
