/**
 * The finder's first pass over a big feed, in slices: every opportunity's facet values (as numbers)
 * and next start (for "next date" order). Done in one go, 100k items blocked the page for about a
 * second after the feed loaded (issue #10); sliced, the page keeps answering while the results get
 * ready, and the visitor sees the loading state until they can be shown in the right order.
 *
 * Up to EARLY_RESULTS_UP_TO items the first results do not wait for every next start (issue #4: feed
 * bytes → first results within 2× of JSON.parse): the starts within the next two weeks are read first
 * (a tenth of the work), and the results that start in them are in their final order, ahead of
 * everything else (see finder-results.ts).
 */
import type { FeedModel } from '../../core/model.js';
import { yieldToHost as defaultYieldToHost } from '../../core/slices.js';
import { advanceFacetTable } from '../../core/search/facet-table.js';
import { keyOrder, nameRanks } from '../../core/search/model-order.js';
import { resolveText } from '../../core/text.js';
import { nextOccurrenceStarts, prepareNextDateOrder } from '../../core/search/sort.js';

/** How far ahead "next date" looks, and how long one reading of every item's next start is reused. */
export const HORIZON_MS = 366 * 86_400_000;
export const NEXT_STARTS_REUSE_MS = 3_600_000;
/**
 * The first, quick look ahead: core's next-start search looks two weeks ahead first anyway, so this is
 * one look per schedule instead of up to six.
 */
export const EARLY_HORIZON_MS = 14 * 86_400_000;
/**
 * Feeds up to this size show results from the early reading. Bigger ones wait for the complete one:
 * at 100k, the name and key orders built after an early first render made the page's longest block
 * of work longer (test/hardening/finder-responsiveness.test.ts: up to ~290 ms, against ~130–160 ms).
 */
export const EARLY_RESULTS_UP_TO = 25_000;
/** Main-thread time per slice before giving the page a turn. */
const SLICE_MS = 12;
/** Items read between two looks at the clock. */
const STEP = 250;

/**
 * Next starts of a model's opportunities. `complete`: every opportunity's, over HORIZON_MS. Otherwise
 * only those starting (or running) before `until`: every opportunity missing from `starts` starts
 * later than each one in it, or never.
 */
export interface NextStarts {
  starts: ReadonlyMap<string, number>;
  /** The same by position in `model.opportunities` (NaN for none): read without hashing 100k keys on a render. */
  startAt: Float64Array;
  complete: boolean;
  until: number;
}

export class FinderPrep {
  private model: FeedModel | undefined;
  private locales = '';
  private hour = Number.NaN;
  private starts: NextStarts | undefined;
  /** The early reading of the run under way, shown until the complete one is in. */
  private early: NextStarts | undefined;
  /** The last complete map of next starts for `model`, kept while a later hour's is being read. */
  private previous: NextStarts | undefined;
  private running: symbol | undefined;

  /** `onReady` runs when the early reading is in, and again when the complete one is. */
  constructor(private readonly onReady: () => void) {}

  /**
   * The next starts of every opportunity of `model` (read at most an hour ago); while the first
   * reading is under way, its early part once read, or undefined before; starts the reading if
   * needed. Facet values and name order are prepared first.
   */
  nextStarts(model: FeedModel, now: number, locales: readonly string[]): NextStarts | undefined {
    const hour = Math.floor(now / NEXT_STARTS_REUSE_MS);
    const localesKey = locales.join('\u0000');
    if (model !== this.model) {
      this.previous = undefined;
      this.starts = undefined;
      this.early = undefined;
    }
    if (model === this.model && hour === this.hour && localesKey === this.locales && this.starts) return this.starts;
    if (model !== this.model || hour !== this.hour || localesKey !== this.locales || !this.running) {
      this.model = model;
      this.hour = hour;
      this.locales = localesKey;
      this.early = undefined;
      void this.run(model, now, [...locales]);
    }
    return this.previous ?? this.early;
  }

