/**
 * Joins the pages of one RPDE-style paged feed into one `ParsedFeed`, the way a harvester would:
 * a later page's item replaces an earlier one with the same id, and a page's `deleted` ids remove
 * items published on earlier pages. Each page keeps its own problems, pointing into its own URL.
 */
import type { FeedProblem, ParsedFeed } from '../core/model.js';

interface Keyed {
  key: string;
  id: string;
}

function applyPage<T extends Keyed>(accumulated: Map<string, T>, items: readonly T[], deleted: ReadonlySet<string>): void {
  for (const [key, item] of accumulated) if (deleted.has(item.id)) accumulated.delete(key);
  for (const item of items) {
    accumulated.delete(item.key); // re-inserting moves a replaced item to its latest position
    accumulated.set(item.key, item);
  }
}

export function combinePages(pages: readonly ParsedFeed[]): ParsedFeed {
  const [first, ...rest] = pages;
  if (!first) throw new RangeError('combinePages needs at least one page');
  if (rest.length === 0) return first;
  const organizations = new Map(first.organizations.map((item) => [item.key, item]));
  const places = new Map(first.places.map((item) => [item.key, item]));
  const opportunities = new Map(first.opportunities.map((item) => [item.key, item]));
  const problems: FeedProblem[] = [...first.problems];
  const deletedIds = new Set(first.info.deleted);
  for (const page of rest) {
    const deleted = new Set(page.info.deleted);
    applyPage(organizations, page.organizations, deleted);
    applyPage(places, page.places, deleted);
    applyPage(opportunities, page.opportunities, deleted);
    for (const id of deleted) deletedIds.add(id);
    problems.push(...page.problems);
  }
  const last = pages[pages.length - 1] as ParsedFeed;
  return {
    info: { ...first.info, next: last.info.next, deleted: [...deletedIds] },
    organizations: [...organizations.values()],
    places: [...places.values()],
    opportunities: [...opportunities.values()],
    problems,
  };
}

/** A warning for a feed whose paging was cut short, so the webmaster knows items may be missing. */
export function truncatedPagingProblem(url: string, pageCount: number): FeedProblem {
  return {
    severity: 'warning',
    source: url,
    pointer: '/next',
    message: `Stopped following "next" after ${pageCount} pages of ${url}; later pages were not loaded.`,
    hint: 'Publish fewer, larger pages, or make the last page\'s "next" point to itself or leave it out.',
  };
}
