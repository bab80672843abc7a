/**
 * One store per feed set: loads through a `DataSource`, parses and merges with core, keeps the last
 * good copy, and holds the visitor's filters so every widget reading it stays in step.
 * No Lit here; elements receive the store through `feedStoreContext` (context.ts).
 */
import { mergeFeeds } from '../core/merge.js';
import type { FeedModel, FeedProblem, OpportunityFilters, ParsedFeed } from '../core/model.js';
// Not parse/index.js: parseFeed reads text, with a JSON syntax scanner the store never needs (its
// pages are values; parseFeedInSlices loads the scanner itself if a custom source hands over bad text).
import { parseFeedValue } from '../core/parse/feed-steps.js';
import type { parseFeed } from '../core/parse/parse-feed.js';
import { parseFeedInSlices } from '../core/parse/parse-slices.js';
import { FeedLoadError } from './errors.js';
import type { CacheStorageOptions, PageCache } from './page-cache.js';
import { combinePages, truncatedPagingProblem } from './pages.js';
import { JsonFeedSource, type DataSource, type JsonFeedSourceOptions, type SourceFeedResult } from './source.js';

/** idle: not asked yet · loading · ready: every feed answered (or had no copy to fall back on) · stale: some data is an earlier copy · error: no data at all. */
export type FeedStatus = 'idle' | 'loading' | 'ready' | 'stale' | 'error';

/** 'loading': a load started · 'load': a load finished (model, status, problems, loadErrors updated) · 'filters'. */
export type FeedStoreChangeReason = 'loading' | 'load' | 'filters';

export class FeedStoreChangeEvent extends Event {
  constructor(readonly reason: FeedStoreChangeReason) {
    super('change');
  }
}

export interface FeedStoreOptions extends Omit<JsonFeedSourceOptions, 'cache'> {
  /** Keep a copy of each feed in Cache Storage (true, or a bucket name and size cap) for when hosts are down. */
  cache?: boolean | CacheStorageOptions;
  /** Initial filters (a webmaster's preset). */
  filters?: OpportunityFilters;
  /** Replaceable for a worker-based parser; defaults to core's (sliced for large documents, see SLICED_PARSE_MIN_ITEMS). */
  parse?: typeof parseFeed;
  merge?: typeof mergeFeeds;
}

/**
 * Documents with more list entries than this are parsed with `parseFeedInSlices`, so the page keeps
 * answering input; smaller ones are parsed in one go, as fast as before.
 */
export const SLICED_PARSE_MIN_ITEMS = 2_000;

type ChangeListener = (event: FeedStoreChangeEvent) => void;

export class FeedStore extends EventTarget {
  readonly source: DataSource;
  private currentStatus: FeedStatus = 'idle';
  private currentModel: FeedModel | undefined;
  private currentLoadErrors: FeedLoadError[] = [];
  private currentFilters: OpportunityFilters;
  private inFlight: Promise<void> | undefined;
  private readonly controller = new AbortController();
  private readonly parsedByUrl = new Map<string, ParsedFeed>();
  private readonly parse: typeof parseFeed | undefined;
  private readonly merge: typeof mergeFeeds;
  private finishedLoads = 0;
  /** The parsed feeds `currentModel` was merged from, in order. */
  private mergedFrom: readonly ParsedFeed[] = [];

  /** Pass feed URLs for the default `JsonFeedSource`, or any other `DataSource`. */
  constructor(source: DataSource | readonly string[], options: FeedStoreOptions = {}) {
    super();
    const { cache, filters, parse, merge, ...sourceOptions } = options;
    const pageCache = cache ? cacheStorageLoadedLater(cache === true ? {} : cache) : undefined;
    this.source = isDataSource(source) ? source : new JsonFeedSource(source, { ...sourceOptions, cache: pageCache });
    this.currentFilters = { ...filters };
    this.parse = parse;
    this.merge = merge ?? mergeFeeds;
  }

  get status(): FeedStatus {
    return this.currentStatus;
  }

  /** The merged data: after a failed reload, still the last good copy. */
  get model(): FeedModel | undefined {
    return this.currentModel;
  }

  /** Problems inside the feeds that did load (bad items, bad fields), with JSON pointers. */
  get problems(): readonly FeedProblem[] {
    return this.currentModel?.problems ?? [];
  }

  /** One per feed URL that failed on the latest load. */
  get loadErrors(): readonly FeedLoadError[] {
    return this.currentLoadErrors;
  }

  get filters(): OpportunityFilters {
    return this.currentFilters;
  }

  /** Increases when a load finishes; lets listeners tell one load's report from the next. */
  get loadCount(): number {
    return this.finishedLoads;
  }

  get disposed(): boolean {
    return this.controller.signal.aborted;
  }

