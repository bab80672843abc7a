/**
 * Reading a Learning Feed document that is already a JSON value, as resumable steps.
 *
 * This is the part of parsing every widget needs. Turning JSON *text* into a value, and saying at
 * which line and column bad text breaks, lives in parse-feed.ts with the JSON syntax scanner: the
 * store gets values (JSON.parse ran in fetch-page.ts), so a page's bundle need not carry the scanner.
 */
import type { FeedInfo, Opportunity, ParsedFeed } from '../model.js';
import type { FeedContext } from './context.js';
import { readFeedInfo } from './document.js';
import { readOpportunities } from './opportunities.js';
import { readOrganizations } from './organizations.js';
import { readPlaces } from './places.js';
import { jsonTypeName, ProblemLog } from './problems.js';
import { field, isRecord } from './values.js';

export interface ParseFeedOptions {
  /** The URL or file name the feed came from; copied into every problem and into `info.source`. */
  source?: string;
  /** Namespace for item keys. Defaults to the feed's `id`, else `source`, else "feed". */
  feedKey?: string;
}

/** Parsing as resumable steps (one per list entry) that end with the ParsedFeed. */
export type FeedSteps = Generator<void, ParsedFeed, void>;

/** A feed with no items: what bad input gives, next to the problems that say why. */
export function emptyFeed(options: ParseFeedOptions, problems: ParsedFeed['problems']): ParsedFeed {
  const info: FeedInfo = { key: options.feedKey ?? options.source ?? 'feed', version: '1.0', language: 'en', timeZone: 'UTC', sources: [], deleted: [] };
  if (options.source !== undefined) info.source = options.source;
  return { info, organizations: [], places: [], opportunities: [], problems };
}

/**
 * JSON.parse of feed text, or the engine's error when the text is not JSON (parse-feed.ts's
 * `notJsonFeed` then says where). A byte-order mark is allowed to be ignored (RFC 8259 section 8.1),
 * and Windows tools write one.
 */
export function decodeJsonText(text: string): { value: unknown } | { error: unknown } {
  try {
    return { value: JSON.parse(withoutByteOrderMark(text)) };
  } catch (error) {
    return { error };
  }
}

export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function* readDocument(root: unknown, options: ParseFeedOptions, log: ProblemLog): FeedSteps {
  if (!isRecord(root)) {
    log.error('', `The feed should be a JSON object, not ${jsonTypeName(root)}.`, 'A Learning Feed starts with {"version": "1.0", …}.');
    return emptyFeed(options, log.finish());
  }
  const partial = { log, language: 'en' };
  const info = readFeedInfo(root, partial, options);
  const context: FeedContext = {
    log,
    language: info.language,
    feedKey: info.key,
    timeZone: info.timeZone,
    placesById: new Map(),
    organizationsById: new Map(),
  };
  yield* readPlaces(field(root, 'places'), context);
  yield* readOrganizations(field(root, 'organizations'), context);
  const opportunities: Opportunity[] = [];
  yield* readOpportunities(field(root, 'opportunities'), context, opportunities);

  const deleted = new Set(info.deleted);
  opportunities.forEach((opportunity, index) => {
    if (deleted.has(opportunity.id)) {
      log.warning(`/opportunities/${index}`, `"${opportunity.id.slice(0, 60)}" is both published and listed in deleted; it was kept.`, 'Remove it from one of the two lists.');
    }
  });
  return {
    info,
    organizations: [...context.organizationsById.values()],
    places: [...context.placesById.values()],
    opportunities,
    problems: log.finish(),
  };
}

/**
 * The whole reading of a JSON value as steps: one per list entry, returning the ParsedFeed.
 * `parseFeedValue` runs the steps in one go; `parseFeedInSlices` (parse-slices.ts) pauses between
 * slices of them, so both give exactly the same result. Never throws.
 */
export function* parseValueSteps(root: unknown, options: ParseFeedOptions = {}): FeedSteps {
  const log = new ProblemLog(options.source);
  try {
    return yield* readDocument(root, options, log);
  } catch (error) {
    // Only a value that is not plain JSON (a getter that throws, a revoked Proxy) can get here.
    const detail = error instanceof Error ? error.message : String(error);
    log.error('', `The feed could not be read: ${detail}`, 'Pass JSON text, or a plain value produced by JSON.parse.');
    return emptyFeed(options, log.finish());
  }
}

/** `parseFeed` for a value already parsed from JSON (a string is read as a JSON string, not as text). Never throws. */
export function parseFeedValue(root: unknown, options: ParseFeedOptions = {}): ParsedFeed {
  const steps = parseValueSteps(root, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
