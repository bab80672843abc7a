/**
 * The finder's view of the page's shared search index (shared/search-index-service.ts): built in idle
 * time, a slice at a time, so a 50k-item feed shows its first (filter-only) results at once and a
 * phone stays responsive while typing works on a growing index. Until the search code has loaded the
 * finder shows its "indexing" state; if it cannot load, a query says so (with "Try again").
 */
import type { FeedModel } from '../../core/model.js';
import type { SearchIndex } from '../../core/search/search-index.js';
import { searchIndexFor, type SearchIndexEvent, type SharedSearchIndex } from '../shared/search-index-service.js';

export class IncrementalSearchIndex {
  private model: FeedModel | undefined;
  private shared: SharedSearchIndex | undefined;
  private unsubscribe: (() => void) | undefined;
  /** Increases as the index grows, so cached results know it has. */
  version = 0;

  private throttle?: ReturnType<typeof setTimeout>;

  /**
   * `onChange` runs when the index is created and when it is complete, and while it grows only if
   * `wantsProgress()` (a query is on screen), at most every 300 ms: redrawing 100k results per slice
   * for nothing would stall typing.
   */
  constructor(
    private readonly onChange: () => void,
    private readonly wantsProgress: () => boolean,
  ) {}

  private changed(event: SearchIndexEvent): void {
    this.version++;
    if (event !== 'progress') {
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
   * The index for `model` (following it to a new model), possibly still growing; undefined until the
   * search code has loaded (`onChange` runs when it has).
   */
  indexFor(model: FeedModel): SearchIndex | undefined {
    if (model !== this.model) {
      this.release();
      this.model = model;
      this.shared = searchIndexFor(model);
      this.unsubscribe = this.shared.subscribe((event) => this.changed(event));
      this.version++;
    }
    return this.shared?.index;
  }

  /** True once every opportunity of the current model is searchable. */
  get ready(): boolean {
    return !!this.shared?.complete;
  }

  /** True while the search code could not be loaded (the shared index tries again by itself). */
  get failed(): boolean {
    return !!this.shared?.failed;
  }

  /** Tries to load the search code again now. */
  retry(): void {
    this.shared?.retry();
  }

  private release(): void {
    clearTimeout(this.throttle);
    this.throttle = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.shared = undefined;
    this.model = undefined;
  }

  dispose(): void {
    this.release();
  }
}
