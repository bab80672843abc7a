// `npm run bench:browser` (or `-- finder`, `-- calendar map`): browser benchmarks of <learning-finder>,
// <learning-calendar> and <learning-map>, with FullCalendar 7 and Leaflet.markercluster on the same data.
// Pages are bundled from src/ with esbuild into a temporary folder with the generated feeds, served on
// 127.0.0.1 and driven in headless Chromium. Figures are printed (and saved under bench/results/), never
// asserted: on a shared 2-core machine they are noisy, so compare medians of runs made close together.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';
import { serveStatic } from '../test/e2e/static-server.mjs';
import { buildPages } from './browser/build.mjs';
import { launchBrowser } from './browser/driver.mjs';
import { finderBench } from './browser/finder.mjs';
import { calendarBench } from './browser/calendar.mjs';
import { mapBench } from './browser/map.mjs';

const BENCHMARKS = { finder: finderBench, calendar: calendarBench, map: mapBench };
const RUNS = Number(process.env.BENCH_RUNS) || 5;

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}.`);
  process.exit(2);
}
const selected = wanted.length ? wanted : Object.keys(BENCHMARKS);

const started = performance.now();
const folder = mkdtempSync(join(tmpdir(), 'learning-bench-'));
const { writeBenchFeeds } = await tsImport('./browser/feeds.ts', import.meta.url);
const { saveResults } = await tsImport('./measure.ts', import.meta.url);
const feeds = writeBenchFeeds(folder);
const bundleBytes = await buildPages(folder);
const server = await serveStatic(folder);
const browser = await launchBrowser();
const results = { date: new Date().toISOString(), runs: RUNS, feeds, bundleBytes, note: 'Shared 2-core machine: expect noise.' };
console.log(`# Browser benchmarks (${RUNS} runs each after a warm-up; median and p95 in ms; headless Chromium, no GPU)`);
console.log(`  feeds and pages in ${folder}; page bundles: ${Object.entries(bundleBytes).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} kB`).join(', ')}`);
try {
  for (const name of selected) {
    const benchStarted = performance.now();
    results[name] = await BENCHMARKS[name]({ browser, baseUrl: server.url, feeds, runs: RUNS });
    console.log(`  (${name}: ${((performance.now() - benchStarted) / 1000).toFixed(0)} s)`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
results.totalSeconds = Math.round((performance.now() - started) / 1000);
console.log(`\nSaved ${saveResults('browser', results)} (${results.totalSeconds} s in all)`);
