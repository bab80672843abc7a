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

/**
 * A Retry-After header (delay-seconds or an HTTP-date, RFC 9110 §10.2.3) in ms, or undefined when
 * absent or unreadable. Only those two forms count: `Date.parse` alone reads "-5" as a date in 2001,
 * which would turn a garbled header into "retry at once" instead of the normal backoff.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with the day's name.
  if (!/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
