/** Turns a finished store load into `<learning-feed>`'s events and its console report for webmasters. */
import type { FeedModel, FeedProblem } from '../../core/model.js';
import type { FeedStore } from '../../data/store.js';
import type { FeedCounts, LearningFeedErrorDetail, LearningFeedLoadDetail } from './events.js';

/** At most this many problems are printed; a feed with thousands would bury the console. */
const MAX_PRINTED_PROBLEMS = 50;

/** The load (by store and load number) already printed, so several elements sharing a store print it once. */
const printedLoads = new WeakMap<FeedStore, number>();

export function countsOf(model: FeedModel): FeedCounts {
  return {
    feeds: model.feeds.length,
    organizations: model.organizations.size,
    places: model.places.size,
    opportunities: model.opportunities.length,
  };
}

export function describeProblem(problem: FeedProblem): string {
  const where = [problem.source, problem.pointer ? `at ${problem.pointer}` : '', problem.line ? `(line ${problem.line}${problem.column ? `, column ${problem.column}` : ''})` : '']
    .filter(Boolean)
    .join(' ');
  const hint = problem.hint ? ` ${problem.hint}` : '';
  return `${problem.severity}${where ? ` ${where}` : ''}: ${problem.message}${hint}`;
}

/** Prints the store's latest load problems once, grouped under one collapsed heading. */
export function printLoadReport(store: FeedStore): void {
  if (printedLoads.get(store) === store.loadCount) return;
  printedLoads.set(store, store.loadCount);
  const { problems, loadErrors } = store;
  if (problems.length === 0 && loadErrors.length === 0) return;
  const parts = [
    loadErrors.length ? `${loadErrors.length} feed(s) failed to load` : '',
    problems.length ? `${problems.length} problem(s) in the feed data` : '',
  ].filter(Boolean);
  console.groupCollapsed(`<learning-feed>: ${parts.join(', ')}`);
  for (const error of loadErrors) console.warn(error.message);
  for (const problem of problems.slice(0, MAX_PRINTED_PROBLEMS)) console.warn(describeProblem(problem));
  if (problems.length > MAX_PRINTED_PROBLEMS) {
    console.warn(`…and ${problems.length - MAX_PRINTED_PROBLEMS} more. Run \`learning-feed validate <feed>\` for the full list.`);
  }
  console.groupEnd();
}

export function loadDetail(store: FeedStore): LearningFeedLoadDetail | undefined {
  const { model, status } = store;
  if (!model || (status !== 'ready' && status !== 'stale')) return undefined;
  return { status, counts: countsOf(model), problems: model.problems };
}

export function errorDetails(store: FeedStore): LearningFeedErrorDetail[] {
  return store.loadErrors.map(({ url, kind, message }) => ({ url, kind, message }));
}
