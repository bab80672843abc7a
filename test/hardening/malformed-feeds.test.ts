/**
 * Malformed feeds at element level: a finder, a calendar and a map (list view) inside one
 * <learning-feed>, given broken, mistyped, oversized and inconsistent feeds. Valid items are shown,
 * problems are reported (learning-feed-error / problems with JSON pointers), nothing throws, and the
 * page stays responsive: a 50 ms interval timer keeps firing while 100 000 items are normalised and
 * the three widgets get them ready (the store parses large feeds in slices, and each widget does its
 * own first pass in slices; only JSON.parse itself remains one block).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/learning-calendar/define.js';
import '../../src/elements/learning-feed/define.js';
import '../../src/elements/learning-finder/define.js';
import '../../src/elements/learning-map/define.js';
import { mergeFeeds } from '../../src/core/merge.js';
import type { ParsedFeed } from '../../src/core/model.js';
import { parseFeed } from '../../src/core/parse/index.js';
import type { LearningFeedErrorDetail, LearningFeedLoadDetail } from '../../src/elements/learning-feed/events.js';
import { blobUrl, duplicatesAndDanglingFeed, manyItemsFeed, wrongTypesFeed } from '../fixtures/hostile/malformed-feeds.js';
import { mainThreadProbe } from './main-thread-probe.js';
import { waitUntil } from './wait-until.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; feedStatus: string };

const thrown: string[] = [];
const executions: number[] = [];
window.addEventListener('error', (event) => thrown.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => thrown.push(String(event.reason)));
(window as unknown as { __xss: (n: number) => void }).__xss = (n) => executions.push(n);

interface Mounted {
  finder: Widget;
  calendar: Widget;
  map: Widget;
  loads: LearningFeedLoadDetail[];
  errors: LearningFeedErrorDetail[];
  /** Milliseconds from "everything settled" until a setTimeout(0) ran. */
  timerDelayMs: number;
  /** The longest the main thread went without running a 50 ms heartbeat, from mounting until every widget settled. */
  longestStallMs: number;
  /** Every gap between heartbeat ticks over 100 ms, in order: each is one block of main-thread work. */
  longGapsMs: number[];
  /**
   * The longest stall until the store had merged the parsed feeds (fetch, JSON.parse, normalising,
   * merging), leaving out what the widgets do with the data afterwards.
   */
  longestStallUntilMergedMs: number;
}

/**
 * Mounts the three widgets on `src` and waits until they have settled: every one past loading, the
 * finder's index built, then `shown(widgets)` if given (what a visitor should see by then).
 */
async function mountAll(src: string, timeout = 20_000, shown: (widgets: Widget[]) => boolean = () => true): Promise<Mounted> {
  const loads: LearningFeedLoadDetail[] = [];
  const errors: LearningFeedErrorDetail[] = [];
  let mergedAt: number | undefined;
  const storeOptions = {
    retry: { maxAttempts: 1 },
    merge: (feeds: ParsedFeed[]) => {
      const model = mergeFeeds(feeds);
      mergedAt ??= performance.now();
      return model;
    },
  };
  const probe = mainThreadProbe(50);
  let gaps: number[] = [];
  const feed = await fixture<HTMLElement>(html`
    <learning-feed src=${src} .storeOptions=${storeOptions}
      @learning-feed-load=${(event: CustomEvent<LearningFeedLoadDetail>) => loads.push(event.detail)}
      @learning-feed-error=${(event: CustomEvent<LearningFeedErrorDetail>) => errors.push(event.detail)}>
      <learning-finder page-size="10"></learning-finder>
      <learning-calendar date="2030-03-19" view="month"></learning-calendar>
      <learning-map view="list" tiles="/__hardening/tiles/{z}/{x}/{y}.png"></learning-map>
    </learning-feed>`);
  const [finder, calendar, map] = [...feed.children] as Widget[];
  try {
    await waitUntil(
      () =>
        [finder, calendar, map].every((widget) => ['ready', 'stale', 'error'].includes(widget!.feedStatus)) &&
        !(finder as unknown as { indexing: boolean }).indexing &&
        shown([finder!, calendar!, map!]),
      `${src} did not settle`,
      { timeout, interval: 20 },
    );
    await Promise.all([finder, calendar, map].map((widget) => widget!.updateComplete));
  } finally {
    gaps = probe.stop();
  }
  const longestStallMs = Math.max(...gaps);
  const longGapsMs = gaps.filter((gap) => gap > 100);
  const { ticks } = probe;
  const mergedBy = mergedAt ?? ticks[ticks.length - 1]!;
  const untilMerged = [...ticks.filter((tick) => tick <= mergedBy), mergedBy];
  const longestStallUntilMergedMs = Math.max(...untilMerged.slice(1).map((tick, index) => tick - untilMerged[index]!));
  const settled = performance.now();
  const timerDelayMs = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now() - settled), 0));
  return { finder: finder!, calendar: calendar!, map: map!, loads, errors, timerDelayMs, longestStallMs, longGapsMs, longestStallUntilMergedMs };
}

