/** "Near a place": finding a venue with coordinates by what a visitor types (name, town or postcode). */
import { isValidGeoPoint } from '../../core/geo.js';
import type { FeedModel, GeoPoint } from '../../core/model.js';
import { foldText } from '../../core/search/tokenize.js';
import { resolveText } from '../../core/text.js';

export interface PlaceChoice {
  name: string;
  geo: GeoPoint;
  /** Folded name, town and postcode, for matching. */
  words: string;
}

const cache = new WeakMap<FeedModel, { locales: string; choices: PlaceChoice[] }>();

/** Places with usable coordinates, named in the reader's language, in name order. */
export function placeChoices(model: FeedModel, locales: readonly string[]): PlaceChoice[] {
  const key = locales.join(',');
  const cached = cache.get(model);
  if (cached?.locales === key) return cached.choices;
  const choices: PlaceChoice[] = [];
  for (const place of model.places.values()) {
    if (!isValidGeoPoint(place.geo)) continue;
    const name = resolveText(place.name, locales) || place.id;
    const words = foldText([name, place.address?.addressLocality, place.address?.postalCode].filter(Boolean).join(' '));
    choices.push({ name, geo: place.geo, words });
  }
  const collator = new Intl.Collator(locales[0]);
  choices.sort((a, b) => collator.compare(a.name, b.name));
  cache.set(model, { locales: key, choices });
  return choices;
}

/** The best match: the exact name, else a name or town starting with the text, else one containing it. */
export function findPlace(choices: readonly PlaceChoice[], text: string): PlaceChoice | undefined {
  const wanted = foldText(text.trim());
  if (!wanted) return undefined;
  return (
    choices.find((choice) => foldText(choice.name) === wanted) ??
    choices.find((choice) => choice.words.startsWith(wanted) || choice.words.includes(` ${wanted}`)) ??
    choices.find((choice) => choice.words.includes(wanted))
  );
}
