/** Parsing Learning Feed 1.0 documents (docs/feed-spec.md). */
export { parseFeed, type ParseFeedOptions } from './parse-feed.js';
export { DEFAULT_SLICE_SIZE, defaultYieldToHost, parseFeedInSlices, type ParseInSlicesOptions } from './parse-slices.js';
export { DEFAULT_ACCESSIBILITY, DEFAULT_AUDIENCES, DEFAULT_TOPICS, LEVELS } from './vocabulary.js';
export { MAX_TEXT_LENGTH } from './values.js';
export { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax.js';
