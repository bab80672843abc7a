/**
 * The package's main entry (`learning-city-widgets`): the core API, the data store and the element
 * classes. Importing it registers no tag, so it is safe for tree-shaking and for subclassing; to
 * register an element import its define module (`learning-city-widgets/learning-feed`) or load
 * the CDN bundle.
 */
export * from './core/index.js';
export * from './data/index.js';
export * from './elements/learning-feed/index.js';
