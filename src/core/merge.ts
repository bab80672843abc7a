/**
 * `mergeFeeds`: several ParsedFeeds → one FeedModel.
 *
 * - Pages of one feed merge into it. A ParsedFeed continues an earlier one when it has the same
 *   feed key and its `source` is that one's `next` (RPDE-style paging). Page by page, a page's
 *   `deleted` ids remove items of the earlier pages, then its items are added; an item whose id an
 *   earlier page already had replaces it (the later page is the newer copy).
 * - Different feeds never share a key. When two feeds that are not pages of each other have the
 *   same key (both lack an id, or a template's id was copied), the later one's items are re-keyed
 *   as `<key>~2#<id>` (then ~3, …), and a warning says so.
 * - Problems are concatenated in feed order, then merge's own warnings.
 * - `feeds` has one FeedInfo per feed (not per page): the first page's, with the last page's `next`
 *   and every page's `deleted` and `sources`.
 */
import type { FeedInfo, FeedModel, FeedProblem, Opportunity, Organization, ParsedFeed, Place } from './model.js';

interface FeedGroup {
  key: string;
  pages: ParsedFeed[];
}

function swapPrefix(key: string, from: string, to: string): string {
  return key.startsWith(`${from}#`) ? `${to}${key.slice(from.length)}` : key;
}

/** The same feed with every key (and reference) moved from its key to `newKey`. */
export function rekeyFeed(feed: ParsedFeed, newKey: string): ParsedFeed {
  const oldKey = feed.info.key;
  const swap = (key: string) => swapPrefix(key, oldKey, newKey);
  return {
    info: { ...feed.info, key: newKey },
    organizations: feed.organizations.map((organization) => ({
      ...organization,
      key: swap(organization.key),
      feedKey: newKey,
      placeKeys: organization.placeKeys.map(swap),
    })),
    places: feed.places.map((place) => ({ ...place, key: swap(place.key), feedKey: newKey })),
    opportunities: feed.opportunities.map((opportunity) => {
      const moved: Opportunity = { ...opportunity, key: swap(opportunity.key), feedKey: newKey };
      if (opportunity.organizerKey !== undefined) moved.organizerKey = swap(opportunity.organizerKey);
      if (opportunity.placeKey !== undefined) moved.placeKey = swap(opportunity.placeKey);
      return moved;
    }),
    problems: feed.problems,
  };
}

function sameUrl(left: string | undefined, right: string | undefined): boolean {
  return left !== undefined && right !== undefined && left.trim() === right.trim();
}

/** Groups pages into feeds and gives every feed a key no other feed has. */
function groupFeeds(feeds: readonly ParsedFeed[], problems: FeedProblem[]): FeedGroup[] {
  const groups: FeedGroup[] = [];
  const usedKeys = new Set<string>();
  for (const feed of feeds) {
    const continued = groups.find((group) => {
      const last = group.pages[group.pages.length - 1]!;
      return last.info.key === feed.info.key && sameUrl(last.info.next, feed.info.source);
    });
    if (continued) {
      continued.pages.push(feed);
      continue;
    }
    let key = feed.info.key;
    if (usedKeys.has(key)) {
      let suffix = 2;
      while (usedKeys.has(`${feed.info.key}~${suffix}`)) suffix++;
      key = `${feed.info.key}~${suffix}`;
      const warning: FeedProblem = {
        severity: 'warning',
        pointer: '/id',
        message: `Another feed already uses the key "${feed.info.key}", so this feed's items were keyed as "${key}".`,
        hint: 'Give every feed its own "id" (its permanent URL), so its items keep the same keys wherever it is merged.',
      };
      if (feed.info.source !== undefined) warning.source = feed.info.source;
      problems.push(warning);
    }
    usedKeys.add(key);
    groups.push({ key, pages: [key === feed.info.key ? feed : rekeyFeed(feed, key)] });
  }
  return groups;
}

/** Adds a page's items to a feed's, after removing what the page deletes. */
function applyPage<T extends { key: string; id: string }>(items: Map<string, T>, pageItems: readonly T[], deletedKeys: ReadonlySet<string>): void {
  for (const key of deletedKeys) items.delete(key);
  for (const item of pageItems) items.set(item.key, item);
}

function unique<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const id = JSON.stringify(value);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Merges feeds (and the pages of each) into one model. Never throws for well-formed ParsedFeeds. */
export function mergeFeeds(feeds: readonly ParsedFeed[]): FeedModel {
  const mergeProblems: FeedProblem[] = [];
  const groups = groupFeeds(feeds, mergeProblems);
  const organizations = new Map<string, Organization>();
  const places = new Map<string, Place>();
  const opportunities = new Map<string, Opportunity>();
  const infos: FeedInfo[] = [];

  for (const group of groups) {
    const first = group.pages[0]!;
    const last = group.pages[group.pages.length - 1]!;
    group.pages.forEach((page, index) => {
      // A page's deleted ids remove earlier pages' items; the first page has nothing earlier.
      const deletedKeys = new Set(index === 0 ? [] : page.info.deleted.map((id) => `${group.key}#${id}`));
      applyPage(organizations, page.organizations, deletedKeys);
      applyPage(places, page.places, deletedKeys);
      applyPage(opportunities, page.opportunities, deletedKeys);
    });
    const info: FeedInfo = {
      ...first.info,
      sources: unique(group.pages.flatMap((page) => page.info.sources)),
      deleted: [...new Set(group.pages.flatMap((page) => page.info.deleted))],
    };
    if (last.info.next !== undefined) info.next = last.info.next;
    else delete info.next;
    infos.push(info);
  }

  return {
    feeds: infos,
    organizations,
    places,
    opportunities: [...opportunities.values()],
    problems: [...feeds.flatMap((feed) => feed.problems), ...mergeProblems],
  };
}
