export { FeedLoadError, type FeedLoadErrorKind } from './errors.js';
export { CacheStoragePageCache, type CacheStorageOptions, type CachedPage, type PageCache } from './page-cache.js';
export { combinePages } from './pages.js';
export { DEFAULT_RETRY, backoffDelay, type RetryOptions, type Sleep } from './retry.js';
export { getSharedStore, releaseSharedStore, resolveFeedUrl, splitFeedUrls, type SharedStoreOptions } from './shared.js';
export {
  JsonFeedSource,
  nextPageUrl,
  type DataSource,
  type FeedOrigin,
  type FeedPage,
  type JsonFeedSourceOptions,
  type SourceFeedResult,
} from './source.js';
export {
  FeedStore,
  FeedStoreChangeEvent,
  type FeedStatus,
  type FeedStoreChangeReason,
  type FeedStoreOptions,
} from './store.js';
export { feedStoreContext } from './context.js';
