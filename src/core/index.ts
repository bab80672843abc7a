/**
 * `learning-city-widgets/core`: the DOM-free API, the same in Node and browsers. Parse and merge
 * feeds, expand occurrences, resolve text, check URLs, measure distances, search and filter.
 */
export type * from './model.js';
export * from './parse/index.js';
export * from './merge.js';
export * from './time/index.js';
export * from './text.js';
export * from './urls.js';
export * from './geo.js';
export * from './search/index.js';
export * from './formats/index.js';
export * from './describe/index.js';
export { renderBadgeSvg, type BadgeSvgOptions } from './badge-svg.js';
export { locateJsonPointer, locateJsonPointers, parseJsonPointer, type LocateOptions, type SourcePosition } from './json-locate.js';
