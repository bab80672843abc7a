/**
 * Labels and label order for the organization and place facets, which can have thousands of values:
 * each name is resolved and collated once per model and locale chain, not on every keystroke.
 */
import type { FeedModel } from '../model.js';
import { resolveText } from '../text.js';
import type { FacetName } from './facet-values.js';
import { collatorFor } from './model-order.js';

/** Names of a model's organizations or places for one locale chain, and their order. */
interface NamedValues {
  labelOf: Map<string, string>;
  /** Position in (label in the locale's collation, then key) order. */
  rankOf: Map<string, number>;
}

type ModelNamed = Map<string, NamedValues>;
const namedByModel = new WeakMap<FeedModel, ModelNamed>();

function compareValues(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The model's names for `facet` ("organization" or "place") in these locales, ranked the way
 * countFacets orders labels (collation at base sensitivity, then key). Undefined for other facets.
 */
export function namedFacetValues(model: FeedModel, facet: FacetName, locales: readonly string[]): NamedValues | undefined {
  if (facet !== 'organization' && facet !== 'place') return undefined;
  let byKey = namedByModel.get(model);
  if (!byKey) {
    byKey = new Map();
    namedByModel.set(model, byKey);
  }
  const cacheKey = `${facet}\u0000${locales.join('\u0000')}`;
  let named = byKey.get(cacheKey);
  if (named && named.labelOf.size === (facet === 'organization' ? model.organizations : model.places).size) return named;
  const labelOf = new Map<string, string>();
  for (const [key, item] of facet === 'organization' ? model.organizations : model.places) labelOf.set(key, resolveText(item.name, locales) || key);
  const collator = collatorFor(locales.length ? locales : undefined, { sensitivity: 'base' });
  const ordered = [...labelOf].sort(([keyA, labelA], [keyB, labelB]) => collator.compare(labelA, labelB) || compareValues(keyA, keyB));
  named = { labelOf, rankOf: new Map(ordered.map(([key], rank) => [key, rank])) };
  if (byKey.size >= 16) byKey.clear();
  byKey.set(cacheKey, named);
  return named;
}
