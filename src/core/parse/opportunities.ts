/** Reads `opportunities[]` into model Opportunities, resolving organizer and location references. */
import type { Offer, Opportunity } from '../model.js';
import { eachItem, itemKey, readItemId, readRequiredName, reportDuplicate, type FeedContext, type ItemSteps } from './context.js';
import { readOrganizationFields } from './organizations.js';
import { readPlaceFields } from './places.js';
import { describeValue, fieldPointer, jsonTypeName } from './problems.js';
import { readTimestamp } from './dates.js';
import { readTiming } from './timing.js';
import {
  canonicalLanguageTag, field, isAbsent, isRecord, listItemPointer, readBoolean, readLinkUrl, readList, readNumber, readString,
  readStringList, readText, readWebUrl, type ReadContext,
} from './values.js';
import {
  ATTENDANCE_MODES, DEFAULT_ACCESSIBILITY, DEFAULT_AUDIENCES, DEFAULT_TOPICS, EVENT_STATUSES, LEVEL_VALUES,
  documentedValue, OPPORTUNITY_KINDS, readEnum, readVocabularyList,
} from './vocabulary.js';

/**
 * A reference to an organization or place: an id string, or an inline object. An inline object
 * with a new id (or none) becomes an item of the feed, so widgets find it like any other.
 */
function readReference(value: unknown, pointer: string, context: FeedContext, kind: 'organizer' | 'location', ownerId: string): string | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  const byId = kind === 'organizer' ? context.organizationsById : context.placesById;
  const list = kind === 'organizer' ? 'organizations' : 'places';
  if (typeof value === 'string') {
    const found = byId.get(value);
    if (found) return found.key;
    context.log.error(pointer, `${kind} refers to ${describeValue(value)}, which is not the id of any of the feed's ${list}; the link was dropped.`, `Add it to "${list}", or correct the id.`);
    return undefined;
  }
  if (!isRecord(value)) {
    context.log.error(pointer, `${kind} should be the id of one of the feed's ${list} (or an object), not ${jsonTypeName(value)}.`);
    return undefined;
  }
  if (kind === 'location' && field(value, '@type') === 'VirtualLocation') return undefined;
  const rawId = field(value, 'id');
  if (typeof rawId === 'string' && byId.has(rawId)) return byId.get(rawId)!.key;
  let id = typeof rawId === 'string' && rawId.trim() !== '' ? rawId : `${ownerId}#${kind}`;
  while (byId.has(id)) id += '+';
  if (kind === 'organizer') {
    const organization = readOrganizationFields(value, pointer, context, id);
    if (Object.keys(organization.name).length === 0) {
      context.log.error(fieldPointer(pointer, 'name'), 'The inline organizer has no name, so it was dropped.');
      return undefined;
    }
    context.organizationsById.set(id, organization);
    return organization.key;
  }
  const place = readPlaceFields(value, pointer, context, id);
  if (Object.keys(place.name).length === 0 && !place.address && !place.geo) {
    context.log.error(pointer, 'The inline location has no name, address or geo, so it was dropped.', 'Give at least a name and an address.');
    return undefined;
  }
  context.placesById.set(id, place);
  return place.key;
}

function readOffers(value: unknown, pointer: string, context: ReadContext): Offer[] {
  const list = readList(value, pointer, context);
  if (!list) return [];
  const offers: Offer[] = [];
  list.forEach((entry, index) => {
    const at = listItemPointer(value, pointer, index);
    if (!isRecord(entry)) {
      context.log.error(at, `This offer is ${jsonTypeName(entry)}, not an object, so it was ignored.`);
      return;
    }
    const offer: Offer = {};
    const name = readText(field(entry, 'name'), fieldPointer(at, 'name'), context);
    if (name) offer.name = name;
    const price = readNumber(field(entry, 'price'), fieldPointer(at, 'price'), context, { min: 0 });
    if (price !== undefined) offer.price = price;
    const currency = readString(field(entry, 'priceCurrency'), fieldPointer(at, 'priceCurrency'), context)?.trim();
    if (currency !== undefined) {
      if (/^[A-Z]{3}$/.test(currency)) offer.priceCurrency = currency;
      else if (/^[a-zA-Z]{3}$/.test(currency)) {
        offer.priceCurrency = currency.toUpperCase();
        context.log.warning(fieldPointer(at, 'priceCurrency'), `priceCurrency "${currency}" was read as "${offer.priceCurrency}".`, `Write "${offer.priceCurrency}" in capitals.`);
      } else context.log.error(fieldPointer(at, 'priceCurrency'), `priceCurrency ${describeValue(currency)} is not a currency code.`, 'Use ISO 4217: "GBP", "EUR", "KRW".');
    }
    if (offer.price !== undefined && offer.price > 0 && offer.priceCurrency === undefined) {
      context.log.warning(at, `This offer has a price of ${offer.price} but no priceCurrency.`, 'Add priceCurrency, such as "GBP".');
    }
    const url = readLinkUrl(field(entry, 'url'), fieldPointer(at, 'url'), context);
    if (url) offer.url = url;
    if (Object.keys(offer).length > 0) offers.push(offer);
  });
  return offers;
}

