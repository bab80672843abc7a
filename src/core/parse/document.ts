/** Reads the feed's own metadata (everything at the top level except the item lists) into FeedInfo. */
import type { FeedInfo } from '../model.js';
import { canonicalTimeZone, readTimestamp } from './dates.js';
import { describeValue, fieldPointer, jsonTypeName } from './problems.js';
import { field, isAbsent, isRecord, listItemPointer, readEmail, readId, readLanguageTag, readList, readString, readText, readWebUrl, type ReadContext } from './values.js';

/** The versions this library implements fully: any 1.x. */
export const SUPPORTED_MAJOR_VERSION = 1;

function readVersion(root: Record<string, unknown>, context: ReadContext): string {
  const raw = field(root, 'version');
  if (raw === undefined || raw === null) {
    context.log.error('/version', 'The feed has no version; it was read as Learning Feed 1.0.', 'Add "version": "1.0" at the top of the feed.');
    return '1.0';
  }
  let version: string;
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    version = Number.isInteger(raw) ? `${raw}.0` : String(raw);
    context.log.warning('/version', `version is the number ${raw}; it was read as "${version}".`, 'Write the version as a string: "1.0".');
  } else if (typeof raw === 'string' && /^\d+\.\d+$/.test(raw.trim())) {
    version = raw.trim();
  } else {
    context.log.error('/version', `version ${describeValue(raw)} is not a version such as "1.0"; the feed was read as 1.0.`, 'Write "version": "1.0".');
    return '1.0';
  }
  const major = Number(version.split('.')[0]);
  if (major !== SUPPORTED_MAJOR_VERSION) {
    context.log.warning(
      '/version',
      `This feed is Learning Feed ${version}; this library reads version 1, so only the parts it understands were used.`,
      major > SUPPORTED_MAJOR_VERSION ? 'Update learning-city-widgets, or publish a 1.0 version of the feed as well.' : 'Publish the feed as version 1.0.',
    );
  }
  return version;
}

function readLicense(value: unknown, pointer: string, context: ReadContext): string | undefined {
  if (typeof value === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value.trim())) return readWebUrl(value, pointer, context);
  const text = readString(value, pointer, context)?.trim();
  if (text === undefined) return undefined;
  if (/^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/.test(text)) return text;
  context.log.error(pointer, `license ${describeValue(text)} is neither a URL nor an SPDX licence id.`, 'Use the licence URL, or an SPDX id such as "CC-BY-4.0" or "OGL-UK-3.0".');
  return undefined;
}

function readPublisher(value: unknown, pointer: string, context: ReadContext): FeedInfo['publisher'] {
  if (isAbsent(value, pointer, context)) return undefined;
  if (typeof value === 'string') {
    const name = readText(value, pointer, context);
    if (name) context.log.warning(pointer, 'publisher is a plain string; it was read as the publisher\'s name.', 'Write {"name": "…", "url": "…"}.');
    return name ? { name } : undefined;
  }
  if (!isRecord(value)) {
    context.log.error(pointer, `publisher should be an object {"name": …}, not ${jsonTypeName(value)}.`);
    return undefined;
  }
  const name = readText(field(value, 'name'), fieldPointer(pointer, 'name'), context);
  if (!name) {
    context.log.error(fieldPointer(pointer, 'name'), 'publisher has no name, so it was ignored.', 'Name the organisation that publishes the feed.');
    return undefined;
  }
  const publisher: NonNullable<FeedInfo['publisher']> = { name };
  const url = readWebUrl(field(value, 'url'), fieldPointer(pointer, 'url'), context);
  if (url) publisher.url = url;
  const email = readEmail(field(value, 'email'), fieldPointer(pointer, 'email'), context);
  if (email) publisher.email = email;
  return publisher;
}