  /** Loads (or revalidates) every feed. While a load is running, returns that load. */
  load(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.inFlight ??= this.runLoad().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Loads unless a load has already started or finished. */
  ensureLoaded(): Promise<void> {
    return this.currentStatus === 'idle' || this.inFlight ? this.load() : Promise.resolve();
  }

  /** Merges `filters` into the current ones, or replaces them all with mode 'replace'. */
  setFilters(filters: OpportunityFilters, mode: 'merge' | 'replace' = 'merge'): void {
    const next: OpportunityFilters = mode === 'replace' ? { ...filters } : { ...this.currentFilters, ...filters };
    for (const key of Object.keys(next) as Array<keyof OpportunityFilters>) if (next[key] === undefined) delete next[key];
    if (JSON.stringify(next) === JSON.stringify(this.currentFilters)) return;
    this.currentFilters = next;
    this.emit('filters');
  }

  /** Calls `listener` on every change until the returned function is called. */
  subscribe(listener: ChangeListener): () => void {
    const handler = (event: Event) => listener(event as FeedStoreChangeEvent);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  /** Cancels any running load; the store stays readable but never loads again. */
  dispose(): void {
    this.controller.abort(new DOMException('The feed store was released.', 'AbortError'));
  }

  private async runLoad(): Promise<void> {
    const before = this.currentStatus;
    this.currentStatus = 'loading';
    this.emit('loading');
    let results: SourceFeedResult[];
    try {
      results = await this.source.load(this.controller.signal);
    } catch (error) {
      if (this.disposed) {
        this.currentStatus = before;
        return;
      }
      results = this.source.urls.map((url) => ({ url, pages: [], error: unexpectedError(url, error), from: 'none', unchanged: false }));
    }
    if (this.disposed) return;
    await this.applyResults(results);
  }

  private async applyResults(results: SourceFeedResult[]): Promise<void> {
    const parsed: ParsedFeed[] = [];
    const loadErrors: FeedLoadError[] = [];
    for (const result of results) {
      if (result.error) loadErrors.push(result.error);
      if (result.pages.length === 0) {
        this.parsedByUrl.delete(result.url);
        continue;
      }
      const reused = result.unchanged ? this.parsedByUrl.get(result.url) : undefined;
      try {
        const feed = reused ?? (await this.parseResult(result));
        this.parsedByUrl.set(result.url, feed);
        parsed.push(feed);
      } catch (error) {
        // Disposed while a large feed was being parsed: nothing more to do, and nothing to report.
        if (this.disposed) return;
        // parseFeed is lenient and should never throw; if it does, lose this feed, not the page.
        const detail = error instanceof Error ? error.message : String(error);
        loadErrors.push(new FeedLoadError('not-feed', result.url, `${result.url} could not be read as a Learning Feed: ${detail}`));
      }
    }
    const anyData = parsed.length > 0 || results.length === 0;
    // Every feed revalidated (304) or served from the same held copy: the same merged model, so
    // widgets comparing `model` by identity skip a re-render and keep their derived state.
    const sameFeeds = this.currentModel !== undefined && sameItems(parsed, this.mergedFrom);
    if (!sameFeeds) this.currentModel = anyData ? this.merge(parsed) : undefined;
    this.mergedFrom = anyData ? parsed : [];
    this.currentLoadErrors = loadErrors;
    const servedOldCopy = results.some((result) => result.error && result.pages.length > 0);
    this.currentStatus = !anyData ? 'error' : servedOldCopy ? 'stale' : 'ready';
    this.finishedLoads++;
    this.emit('load');
  }

  private async parseResult(result: SourceFeedResult): Promise<ParsedFeed> {
    const pages: ParsedFeed[] = [];
    for (const page of result.pages) {
      const feedKey = pages[0]?.info.key;
      const options = feedKey === undefined ? { source: page.url } : { source: page.url, feedKey };
      pages.push(await this.parsePage(page.json, options));
    }
    const feed = combinePages(pages);
    if (result.truncatedAfter !== undefined) {
      return { ...feed, problems: [...feed.problems, truncatedPagingProblem(result.url, result.truncatedAfter)] };
    }
    return feed;
  }

  /**
   * A custom parser as given; else core's, sliced for large documents and stopped by dispose().
   * A page that is a string (from a custom DataSource) is JSON text, as for parseFeed.
   */
  private parsePage(json: unknown, options: { source: string; feedKey?: string }): ParsedFeed | Promise<ParsedFeed> {
    if (this.parse) return this.parse(json, options);
    if (typeof json !== 'string' && listEntryCount(json) <= SLICED_PARSE_MIN_ITEMS) return parseFeedValue(json, options);
    return parseFeedInSlices(json, { ...options, signal: this.controller.signal });
  }

  private emit(reason: FeedStoreChangeReason): void {
    this.dispatchEvent(new FeedStoreChangeEvent(reason));
  }
}

function sameItems<T>(left: readonly T[], right: readonly T[]): boolean {
  return left.length === right.length && left.every((item, index) => item === right[index]);
}

/** How many entries the document's item lists hold, without reading them. */
function listEntryCount(json: unknown): number {
  if (typeof json !== 'object' || json === null) return 0;
  let count = 0;
  try {
    for (const name of ['places', 'organizations', 'opportunities']) {
      const list: unknown = Object.getOwnPropertyDescriptor(json, name)?.value;
      if (Array.isArray(list)) count += list.length;
    }
  } catch {
    // Not plain JSON (a revoked Proxy): parseFeed reports that as a problem, so let it.
    return 0;
  }
  return count;
}

/**
 * The Cache Storage copy, its code fetched with import() as the store is made: only pages that ask
 * for a copy pay for it. If the code cannot load, the store has no copy, as when Cache Storage fails.
 */
function cacheStorageLoadedLater(options: CacheStorageOptions): PageCache {
  const loading = import('./page-cache.js').then(
    ({ CacheStoragePageCache }) => new CacheStoragePageCache(options),
    () => undefined,
  );
  return {
    read: async (url) => (await loading)?.read(url),
    write: async (url, text, etag) => (await loading)?.write(url, text, etag),
  };
}

function isDataSource(source: DataSource | readonly string[]): source is DataSource {
  return typeof (source as DataSource).load === 'function';
}

/** A data source that broke its promise to report failures per URL: still reported per URL. */
function unexpectedError(url: string, error: unknown): FeedLoadError {
  const detail = error instanceof Error ? error.message : String(error);
  return new FeedLoadError('network', url, `Loading ${url} failed unexpectedly: ${detail}`);
}
