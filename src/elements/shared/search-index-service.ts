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

/** The search index module and the topic labels it indexes, loaded once per page. */
function loadSearchCode(): Promise<SearchCode> {
  searchCode ??= Promise.all([import('../../core/search/search-index.js'), import('../learning-finder/topic-labels.js')]).catch(
    (error: unknown) => {
      searchCode = undefined; // a failed chunk load may succeed on the next feed
      throw error;
    },
  );
  return searchCode;
}

/** requestIdleCallback where there is one (Safari has none), else a zero-delay timeout. */
const idleSlices: SliceScheduler = (runSlice) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => runSlice(), { timeout: 250 });
  else setTimeout(runSlice, 0);
};

/** Opportunities indexed per idle slice at most, and the time a slice may take: a few milliseconds of work. */
const SLICE_SIZE = 400;
const SLICE_MS = 30;

/** What happened: the index exists (empty, filling), it grew by a slice, or every opportunity is in. */
export type SearchIndexEvent = 'created' | 'progress' | 'complete';

export interface SharedSearchIndex {
  /** Undefined until the search code has loaded; then the (growing) index. */
  readonly index: SearchIndex | undefined;
  /** True once every opportunity of the model is searchable. */
  readonly complete: boolean;
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
  private readonly listeners = new Set<(event: SearchIndexEvent) => void>();
  private readonly abort = new AbortController();

  constructor(private readonly model: FeedModel) {
    loadSearchCode().then(
      ([{ createSearchIndex }, { topicSearchWords }]) => {
        if (this.abort.signal.aborted) return;
        const index = createSearchIndex(model, { deferBuild: true, topicLabels: topicSearchWords });
        this.index = index;
        // An empty model has nothing to build: its index is complete at once.
        this.notify(index.pendingCount === 0 ? 'complete' : 'created');
        this.build(index);
      },
      (error: unknown) => {
        this.forget();
        console.error('learning-city-widgets: loading the search code failed', error);
      },
    );
  }

  get complete(): boolean {
    return !!this.index && this.index.pendingCount === 0;
  }

  subscribe(listener: (event: SearchIndexEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size > 0 || this.complete) return;
      // Nobody waits for it any more: stop spending idle time on it.
      this.abort.abort();
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
      .catch((error: unknown) => console.error('learning-city-widgets: building the search index failed', error));
  }
}

/**
 * For views that filter only with a complete index (the calendar and the map: a half-built index would
 * drop matches without a word): `completeIndex(model)` answers the complete index, or undefined while it
 * is being built, and `onComplete` runs when it is complete if it was asked for meanwhile.
 */
export class CompleteIndexWatch {
  private current?: { model: FeedModel; shared: SharedSearchIndex; unsubscribe: () => void };
  private wait?: { done: Promise<void>; resolve: () => void };

  constructor(private readonly onComplete: () => void) {}

  /** True while the index was asked for and is not complete yet. */
  get waiting(): boolean {
    return this.wait !== undefined;
  }

  /** Resolves when the index asked for is complete, or nothing waits any more (at once when nothing waits). */
  get done(): Promise<void> {
    return this.wait?.done ?? Promise.resolve();
  }

  completeIndex(model: FeedModel): SearchIndex | undefined {
    if (this.current?.model !== model) {
      this.current?.unsubscribe();
      const shared = searchIndexFor(model);
      const unsubscribe = shared.subscribe((event) => {
        if (event !== 'complete' || !this.wait) return;
        this.stopWaiting();
        this.onComplete();
      });
      this.current = { model, shared, unsubscribe };
    }
    if (this.current.shared.complete) {
      this.stopWaiting();
      return this.current.shared.index;
    }
    if (!this.wait) {
      let resolve = (): void => {};
      const done = new Promise<void>((settle) => (resolve = settle));
      this.wait = { done, resolve };
    }
    return undefined;
  }

  /** Nothing waits for the index any more (the query went away). */
  stopWaiting(): void {
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
