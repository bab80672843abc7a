/**
 * Finder benchmark page: feed bytes → first results on screen (and the same bytes through JSON.parse
 * and a trivial list, as the yardstick), keystroke → updated results, and DOM size with 100k results.
 */
import '../../../src/elements/learning-finder/define.js';
import type { LearningFinder } from '../../../src/elements/learning-finder/learning-finder.js';
import { afterNextPaint, countNodes, expose, whenFound } from './paint.js';

export interface KeystrokeTiming {
  /** keydown → paint after the results changed, debounce wait included (what a visitor feels). */
  rawMs: number;
  /** The same without the debounce wait: keydown → input handled, plus filter applied → paint. */
  workMs: number;
  /** Result count shown after the change. */
  count: string;
}

let finder: LearningFinder | undefined;
let pendingKeystroke: Promise<KeystrokeTiming | undefined> | undefined;

function resultCount(): string {
  return finder?.shadowRoot?.querySelector('.results-header .count')?.textContent?.trim() ?? '';
}

/** Bytes → first result painted, through the real element (fetch, parse, model, filter, sort, render). */
async function firstResults(feed: string): Promise<{ ms: number; count: string }> {
  const started = performance.now();
  finder = document.createElement('learning-finder');
  finder.src = feed;
  document.body.append(finder);
  const shadow = finder.shadowRoot!;
  await whenFound([shadow], () => shadow.querySelector('li[part="result"]'));
  const painted = await afterNextPaint();
  return { ms: painted - started, count: resultCount() };
}

/** The yardstick: the same bytes fetched, JSON.parse'd, and 20 names in a plain list, painted. */
async function parseAndList(feed: string): Promise<{ ms: number; parseMs: number }> {
  const started = performance.now();
  const text = await (await fetch(feed)).text();
  const parseStarted = performance.now();
  const document_ = JSON.parse(text) as { opportunities: Array<{ name?: string | Record<string, string> }> };
  const parseMs = performance.now() - parseStarted;
  const list = document.createElement('ul');
  for (const opportunity of document_.opportunities.slice(0, 20)) {
    const item = document.createElement('li');
    item.textContent = typeof opportunity.name === 'string' ? opportunity.name : opportunity.name?.en ?? '';
    list.append(item);
  }
  document.body.append(list);
  const painted = await afterNextPaint();
  return { ms: painted - started, parseMs };
}

/** Loads the feed and waits until the search index is complete, so keystrokes search the whole feed. */
async function loadForTyping(feed: string): Promise<{ firstResultsMs: number; indexReadyMs: number; count: string }> {
  const started = performance.now();
  const first = await firstResults(feed);
  while (finder!.indexing || finder!.feedStatus !== 'ready') await new Promise((resolve) => setTimeout(resolve, 50));
  return { firstResultsMs: first.ms, indexReadyMs: performance.now() - started, count: resultCount() };
}

/**
 * Arms the measurement of the next keystroke. `quietMs`: how long to wait for the debounced search
 * to start before deciding the key changed nothing (a trailing space, for instance).
 */
function armKeystroke(quietMs: number): void {
  const element = finder!;
  pendingKeystroke = new Promise((resolve) => {
    let keydown = Number.NaN;
    let input = Number.NaN;
    let applied = Number.NaN;
    const onKeyDown = (event: KeyboardEvent) => {
      if (Number.isNaN(keydown)) keydown = event.timeStamp;
    };
    const onInput = () => {
      if (Number.isNaN(input)) input = performance.now();
    };
    // The render after the filter change; when the results are the same it changes no node, so wait
    // for the update itself rather than for a mutation.
    const onFilterChange = () => {
      applied = performance.now();
      clearTimeout(timer);
      void element.updateComplete
        .then(() => afterNextPaint())
        .then((painted) => finish({ rawMs: painted - keydown, workMs: input - keydown + (painted - applied), count: resultCount() }));
    };
    const finish = (timing: KeystrokeTiming | undefined) => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('input', onInput, true);
      element.removeEventListener('learning-filter-change', onFilterChange);
      resolve(timing);
    };
    const timer = setTimeout(() => finish(undefined), quietMs);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('input', onInput, true);
    element.addEventListener('learning-filter-change', onFilterChange);
  });
}

function keystrokeResult(): Promise<KeystrokeTiming | undefined> {
  return pendingKeystroke ?? Promise.resolve(undefined);
}

/** Nodes in the whole document (shadow roots included) and result cards rendered. */
function domSize(): { nodes: number; cards: number; count: string } {
  const cards = finder?.shadowRoot?.querySelectorAll('li[part="result"]').length ?? 0;
  return { nodes: countNodes(document.documentElement), cards, count: resultCount() };
}

/** Presses "Show more" (false when there is none) and waits for the paint. */
async function showMore(): Promise<boolean> {
  const button = finder?.shadowRoot?.querySelector<HTMLButtonElement>('.page-button.more');
  if (!button) return false;
  button.click();
  await finder!.updateComplete;
  await afterNextPaint();
  return true;
}

expose({ firstResults, parseAndList, loadForTyping, armKeystroke, keystrokeResult, domSize, showMore });
