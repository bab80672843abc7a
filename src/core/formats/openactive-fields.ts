/**
 * OpenActive (schema.org-based) building blocks → Learning Feed fields: places, organizers,
 * concepts, offers, age ranges, levels and statuses. Places and organizers are deduplicated by
 * their `@id` (else name), so a page of sessions at one leisure centre yields one place.
 */
import type {
  DocumentEventStatus,
  DocumentOffer,
  DocumentOrganization,
  DocumentPlace,
} from './document.js';
import { IdAllocator, slugify } from './ids.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** "beta:SessionSeries", "schema:Event", "https://schema.org/Event" → "SessionSeries" / "Event". */
export function typeOf(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const type = text(asList(value['@type'] ?? value.type)[0]);
  return type?.replace(/^.*[:/#]/, '');
}

/** An image given as a URL, an ImageObject, or a list of either. */
export function imageUrl(value: unknown): string | undefined {
  for (const entry of asList(value)) {
    const url = typeof entry === 'string' ? entry : isObject(entry) ? text(entry.url) : undefined;
    if (url) return url;
  }
  return undefined;
}

/** Concept lists (activity, accessibilitySupport) → kebab-case terms from their prefLabel. */
export function conceptTerms(value: unknown): string[] {
  const terms = asList(value).map((entry) => (isObject(entry) ? text(entry.prefLabel) : text(entry))).filter((label): label is string => !!label);
  return [...new Set(terms.map((label) => slugify(label.replace(/[™®]/g, ''))).filter(Boolean))];
}

const statusByName: Record<string, DocumentEventStatus> = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventMovedOnline: 'movedOnline',
};

export function eventStatus(value: unknown): DocumentEventStatus | undefined {
  const name = text(value)?.replace(/^.*[:/#]/, '');
  return name ? statusByName[name] : undefined;
}

export function attendanceMode(value: unknown): 'offline' | 'online' | 'mixed' | undefined {
  const name = text(value)?.replace(/^.*[:/#]/, '');
  if (name === 'OfflineEventAttendanceMode') return 'offline';
  if (name === 'OnlineEventAttendanceMode') return 'online';
  if (name === 'MixedEventAttendanceMode') return 'mixed';
  return undefined;
}

export function ageRange(value: unknown): { minValue?: number; maxValue?: number } | undefined {
  if (!isObject(value)) return undefined;
  const range: { minValue?: number; maxValue?: number } = {};
  if (typeof value.minValue === 'number') range.minValue = value.minValue;
  if (typeof value.maxValue === 'number') range.maxValue = value.maxValue;
  return Object.keys(range).length ? range : undefined;
}

/** OpenActive levels are free text ("Beginner", "All levels"); ours are four terms or free text. */
export function level(value: unknown): string | undefined {
  const first = text(asList(value).map((entry) => (isObject(entry) ? entry.prefLabel ?? entry.name : entry))[0]);
  if (!first) return undefined;
  const slug = slugify(first);
  if (['beginner', 'intermediate', 'advanced'].includes(slug)) return slug;
  if (/^all/.test(slug)) return 'all';
  // Learning Feed levels are a closed list; "steady" or "improver" have no faithful match.
  return undefined;
}

export function offers(value: unknown): DocumentOffer[] {
  const result: DocumentOffer[] = [];
  for (const entry of asList(value)) {
    if (!isObject(entry)) continue;
    const offer: DocumentOffer = {};
    const name = text(entry.name);
    if (name) offer.name = name;
    const price = typeof entry.price === 'number' ? entry.price : typeof entry.price === 'string' && entry.price.trim() !== '' ? Number(entry.price) : NaN;
    if (Number.isFinite(price)) offer.price = price;
    const currency = text(entry.priceCurrency);
    if (currency) offer.priceCurrency = currency;
    const url = text(entry.url);
    if (url) offer.url = url;
    if (Object.keys(offer).length) result.push(offer);
  }
  return result;
}

/** OpenActive amenity features that are accessibility features, in our vocabulary. */
const accessibleAmenities: Record<string, string> = {
  'adapted-for-wheelchairs': 'wheelchair-access',
  'wheelchair-access': 'wheelchair-access',
  'disabled-toilet': 'accessible-toilet',
  'accessible-toilet': 'accessible-toilet',
  'accessible-parking': 'accessible-parking',
  'disabled-parking': 'accessible-parking',
  'lift': 'step-free-access',
  'step-free-access': 'step-free-access',
  'hearing-loop': 'hearing-loop',
  'induction-loop': 'hearing-loop',
  'changing-places': 'changing-places',
};

export class OpenActiveDirectory {
  readonly places: DocumentPlace[] = [];
  readonly organizations: DocumentOrganization[] = [];
  private readonly placeIds = new IdAllocator();
  private readonly organizationIds = new IdAllocator();
  private readonly placeByKey = new Map<string, DocumentPlace>();
  private readonly organizationByKey = new Map<string, string>();

  place(value: unknown, fallbackId?: string): string | undefined {
    if (!isObject(value)) return undefined;
    const name = text(value.name);
    const address = isObject(value.address) ? value.address : undefined;
    const key = text(value['@id']) ?? text(value.identifier) ?? (name ? `${name}|${text(address?.postalCode) ?? ''}` : undefined);
    if (!key) return undefined;
    const existing = this.placeByKey.get(key);
    if (existing) return existing.id;
    const id = this.placeIds.allocate(text(value.identifier) ?? (slugify(name ?? '') || fallbackId || ''), 'place');
    const place: DocumentPlace = { id, name: name ?? text(address?.streetAddress) ?? id };
    const description = text(value.description);
    if (description) place.description = description;
    if (address) {
      const fields = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'] as const;
      const clean: DocumentPlace['address'] = {};
      for (const field of fields) {
        const part = text(address[field])?.replace(/^,\s*/, '');
        if (part) clean[field] = part;
      }
      if (Object.keys(clean).length) place.address = clean;
    }
    const geo = isObject(value.geo) ? value.geo : undefined;
    const latitude = Number(geo?.latitude);
    const longitude = Number(geo?.longitude);
    if (geo && Number.isFinite(latitude) && Number.isFinite(longitude)) place.geo = { latitude, longitude };
    const url = text(value.url);
    if (url) place.url = url;
    const telephone = text(value.telephone);
    if (telephone) place.telephone = telephone;
    const accessibility = asList(value.amenityFeature)
      .filter((feature) => isObject(feature) && feature.value === true)
      .map((feature) => accessibleAmenities[slugify(text((feature as JsonObject).name) ?? typeOf(feature) ?? '')])
      .filter((term): term is string => !!term);
    if (accessibility.length) place.accessibilitySupport = [...new Set(accessibility)];
    this.places.push(place);
    this.placeByKey.set(key, place);
    return id;
  }

  organization(value: unknown): string | undefined {
    if (!isObject(value)) return undefined;
    const person = typeOf(value) === 'Person';
    const name = text(value.name) ?? (person ? [text(value.givenName), text(value.familyName)].filter(Boolean).join(' ') : undefined);
    if (!name) return undefined;
    const key = text(value['@id']) ?? name;
    const existing = this.organizationByKey.get(key);
    if (existing) return existing;
    const id = this.organizationIds.allocate(text(value.identifier) ?? slugify(name), 'organization');
    const organization: DocumentOrganization = { id, name };
    const description = text(value.description);
    if (description) organization.description = description;
    const url = text(value.url);
    if (url) organization.url = url;
    const email = text(value.email);
    if (email) organization.email = email;
    const telephone = text(value.telephone);
    if (telephone) organization.telephone = telephone;
    const logo = imageUrl(value.logo);
    if (logo) organization.logo = logo;
    this.organizations.push(organization);
    this.organizationByKey.set(key, id);
    return id;
  }
}
