/**
 * Everything the card and the detail say about an opportunity, worked out once and in the reader's
 * language: resolved text, the schedule in words, the next dates, cost, ages, languages, mode,
 * status and checked links. No DOM and no Lit, so both parts (and other widgets) share one reading.
 */
import { describeSpan, describeTimingWith } from '../../core/describe/timing.js';
import { distanceKm, isValidGeoPoint, walkingMinutes } from '../../core/geo.js';
import type { FeedModel, GeoPoint, Occurrence, Opportunity, Organization, Place } from '../../core/model.js';
import { localeChain, resolveText, resolveTextLanguage } from '../../core/text.js';
import { localToEpochMs, opportunityOccurrences } from '../../core/time/index.js';
import { safeLinkUrl, safeWebUrl } from '../../core/urls.js';
import { currencyFormat, languageNames, numberFormat } from './formatters.js';
import { scheduleMessages, sharedMessages } from './messages.js';
import { accessibilityLabel, audienceLabel } from './vocabulary-labels.js';

/** How far ahead "next dates" look. */
const HORIZON_MS = 366 * 24 * 3600 * 1000;
/** The first stretch searched for next dates: a weekly class meets in it, a daily one fourteen times. */
const FIRST_LOOK_MS = 14 * 24 * 3600 * 1000;

export interface FactsOptions {
  /** BCP 47 tag of the reader. */
  locale: string;
  model?: FeedModel;
  /** Explicit organization/place win over lookups in `model`. */
  organization?: Organization;
  place?: Place;
  /** The reader's position, for distance and walking time. */
  near?: GeoPoint;
  now?: number;
  /** How many upcoming occurrences to keep. */
  nextCount?: number;
}

export interface NextDate {
  occurrence: Occurrence;
  text: string;
  /** "Cancelled" etc. when this one occurrence is not going ahead as planned. */
  status?: string;
}

export interface OpportunityFacts {
  title: string;
  /** Language of the title text, for `lang` on the element showing it. */
  titleLanguage?: string;
  description: string;
  descriptionLanguage?: string;
  provider?: string;
  organization?: Organization;
  place?: Place;
  placeName?: string;
  address?: string;
  mapUrl?: string;
  /** "1.2 km away · 15 min walk". */
  distance?: string;
  when: string;
  next: NextDate[];
  /** 'past' when a one-off has ended; 'none' when nothing is coming up in the next year. */
  upcoming: 'yes' | 'past' | 'none';
  cost?: string;
  ages?: string;
  audience: string[];
  languages: string[];
  mode: string;
  accessibility: string[];
  /** The opportunity's own status label, undefined when scheduled. */
  status?: string;
  registrationUrl?: string;
  websiteUrl?: string;
}

/**
 * Facts of one opportunity as last worked out, per view size (card: 1 next date, detail: 3): a card
 * that comes back into a result list (the visitor deletes a letter) is not worked out again.
 */
const recentFacts = new WeakMap<Opportunity, Array<{ inputs: unknown[]; facts: OpportunityFacts }>>();

/** `computeFacts`, reused while the same opportunity is shown with the same inputs. */
export function opportunityFacts(opportunity: Opportunity, options: FactsOptions): OpportunityFacts {
  // Lists pass "now" to the minute, so their cards meet again; without one there is no reuse.
  const now = options.now ?? Date.now();
  // The words too: a language's words arrive after its first use (English stands in until then).
  const inputs = [options.locale, sharedMessages.for(options.locale), options.model, options.organization, options.place, options.near, now, options.nextCount ?? 3];
  let entries = recentFacts.get(opportunity);
  const found = entries?.find((entry) => entry.inputs.every((value, index) => value === inputs[index]));
  if (found) return found.facts;
  const facts = computeFacts(opportunity, { ...options, now });
  if (!entries) recentFacts.set(opportunity, (entries = []));
  // A few sizes and locales at most; the oldest goes first.
  if (entries.length >= 4) entries.shift();
  entries.push({ inputs, facts });
  return facts;
}

/** Dates in words by locale, start and end: many opportunities meet at the same times. */
const spanTexts = new Map<string, string>();

