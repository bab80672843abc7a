/**
 * `parseFeed`: Learning Feed 1.0 text or JSON value → ParsedFeed, leniently.
 *
 * Every valid item is kept; every bad one is reported as a FeedProblem with a JSON pointer. It
 * never throws: not for truncated JSON, not for a 10 MB string, not for `null` where the feed
 * should be, not for a getter that throws. The strict reading of the same problem list is
 * `learning-feed validate` (docs/feed-spec.md, "Consumers are lenient, the validator is strict").
 *
 * Reading the value is feed-steps.ts; this module adds text, and the JSON syntax scanner that
 * places a syntax error at a line and column. The CLI and core users get it statically; the store
 * never imports this module (it parses values), and parse-slices.ts loads it only for bad text.
 */
import type { ParsedFeed } from '../model.js';
import { decodeJsonText, emptyFeed, parseFeedValue, withoutByteOrderMark, type ParseFeedOptions } from './feed-steps.js';
import { findJsonSyntaxError, positionOfOffset } from './json-syntax.js';
import { ProblemLog } from './problems.js';

export type { ParseFeedOptions } from './feed-steps.js';

/**
 * The feed that text which is not JSON gives: one problem, with the line and column of the first
 * syntax error. `engineError` is what JSON.parse threw, said when the scanner finds nothing.
 */
export function notJsonFeed(text: string, engineError: unknown, options: ParseFeedOptions): ParsedFeed {
  const body = withoutByteOrderMark(text);
  const syntax = findJsonSyntaxError(body);
  const position = positionOfOffset(body, syntax?.offset ?? 0);
  const detail = syntax?.message ?? (engineError instanceof Error ? engineError.message : 'The text is not valid JSON.');
  const log = new ProblemLog(options.source);
  log.add('error', '', `The feed is not valid JSON: ${detail}`, syntax?.hint ?? 'Check the file with a JSON validator.', position);
  return emptyFeed(options, log.finish());
}

/**
 * Parses a Learning Feed document: JSON text, or a value already parsed from JSON. Never throws.
 * Problems carry `options.source`; JSON syntax errors also carry a line and column.
 */
export function parseFeed(input: string | unknown, options: ParseFeedOptions = {}): ParsedFeed {
  if (typeof input !== 'string') return parseFeedValue(input, options);
  const decoded = decodeJsonText(input);
  return 'value' in decoded ? parseFeedValue(decoded.value, options) : notJsonFeed(input, decoded.error, options);
}