  dispose(): void {
    this.running = undefined;
    this.model = undefined;
    this.starts = undefined;
    this.early = undefined;
    this.previous = undefined;
  }

  private async run(model: FeedModel, now: number, locales: readonly string[]): Promise<void> {
    const token = Symbol('prep');
    this.running = token;
    const stillWanted = () => this.running === token;
    let sliceStarted = performance.now();
    const pause = async () => {
      if (performance.now() - sliceStarted < SLICE_MS) return;
      await defaultYieldToHost();
      sliceStarted = performance.now();
    };
    while (!advanceFacetTable(model, STEP)) {
      await pause();
      if (!stillWanted()) return;
    }
    let early: NextStarts | undefined;
    if (model.opportunities.length <= EARLY_RESULTS_UP_TO) {
      early = await this.readStarts(model, now, EARLY_HORIZON_MS, pause, stillWanted);
      if (!early) return;
      this.early = early;
      this.onReady();
      await defaultYieldToHost();
      sliceStarted = performance.now();
      if (!stillWanted()) return;
    }
    // Name order over the whole feed (every order ends with it), then every next start.
    const { opportunities } = model;
    const names: string[] = [];
    for (let from = 0; from < opportunities.length; from += STEP) {
      for (let at = from; at < Math.min(from + STEP, opportunities.length); at++) names.push(resolveText(opportunities[at]!.name, locales));
      await pause();
      if (!stillWanted()) return;
    }
    // Each of these is one block over the whole feed (tens of milliseconds at 100k): a turn before each.
    await defaultYieldToHost();
    if (!stillWanted()) return;
    keyOrder(model);
    await defaultYieldToHost();
    if (!stillWanted()) return;
    nameRanks(model, locales, names);
    await defaultYieldToHost();
    sliceStarted = performance.now();
    if (!stillWanted()) return;
    const starts = await this.readStarts(model, now, HORIZON_MS, pause, stillWanted, early);
    if (!starts) return;
    // Next-start order over 100k items is one block (tens of milliseconds): done here, with a turn for
    // the page before it, rather than on the first render or keystroke after.
    await defaultYieldToHost();
    if (!stillWanted()) return;
    prepareNextDateOrder(model, starts.starts, locales);
    await defaultYieldToHost();
    if (!stillWanted()) return;
    this.running = undefined;
    this.starts = starts;
    this.previous = starts;
    this.early = undefined;
    this.onReady();
  }

  /**
   * Every opportunity's next start up to `horizonMs` ahead, in slices; undefined when no longer wanted.
   * Given an earlier, shorter reading, its starts are kept and the rest are looked for after it ends:
   * nothing of theirs meets the shorter window, so their soonest start is after it.
   */
  private async readStarts(model: FeedModel, now: number, horizonMs: number, pause: () => Promise<void>, stillWanted: () => boolean, earlier?: NextStarts): Promise<NextStarts | undefined> {
    const starts = new Map<string, number>(earlier?.starts);
    const { opportunities } = model;
    const startAt = earlier ? Float64Array.from(earlier.startAt) : new Float64Array(opportunities.length).fill(Number.NaN);
    const from = earlier ? earlier.until : now;
    const until = now + horizonMs;
    for (let at = 0; at < opportunities.length; at += STEP) {
      const slice = opportunities.slice(at, at + STEP);
      const found = nextOccurrenceStarts(earlier ? slice.filter((opportunity) => !earlier.starts.has(opportunity.key)) : slice, from, until - from);
      slice.forEach((opportunity, index) => {
        const start = found.get(opportunity.key);
        if (start === undefined) return;
        // Keys are unique in a model; were one repeated, the soonest start would count for it, as in core's sort.
        const known = starts.get(opportunity.key);
        if (known === undefined || start < known) starts.set(opportunity.key, start);
        startAt[at + index] = start;
      });
      await pause();
      if (!stillWanted()) return undefined;
    }
    return { starts, startAt, complete: horizonMs >= HORIZON_MS, until };
  }
}
