import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedModel, OpportunityFilters } from '../../core/model.js';
import { feedStoreContext } from '../../data/context.js';
import type { FeedLoadError } from '../../data/errors.js';
import { getSharedStore, releaseSharedStore, splitFeedUrls } from '../../data/shared.js';
import type { FeedStatus, FeedStore } from '../../data/store.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface StoreControllerOptions {
  /** The host's own `src` attribute (space-separated feed URLs), used when no `<learning-feed>` encloses it. */
  getSrc: () => string | undefined;
  /**
   * Whether an enclosing `<learning-feed>`'s store is used (default true). False for a feed that must
   * be exactly the one named, such as the lighthouse badge's registry.
   */
  useContext?: boolean;
}

/**
 * Gives a widget its feed store: the enclosing `<learning-feed>`'s (through context) when there is one,
 * else a shared store for the widget's own `src`. Re-renders the host whenever the store changes
 * (loading, load, filters). Call `srcChanged()` from the host's `updated()` when `src` changes.
 *
 * A provided store wins over `src`: a widget inside a feed shares that feed's filters, which is the
 * point of putting it there.
 */
export class StoreController implements ReactiveController {
  private readonly host: Host;
  private readonly getSrc: () => string | undefined;
  private readonly consumer: ContextConsumer<typeof feedStoreContext, Host> | undefined;
  /** The store taken with getSharedStore for `src`, which this controller must give back. */
  private ownStore: FeedStore | undefined;
  private ownSrc: string | undefined;
  private subscribedStore: FeedStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;
  private resolved = false;
  private refreshQueued = false;

  constructor(host: Host, options: StoreControllerOptions) {
    this.host = host;
    this.getSrc = options.getSrc;
    host.addController(this);
    // Added after this controller, so hostConnected here runs before the consumer asks for context;
    // the context callback then switches over from an own store when a provider answers.
    this.consumer =
      options.useContext === false
        ? undefined
        : new ContextConsumer(host, { context: feedStoreContext, subscribe: true, callback: () => this.refresh() });
  }

  /** The store in use: the provided one, else the one for `src`; undefined when there is neither. */
  get store(): FeedStore | undefined {
    return this.consumer?.value ?? this.ownStore;
  }

  /**
   * False until the controller has looked for a store once after connecting. Before that, "no store"
   * means "not looked yet", not "none configured", so widgets show loading rather than an error.
   */
  get settled(): boolean {
    return this.resolved;
  }

  /** True when the store comes from an enclosing `<learning-feed>`. */
  get provided(): boolean {
    return this.consumer?.value !== undefined;
  }

  get model(): FeedModel | undefined {
    return this.store?.model;
  }

  /** 'idle' when there is no store at all (no enclosing feed, no src). */
  get status(): FeedStatus {
    return this.store?.status ?? 'idle';
  }

  get filters(): OpportunityFilters {
    return this.store?.filters ?? {};
  }

  get loadErrors(): readonly FeedLoadError[] {
    return this.store?.loadErrors ?? [];
  }

  hostConnected(): void {
    this.connected = true;
    // Let the context request settle first: a provided store makes an own fetch unnecessary.
    queueMicrotask(() => this.refresh());
  }

  hostDisconnected(): void {
    this.connected = false;
    // A move (disconnect + reconnect in one task) keeps the store and its fetch.
    queueMicrotask(() => {
      if (!this.connected) this.detachAll();
    });
  }

  /** Call when the host's `src` changed; takes the store for the new URLs and gives back the old one. */
  srcChanged(): void {
    // Deferred so a call from the host's updated() does not request an update inside that update.
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      this.refresh();
    });
  }

  private refresh(): void {
    if (!this.connected) return;
    this.resolved = true;
    const provided = this.consumer?.value;
    if (provided) {
      this.releaseOwn();
    } else {
      this.attachOwn();
    }
    this.watch(this.store);
  }

  private attachOwn(): void {
    const src = (this.getSrc() ?? '').trim();
    if (src === this.ownSrc && (this.ownStore !== undefined || src === '')) return;
    const urls = splitFeedUrls(src);
    // Take the new reference before giving back the old one, so an unchanged URL set keeps its store.
    const next = urls.length ? getSharedStore(urls) : undefined;
    this.releaseOwn();
    this.ownStore = next;
    this.ownSrc = src;
    void next?.ensureLoaded();
  }

  private releaseOwn(): void {
    if (this.ownStore) releaseSharedStore(this.ownStore);
    this.ownStore = undefined;
    this.ownSrc = undefined;
  }

  private watch(store: FeedStore | undefined): void {
    if (store === this.subscribedStore) return;
    this.unsubscribe?.();
    this.subscribedStore = store;
    this.unsubscribe = store?.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  private detachAll(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedStore = undefined;
    this.releaseOwn();
  }
}
