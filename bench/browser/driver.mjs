// Node side of the browser benchmarks: one Chromium, a fresh tab per measured run, and the statistics
// and tables every benchmark prints. Figures are printed, never asserted.
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/find-chrome.mjs';

/** Desktop-sized, English, in the feeds' zone (FullCalendar's "local" is then the feed's zone). */
const CONTEXT = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'Europe/London' };

export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  const context = await browser.newContext(CONTEXT);
  return {
    /** A new tab on `path` (relative to `baseUrl`), once its module has exposed `window.bench`. */
    async open(baseUrl, path) {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`  [page error] ${path}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') console.error(`  [console] ${path}: ${message.text().slice(0, 300)}`);
      });
      await page.goto(`${baseUrl}${path}`);
      await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 30_000 });
      return page;
    },
    close: () => browser.close(),
  };
}

/** Calls `window.bench[name](...args)` in the page and returns its (JSON) result. */
export function call(page, name, ...args) {
  return page.evaluate(([fn, fnArgs]) => window.bench[fn](...fnArgs), [name, args]);
}

/** Runs `task(run)` `runs` times, one fresh tab each (opened by the task), after `warmUps` unrecorded runs. */
export async function repeat(runs, task, warmUps = 1) {
  for (let run = 0; run < warmUps; run++) await task(-1);
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await task(run));
  return results;
}

export function percentile(values, fraction) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const round = (value, digits = 1) => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value);

/** { n, median, p95, min, max } of a list of milliseconds, rounded for printing and the JSON file. */
export function summary(values) {
  return {
    n: values.length,
    median: round(median(values)),
    p95: round(percentile(values, 0.95)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

/** Prints a titled table; rows are objects with the same keys. */
export function table(title, rows) {
  console.log(`\n## ${title}`);
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]);
  const cells = [keys, ...rows.map((row) => keys.map((key) => String(row[key] ?? '')))];
  const widths = keys.map((_, column) => Math.max(...cells.map((cellRow) => cellRow[column].length)));
  for (const [index, cellRow] of cells.entries()) {
    console.log(`  ${cellRow.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')}`);
    if (index === 0) console.log(`  ${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  }
}

/** "met" / "NOT met" for a goal, with the figure it was judged on. */
export function goal(met, text) {
  return `${met ? 'met    ' : 'NOT met'}  ${text}`;
}
