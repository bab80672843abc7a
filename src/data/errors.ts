/**
 * Why a feed URL could not be loaded, worded for the webmaster or feed publisher who can fix it.
 *
 * Parse problems inside a feed that did load are `FeedProblem`s (core/model.ts); a `FeedLoadError`
 * means the feed as a whole was not usable: no answer, a wrong answer, or an answer that is not a feed.
 */

export type FeedLoadErrorKind = 'network' | 'http' | 'timeout' | 'not-json' | 'not-feed';

export class FeedLoadError extends Error {
  override name = 'FeedLoadError';
  /** How long the server asked us to wait before trying again (Retry-After), in ms. */
  retryAfterMs?: number;

  constructor(
    readonly kind: FeedLoadErrorKind,
    /** The feed URL the webmaster wrote (for a paged feed: the page that failed is in the message). */
    readonly url: string,
    message: string,
    /** The HTTP status, for kind 'http'. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Kinds worth asking again for: the server or the network may recover in a moment. */
export function isTransient(error: FeedLoadError): boolean {
  if (error.kind === 'network') return true;
  if (error.kind !== 'http' || error.status === undefined) return false;
  return error.status === 429 || error.status === 408 || error.status >= 500;
}

function pageOrigin(): string | undefined {
  const location = (globalThis as { location?: { origin?: string } }).location;
  return location?.origin && location.origin !== 'null' ? location.origin : undefined;
}

function isCrossOrigin(url: string): boolean {
  const origin = pageOrigin();
  if (!origin) return false;
  try {
    return new URL(url).origin !== origin;
  } catch {
    return false;
  }
}

/**
 * The messages along an error's `cause` chain. Browsers say only "Failed to fetch"; Node's fetch says
 * "fetch failed" and keeps the useful part ("connect ECONNREFUSED 127.0.0.1:8080") in `cause`.
 */
function causeMessages(error: unknown): string[] {
  const messages: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth++) {
    if (current.message && !messages.includes(current.message)) messages.push(current.message);
  }
  return messages;
}

/**
 * A `TypeError` from `fetch` is all a page learns about a refused connection, a DNS failure or a
 * CORS refusal; browsers hide which. For another origin, CORS is the usual cause, so say so.
 */
export function networkError(url: string, cause: unknown): FeedLoadError {
  const reasons = causeMessages(cause);
  const detail = reasons.length ? ` (${reasons.join(': ')})` : '';
  if (isCrossOrigin(url)) {
    const origin = pageOrigin() ?? 'this page';
    return new FeedLoadError(
      'network',
      url,
      `Could not load ${url}${detail}. The feed is on another site, so its host must send the header ` +
        `"Access-Control-Allow-Origin: *" (or "Access-Control-Allow-Origin: ${origin}"); ` +
        `otherwise check that the address is right and the server is up.`,
    );
  }
  return new FeedLoadError(
    'network',
    url,
    `Could not load ${url}${detail}: no answer from the server. Check the address and that the server is up.`,
  );
}

const STATUS_ADVICE: Record<number, string> = {
  400: 'the server did not understand the request',
  401: 'the feed needs a login; a feed for widgets must be public',
  403: 'the server refuses access; a feed for widgets must be public',
  404: 'there is no file at this address; check the URL',
  410: 'the feed has been removed; ask its publisher for the new address',
  429: 'the server asks us to slow down (too many requests)',
};

export function httpError(url: string, status: number, statusText: string, attempts: number): FeedLoadError {
  const label = statusText ? `${status} ${statusText}` : String(status);
  const advice =
    STATUS_ADVICE[status] ??
    (status >= 500 ? 'the feed server failed; try again later or tell its publisher' : 'the server refused the request');
  const tried = attempts > 1 ? ` (tried ${attempts} times)` : '';
  return new FeedLoadError('http', url, `${url} answered HTTP ${label}${tried}: ${advice}.`, status);
}

export function timeoutError(url: string, timeoutMs: number): FeedLoadError {
  const seconds = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 100) / 10} s` : `${timeoutMs} ms`;
  return new FeedLoadError(
    'timeout',
    url,
    `${url} did not answer within ${seconds}. The server may be overloaded, or the feed too large to serve quickly.`,
  );
}

/** What came back instead of JSON: an HTML page is usually an error page, a login page or a wrong URL. */
export function notJsonError(url: string, contentType: string | null, bodyStart: string, cause: unknown): FeedLoadError {
  const looksLikeHtml = /html/i.test(contentType ?? '') || /^\s*<(!doctype|html|head|body|\?xml)?/i.test(bodyStart);
  if (looksLikeHtml) {
    return new FeedLoadError(
      'not-json',
      url,
      `${url} sent an HTML page, not JSON. That is usually an error page, a login page or a wrong address: ` +
        `open the URL in a browser to see what it serves.`,
    );
  }
  const reason = cause instanceof Error ? `: ${cause.message}` : '';
  return new FeedLoadError(
    'not-json',
    url,
    `${url} is not valid JSON${reason}. Check the file with a JSON validator (\`learning-feed validate\` shows the line).`,
  );
}

export function notFeedError(url: string, found: string): FeedLoadError {
  return new FeedLoadError(
    'not-feed',
    url,
    `${url} is JSON but not a Learning Feed (found ${found}). A feed is an object with "version": "1.0" and an ` +
      `"opportunities" list; see docs/feed-spec.md.`,
  );
}
