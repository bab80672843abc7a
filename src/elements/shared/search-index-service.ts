/**
 * One search index per feed model for the whole page. A finder, a calendar and a map on one
 * <learning-feed> all search the same opportunities; each building its own index would cost three
 * times the memory and the idle time (100k items: ~15 s each). The index is created on first need,
 * with its code (MiniSearch in it) loaded by import() so that no element's first download carries it,
 * and built in idle slices so the page stays responsive; consumers subscribe to its progress.
 *
 * Topic labels are indexed too (so "Programmation" finds a "coding" topic): they come with the search
 * code, on demand, so a calendar or map alone does not download them for a page without a query.
 */
import type { FeedModel } from '../../core/model.js';
import type { SearchIndex, SliceScheduler } from '../../core/search/search-index.js';

type SearchCode = [typeof import('../../core/search/search-index.js'), typeof import('../learning-finder/topic-labels.js')];
let searchCode: Promise<SearchCode> | undefined;

const importSearchCode = (): Promise<SearchCode> =>
  Promise.all([import('../../core/search/search-index.js'), import('../learning-finder/topic-labels.js')]);
let codeLoader = importSearchCode;

/** The search index module and the topic labels it indexes, loaded once per page. */
function loadSearchCode(): Promise<SearchCode> {
  searchCode ??= codeLoader().catch((error: unknown) => {
    searchCode = undefined; // a failed chunk load (the network went away) may succeed on the next try
    throw error;
  });
  return searchCode;
}

/**
 * Tests only: replaces how the search code is loaded (undefined puts the real import() back), so a
 * chunk that fails to load, as it does when the network goes away after the page loaded, can be shown.
 */
export function overrideSearchCodeLoader(loader: (() => Promise<SearchCode>) | undefined): void {
  codeLoader = loader ?? importSearchCode;
  searchCode = undefined;
}

/**
 * Seconds before each automatic new try after the search code failed to load; the last repeats. A
 * visitor's "Try again" and the browser coming back online try at once.
 */
const RETRY_SECONDS = [2, 5, 15, 30, 60];

/** requestIdleCallback where there is one (Safari has none), else a zero-delay timeout. */
const idleSlices: SliceScheduler = (runSlice) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => runSlice(), { timeout: 250 });
  else setTimeout(runSlice, 0);
};

/** Opportunities indexed per idle slice at most, and the time a slice may take: a few milliseconds of work. */
const SLICE_SIZE = 400;
const SLICE_MS = 30;
/**
 * The time an idle slice of first-letter scoring may take: shorter than a build slice, as the
 * visitor may be typing by then and a keystroke waits for a running slice.
 */
const PREFETCH_SLICE_MS = 8;

/**
 * What happened: the index exists (empty, filling), it grew by a slice, every opportunity is in, or
 * its code could not be loaded (it is tried again: 'created' follows when a try succeeds).
 */
export type SearchIndexEvent = 'created' | 'progress' | 'complete' | 'failed';

export interface SharedSearchIndex {
  /** Undefined until the search code has loaded; then the (growing) index. */
  readonly index: SearchIndex | undefined;
  /** True once every opportunity of the model is searchable. */
  readonly complete: boolean;
  /** True while the search code could not be loaded (the last try failed; another is scheduled). */
  readonly failed: boolean;
  /** Tries to load the search code again now (after a failure; does nothing otherwise). */
  retry(): void;
  /**
   * Runs `listener` when the index is created, after each slice and when it is complete. Returns the
   * unsubscribe function: call it when the element leaves the page. When the last subscriber leaves an
   * unfinished build, the build stops and the next consumer of the model starts a fresh one.
   */
  subscribe(listener: (event: SearchIndexEvent) => void): () => void;
}

const shared = new WeakMap<FeedModel, SharedIndex>();
let created = 0;

/** The page's search index for `model`, created (and its build started) on the first call. */
export function searchIndexFor(model: FeedModel): SharedSearchIndex {
  let handle = shared.get(model);
  if (!handle) {
    handle = new SharedIndex(model);
    shared.set(model, handle);
    created++;
  }
  return handle;
}

/** How many indexes this page has started building: lets tests check that views of one feed share one. */
export function searchIndexesCreated(): number {
  return created;
}

class SharedIndex implements SharedSearchIndex {
  index: SearchIndex | undefined;
  failed = false;
  private readonly listeners = new Set<(event: SearchIndexEvent) => void>();
  private readonly abort = new AbortController();
  private loading = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onOnline = (): void => this.retry();

  constructor(private readonly model: FeedModel) {
    this.load();
  }

