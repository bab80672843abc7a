// The demo page: shows what <learning-feed> loaded. Every piece of feed text goes in through
// textContent, never as HTML (docs/security.md).
import '../src/elements/learning-feed/define.js';
import type { FeedInfo, FeedModel, FeedProblem } from '../src/core/model.js';
import { localeChain, resolveText } from '../src/core/text.js';
import type { FeedStore } from '../src/data/store.js';
import type { LearningFeed } from '../src/elements/learning-feed/learning-feed.js';
import { creditItem, creditsOf } from './shared/attribution.js';

/** Problems listed on the page; the console (and `learning-feed validate`) has the rest. */
const MAX_LISTED_PROBLEMS = 100;

const feedElement = document.querySelector('learning-feed') as LearningFeed;
const requested = new URLSearchParams(location.search).get('src');
if (requested) feedElement.src = requested;

const locales = () => localeChain(document.documentElement.lang || navigator.language);

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function feedTitle(info: FeedInfo): string {
  return resolveText(info.name, locales()) || info.source || info.key;
}

function renderCounts(model: FeedModel | undefined): void {
  const counts: Record<string, number | undefined> = {
    feeds: model?.feeds.length,
    organizations: model?.organizations.size,
    places: model?.places.size,
    opportunities: model?.opportunities.length,
  };
  for (const cell of document.querySelectorAll<HTMLElement>('[data-count]')) {
    const value = counts[cell.dataset.count ?? ''];
    cell.textContent = value === undefined ? '–' : value.toLocaleString(document.documentElement.lang);
  }
  byId('feed-list').replaceChildren(
    ...(model?.feeds ?? []).map((info) => element('li', `${feedTitle(info)} (${info.language}, ${info.timeZone})`)),
  );
}

function renderProblem(problem: FeedProblem): HTMLLIElement {
  const item = element('li');
  item.append(element('span', problem.severity, `severity severity-${problem.severity}`), ' ', problem.message);
  if (problem.hint) item.append(' ', problem.hint);
  const where = [problem.source, problem.pointer && `at ${problem.pointer}`].filter(Boolean).join(' ');
  if (where) item.append(element('div', where, 'where'));
  return item;
}

function renderProblems(problems: readonly FeedProblem[]): void {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  byId('problems').replaceChildren(...listed.map(renderProblem));
  const more = problems.length - listed.length;
  byId('problems-summary').textContent =
    problems.length === 0
      ? 'No problems: every item in the feeds is valid.'
      : `${problems.length} problem(s). Valid items are shown; each problem below names the feed and the JSON pointer of the item.` +
        (more > 0 ? ` The first ${listed.length} are listed; see the browser console for the rest.` : '');
}

function renderSources(model: FeedModel | undefined): void {
  byId('data-sources').replaceChildren(...(model?.feeds ?? []).flatMap((info) => creditsOf(info, locales())).map(creditItem));
}

const STATUS_TEXT: Record<FeedStore['status'], string> = {
  idle: 'Waiting to load.',
  loading: 'Loading feeds…',
  ready: 'Feeds loaded.',
  stale: 'Some feeds could not be refreshed; showing their last good copy.',
  error: 'No feed could be loaded.',
};

function render(): void {
  const store = feedElement.store;
  const failed = store?.loadErrors.length ?? 0;
  byId('feed-status').textContent = !store
    ? 'No feed given: set the src attribute.'
    : store.status === 'ready' && failed > 0
      ? `Loaded ${store.source.urls.length - failed} of ${store.source.urls.length} feeds; see below for the others.`
      : STATUS_TEXT[store.status];
  renderCounts(store?.model);
  renderProblems(store?.problems ?? []);
  renderSources(store?.model);
  const errors = store?.loadErrors ?? [];
  byId('errors-panel').hidden = errors.length === 0;
  byId('load-errors').replaceChildren(...errors.map((error) => element('li', error.message)));
}

feedElement.addEventListener('learning-feed-load', render);
feedElement.addEventListener('learning-feed-error', render);
render();
