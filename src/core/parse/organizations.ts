/** Reads `organizations[]` (with the learning-lighthouse designation) into model Organizations. */
import type { LighthouseDesignation, Organization } from '../model.js';
import { eachItem, itemKey, readItemId, readRequiredName, reportDuplicate, type FeedContext, type ItemSteps } from './context.js';
import { describeValue, fieldPointer, jsonTypeName, pointerTo } from './problems.js';
import { field, isAbsent, isRecord, readEmail, readStringList, readTelephone, readText, readWebUrl } from './values.js';
import { LIGHTHOUSE_STATUSES, readEnum } from './vocabulary.js';

const SINCE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2023", "2023-05" or "2023-05-01", with a real month and day. */
export function isValidPartialDate(text: string): boolean {
  const match = SINCE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}

function readLighthouse(value: unknown, pointer: string, context: FeedContext): LighthouseDesignation | undefined {
  if (isAbsent(value, pointer, context)) return undefined;
  if (!isRecord(value)) {
    context.log.error(pointer, `lighthouse should be an object {"status": "designated", …}, not ${jsonTypeName(value)}.`);
    return undefined;
  }
  const rawStatus = field(value, 'status');
  const status = readEnum(rawStatus, fieldPointer(pointer, 'status'), context, LIGHTHOUSE_STATUSES);
  if (status === undefined) {
    if (rawStatus === undefined) {
      context.log.error(fieldPointer(pointer, 'status'), 'lighthouse has no status, so the designation was ignored.', LIGHTHOUSE_STATUSES.hint);
    }
    return undefined;
  }
  const designation: LighthouseDesignation = { status };
  const rawSince = field(value, 'since');
  if (!isAbsent(rawSince, fieldPointer(pointer, 'since'), context)) {
    if (typeof rawSince === 'string' && isValidPartialDate(rawSince.trim())) designation.since = rawSince.trim();
    else context.log.error(fieldPointer(pointer, 'since'), `since ${describeValue(rawSince)} is not a year or a date.`, 'Write "2023" or "2023-05-01".');
  }
  const criteriaUrl = readWebUrl(field(value, 'criteriaUrl'), fieldPointer(pointer, 'criteriaUrl'), context);
  if (criteriaUrl) designation.criteriaUrl = criteriaUrl;
  return designation;
}

/** Reads the fields every Organization has; the caller has settled the id. */
export function readOrganizationFields(record: Record<string, unknown>, pointer: string, context: FeedContext, id: string, options: { skipName?: boolean } = {}): Organization {
  const at = (name: string) => pointerTo(pointer, name);
  const placeKeys = readStringList(field(record, 'places'), at('places'), context, (placeId, itemPointer) => {
    const place = context.placesById.get(placeId);
    if (place) return place.key;
    context.log.error(itemPointer, `places refers to ${describeValue(placeId)}, which is not the id of any place in this feed.`, 'Add the place to "places", or correct the id.');
    return undefined;
  });
  const organization: Organization = {
    key: itemKey(context.feedKey, id),
    id,
    feedKey: context.feedKey,
    name: (options.skipName ? undefined : readText(field(record, 'name'), at('name'), context)) ?? {},
    placeKeys,
  };
  const description = readText(field(record, 'description'), at('description'), context);
  if (description) organization.description = description;
  const url = readWebUrl(field(record, 'url'), at('url'), context);
  if (url) organization.url = url;
  const email = readEmail(field(record, 'email'), at('email'), context);
  if (email) organization.email = email;
  const telephone = readTelephone(field(record, 'telephone'), at('telephone'), context);
  if (telephone) organization.telephone = telephone;
  const logo = readWebUrl(field(record, 'logo'), at('logo'), context);
  if (logo) organization.logo = logo;
  const lighthouse = readLighthouse(field(record, 'lighthouse'), at('lighthouse'), context);
  if (lighthouse) organization.lighthouse = lighthouse;
  return organization;
}

/** Reads `organizations[]` into `context.organizationsById`, one step per entry. Places must be read first. */
export function readOrganizations(value: unknown, context: FeedContext): ItemSteps {
  return eachItem(value, '/organizations', context, 'organization', (record, pointer) => {
    const id = readItemId(record, pointer, context, 'organization');
    if (id === undefined) return;
    if (context.organizationsById.has(id)) return reportDuplicate(id, pointer, context, 'organization');
    const name = readRequiredName(record, pointer, context, 'organization', 'Give every organization the name people know it by.');
    if (!name) return;
    context.organizationsById.set(id, { ...readOrganizationFields(record, pointer, context, id, { skipName: true }), name });
  });
}
