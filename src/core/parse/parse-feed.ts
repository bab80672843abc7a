/**
 * `parseFeed`: Learning Feed 1.0 text or JSON value → ParsedFeed, leniently.
 *
 * Every valid item is kept; every bad one is reported as a FeedProblem with a JSON pointer. It
 * never throws: not for truncated JSON, not for a 10 MB string, not for `null` where the feed
 * should be, not for a getter that throws. The strict reading of the same problem list is
 * `learning-feed validate` (docs/feed-spec.md, "Consumers are lenient, the validator is strict").
 */
import type { FeedInfo, Opportunity, ParsedFeed } from '../model.js';
import type { FeedContext } from './context.js';
import { readFeedInfo } from './document.js';
import { findJsonSyntaxError, positionOfOffset } from './json-syntax.js';
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

function emptyFeed(options: ParseFeedOptions, problems: ParsedFeed['problems']): ParsedFeed {
  const info: FeedInfo = { key: options.feedKey ?? options.source ?? 'feed', version: '1.0', language: 'en', timeZone: 'UTC', sources: [], deleted: [] };
  if (options.source !== undefined) info.source = options.source;
  return { info, organizations: [], places: [], opportunities: [], problems };
}

/** JSON.parse, or one problem with the line and column of the first syntax error. */
function parseJsonText(text: string, log: ProblemLog): { value: unknown } | undefined {
  // A byte-order mark is allowed to be ignored (RFC 8259 section 8.1), and Windows tools write one.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) };
  } catch (error) {
    const syntax = findJsonSyntaxError(body);
    const position = positionOfOffset(body, syntax?.offset ?? 0);
    const detail = syntax?.message ?? (error instanceof Error ? error.message : 'The text is not valid JSON.');
    log.add('error', '', `The feed is not valid JSON: ${detail}`, syntax?.hint ?? 'Check the file with a JSON validator.', position);
    return undefined;
  }
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
 * The whole of parsing as steps: one per list entry, returning the ParsedFeed. `parseFeed` runs
 * the steps in one go; `parseFeedInSlices` (parse-slices.ts) pauses between slices of them, so
 * both give exactly the same result. Never throws.
 */
export function* parseFeedSteps(input: string | unknown, options: ParseFeedOptions = {}): FeedSteps {
  const log = new ProblemLog(options.source);
  try {
    let root = input;
    if (typeof input === 'string') {
      const parsed = parseJsonText(input, log);
      if (!parsed) return emptyFeed(options, log.finish());
      root = parsed.value;
    }
    return yield* readDocument(root, options, log);
  } catch (error) {
    // Only a value that is not plain JSON (a getter that throws, a revoked Proxy) can get here.
    const detail = error instanceof Error ? error.message : String(error);
    log.error('', `The feed could not be read: ${detail}`, 'Pass JSON text, or a plain value produced by JSON.parse.');
    return emptyFeed(options, log.finish());
  }
}

/**
 * Parses a Learning Feed document: JSON text, or a value already parsed from JSON. Never throws.
 * Problems carry `options.source`; JSON syntax errors also carry a line and column.
 */
export function parseFeed(input: string | unknown, options: ParseFeedOptions = {}): ParsedFeed {
  const steps = parseFeedSteps(input, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