/** `describeSpan`, remembered (a date range in words takes Intl's formatRange, among the dearest calls per card). */
function spanText(start: string, end: string | undefined, locale: string): string {
  const key = `${locale}\u0000${start}\u0000${end ?? ''}`;
  let text = spanTexts.get(key);
  if (text === undefined) {
    text = describeSpan(start, end, locale);
    if (spanTexts.size >= 2_000) spanTexts.clear();
    spanTexts.set(key, text);
  }
  return text;
}

/**
 * The first `count` occurrences overlapping [now, now + horizon): over two weeks first, then over
 * stretches twice as long while fewer turn up. Anything missing from a shorter stretch starts after
 * all it holds, so its first `count` are those of the whole horizon (a daily class is not expanded
 * for a year to show one date).
 */
function nextOccurrences(opportunity: Opportunity, now: number, count: number): Occurrence[] {
  for (let span = FIRST_LOOK_MS; ; span *= 2) {
    const found = opportunityOccurrences(opportunity, now, now + Math.min(span, HORIZON_MS));
    if (found.length >= count || span >= HORIZON_MS) return found.slice(0, count);
  }
}

function computeFacts(opportunity: Opportunity, options: FactsOptions & { now: number }): OpportunityFacts {
  const { locale, model, now } = options;
  const words = sharedMessages.for(locale);
  const feedLanguage = model?.feeds.find((feed) => feed.key === opportunity.feedKey)?.language;
  const chain = localeChain(locale, feedLanguage);
  const organization = options.organization ?? (opportunity.organizerKey ? model?.organizations.get(opportunity.organizerKey) : undefined);
  const place = options.place ?? (opportunity.placeKey ? model?.places.get(opportunity.placeKey) : undefined);
  const occurrences = nextOccurrences(opportunity, now, options.nextCount ?? 3);
  const next = occurrences.map((occurrence) => ({
    occurrence,
    text: spanText(occurrence.start, occurrence.end === occurrence.start ? undefined : occurrence.end, locale),
    status: occurrence.status === 'scheduled' || occurrence.status === opportunity.status ? undefined : words.status[occurrence.status],
  }));
  const facts = {
    title: resolveText(opportunity.name, chain) || opportunity.id,
    titleLanguage: resolveTextLanguage(opportunity.name, chain),
    provider: organization ? resolveText(organization.name, chain) || undefined : undefined,
    organization,
    place,
    placeName: place ? resolveText(place.name, chain) || undefined : undefined,
    distance: place && options.near ? distanceText(place, options.near, locale) : undefined,
    next,
    upcoming: next.length > 0 ? 'yes' : hasEnded(opportunity, now) ? 'past' : 'none',
    cost: costText(opportunity, locale),
    ages: agesText(opportunity, locale),
    audience: opportunity.audience.map((term) => audienceLabel(term, locale)),
    mode: words.mode[opportunity.attendanceMode],
    status: opportunity.status === 'scheduled' ? undefined : words.status[opportunity.status],
  } as OpportunityFacts;
  // What only the detail shows is worked out when first read: a result list draws twenty cards a
  // keystroke, and the schedule in words (shown on a card only when no date is coming up), the
  // description and the checked links are among the dearest facts.
  lazily(facts, 'when', () => describeTimingWith(opportunity, locale, scheduleMessages.for(locale)));
  lazily(facts, 'description', () => resolveText(opportunity.description, chain));
  lazily(facts, 'descriptionLanguage', () => resolveTextLanguage(opportunity.description, chain));
  lazily(facts, 'address', () => (place?.address ? addressLine(place) : undefined));
  lazily(facts, 'mapUrl', () => (place && isValidGeoPoint(place.geo) ? openStreetMapUrl(place.geo) : undefined));
  lazily(facts, 'languages', () => opportunity.languages.map((tag) => languageName(tag, locale)));
  lazily(facts, 'accessibility', () =>
    [...new Set([...opportunity.accessibilitySupport, ...(place?.accessibilitySupport ?? [])])].map((term) => accessibilityLabel(term, locale)));
  lazily(facts, 'registrationUrl', () => (opportunity.registrationUrl ? safeLinkUrl(opportunity.registrationUrl) : undefined));
  lazily(facts, 'websiteUrl', () => (opportunity.url ? safeWebUrl(opportunity.url) : undefined));
  return facts;
}