function readSources(value: unknown, context: ReadContext): FeedInfo['sources'] {
  const list = readList(value, '/sources', context) ?? [];
  const sources: FeedInfo['sources'] = [];
  list.forEach((entry, index) => {
    const at = listItemPointer(value, '/sources', index);
    if (!isRecord(entry)) {
      context.log.error(at, `This source is ${jsonTypeName(entry)}, not an object, so it was ignored.`);
      return;
    }
    const name = readText(field(entry, 'name'), fieldPointer(at, 'name'), context);
    if (!name) {
      context.log.error(fieldPointer(at, 'name'), 'This source has no name, so it was ignored.', 'Name where the data came from, for attribution.');
      return;
    }
    const source: FeedInfo['sources'][number] = { name };
    const url = readWebUrl(field(entry, 'url'), fieldPointer(at, 'url'), context);
    if (url) source.url = url;
    const license = readLicense(field(entry, 'license'), fieldPointer(at, 'license'), context);
    if (license) source.license = license;
    sources.push(source);
  });
  return sources;
}

/** `next` must be absolute; a relative one is resolved against the page's own URL when that is known. */
function readNext(value: unknown, context: ReadContext, source: string | undefined): string | undefined {
  if (typeof value === 'string' && source && /^https?:/i.test(source) && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value.trim())) {
    try {
      const resolved = new URL(value.trim(), source).href;
      context.log.warning('/next', `next ${describeValue(value)} is relative; it was resolved to ${resolved}.`, 'Write next as an absolute URL.');
      return readWebUrl(resolved, '/next', context);
    } catch {
      // Falls through to the error below.
    }
  }
  return readWebUrl(value, '/next', context);
}

function readDeleted(value: unknown, context: ReadContext): string[] {
  const list = readList(value, '/deleted', context) ?? [];
  const ids: string[] = [];
  list.forEach((entry, index) => {
    const at = listItemPointer(value, '/deleted', index);
    const id = readId(entry, at, context);
    if (id === undefined) context.log.error(at, `deleted entries should be ids (strings), not ${describeValue(entry)}.`);
    else if (ids.includes(id)) context.log.warning(at, `deleted lists ${describeValue(id)} twice.`, 'List each id once.');
    else ids.push(id);
  });
  return ids;
}

export interface InfoOptions {
  source?: string;
  feedKey?: string;
}

/** The feed's metadata. Reads `language` first, because plain-string text in the rest depends on it. */
export function readFeedInfo(root: Record<string, unknown>, context: ReadContext, options: InfoOptions): FeedInfo {
  const version = readVersion(root, context);
  const language = readLanguageTag(field(root, 'language'), '/language', context) ?? 'en';
  context.language = language;

  const rawId = field(root, 'id');
  const id = rawId === undefined ? undefined : readId(rawId, '/id', context);
  if (rawId !== undefined && id === undefined) context.log.error('/id', `The feed's id ${describeValue(rawId)} is not usable.`, 'Use the feed\'s permanent URL as its id.');
  if (rawId === undefined) context.log.warning('/id', 'The feed has no id, so its items cannot be told apart from another feed\'s with the same ids.', 'Add "id": the feed\'s permanent URL.');

  const rawZone = field(root, 'timeZone');
  let timeZone = typeof rawZone === 'string' ? canonicalTimeZone(rawZone) : undefined;
  if (rawZone === undefined) {
    context.log.warning('/timeZone', 'The feed has no timeZone; local times were read as UTC.', 'Add "timeZone" with the IANA zone of the city, such as "Europe/London".');
  } else if (timeZone === undefined) {
    context.log.error('/timeZone', `timeZone ${describeValue(rawZone)} is not an IANA time zone; local times were read as UTC.`, 'Use a name such as "Europe/London", "Asia/Seoul" or "America/New_York".');
  }
  timeZone ??= 'UTC';

  const info: FeedInfo = {
    key: options.feedKey ?? id ?? options.source ?? 'feed',
    version,
    language,
    timeZone,
    sources: readSources(field(root, 'sources'), context),
    deleted: readDeleted(field(root, 'deleted'), context),
  };
  const optional: Partial<FeedInfo> = {
    id,
    source: options.source,
    name: readText(field(root, 'name'), '/name', context),
    description: readText(field(root, 'description'), '/description', context),
    publisher: readPublisher(field(root, 'publisher'), '/publisher', context),
    license: readLicense(field(root, 'license'), '/license', context),
    modified: readTimestamp(field(root, 'modified'), '/modified', context),
    next: readNext(field(root, 'next'), context, options.source),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (info as unknown as Record<string, unknown>)[key] = value;
  }
  return info;
}