  private load(): void {
    this.loading = true;
    loadSearchCode().then(
      ([{ createSearchIndex }, { topicSearchWords }]) => {
        this.loading = false;
        if (this.abort.signal.aborted) return;
        this.stopRetrying();
        this.failed = false;
        const index = createSearchIndex(this.model, { deferBuild: true, topicLabels: topicSearchWords });
        this.index = index;
        // An empty model has nothing to build: its index is complete at once.
        this.notify(index.pendingCount === 0 ? 'complete' : 'created');
        this.build(index);
      },
      (error: unknown) => {
        this.loading = false;
        if (this.abort.signal.aborted) return;
        if (!this.failed) console.error('learning-city-widgets: loading the search code failed; trying again', error);
        this.failed = true;
        this.scheduleRetry();
        this.notify('failed');
      },
    );
  }

  retry(): void {
    if (!this.failed || this.loading || this.abort.signal.aborted) return;
    clearTimeout(this.retryTimer);
    this.load();
  }

  private scheduleRetry(): void {
    const seconds = RETRY_SECONDS[Math.min(this.failures++, RETRY_SECONDS.length - 1)]!;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.retry(), seconds * 1000);
    if (this.failures === 1 && typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
  }

  private stopRetrying(): void {
    clearTimeout(this.retryTimer);
    if (this.failures > 0 && typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
    this.failures = 0;
  }

  get complete(): boolean {
    return !!this.index && this.index.pendingCount === 0;
  }

  subscribe(listener: (event: SearchIndexEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size > 0 || this.complete) return;
      // Nobody waits for it any more: stop spending idle time (or new tries) on it.
      this.abort.abort();
      this.stopRetrying();
      this.forget();
    };
  }

  private forget(): void {
    if (shared.get(this.model) === this) shared.delete(this.model);
  }

  private notify(event: SearchIndexEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private build(index: SearchIndex): void {
    const { signal } = this.abort;
    void index
      .buildInSlices(idleSlices, {
        sliceSize: SLICE_SIZE,
        sliceMs: SLICE_MS,
        signal,
        onProgress: () => {
          if (!signal.aborted) this.notify(index.pendingCount === 0 ? 'complete' : 'progress');
        },
      })
      // Then, still in idle time, the one-letter queries a visitor starts typing with.
      .then(() => index.prefetchFirstLetters(idleSlices, { sliceMs: PREFETCH_SLICE_MS, signal }))
      .catch((error: unknown) => console.error('learning-city-widgets: building the search index failed', error));
  }
}

/**
 * For views that filter only with a complete index (the calendar and the map: a half-built index would
 * drop matches without a word): `completeIndex(model)` answers the complete index, or undefined while it
 * is being built or its code could not be loaded (`failed`: the view says so, and may offer `retry`).
 * `onChange` runs when an index asked for meanwhile is complete, when its code fails to load, and when
 * a new try after a failure has loaded it (the index is then being built).
 */
export class CompleteIndexWatch {
  private current?: { model: FeedModel; shared: SharedSearchIndex; unsubscribe: () => void };
  private wait?: { done: Promise<void>; resolve: () => void };
  /** An index was asked for and is not complete yet (while loading, building or failed). */
  private wanted = false;

  constructor(private readonly onChange: () => void) {}

  /** True while the index was asked for and is on its way (not when its code failed to load). */
  get waiting(): boolean {
    return this.wait !== undefined;
  }

  /** True while the index was asked for and its code could not be loaded; new tries are under way. */
  get failed(): boolean {
    return this.wanted && !!this.current?.shared.failed;
  }

  /** Resolves when the index asked for is complete, has failed, or nothing waits any more (at once when nothing waits). */
  get done(): Promise<void> {
    return this.wait?.done ?? Promise.resolve();
  }

  completeIndex(model: FeedModel): SearchIndex | undefined {
    if (this.current?.model !== model) {
      this.current?.unsubscribe();
      const shared = searchIndexFor(model);
      const unsubscribe = shared.subscribe((event) => this.indexChanged(event));
      this.current = { model, shared, unsubscribe };
    }
    if (this.current.shared.complete) {
      this.stopWaiting();
      return this.current.shared.index;
    }
    this.wanted = true;
    if (!this.current.shared.failed && !this.wait) {
      let resolve = (): void => {};
      const done = new Promise<void>((settle) => (resolve = settle));
      this.wait = { done, resolve };
    }
    return undefined;
  }

  /** Tries to load the search code again now, after it failed. */
  retry(): void {
    this.current?.shared.retry();
  }

  private indexChanged(event: SearchIndexEvent): void {
    if (!this.wanted || event === 'progress') return;
    // A new try loaded the code after a failure: the view goes back to its loading state.
    if (event === 'created' && this.wait) return;
    if (event === 'complete') this.wanted = false;
    // Settled either way: the view draws the matches, or says the search could not load.
    this.wait?.resolve();
    this.wait = undefined;
    this.onChange();
  }

  /** Nothing waits for the index any more (the query went away). */
  stopWaiting(): void {
    this.wanted = false;
    this.wait?.resolve();
    this.wait = undefined;
  }

  /** Lets go of the index (the view left the page). */
  dispose(): void {
    this.stopWaiting();
    this.current?.unsubscribe();
    this.current = undefined;
  }
}
