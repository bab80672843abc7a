/**
 * Where a store's documents come from. Today: static JSON feed files, followed through RPDE `next`
 * pages. A paged/sharded CDN layout or a search endpoint (see ARCHITECTURE.md) becomes another
 * `DataSource`, and the store, context and elements stay as they are.
 */
import { FeedLoadError } from './errors.js';
import { fetchPage, type PageResponse } from './fetch-page.js';
import type { PageCache } from './page-cache.js';
import { DEFAULT_RETRY, realSleep, type RetryOptions, type Sleep } from './retry.js';

/** One JSON document as served, with the URL it came from (for problem messages and relative links). */
export interface FeedPage {
  url: string;
  json: unknown;
}

export type FeedOrigin = 'network' | 'memory' | 'cache' | 'none';

/** What one feed URL gave on one load. */
export interface SourceFeedResult {
  /** The feed URL (absolute when it could be resolved). */
  url: string;
  /** The feed's pages in order; empty when it failed and no earlier copy exists. */
  pages: FeedPage[];
  /** Why this load failed. With `pages` non-empty, the pages are the last good copy. */
  error?: FeedLoadError;
  /** 'network': this load's answer (fresh or revalidated); 'memory'/'cache': an earlier copy after a failure. */
  from: FeedOrigin;
  /** True when the pages are the very ones the previous load returned (all revalidated, or the same copy). */
  unchanged: boolean;
  /** Set when paging stopped at the page limit with a `next` still to follow. */
  truncatedAfter?: number;
}

export interface DataSource {
  /** The feed URLs this source reads, for display and for sharing stores. */
  readonly urls: readonly string[];
  /** Resolves with one result per URL, in order; rejects only when `signal` aborts. */
  load(signal: AbortSignal): Promise<SourceFeedResult[]>;
}

export interface JsonFeedSourceOptions {
  fetch?: typeof fetch;
  /** Per request, in ms (default 15 000). */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Most RPDE pages followed per feed (default 50). */
  maxPages?: number;
  /** A copy that outlives the page (e.g. `CacheStoragePageCache`). */
  cache?: PageCache;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
}

interface HeldPage extends FeedPage {
  etag?: string;
}

/** The next page's absolute URL, if the document names one. */
export function nextPageUrl(json: unknown, pageUrl: string): string | undefined {
  const next = (json as { next?: unknown } | null)?.next;
  if (typeof next !== 'string' || next.trim() === '') return undefined;
  try {
    return new URL(next, pageUrl).href;
  } catch {
    return undefined;
  }
}

/** Errors name the feed URL the webmaster wrote; a failing later page is named in the message. */
function forFeedUrl(error: FeedLoadError, feedUrl: string): FeedLoadError {
  if (error.url === feedUrl) return error;
  const wrapped = new FeedLoadError(error.kind, feedUrl, `A later page of the feed ${feedUrl} failed: ${error.message}`, error.status);
  wrapped.retryAfterMs = error.retryAfterMs;
  return wrapped;
}

export class JsonFeedSource implements DataSource {
  readonly urls: readonly string[];
  private readonly options: Required<Omit<JsonFeedSourceOptions, 'cache' | 'retry'>> & {
    retry: Required<RetryOptions>;
    cache?: PageCache;
  };
  /** The last good pages of each feed URL: served again when a later load fails. */
  private readonly lastGood = new Map<string, HeldPage[]>();

  constructor(urls: readonly string[], options: JsonFeedSourceOptions = {}) {
    this.urls = [...urls];
    this.options = {
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeoutMs: options.timeoutMs ?? 15_000,
      retry: { ...DEFAULT_RETRY, ...options.retry },
      maxPages: options.maxPages ?? 50,
      cache: options.cache,
      sleep: options.sleep ?? realSleep,
      random: options.random ?? Math.random,
      now: options.now ?? Date.now,
    };
  }

  load(signal: AbortSignal): Promise<SourceFeedResult[]> {
    return Promise.all(this.urls.map((url) => this.loadFeed(url, signal)));
  }

  private async loadFeed(url: string, signal: AbortSignal): Promise<SourceFeedResult> {
    const previous = this.lastGood.get(url);
    try {
      const { pages, changed, truncatedAfter } = await this.fetchPages(url, previous, signal);
      this.lastGood.set(url, pages);
      const unchanged = !changed && previous !== undefined && previous.length === pages.length;
      return { url, pages, from: 'network', unchanged, truncatedAfter };
    } catch (caught) {
      if (signal.aborted || !(caught instanceof FeedLoadError)) throw caught;
      const error = forFeedUrl(caught, url);
      if (previous) return { url, pages: previous, error, from: 'memory', unchanged: true };
      const cached = await this.readCachedFeed(url);
      if (cached.length) {
        this.lastGood.set(url, cached);
        return { url, pages: cached, error, from: 'cache', unchanged: false };
      }
      return { url, pages: [], error, from: 'none', unchanged: false };
    }
  }

  private async fetchPages(url: string, previous: HeldPage[] | undefined, signal: AbortSignal) {
    const pages: HeldPage[] = [];
    const visited = new Set<string>();
    let changed = false;
    let pageUrl: string | undefined = url;
    while (pageUrl !== undefined && !visited.has(pageUrl)) {
      if (pages.length >= this.options.maxPages) return { pages, changed, truncatedAfter: pages.length };
      visited.add(pageUrl);
      const held: HeldPage | undefined =
        previous?.find((page) => page.url === pageUrl) ?? (previous ? undefined : await this.readCached(pageUrl));
      const response: PageResponse = await fetchPage(pageUrl, { ...this.options, signal, etag: held?.etag });
      let page: HeldPage;
      if (response.kind === 'not-modified') {
        if (!held) throw new FeedLoadError('http', url, `${pageUrl} answered 304 Not Modified to a request that held no copy.`, 304);
        page = held;
        if (!previous?.includes(held)) changed = true;
      } else {
        page = { url: pageUrl, json: response.json, etag: response.etag };
        changed = true;
        void this.options.cache?.write(pageUrl, response.text, response.etag);
      }
      pages.push(page);
      pageUrl = nextPageUrl(page.json, page.url);
    }
    return { pages, changed, truncatedAfter: undefined };
  }

  private async readCached(pageUrl: string): Promise<HeldPage | undefined> {
    const cached = await this.options.cache?.read(pageUrl);
    return cached ? { url: pageUrl, json: cached.json, etag: cached.etag } : undefined;
  }

  /** Rebuilds a whole feed from the cache by following `next` through the cached pages. */
  private async readCachedFeed(url: string): Promise<HeldPage[]> {
    const pages: HeldPage[] = [];
    const visited = new Set<string>();
    let pageUrl: string | undefined = url;
    while (pageUrl !== undefined && !visited.has(pageUrl) && pages.length < this.options.maxPages) {
      visited.add(pageUrl);
      const page = await this.readCached(pageUrl);
      if (!page) break;
      pages.push(page);
      pageUrl = nextPageUrl(page.json, pageUrl);
    }
    return pages;
  }
}
