/**
 * What the item readers share while one feed document is parsed: the problem log, the feed's
 * language and zone, and the ids seen so far (for references and duplicates).
 */
import type { LocalizedText, Organization, Place } from '../model.js';
import { describeValue, fieldPointer, jsonTypeName, pointerTo } from './problems.js';
import { field, isRecord, MAX_ID_LENGTH, readId, readText, type ReadContext } from './values.js';

export interface FeedContext extends ReadContext {
  feedKey: string;
  /** The feed's default IANA zone (already validated). */
  timeZone: string;
  placesById: Map<string, Place>;
  organizationsById: Map<string, Organization>;
}

/** `${feedKey}#${id}`: unique across merged feeds (see model.ts). */
export function itemKey(feedKey: string, id: string): string {
  return `${feedKey}#${id}`;
}

/**
 * Reads the required `id` of a listed item. Logs an error (and returns undefined, so the caller
 * drops the item) when it is missing or unusable.
 */
export function readItemId(record: Record<string, unknown>, pointer: string, context: FeedContext, what: string): string | undefined {
  const raw = field(record, 'id');
  const id = readId(raw, fieldPointer(pointer, 'id'), context);
  if (id !== undefined) return id;
  const problem =
    raw === undefined
      ? `This ${what} has no id, so it was left out.`
      : typeof raw === 'string' && raw.length > MAX_ID_LENGTH
        ? `This ${what}'s id is ${raw.length} characters long (at most ${MAX_ID_LENGTH}), so it was left out.`
        : `This ${what}'s id is ${typeof raw === 'string' ? 'empty' : jsonTypeName(raw)}, so it was left out.`;
  context.log.error(fieldPointer(pointer, 'id'), problem, `Give every ${what} a stable, unique string id, such as "code-club-tuesdays".`);
  return undefined;
}

/**
 * One step per entry of a top-level list, so a whole feed can be read in slices (parse-slices.ts).
 * Drain it with a plain loop to read synchronously.
 */
export type ItemSteps = Generator<void, void, void>;

/**
 * Walks a top-level list (organizations, places, opportunities), hands each object entry to `read`,
 * and reports entries that are not objects. Yields after each entry. Never throws for a non-list.
 */
export function* eachItem(
  value: unknown,
  pointer: string,
  context: FeedContext,
  what: string,
  read: (record: Record<string, unknown>, itemPointer: string) => void,
): ItemSteps {
  if (value === undefined) return;
  if (value === null) {
    context.log.warning(pointer, `${pointer.slice(1)} is null.`, 'Leave the field out, or write an empty list [].');
    return;
  }
  if (!Array.isArray(value)) {
    context.log.error(pointer, `${pointer.slice(1)} should be a list of ${what} objects, not ${jsonTypeName(value)}; nothing in it was read.`);
    return;
  }
  // Like Array#forEach (which this replaced): the length is read once and holes are skipped.
  const length = value.length;
  for (let index = 0; index < length; index++) {
    if (!(index in value)) continue;
    const entry: unknown = value[index];
    const itemPointer = pointerTo(pointer, index);
    if (!isRecord(entry)) context.log.error(itemPointer, `This ${what} is ${describeValue(entry)}, not an object, so it was left out.`);
    else read(entry, itemPointer);
    yield;
  }
}

/** Logs the second use of an id; the caller keeps the first. */
export function reportDuplicate(id: string, pointer: string, context: FeedContext, what: string): void {
  context.log.error(
    fieldPointer(pointer, 'id'),
    `Another ${what} already uses the id ${describeValue(id)}; this one was left out and the first kept.`,
    `Ids must be unique among a feed's ${what === 'opportunity' ? 'opportunities' : `${what}s`}.`,
  );
}

/**
 * Reads the required `name` of an item. Without a usable one the caller drops the item; the error
 * says so once, at /name (a wrong type is named in the same sentence).
 */
export function readRequiredName(record: Record<string, unknown>, pointer: string, context: FeedContext, what: string, hint: string): LocalizedText | undefined {
  const raw = field(record, 'name');
  const at = fieldPointer(pointer, 'name');
  if (raw !== undefined && raw !== null && typeof raw !== 'string' && !isRecord(raw)) {
    context.log.error(at, `This ${what}'s name is ${jsonTypeName(raw)}, not text, so the ${what} was left out.`, hint);
    return undefined;
  }
  const name = readText(raw, at, context);
  if (!name) context.log.error(at, `This ${what} has no name, so it was left out.`, hint);
  return name;
}