/** Makes `target[name]` a value worked out on its first read, then kept (a plain property from then on). */
function lazily<T extends object, K extends keyof T>(target: T, name: K, compute: () => T[K]): void {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, name, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
}

export function openStreetMapUrl(geo: GeoPoint): string {
  const latitude = geo.latitude.toFixed(5);
  const longitude = geo.longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

function addressLine(place: Place): string | undefined {
  const address = place.address ?? {};
  const locality = [address.postalCode, address.addressLocality].filter(Boolean).join(' ');
  const parts = [address.streetAddress, locality, address.addressRegion].filter((part): part is string => !!part && part.trim() !== '');
  return parts.length ? parts.join(', ') : undefined;
}

/** "1.2 km away · 15 min walk" (the walk only when it is a walk: up to an hour). */
export function distanceText(place: Place, near: GeoPoint, locale: string): string | undefined {
  if (!isValidGeoPoint(place.geo) || !isValidGeoPoint(near)) return undefined;
  const km = distanceKm(near, place.geo);
  const words = sharedMessages.for(locale);
  const distance = km < 1
    ? numberFormat(locale, METRES).format(Math.round(km * 100) * 10)
    : numberFormat(locale, KILOMETRES).format(km);
  const minutes = walkingMinutes(km);
  const walk = minutes <= 60 ? ` · ${words.walk(numberFormat(locale).format(minutes))}` : '';
  return `${words.away(distance)}${walk}`;
}

function hasEnded(opportunity: Opportunity, now: number): boolean {
  const { timing } = opportunity;
  if (timing.schedules.length > 0 || !timing.start) return false;
  const last = timing.end ?? timing.start;
  // An all-day end is the last day, inclusive: it ends at the next midnight.
  const endMs = localToEpochMs(last, timing.timeZone) + (last.length === 10 ? 86_400_000 : 0);
  return Number.isFinite(endMs) && endMs <= now;
}

export function costText(opportunity: Opportunity, locale: string): string | undefined {
  const words = sharedMessages.for(locale);
  const priced = opportunity.offers.filter((offer) => typeof offer.price === 'number' && Number.isFinite(offer.price));
  const positive = priced.filter((offer) => offer.price! > 0).sort((a, b) => a.price! - b.price!);
  if (positive.length === 0) {
    if (opportunity.isFree === true || priced.length > 0) return words.free;
    return opportunity.isFree === false ? words.paid : undefined;
  }
  const cheapest = positive[0]!;
  const price = formatPrice(cheapest.price!, cheapest.priceCurrency, locale);
  const several = new Set(priced.map((offer) => offer.price)).size > 1;
  return several ? words.from(price) : price;
}

function formatPrice(price: number, currency: string | undefined, locale: string): string {
  try {
    if (currency && /^[A-Za-z]{3}$/.test(currency)) return currencyFormat(locale, currency).format(price);
  } catch {
    // An unknown currency code falls through to a plain number with the code beside it.
  }
  const number = numberFormat(locale, TWO_DECIMALS).format(price);
  return currency ? `${number} ${currency}` : number;
}

function agesText(opportunity: Opportunity, locale: string): string | undefined {
  const { min, max } = opportunity.ageRange ?? {};
  if (min === undefined && max === undefined) return undefined;
  const format = (value: number | undefined) => (value === undefined ? undefined : numberFormat(locale).format(value));
  return sharedMessages.for(locale).ages(format(min), format(max));
}

/** "ko" → "Korean" in English, "coréen" in French; the tag itself when Intl does not know it. */
export function languageName(tag: string, locale: string): string {
  try {
    return languageNames(locale).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

// Constants, so formatters.ts finds their formatters by identity.
const METRES: Intl.NumberFormatOptions = { style: 'unit', unit: 'meter', maximumFractionDigits: 0 };
const KILOMETRES: Intl.NumberFormatOptions = { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 };
const TWO_DECIMALS: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
