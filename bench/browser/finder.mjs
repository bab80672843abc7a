// <learning-finder>: feed bytes → first results (10k) against JSON.parse + a trivial list of the same
// bytes; keystroke → results painted with 10k and 100k opportunities; DOM size with 100k results.
import { call, goal, repeat, summary, table } from './driver.mjs';
import { round } from './driver.mjs';

/** Realistic searches, typed one key at a time (titles in the generated feeds: "Watercolour Basics", "Code Club", …). */
const QUERIES = ['watercolour', 'code club', 'maths', 'chess'];
/** How long after a key to wait for the debounced search before deciding that key changed nothing. */
const QUIET_MS = 1_500;
/** A visitor's pause between two keys once the previous result is on screen. */
const BETWEEN_KEYS_MS = 40;
const SHOW_MORE_PRESSES = 8;

async function typeQueries(page) {
  const timings = [];
  let unchanged = 0;
  const input = page.locator('learning-finder input[type="search"]');
  for (const query of QUERIES) {
    await input.click();
    for (const key of query) {
      await call(page, 'armKeystroke', QUIET_MS);
      await page.keyboard.type(key);
      const timing = await call(page, 'keystrokeResult');
      if (timing) timings.push({ query, key, ...timing });
      else unchanged++;
      await page.waitForTimeout(BETWEEN_KEYS_MS);
    }
    // Clearing the box is a search too (back to everything); it is not one of the measured keystrokes.
    await call(page, 'armKeystroke', QUIET_MS);
    await input.press('Control+A');
    await page.keyboard.press('Backspace');
    await call(page, 'keystrokeResult');
  }
  return { timings, unchanged };
}

function keystrokeRows(label, typed) {
  const raw = summary(typed.timings.map((timing) => timing.rawMs));
  const work = summary(typed.timings.map((timing) => timing.workMs));
  return [
    { feed: label, measure: 'keydown → paint, without debounce', n: work.n, median: work.median, p95: work.p95, max: work.max },
    { feed: label, measure: 'keydown → paint, raw (150 ms debounce in)', n: raw.n, median: raw.median, p95: raw.p95, max: raw.max },
  ];
}

export async function finderBench({ browser, baseUrl, feeds, runs }) {
  const results = {};

  // 1. Bytes → first results, 10k: ours and the yardstick alternate, one fresh tab per run.
  const ours = [];
  const yardstick = [];
  let shownCount = '';
  await repeat(runs, async (run) => {
    const oursPage = await browser.open(baseUrl, 'finder.html');
    const first = await call(oursPage, 'firstResults', feeds.finder10k.name);
    await oursPage.close();
    const basePage = await browser.open(baseUrl, 'finder.html');
    const base = await call(basePage, 'parseAndList', feeds.finder10k.name);
    await basePage.close();
    if (run < 0) return;
    ours.push(first.ms);
    shownCount = first.count;
    yardstick.push(base.ms);
  });
  const firstOurs = summary(ours);
  const firstBase = summary(yardstick);
  const ratio = round(firstOurs.median / firstBase.median, 2);
  results.firstResults10k = { ours: firstOurs, parseAndList: firstBase, ratio, bytes: feeds.finder10k.bytes, shownCount };
  table(`Finder: feed bytes → first results painted, 10k opportunities (${(feeds.finder10k.bytes / 1e6).toFixed(1)} MB), ms`, [
    { path: '<learning-finder src>', ...firstOurs },
    { path: 'fetch + JSON.parse + 20-item list', ...firstBase },
  ]);
  console.log(`  ratio (median): ${ratio}×   ${goal(ratio <= 2, 'goal: within 2× of JSON.parse + trivial render')}`);
  // BENCH_FINDER=first: only this table, to compare a change to the first results quickly.
  if (process.env.BENCH_FINDER === 'first') return results;

  // 2. Keystrokes, 10k and 100k, each on one tab with the search index complete.
  const rows = [];
  for (const [label, feed, budget] of [['10k', feeds.finder10k, 16], ['100k', feeds.finder100k, 50]]) {
    const page = await browser.open(baseUrl, 'finder.html');
    const load = await call(page, 'loadForTyping', feed.name);
    if (label === '100k') results.domNodes100k = await domGrowth(page);
    const typed = await typeQueries(page);
    await page.close();
    rows.push(...keystrokeRows(label, typed));
    const work = summary(typed.timings.map((timing) => timing.workMs));
    results[`keystrokes${label}`] = {
      load: { firstResultsMs: round(load.firstResultsMs), indexReadyMs: round(load.indexReadyMs), count: load.count },
      withoutDebounce: work,
      raw: summary(typed.timings.map((timing) => timing.rawMs)),
      unchangedKeys: typed.unchanged,
      goalMs: budget,
      met: work.p95 <= budget,
      keys: typed.timings.map((timing) => ({ ...timing, rawMs: round(timing.rawMs), workMs: round(timing.workMs) })),
    };
    console.log(`\n  ${label}: first results ${round(load.firstResultsMs)} ms, search index complete ${round(load.indexReadyMs)} ms after the element was added (${load.count})`);
  }
  table('Finder: keystroke → results painted (queries: ' + QUERIES.join(', ') + '), ms', rows);
  for (const label of ['10k', '100k']) {
    const entry = results[`keystrokes${label}`];
    console.log(`  ${label}: ${goal(entry.met, `p95 without debounce ${entry.withoutDebounce.p95} ms ≤ ${entry.goalMs} ms`)}`);
  }
  const dom = results.domNodes100k;
  table('Finder: DOM nodes with 100k results (document + shadow roots)', dom.steps);
  console.log(`  ${goal(dom.bounded, `bounded: max ${dom.max} nodes, ${dom.maxCards} cards after ${SHOW_MORE_PRESSES} × "Show more"`)}`);
  return results;
}

/** Node count on load and after each "Show more": the window of cards must stop growing. */
async function domGrowth(page) {
  const steps = [{ step: 'loaded', ...(await call(page, 'domSize')) }];
  for (let press = 1; press <= SHOW_MORE_PRESSES; press++) {
    if (!(await call(page, 'showMore'))) break;
    steps.push({ step: `show more ×${press}`, ...(await call(page, 'domSize')) });
  }
  const max = Math.max(...steps.map((step) => step.nodes));
  const maxCards = Math.max(...steps.map((step) => step.cards));
  // Bounded: the last presses add no nodes beyond the largest window (5 pages of cards).
  const lastTwo = steps.slice(-2).map((step) => step.nodes);
  const bounded = steps.length > 6 && Math.abs(lastTwo[1] - lastTwo[0]) < 0.02 * lastTwo[0];
  return { steps, max, maxCards, bounded };
}
