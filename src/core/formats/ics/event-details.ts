/**
 * The "what and where" of a VEVENT: text fields, URL, categories as topics, LOCATION + GEO as a
 * shared place, ORGANIZER as an organization. Places and organizations are deduplicated across
 * the calendar, so forty events in one hall point at one place.
 */
import { paramValue, splitTextList, unescapeText } from './content-lines.js';
import { properties, property, type IcsComponent } from './components.js';
import { IdAllocator, slugify } from '../ids.js';
import type { DocumentOpportunity, DocumentOrganization, DocumentPlace } from '../document.js';

type DetailFields = Pick<DocumentOpportunity, 'name' | 'description' | 'url' | 'image' | 'topics' | 'location' | 'organizer' | 'eventStatus' | 'modified'>;

export interface DetailNote {
  severity: 'error' | 'warning';
  message: string;
  line: number;
}

/** Collects the calendar's places and organizations while events are read. */
export class DirectoryBuilder {
  readonly places: DocumentPlace[] = [];
  readonly organizations: DocumentOrganization[] = [];
  private readonly placeIds = new IdAllocator();
  private readonly organizationIds = new IdAllocator();
  private readonly placeByKey = new Map<string, string>();
  private readonly organizationByKey = new Map<string, string>();

  placeFor(location: string | undefined, geo: { latitude: number; longitude: number } | undefined): string | undefined {
    if (!location && !geo) return undefined;
    const key = `${(location ?? '').trim().toLowerCase()}|${geo ? `${geo.latitude},${geo.longitude}` : ''}`;
    const existing = this.placeByKey.get(key);
    if (existing) return existing;
    const name = location?.trim() || `${geo!.latitude}, ${geo!.longitude}`;
    const id = this.placeIds.allocate(slugify(name), 'place');
    const place: DocumentPlace = { id, name };
    if (geo) place.geo = geo;
    this.places.push(place);
    this.placeByKey.set(key, id);
    return id;
  }

  organizationFor(name: string, email: string | undefined): string {
    const key = `${name.trim().toLowerCase()}|${email?.toLowerCase() ?? ''}`;
    const existing = this.organizationByKey.get(key);
    if (existing) return existing;
    const id = this.organizationIds.allocate(slugify(name), 'organization');
    const organization: DocumentOrganization = { id, name: name.trim() };
    if (email) organization.email = email;
    this.organizations.push(organization);
    this.organizationByKey.set(key, id);
    return id;
  }
}

function readGeo(event: IcsComponent, notes: DetailNote[]): { latitude: number; longitude: number } | undefined {
  const line = property(event, 'GEO');
  if (!line) return undefined;
  const [latitude, longitude] = line.value.split(/[;,]/).map((part) => Number(part.trim()));
  if (latitude !== undefined && longitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && line.value.trim() !== '') {
    return { latitude, longitude };
  }
  notes.push({ severity: 'warning', line: line.line, message: `GEO "${line.value}" is not "latitude;longitude" and was ignored` });
  return undefined;
}

/** "20120912T171506Z" → "2012-09-12T17:15:06Z". */
function rfc3339(value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/i.exec(value.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : undefined;
}

export function eventDetails(event: IcsComponent, directory: DirectoryBuilder, notes: DetailNote[]): DetailFields {
  const text = (name: string) => {
    const line = property(event, name);
    return line ? unescapeText(line.value).trim() : undefined;
  };
  const fields: DetailFields = { name: text('SUMMARY') || '(untitled event)' };
  const description = text('DESCRIPTION');
  if (description) fields.description = description;
  const url = property(event, 'URL')?.value.trim();
  if (url) fields.url = url;
  const image = properties(event, 'IMAGE').find((line) => paramValue(line, 'VALUE', true) === 'URI' || /^https?:/i.test(line.value));
  if (image) fields.image = image.value.trim();
  const topics = [...new Set(properties(event, 'CATEGORIES').flatMap((line) => splitTextList(line.value)).map((label) => slugify(label)).filter(Boolean))];
  if (topics.length) fields.topics = topics;
  const place = directory.placeFor(text('LOCATION'), readGeo(event, notes));
  if (place) fields.location = place;
  const organizer = property(event, 'ORGANIZER');
  const organizerName = organizer ? paramValue(organizer, 'CN') : undefined;
  if (organizer && organizerName?.trim()) {
    const email = /^mailto:(.+)$/i.exec(organizer.value.trim())?.[1];
    fields.organizer = directory.organizationFor(organizerName, email);
  }
  if (property(event, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED') fields.eventStatus = 'cancelled';
  const modified = rfc3339(property(event, 'LAST-MODIFIED')?.value ?? '');
  if (modified) fields.modified = modified;
  return fields;
}
