/** Reads `places[]` and inline `location` objects into model Places. */
import type { Address, GeoPoint, Place } from '../model.js';
import { eachItem, itemKey, readItemId, readRequiredName, reportDuplicate, type FeedContext, type ItemSteps } from './context.js';
import { fieldPointer, jsonTypeName, pointerTo } from './problems.js';
import { field, isAbsent, isRecord, readNumber, readString, readTelephone, readText, readWebUrl } from './values.js';
import { DEFAULT_ACCESSIBILITY, readVocabularyList } from './vocabulary.js';

const ADDRESS_FIELDS = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'] as const;

function readAddress(value: unknown, pointer: string, context: FeedContext): Address | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (typeof value === 'string') {
    const street = readString(value, pointer, context);
    if (street === undefined) return undefined;
    context.log.warning(pointer, 'address is a single string; it was read as the streetAddress.', 'Split it into streetAddress, addressLocality, postalCode and addressCountry.');
    return { streetAddress: street };
  }
  if (!isRecord(value)) {
    context.log.error(pointer, `address should be an object, not ${jsonTypeName(value)}.`);
    return undefined;
  }
  const address: Address = {};
  for (const name of ADDRESS_FIELDS) {
    const text = readString(field(value, name), pointerTo(pointer, name), context);
    if (text !== undefined) address[name] = text.trim();
  }
  if (address.addressCountry !== undefined && !/^[A-Za-z]{2}$/.test(address.addressCountry)) {
    context.log.warning(fieldPointer(pointer, 'addressCountry'), `addressCountry "${address.addressCountry.slice(0, 40)}" is not a two-letter country code.`, 'Use ISO 3166-1 alpha-2, such as "GB", "KR" or "JO".');
  }
  return Object.keys(address).length > 0 ? address : undefined;
}

/** Latitude and longitude in range. (0, 0) is dropped with a warning: it is a default, never a venue. */
export function readGeo(value: unknown, pointer: string, context: FeedContext): GeoPoint | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (!isRecord(value)) {
    context.log.error(pointer, `geo should be an object {"latitude": …, "longitude": …}, not ${jsonTypeName(value)}.`);
    return undefined;
  }
  const rawLatitude = field(value, 'latitude');
  const rawLongitude = field(value, 'longitude');
  const latitude = readNumber(rawLatitude, fieldPointer(pointer, 'latitude'), context, { min: -90, max: 90 });
  const longitude = readNumber(rawLongitude, fieldPointer(pointer, 'longitude'), context, { min: -180, max: 180 });
  for (const [name, raw] of [['latitude', rawLatitude], ['longitude', rawLongitude]] as const) {
    if (raw === undefined) context.log.error(pointerTo(pointer, name), `geo has no ${name}, so the place has no map position.`, 'Give both latitude and longitude in decimal degrees (WGS 84).');
  }
  if (latitude === undefined || longitude === undefined) return undefined;
  if (latitude === 0 && longitude === 0) {
    context.log.warning(pointer, 'geo is (0, 0), a point in the Atlantic Ocean; it was ignored.', 'Leave geo out when the position is not known.');
    return undefined;
  }
  return { latitude, longitude };
}

/** Reads the fields every Place has; the caller has settled the id. */
export function readPlaceFields(record: Record<string, unknown>, pointer: string, context: FeedContext, id: string, options: { skipName?: boolean } = {}): Place {
  const at = (name: string) => pointerTo(pointer, name);
  const place: Place = {
    key: itemKey(context.feedKey, id),
    id,
    feedKey: context.feedKey,
    name: (options.skipName ? undefined : readText(field(record, 'name'), at('name'), context)) ?? {},
    accessibilitySupport: readVocabularyList(field(record, 'accessibilitySupport'), at('accessibilitySupport'), context, DEFAULT_ACCESSIBILITY),
  };
  const description = readText(field(record, 'description'), at('description'), context);
  if (description) place.description = description;
  const address = readAddress(field(record, 'address'), at('address'), context);
  if (address) place.address = address;
  const geo = readGeo(field(record, 'geo'), at('geo'), context);
  if (geo) place.geo = geo;
  const url = readWebUrl(field(record, 'url'), at('url'), context);
  if (url) place.url = url;
  const telephone = readTelephone(field(record, 'telephone'), at('telephone'), context);
  if (telephone) place.telephone = telephone;
  return place;
}

/** Reads `places[]` into `context.placesById`, one step per entry. A place needs an id and a name. */
export function readPlaces(value: unknown, context: FeedContext): ItemSteps {
  return eachItem(value, '/places', context, 'place', (record, pointer) => {
    const id = readItemId(record, pointer, context, 'place');
    if (id === undefined) return;
    if (context.placesById.has(id)) return reportDuplicate(id, pointer, context, 'place');
    const name = readRequiredName(record, pointer, context, 'place', 'Give every place a name people would recognise, such as "Sale Library".');
    if (!name) return;
    context.placesById.set(id, { ...readPlaceFields(record, pointer, context, id, { skipName: true }), name });
  });
}
