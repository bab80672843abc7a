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
import { scheduleMessages, sharedMessages } from './messages.js';
import { accessibilityLabel, audienceLabel } from './vocabulary-labels.js';

/** How far ahead "next dates" look. */
const HORIZON_MS = 366 * 24 * 3600 * 1000;

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

export function opportunityFacts(opportunity: Opportunity, options: FactsOptions): OpportunityFacts {
  const { locale, model } = options;
  const words = sharedMessages.for(locale);
  const feedLanguage = model?.feeds.find((feed) => feed.key === opportunity.feedKey)?.language;
  const chain = localeChain(locale, feedLanguage);
  const organization = options.organization ?? (opportunity.organizerKey ? model?.organizations.get(opportunity.organizerKey) : undefined);
  const place = options.place ?? (opportunity.placeKey ? model?.places.get(opportunity.placeKey) : undefined);
  const now = options.now ?? Date.now();
  const occurrences = opportunityOccurrences(opportunity, now, now + HORIZON_MS).slice(0, options.nextCount ?? 3);
  const next = occurrences.map((occurrence) => ({
    occurrence,
    text: describeSpan(occurrence.start, occurrence.end === occurrence.start ? undefined : occurrence.end, locale),
    status: occurrence.status === 'scheduled' || occurrence.status === opportunity.status ? undefined : words.status[occurrence.status],
  }));
  return {
    title: resolveText(opportunity.name, chain) || opportunity.id,
    titleLanguage: resolveTextLanguage(opportunity.name, chain),
    description: resolveText(opportunity.description, chain),
    descriptionLanguage: resolveTextLanguage(opportunity.description, chain),
    provider: organization ? resolveText(organization.name, chain) || undefined : undefined,
    organization,
    place,
    placeName: place ? resolveText(place.name, chain) || undefined : undefined,
    address: place?.address ? addressLine(place) : undefined,
    mapUrl: place && isValidGeoPoint(place.geo) ? openStreetMapUrl(place.geo) : undefined,
    distance: place && options.near ? distanceText(place, options.near, locale) : undefined,
    when: describeTimingWith(opportunity, locale, scheduleMessages.for(locale)),
    next,
    upcoming: next.length > 0 ? 'yes' : hasEnded(opportunity, now) ? 'past' : 'none',
    cost: costText(opportunity, locale),
    ages: agesText(opportunity, locale),
    audience: opportunity.audience.map((term) => audienceLabel(term, locale)),
    languages: opportunity.languages.map((tag) => languageName(tag, locale)),
    mode: words.mode[opportunity.attendanceMode],
    accessibility: [...new Set([...opportunity.accessibilitySupport, ...(place?.accessibilitySupport ?? [])])].map((term) => accessibilityLabel(term, locale)),
    status: opportunity.status === 'scheduled' ? undefined : words.status[opportunity.status],
    registrationUrl: opportunity.registrationUrl ? safeLinkUrl(opportunity.registrationUrl) : undefined,
    websiteUrl: opportunity.url ? safeWebUrl(opportunity.url) : undefined,
  };
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
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.round(km * 100) * 10)
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(km);
  const minutes = walkingMinutes(km);
  const walk = minutes <= 60 ? ` · ${words.walk(new Intl.NumberFormat(locale).format(minutes))}` : '';
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
    if (currency && /^[A-Za-z]{3}$/.test(currency)) return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(price);
  } catch {
    // An unknown currency code falls through to a plain number with the code beside it.
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(price);
  return currency ? `${number} ${currency}` : number;
}

function agesText(opportunity: Opportunity, locale: string): string | undefined {
  const { min, max } = opportunity.ageRange ?? {};
  if (min === undefined && max === undefined) return undefined;
  const format = (value: number | undefined) => (value === undefined ? undefined : new Intl.NumberFormat(locale).format(value));
  return sharedMessages.for(locale).ages(format(min), format(max));
}

/** "ko" → "Korean" in English, "coréen" in French; the tag itself when Intl does not know it. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
