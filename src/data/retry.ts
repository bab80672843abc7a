/** Exponential backoff with jitter, with the clock injectable so tests never really wait. */

export interface RetryOptions {
  /** Total tries per request, the first included (default 4). 1 turns retrying off. */
  maxAttempts?: number;
  /** Delay before the second try, in ms (default 500); it doubles each time. */
  baseDelayMs?: number;
  /** Ceiling for any one delay, in ms (default 8000); also caps a server's Retry-After. */
  maxDelayMs?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Delay before try number `attempt + 1` (attempt counts from 1). "Equal jitter": half the
 * exponential step is fixed and half random, so many widgets retrying after one outage spread out
 * while each still waits longer every time.
 */
export function backoffDelay(attempt: number, options: Required<RetryOptions>, random: () => number): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** A Retry-After header (seconds or an HTTP date) in ms, or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