/** isAccessibleForFree when given; otherwise free when every priced offer is 0, not free when any costs. */
function decideIsFree(declared: boolean | undefined, offers: Offer[], pointer: string, context: ReadContext): boolean | undefined {
  const prices = offers.map((offer) => offer.price).filter((price): price is number => price !== undefined);
  const costs = prices.some((price) => price > 0);
  if (declared === true && costs) {
    context.log.warning(fieldPointer(pointer, 'isAccessibleForFree'), 'isAccessibleForFree is true, but an offer has a price above 0.', 'Describe a free option as an offer with "price": 0, or set isAccessibleForFree to false.');
  }
  if (declared !== undefined) return declared;
  if (prices.length === 0) return undefined;
  return !costs;
}

function readAgeRange(value: unknown, pointer: string, context: ReadContext): Opportunity['ageRange'] {
  if (isAbsent(value, pointer, context)) return undefined;
  if (!isRecord(value)) {
    context.log.error(pointer, `ageRange should be an object {"minValue": 8, "maxValue": 12}, not ${jsonTypeName(value)}.`);
    return undefined;
  }
  const min = readNumber(field(value, 'minValue'), fieldPointer(pointer, 'minValue'), context, { min: 0, max: 150 });
  const max = readNumber(field(value, 'maxValue'), fieldPointer(pointer, 'maxValue'), context, { min: 0, max: 150 });
  if (min !== undefined && max !== undefined && min > max) {
    context.log.error(pointer, `ageRange minValue ${min} is above maxValue ${max}, so the age range was ignored.`);
    return undefined;
  }
  return bounds(min, max, 'min', 'max');
}

function readLanguages(value: unknown, pointer: string, context: ReadContext): string[] {
  // schema.org writes inLanguage as one tag as often as a list, so both are fine here.
  const list = typeof value === 'string' ? [value] : value;
  return readStringList(list, pointer, context, (tag, itemPointer) => {
    const canonical = canonicalLanguageTag(tag.trim());
    if (!canonical) context.log.error(typeof value === 'string' ? pointer : itemPointer, `${describeValue(tag)} is not a BCP 47 language tag.`, 'Use a tag such as "en", "ar" or "ko".');
    return canonical;
  });
}

/**
 * `read(record[name], its pointer, context, extra)`, or undefined when the field is not given: most
 * optional fields are not, and their pointers need not be built. Every reader passed here returns
 * undefined (or []) for an absent value without logging, so skipping it changes nothing
 * (test/core/parse/absent-fields.test.ts). A plain function rather than closures: it runs some
 * fifteen times per opportunity.
 */
function ifGiven<T, E>(
  record: Record<string, unknown>, name: string, pointer: string, context: ReadContext,
  read: (value: unknown, pointer: string, context: ReadContext, extra: E) => T | undefined, extra?: E,
): T | undefined {
  const value = field(record, name);
  return value === undefined ? undefined : read(value, fieldPointer(pointer, name), context, extra as E);
}

