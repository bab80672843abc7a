/**
 * `parseFeedInSlices`: the same parse as `parseFeed`, paused every few hundred items so a browser
 * page can paint and answer input while a feed of 100 000 items is normalised. JSON.parse of text
 * input is still one block (it cannot be split without a streaming parser); pass a value already
 * parsed to keep that out of the measured work.
 *
 * Only values are read here (feed-steps.ts): text that is not JSON loads parse-feed.ts and its
 * syntax scanner with import(), so a page that never sees bad text never downloads them.
 */
import type { ParsedFeed } from '../model.js';
import { yieldToHost as defaultYieldToHost } from '../slices.js';
import { decodeJsonText, parseValueSteps, type ParseFeedOptions } from './feed-steps.js';

/** The host's turn between slices (core/slices.ts), under the name this module has always exported. */
export { defaultYieldToHost };

export interface ParseInSlicesOptions extends ParseFeedOptions {
  /** List entries read between two pauses (default 500: roughly 10–20 ms of work in a browser). */
  sliceSize?: number;
  /** Resolves when the host has had its turn. Defaults to `defaultYieldToHost`. */
  yieldToHost?: () => Promise<void>;
  /** Stops the work at the next pause; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export const DEFAULT_SLICE_SIZE = 500;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The feed parse was aborted.', 'AbortError');
}

/**
 * Parses a Learning Feed document exactly as `parseFeed` does (same items, same problems in the
 * same order), pausing after every `sliceSize` list entries. Never rejects for bad input; rejects
 * only with `signal.reason` when `signal` aborts, and then stops reading.
 */
export async function parseFeedInSlices(input: string | unknown, options: ParseInSlicesOptions = {}): Promise<ParsedFeed> {
  const { sliceSize = DEFAULT_SLICE_SIZE, yieldToHost = defaultYieldToHost, signal, ...parseOptions } = options;
  const perSlice = Number.isFinite(sliceSize) && sliceSize >= 1 ? Math.floor(sliceSize) : DEFAULT_SLICE_SIZE;
  if (signal?.aborted) throw abortReason(signal);
  let root = input;
  if (typeof input === 'string') {
    const decoded = decodeJsonText(input);
    if (!('value' in decoded)) {
      const { notJsonFeed } = await import('./parse-feed.js');
      return notJsonFeed(input, decoded.error, parseOptions);
    }
    root = decoded.value;
  }
  const steps = parseValueSteps(root, parseOptions);
  let inSlice = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (++inSlice < perSlice) continue;
    inSlice = 0;
    await yieldToHost();
    // The unfinished generator holds no resources; dropping it is enough to stop.
    if (signal?.aborted) throw abortReason(signal);
  }
}
