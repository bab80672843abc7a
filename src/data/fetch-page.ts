/**
 * One HTTP request for one feed page: timeout, retry with backoff, revalidation by ETag, and every
 * failure turned into a `FeedLoadError` a webmaster can act on.
 */
import { FeedLoadError, httpError, isTransient, networkError, notFeedError, notJsonError, timeoutError } from './errors.js';
import { backoffDelay, retryAfterMs, type RetryOptions, type Sleep } from './retry.js';

export interface FetchPageOptions {
  fetch: typeof fetch;
  /** Aborts everything, including a backoff wait; the promise then rejects with the signal's reason. */
  signal: AbortSignal;
  /** Per try, covering the headers and the body. */
  timeoutMs: number;
  retry: Required<RetryOptions>;
  sleep: Sleep;
  random: () => number;
  now: () => number;
  /** ETag of the copy already held, sent as If-None-Match where that is safe (see `mayRevalidate`). */
  etag?: string;
}

export type PageResponse =
  | { kind: 'fresh'; json: unknown; etag?: string; text: string }
  | { kind: 'not-modified' };

/**
 * If-None-Match is not a CORS-safelisted header: on another origin it forces a preflight that many
 * static hosts refuse. There, `cache: 'no-cache'` lets the browser's own HTTP cache revalidate instead.
 */
function mayRevalidate(url: string): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!origin || origin === 'null') return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Undefined when the value looks like a Learning Feed (page); otherwise a short description of what it is. */
export function describeNonFeed(json: unknown): string | undefined {
  if (json === null) return 'null';
  if (Array.isArray(json)) return `an array of ${json.length} items`;
  if (typeof json !== 'object') return `a ${typeof json}`;
  const record = json as Record<string, unknown>;
  if ('version' in record) return undefined;
  if (['opportunities', 'organizations', 'places'].some((key) => Array.isArray(record[key]))) return undefined;
  const keys = Object.keys(record).slice(0, 5);
  return keys.length ? `an object with ${keys.map((key) => `"${key}"`).join(', ')}` : 'an empty object';
}

async function tryOnce(url: string, options: FetchPageOptions, attempt: number): Promise<PageResponse> {
  options.signal.throwIfAborted(); // an already-aborted signal never fires 'abort' for the listener below
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(options.signal.reason);
  options.signal.addEventListener('abort', forwardAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const revalidate = options.etag !== undefined && mayRevalidate(url);
    if (revalidate) headers['If-None-Match'] = options.etag as string;
    const response = await options.fetch(url, {
      headers,
      signal: controller.signal,
      cache: revalidate ? 'default' : 'no-cache',
    });
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      const error = httpError(url, response.status, response.statusText, attempt);
      error.retryAfterMs = retryAfterMs(
        response.headers.get('Retry-After'),
        options.now(),
      );
      throw error;
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw notJsonError(url, response.headers.get('Content-Type'), text.slice(0, 200), cause);
    }
    const nonFeed = describeNonFeed(json);
    if (nonFeed) throw notFeedError(url, nonFeed);
    return { kind: 'fresh', json, etag: response.headers.get('ETag') ?? undefined, text };
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    if (timedOut) throw timeoutError(url, options.timeoutMs);
    if (error instanceof FeedLoadError) throw error;
    throw networkError(url, error);
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', forwardAbort);
  }
}

/**
 * Fetches `url`, retrying network failures, 408, 429 and 5xx with exponential backoff; 4xx, a
 * timeout (the server already had its full time) and a wrong body fail at once. Rejects with a
 * `FeedLoadError`, or with the signal's reason when aborted.
 */
export async function fetchPage(url: string, options: FetchPageOptions): Promise<PageResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await tryOnce(url, options, attempt);
    } catch (error) {
      if (!(error instanceof FeedLoadError) || !isTransient(error) || attempt >= options.retry.maxAttempts) throw error;
      const serverAsked = error.retryAfterMs;
      const delay =
        serverAsked !== undefined
          ? Math.min(serverAsked, options.retry.maxDelayMs)
          : backoffDelay(attempt, options.retry, options.random);
      await options.sleep(delay, options.signal);
    }
  }
}