function readOpportunity(record: Record<string, unknown>, pointer: string, context: FeedContext, id: string): Opportunity | undefined {
  const at = (name: string) => fieldPointer(pointer, name);
  const name = readRequiredName(record, pointer, context, 'opportunity', 'Give every opportunity a name people would search for, such as "Code Club".');
  if (!name) return undefined;
  const rawType = field(record, 'type');
  const jsonLdType = field(record, '@type');
  // JSON-LD's "@type" is read only when it is a documented spelling; other schema.org types are not ours to judge.
  const kind =
    (rawType === undefined ? undefined : readEnum(rawType, at('type'), context, OPPORTUNITY_KINDS)) ??
    (rawType === undefined && typeof jsonLdType === 'string' ? documentedValue(OPPORTUNITY_KINDS, jsonLdType.trim()) : undefined);
  const status = ifGiven(record, 'eventStatus', pointer, context, readEnum, EVENT_STATUSES) ?? 'scheduled';
  const declaredMode = ifGiven(record, 'eventAttendanceMode', pointer, context, readEnum, ATTENDANCE_MODES);
  const offers = ifGiven(record, 'offers', pointer, context, readOffers) ?? [];
  const opportunity: Opportunity = {
    key: itemKey(context.feedKey, id),
    id,
    feedKey: context.feedKey,
    kind: kind ?? 'event',
    name,
    timing: readTiming(record, pointer, context),
    status,
    attendanceMode: declaredMode ?? (status === 'moved-online' ? 'online' : 'offline'),
    offers,
    audience: ifGiven(record, 'audience', pointer, context, readVocabularyList, DEFAULT_AUDIENCES) ?? [],
    languages: ifGiven(record, 'inLanguage', pointer, context, readLanguages) ?? [],
    topics: ifGiven(record, 'topics', pointer, context, readVocabularyList, DEFAULT_TOPICS) ?? [],
    accessibilitySupport: ifGiven(record, 'accessibilitySupport', pointer, context, readVocabularyList, DEFAULT_ACCESSIBILITY) ?? [],
  };
  // Read in this order (it is the order of their problems), each field set only when it has a value.
  // Plain assignments: cheaper than an object of optionals copied with Object.entries.
  const description = ifGiven(record, 'description', pointer, context, readText);
  if (description !== undefined) opportunity.description = description;
  const url = ifGiven(record, 'url', pointer, context, readWebUrl);
  if (url !== undefined) opportunity.url = url;
  const image = ifGiven(record, 'image', pointer, context, readWebUrl);
  if (image !== undefined) opportunity.image = image;
  const organizer = field(record, 'organizer');
  const organizerKey = organizer === undefined ? undefined : readReference(organizer, at('organizer'), context, 'organizer', id);
  if (organizerKey !== undefined) opportunity.organizerKey = organizerKey;
  const location = field(record, 'location');
  const placeKey = location === undefined ? undefined : readReference(location, at('location'), context, 'location', id);
  if (placeKey !== undefined) opportunity.placeKey = placeKey;
  const isFree = decideIsFree(ifGiven(record, 'isAccessibleForFree', pointer, context, readBoolean), offers, pointer, context);
  if (isFree !== undefined) opportunity.isFree = isFree;
  const ageRange = ifGiven(record, 'ageRange', pointer, context, readAgeRange);
  if (ageRange !== undefined) opportunity.ageRange = ageRange;
  const level = ifGiven(record, 'level', pointer, context, readEnum, LEVEL_VALUES);
  if (level !== undefined) opportunity.level = level;
  const registrationUrl = ifGiven(record, 'registrationUrl', pointer, context, readLinkUrl);
  if (registrationUrl !== undefined) opportunity.registrationUrl = registrationUrl;
  const capacity = readCapacity(record, pointer, context);
  if (capacity !== undefined) opportunity.capacity = capacity;
  const modified = ifGiven(record, 'modified', pointer, context, readTimestamp);
  if (modified !== undefined) opportunity.modified = modified;
  if (opportunity.attendanceMode !== 'online' && !opportunity.placeKey && location === undefined) {
    context.log.warning(pointer, 'This opportunity is held in person but has no location, so it cannot appear on a map.', 'Add a location, or set eventAttendanceMode to "online".');
  }
  return opportunity;
}

function readCapacity(record: Record<string, unknown>, pointer: string, context: ReadContext): Opportunity['capacity'] {
  if (field(record, 'maximumAttendeeCapacity') === undefined && field(record, 'remainingAttendeeCapacity') === undefined) return undefined;
  const maximum = readNumber(field(record, 'maximumAttendeeCapacity'), fieldPointer(pointer, 'maximumAttendeeCapacity'), context, { min: 0, integer: true });
  const remaining = readNumber(field(record, 'remainingAttendeeCapacity'), fieldPointer(pointer, 'remainingAttendeeCapacity'), context, { min: 0, integer: true });
  if (maximum !== undefined && remaining !== undefined && remaining > maximum) {
    context.log.warning(fieldPointer(pointer, 'remainingAttendeeCapacity'), `remainingAttendeeCapacity ${remaining} is above maximumAttendeeCapacity ${maximum}.`);
  }
  return bounds(maximum, remaining, 'maximum', 'remaining');
}

/** `{ [first]: a, [second]: b }` without the absent ones (undefined when both are), built without spreads. */
function bounds<F extends string, S extends string>(a: number | undefined, b: number | undefined, first: F, second: S): Partial<Record<F | S, number>> | undefined {
  if (a === undefined && b === undefined) return undefined;
  const result: Partial<Record<F | S, number>> = {};
  if (a !== undefined) result[first] = a;
  if (b !== undefined) result[second] = b;
  return result;
}

/** Reads `opportunities[]` into `into`, one step per entry. Organizations and places must be read first. */
export function readOpportunities(value: unknown, context: FeedContext, into: Opportunity[]): ItemSteps {
  const seen = new Set<string>();
  return eachItem(value, '/opportunities', context, 'opportunity', (record, pointer) => {
    const id = readItemId(record, pointer, context, 'opportunity');
    if (id === undefined) return;
    if (seen.has(id)) return reportDuplicate(id, pointer, context, 'opportunity');
    const opportunity = readOpportunity(record, pointer, context, id);
    if (!opportunity) return;
    seen.add(id);
    into.push(opportunity);
  });
}
