/**
 * The finder's first pass over a big feed, in slices: every opportunity's facet values (as numbers)
 * and next start (for "next date" order). Done in one go, 100k items blocked the page for about a
 * second after the feed loaded (issue #10); sliced, the page keeps answering while the results get
 * ready, and the visitor sees the loading state until they can be shown in the right order.
 */
import type { FeedModel } from '../../core/model.js';
import { defaultYieldToHost } from '../../core/parse/parse-slices.js';
import { advanceFacetTable } from '../../core/search/facet-table.js';
import { keyOrder, nameRanks } from '../../core/search/model-order.js';
import { resolveText } from '../../core/text.js';
import { nextOccurrenceStarts, prepareNextDateOrder } from '../../core/search/sort.js';

/** How far ahead "next date" looks, and how long one reading of every item's next start is reused. */
export const HORIZON_MS = 366 * 86_400_000;
export const NEXT_STARTS_REUSE_MS = 3_600_000;
/** Main-thread time per slice before giving the page a turn. */
const SLICE_MS = 12;
/** Items read between two looks at the clock. */
const STEP = 250;

export class FinderPrep {
  private model: FeedModel | undefined;
  private locales = '';
  private hour = Number.NaN;
  private starts: Map<string, number> | undefined;
  /** The last complete map of next starts for `model`, kept while a later hour's is being read. */
  private previous: Map<string, number> | undefined;
  private running: symbol | undefined;

  constructor(private readonly onReady: () => void) {}

  /**
   * The next starts of every opportunity of `model` (read at most an hour ago), or undefined while
   * the first reading is under way; starts the reading if needed. Facet values are read first.
   */
  nextStarts(model: FeedModel, now: number, locales: readonly string[]): ReadonlyMap<string, number> | undefined {
    const hour = Math.floor(now / NEXT_STARTS_REUSE_MS);
    const localesKey = locales.join('\u0000');
    if (model !== this.model) {
      this.previous = undefined;
      this.starts = undefined;
    }
    if (model === this.model && hour === this.hour && localesKey === this.locales && this.starts) return this.starts;
    if (model !== this.model || hour !== this.hour || localesKey !== this.locales || !this.running) {
      this.model = model;
      this.hour = hour;
      this.locales = localesKey;
      void this.run(model, now, [...locales]);
    }
    return this.previous;
  }

  dispose(): void {
    this.running = undefined;
    this.model = undefined;
    this.starts = undefined;
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
    const starts = new Map<string, number>();
    const { opportunities } = model;
    for (let from = 0; from < opportunities.length; from += STEP) {
      for (const [key, start] of nextOccurrenceStarts(opportunities.slice(from, from + STEP), now, HORIZON_MS)) {
        const known = starts.get(key);
        if (known === undefined || start < known) starts.set(key, start);
      }
      await pause();
      if (!stillWanted()) return;
    }
    // Name order, then next-start order over 100k items: each is one block (tens of milliseconds),
    // done here with a turn for the page between them rather than on the first render or keystroke.
    await defaultYieldToHost();
    if (!stillWanted()) return;
    const names: string[] = [];
    for (let from = 0; from < opportunities.length; from += STEP) {
      for (const opportunity of opportunities.slice(from, from + STEP)) names.push(resolveText(opportunity.name, locales));
      await pause();
      if (!stillWanted()) return;
    }
    keyOrder(model);
    await defaultYieldToHost();
    if (!stillWanted()) return;
    nameRanks(model, locales, names);
    await defaultYieldToHost();
    if (!stillWanted()) return;
    prepareNextDateOrder(model, starts, locales);
    await defaultYieldToHost();
    if (!stillWanted()) return;
    this.running = undefined;
    this.starts = starts;
    this.previous = starts;
    this.onReady();
  }
}
