/**
 * <learning-finder> on a 100 000-item feed (bench/generate.ts): once the feed has loaded, the
 * finder's own first pass (every item's facet values and next start, for counts and "next date"
 * order) and the search index build must not hold the main thread in one long block (issue #10).
 * Before the first pass was sliced it took ~0.9 s or more in one task. A 20 ms interval timer runs
 * while the finder settles; each gap between ticks is, at most, one block of main-thread work.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait-until.js';
import { generateFeed } from '../../bench/generate.js';
import '../../src/elements/learning-feed/define.js';
import type { LearningFeed } from '../../src/elements/learning-feed/learning-feed.js';
import '../../src/elements/learning-finder/define.js';
import type { LearningFinder } from '../../src/elements/learning-finder/learning-finder.js';
import { blobUrl } from '../fixtures/hostile/malformed-feeds.js';
import { describeGaps, mainThreadProbe } from './main-thread-probe.js';

const OPPORTUNITIES = 100_000;
/** The longest single block of main-thread work allowed while the finder settles (room for a busy 2-core machine). */
const MAX_STALL_MS = 250;

describe('<learning-finder> with 100 000 opportunities', function () {
  let feedUrl = '';

  before(() => {
    feedUrl = blobUrl(generateFeed({ opportunities: OPPORTUNITIES }));
  });

  after(() => URL.revokeObjectURL(feedUrl));

  it('shows the first results and builds its search index without a long block of main-thread work', async () => {
    const feed = await fixture<LearningFeed>(html`<learning-feed src=${feedUrl}></learning-feed>`);
    await waitUntil(() => feed.store?.status === 'ready', 'the 100k feed did not load', { timeout: 90_000, interval: 50 });
    const probe = mainThreadProbe();
    const started = performance.now();
    const finder = Object.assign(document.createElement('learning-finder'), { pageSize: 10 }) as LearningFinder;
    finder.lang = 'en';
    feed.append(finder);
    const cards = () => finder.shadowRoot!.querySelectorAll('li[part="result"]').length;
    await waitUntil(() => cards() > 0, 'no results were shown', { timeout: 60_000, interval: 20 });
    const firstResultsMs = performance.now() - started;
    await waitUntil(() => !finder.indexing, 'the search index was not completed', { timeout: 120_000, interval: 50 });
    await finder.updateComplete;
    const gaps = probe.stop();
    console.log(`finder, 100k items: first results after ${firstResultsMs.toFixed(0)} ms, settled in ${(performance.now() - started).toFixed(0)} ms, ${describeGaps(gaps)}`);
    // What a visitor sees once it has settled: every item counted, one page of cards.
    expect(finder.shadowRoot!.querySelector('.results-header .count')!.textContent!.replace(/\D/g, '')).to.equal(String(OPPORTUNITIES));
    expect(cards()).to.equal(10);
    expect(Math.max(...gaps), 'the longest gap between 20 ms timer ticks while the finder settles').to.be.below(MAX_STALL_MS);
  });
});
