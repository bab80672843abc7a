/**
 * Builds the search index in idle time, a slice at a time, so a 50k-item feed shows its first
 * (filter-only) results at once and a phone stays responsive while typing works on a growing index.
 * The index code (and MiniSearch in it) is loaded with import() when a feed first needs it, so it is
 * not part of the finder's first download; until it arrives the finder shows its "indexing" state.
 */
import type { FeedModel } from '../../core/model.js';
import type { SearchIndex, SliceScheduler } from '../../core/search/search-index.js';
import { topicSearchWords } from './topic-labels.js';

type SearchModule = typeof import('../../core/search/search-index.js');
let searchModule: Promise<SearchModule> | undefined;

/** The search index module, loaded once per page. */
function loadSearchModule(): Promise<SearchModule> {
  searchModule ??= import('../../core/search/search-index.js').catch((error: unknown) => {
    searchModule = undefined; // a failed chunk load may succeed on the next feed
    throw error;
  });
  return searchModule;
}

/** requestIdleCallback where there is one (Safari has none), else a zero-delay timeout. */
export const idleSlices: SliceScheduler = (runSlice) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => runSlice(), { timeout: 250 });
  else setTimeout(runSlice, 0);
};

/** Opportunities indexed per idle slice at most, and the time a slice may take: a few milliseconds of work. */
const SLICE_SIZE = 400;
const SLICE_MS = 30;

export class IncrementalSearchIndex {
  private model: FeedModel | undefined;
  private index: SearchIndex | undefined;
  private abort: AbortController | undefined;
  /** Increases as slices finish, so cached results know the index has grown. */
  version = 0;

  private throttle?: ReturnType<typeof setTimeout>;

  /**
   * `onChange` runs when the index is complete, and while it grows only if `wantsProgress()` (a query
   * is on screen), at most every 300 ms: redrawing 100k results per slice for nothing would stall typing.
   */
  constructor(
    private readonly onChange: () => void,
    private readonly wantsProgress: () => boolean,
    private readonly schedule: SliceScheduler = idleSlices,
  ) {}

  private progressed(): void {
    if (this.ready) {
      clearTimeout(this.throttle);
      this.throttle = undefined;
      this.onChange();
    } else if (this.wantsProgress() && this.throttle === undefined) {
      this.throttle = setTimeout(() => {
        this.throttle = undefined;
        this.onChange();
      }, 300);
    }
  }

  /**
   * The index for `model`, starting a fresh build when the model changed; undefined until the
   * search code has loaded (`onChange` runs when it has).
   */
  indexFor(model: FeedModel): SearchIndex | undefined {
    if (model === this.model) return this.index;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.model = model;
    this.index = undefined;
    this.version++;
    loadSearchModule().then(
      ({ createSearchIndex }) => {
        if (abort.signal.aborted) return;
        this.index = createSearchIndex(model, { deferBuild: true, topicLabels: topicSearchWords });
        this.version++;
        this.build(this.index, abort);
        this.onChange();
      },
      (error: unknown) => console.error('<learning-finder>: loading the search code failed', error),
    );
    return undefined;
  }

  private build(index: SearchIndex, abort: AbortController): void {
    void index
      .buildInSlices(this.schedule, {
        sliceSize: SLICE_SIZE,
        sliceMs: SLICE_MS,
        signal: abort.signal,
        onProgress: () => {
          if (abort.signal.aborted) return;
          this.version++;
          this.progressed();
        },
      })
      .catch((error: unknown) => console.error('<learning-finder>: building the search index failed', error));
  }

  /** True once every opportunity of the current model is searchable. */
  get ready(): boolean {
    return !!this.index && this.index.pendingCount === 0;
  }

  dispose(): void {
    clearTimeout(this.throttle);
    this.throttle = undefined;
    this.abort?.abort();
    this.abort = undefined;
    this.model = undefined;
    this.index = undefined;
  }
}
