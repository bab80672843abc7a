/**
 * The first keystroke after a big feed loads used to cost two to three times a later one (100k
 * items: ~150 ms against ~60): scoring, filtering and ordering hits had never run on a query, so
 * their loops ran unoptimised and their hit-path branches were new to the engine. Running one real
 * search through that path once the index is built, in the build's last idle slice, lets the
 * engine compile it before the visitor types; so does a second one, with the letter reaching most
 * of the feed, once first letters are scored (search-index.ts): a big hit list takes paths of its
 * own. Nothing is kept: the results are dropped, and a keystroke still does all of its own work.
 */
import type { FeedModel } from '../model.js';
import { filterAndCountPositions } from './facets.js';
import { lastRankedLocales } from './model-order.js';
import { relevancePages } from './relevance-pages.js';
import type { RankedPositions } from './search-index.js';

/** Filters `ranked` (the hits of `query`, in any order) and orders a first page as the finder does, and drops the result. */
export function warmResultPath(model: FeedModel, query: string, ranked: RankedPositions, now: number): void {
  const { positions } = filterAndCountPositions(model, { query }, [], { now, timeZone: 'UTC', hitPositions: ranked.positions });
  // Only with the name order the finder already built: a new one for 100k names is no warm-up.
  const locales = lastRankedLocales(model);
  if (locales) relevancePages(model, positions, ranked, locales).slice(0, 20);
}