function titles(finder: Widget): string[] {
  return [...finder.shadowRoot!.querySelectorAll('learning-opportunity-card')].map((card) => card.shadowRoot?.querySelector('button')?.textContent?.trim() ?? '');
}

function report(name: string, mounted: Mounted): void {
  const gaps = mounted.longGapsMs.map((gap) => gap.toFixed(0)).join(', ') || 'none';
  console.log(`${name}: timer after settle ${mounted.timerDelayMs.toFixed(0)} ms, longest stall until settled ${mounted.longestStallMs.toFixed(0)} ms (gaps over 100 ms: ${gaps}; longest until merged ${mounted.longestStallUntilMergedMs.toFixed(0)} ms)`);
  expect(mounted.timerDelayMs, 'a setTimeout(0) runs soon after the load').to.be.below(2000);
  expect(thrown, 'nothing threw').to.deep.equal([]);
  expect(executions, 'nothing from the response ran').to.deep.equal([]);
}

describe('malformed feeds at element level', () => {
  it('truncated JSON: an error naming the URL, error states, nothing thrown', async () => {
    const mounted = await mountAll('/__hardening/feed/truncated');
    expect(mounted.errors.map((error) => error.kind)).to.deep.equal(['not-json']);
    expect(mounted.errors[0]!.message).to.contain('/__hardening/feed/truncated').and.contain('not valid JSON');
    for (const widget of [mounted.finder, mounted.calendar, mounted.map]) expect(widget.feedStatus).to.equal('error');
    expect(mounted.finder.shadowRoot!.textContent).to.match(/could not be loaded|try again/i);
    report('truncated', mounted);
  });

  it('an HTML error page served where the feed should be: reported as HTML, its script never runs', async () => {
    const mounted = await mountAll('/__hardening/feed/html-error');
    expect(mounted.errors[0]?.kind).to.equal('not-json');
    expect(mounted.errors[0]?.message).to.contain('HTML page');
    report('html error page', mounted);
  });

  it('a valid feed with the wrong content type (text/plain) is still read', async () => {
    const mounted = await mountAll('/__hardening/feed/text-plain?file=map/city.json');
    expect(mounted.errors).to.deep.equal([]);
    expect(mounted.loads[0]?.counts.opportunities).to.equal(10);
    expect(titles(mounted.finder).length).to.be.greaterThan(0);
    report('text/plain', mounted);
  });

  it('wrong types in every field: the valid items are shown, every bad value is reported with a pointer', async () => {
    const feed = wrongTypesFeed();
    const mounted = await mountAll(blobUrl(feed));
    const expected = parseFeed(feed).opportunities.map((opportunity) => opportunity.name.en);
    expect(expected).to.include('Valid item');
    expect(titles(mounted.finder).sort()).to.deep.equal([...expected].sort());
    const problems = mounted.loads[0]!.problems;
    expect(problems.length).to.be.greaterThan(50);
    expect(problems.every((problem) => problem.pointer === '' || problem.pointer.startsWith('/'))).to.equal(true);
    expect(problems.map((problem) => problem.pointer)).to.include.members(['/opportunities/8', '/opportunities/1/startDate']);
    report('wrong types', mounted);
  });

  it('duplicate ids and dangling references are reported; the items are still shown', async () => {
    const mounted = await mountAll(blobUrl(duplicatesAndDanglingFeed()));
    const pointers = mounted.loads[0]!.problems.map((problem) => problem.pointer);
    expect(pointers).to.include.members(['/opportunities/1/id', '/opportunities/2/organizer', '/opportunities/2/location']);
    expect(pointers.some((pointer) => pointer.startsWith('/organizations/1'))).to.equal(true);
    expect(pointers.some((pointer) => pointer.startsWith('/places/1'))).to.equal(true);
    expect(titles(mounted.finder)).to.include.members(['First of two with one id', 'Dangling references']);
    report('duplicates and dangling references', mounted);
  });

  it('a 10 MB description: the item and its neighbour are shown, and its detail opens', async () => {
    const mounted = await mountAll('/__hardening/feed/huge-description');
    expect(titles(mounted.finder).sort()).to.deep.equal(['Huge description', 'Small neighbour']);
    const card = [...mounted.finder.shadowRoot!.querySelectorAll('learning-opportunity-card')].find((candidate) => candidate.shadowRoot!.textContent!.includes('Huge description'))!;
    const started = performance.now();
    card.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => mounted.finder.shadowRoot!.querySelector('dialog')?.open, 'the detail did not open', { timeout: 10_000 });
    // The detail element loads on first use: wait for it as the visitor does.
    await customElements.whenDefined('learning-opportunity-detail');
    const detail = mounted.finder.shadowRoot!.querySelector('learning-opportunity-detail') as unknown as Widget;
    await detail.updateComplete;
    console.log(`10 MB description: detail opened in ${(performance.now() - started).toFixed(0)} ms, ${detail.shadowRoot!.textContent!.length} characters shown`);
    mounted.finder.shadowRoot!.querySelector('dialog')!.close();
    report('10 MB description', mounted);
  });

  it('100 000 items generated in the page: all counted, the first page shown, the page stays responsive', async () => {
    const started = performance.now();
    // Settled: the finder's first page, and the map's list of the feed's 50 places (the calendar's
    // updateComplete waits for its month to be expanded and drawn).
    const listed = ([finder, , map]: Widget[]) => titles(finder!).length === 10 && map!.shadowRoot!.querySelectorAll('[part="list"] > li').length === 50;
    const mounted = await mountAll(blobUrl(manyItemsFeed(100_000)), 90_000, listed);
    console.log(`100k items: settled in ${(performance.now() - started).toFixed(0)} ms`);
    expect(mounted.loads[0]?.counts.opportunities).to.equal(100_000);
    expect(titles(mounted.finder)).to.have.length(10);
    expect(mounted.finder.shadowRoot!.textContent!.replace(/\D/g, '')).to.contain('100000');
    report('100k items', mounted);
    // Normalising 100k items in one go stalled this page ~1 s; sliced, the longest gap until merged is
    // ~0.13 s (JSON.parse and merging stay whole). Then the finder, the calendar and the map each do
    // their first pass in slices: the whole settle stays under 300 ms (0.16–0.30 s measured on a shared,
    // busy 2-core machine; 0.38–0.62 s with the calendar's month expanded in one go).
    expect(mounted.longestStallUntilMergedMs, 'the longest gap between 50 ms timer ticks until 100k items are parsed and merged').to.be.below(500);
    expect(mounted.longestStallMs, 'the longest gap between 50 ms timer ticks until the finder, calendar and map have settled on 100k items').to.be.below(300);
  });
});
