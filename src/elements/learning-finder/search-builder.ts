/**
 * Builds the search index in idle time, a slice at a time, so a 50k-item feed shows its first
 * (filter-only) results at once and a phone stays responsive while typing works on a growing index.
 */
import type { FeedModel } from '../../core/model.js';
import { createSearchIndex, type SearchIndex, type SliceScheduler } from '../../core/search/index.js';
import { topicSearchWords } from './topic-labels.js';

/** requestIdleCallback where there is one (Safari has none), else a zero-delay timeout. */
export const idleSlices: SliceScheduler = (runSlice) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => runSlice(), { timeout: 250 });
  else setTimeout(runSlice, 0);
};

/** Opportunities indexed per idle slice: a few milliseconds of work on a mid-range phone. */
const SLICE_SIZE = 400;

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

  /** The index for `model`, starting a fresh build when the model changed. */
  indexFor(model: FeedModel): SearchIndex {
    if (model === this.model && this.index) return this.index;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.model = model;
    const index = createSearchIndex(model, { deferBuild: true, topicLabels: topicSearchWords });
    this.index = index;
    this.version++;
    void index
      .buildInSlices(this.schedule, {
        sliceSize: SLICE_SIZE,
        signal: abort.signal,
        onProgress: () => {
          if (abort.signal.aborted) return;
          this.version++;
          this.progressed();
        },
      })
      .catch((error: unknown) => console.error('<learning-finder>: building the search index failed', error));
    return index;
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
