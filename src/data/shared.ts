/**
 * Stores shared by URL set: every widget on a page that names the same feeds (in any order, relative
 * or absolute) gets the same store, so the feeds are fetched once and the filters are common.
 * Reference counted: the last `releaseSharedStore` disposes the store and cancels its fetches.
 */
import { FeedStore, type FeedStoreOptions } from './store.js';

interface Entry {
  store: FeedStore;
  consumers: number;
}

const registry = new Map<string, Entry>();
const keyOfStore = new WeakMap<FeedStore, string>();

export interface SharedStoreOptions extends FeedStoreOptions {
  /** Base for relative feed URLs; defaults to the document's base URL. */
  baseUrl?: string;
}

function defaultBase(): string | undefined {
  const global = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  return global.document?.baseURI ?? global.location?.href;
}

/** Absolute URL when it can be resolved; otherwise the text as given (its fetch will report the problem). */
export function resolveFeedUrl(url: string, baseUrl: string | undefined = defaultBase()): string {
  try {
    return new URL(url, baseUrl).href;
  } catch {
    return url;
  }
}

/** Splits a `src` attribute value ("a.json  b.json") into distinct URLs, in order. */
export function splitFeedUrls(src: string | null | undefined): string[] {
  return [...new Set((src ?? '').split(/\s+/).filter(Boolean))];
}

/**
 * The store for `urls`, created on first request. Options apply only when the store is created;
 * later consumers of the same feeds share the first one's settings. Call `releaseSharedStore` once per call.
 */
export function getSharedStore(urls: readonly string[], options: SharedStoreOptions = {}): FeedStore {
  const { baseUrl, ...storeOptions } = options;
  const resolved = [...new Set(urls.map((url) => resolveFeedUrl(url, baseUrl ?? defaultBase())))];
  const key = [...resolved].sort().join('\n');
  let entry = registry.get(key);
  if (!entry) {
    entry = { store: new FeedStore(resolved, storeOptions), consumers: 0 };
    registry.set(key, entry);
    keyOfStore.set(entry.store, key);
  }
  entry.consumers++;
  return entry.store;
}

/** Gives back one `getSharedStore` reference; the last one disposes the store. Extra calls are ignored. */
export function releaseSharedStore(store: FeedStore): void {
  const key = keyOfStore.get(store);
  const entry = key === undefined ? undefined : registry.get(key);
  if (!entry || entry.store !== store) return;
  entry.consumers--;
  if (entry.consumers > 0) return;
  registry.delete(key as string);
  store.dispose();
}
