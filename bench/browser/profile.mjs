// Where the time goes: runs one benchmark scenario under Chromium's CPU profiler, on an unminified
// build so function names survive, and prints the functions with the most self time and the most
// total time (our src/ files first). For finding slow spots by hand; not part of `npm run bench:browser`.
// PROFILE_UNDER=<function> keeps only the samples under one function (a render, say).
//   node bench/browser/profile.mjs finder-first|finder-load-100k|finder-keys|finder-keys-100k|finder-queries|finder-queries-100k|calendar|map-bytes|map-data|map-pan
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { serveStatic } from '../../test/e2e/static-server.mjs';
import { buildPages } from './build.mjs';
import { call, launchBrowser } from './driver.mjs';

const SCENARIOS = {
  'finder-first': { page: 'finder.html', run: (page) => call(page, 'firstResults', 'finder-10k.json') },
  // Bytes → search index complete, 100k: with PROFILE_TIMELINE=25, shows which work makes the longest blocks.
  'finder-load-100k': { page: 'finder.html', run: (page) => call(page, 'loadForTyping', 'finder-100k.json') },
  'finder-keys': { page: 'finder.html', setup: (page) => call(page, 'loadForTyping', 'finder-10k.json'), run: typeWord },
  'finder-keys-100k': { page: 'finder.html', setup: (page) => call(page, 'loadForTyping', 'finder-100k.json'), run: typeWord },
  // The benchmark's four queries (bench/browser/finder.mjs), so one-letter prefixes are in the profile too.
  'finder-queries': { page: 'finder.html', setup: (page) => call(page, 'loadForTyping', 'finder-10k.json'), run: typeQueries },
  'finder-queries-100k': { page: 'finder.html', setup: (page) => call(page, 'loadForTyping', 'finder-100k.json'), run: typeQueries },
  calendar: { page: 'calendar.html', setup: (page) => call(page, 'loadFeed', 'calendar-2000.json'), run: (page) => call(page, 'renderOurs', '2026-03-01') },
  'map-bytes': { page: 'map.html?mode=ours', run: (page) => call(page, 'firstPaint', 'map-10k.json') },
  // A <learning-feed> loads first (in the profile too), then the map is added: the timeline's last part is the map's own.
  'map-data': { page: 'map.html?mode=ours', run: (page) => call(page, 'firstPaintFromData', 'map-10k.json') },
  'map-pan': { page: 'map.html?mode=ours', setup: (page) => call(page, 'firstPaint', 'map-10k.json'), run: (page) => call(page, 'panAndZoom') },
};

async function typeWord(page, word = 'watercolour') {
  const input = page.locator('learning-finder input[type="search"]');
  await input.click();
  await input.fill('');
  for (const key of word) {
    await call(page, 'armKeystroke', 1_500);
    await page.keyboard.type(key);
    await call(page, 'keystrokeResult');
  }
}

/** PROFILE_WORDS="maths,chess" profiles other queries than the benchmark's. */
async function typeQueries(page) {
  const words = process.env.PROFILE_WORDS?.split(',') ?? ['watercolour', 'code club', 'maths', 'chess'];
  for (const word of words) await typeWord(page, word);
}

const name = process.argv[2];
const scenario = SCENARIOS[name];
if (!scenario) {
  console.error(`Usage: node bench/browser/profile.mjs ${Object.keys(SCENARIOS).join('|')}`);
  process.exit(2);
}
const folder = mkdtempSync(join(tmpdir(), 'learning-profile-'));
const { writeBenchFeeds } = await tsImport('./feeds.ts', import.meta.url);
writeBenchFeeds(folder);
await buildPages(folder, { minify: false });
const server = await serveStatic(folder);
const browser = await launchBrowser();
try {
  const page = await browser.open(server.url, scenario.page);
  await scenario.setup?.(page);
  // Idle work after loading (first letters scored ahead of need) is not what a keystroke profile is about.
  await page.waitForTimeout(Number(process.env.PROFILE_SETTLE_MS ?? 1_000));
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const result = await scenario.run(page);
  const { profile } = await session.send('Profiler.stop');
  report(profile);
  // What the scenario measured itself (first results' ms, for instance), beside where the time went.
  if (result !== undefined) console.log(`\n# scenario result: ${JSON.stringify(result)}`);
  if (process.env.PROFILE_TIMELINE) timeline(profile, Number(process.env.PROFILE_TIMELINE) || 25);
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}

/** Self and total time per function (name + bundle line), from the sampled call tree. */
function report(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const interval = new Map();
  for (let index = 0; index < profile.samples.length; index++) {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    interval.set(profile.samples[index], (interval.get(profile.samples[index]) ?? 0) + delta);
  }
  const self = new Map();
  const total = new Map();
  const label = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
  // PROFILE_UNDER=performUpdate: only the samples under that function (e.g. what a render costs).
  const under = process.env.PROFILE_UNDER;
  const isUnder = (id) => {
    for (let current = id; current !== undefined; current = parent.get(current)) if (byId.get(current).callFrame.functionName === under) return true;
    return false;
  };
  for (const [id, ms] of interval) {
    if (under && !isUnder(id)) continue;
    const node = byId.get(id);
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set();
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const key = label(byId.get(current));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  }
  const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, ms]) => `  ${ms.toFixed(1).padStart(9)} ms  ${key}`).join('\n');
  console.log(`# ${name}: self time\n${top(self, 25)}\n\n# total time\n${top(total, 40)}`);
}

/** What ran when: per `bucketMs` of the run, ms spent in each part (the outermost known function on the stack). */
function timeline(profile, bucketMs) {
  const parts = {
    parseFeedInSlices: 'parse', mergeFeeds: 'merge', run: 'prep', runSlice: 'index', performUpdate: 'render', tryOnce: 'fetch',
    filterAndCountPositions: 'filter', sortPositions: 'sort', earlyNextDateOrder: 'early order', keyOrder: 'key order', nameRanks: 'name ranks',
    prepareNextDateOrder: 'next-date ranks',
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const partOf = (id) => {
    let found;
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const name = byId.get(current).callFrame.functionName;
      if (parts[name]) found = parts[name];
    }
    return found ?? byId.get(id).callFrame.functionName ?? '?';
  };
  const buckets = [];
  let time = 0;
  for (let index = 0; index < profile.samples.length; index++) {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const bucket = (buckets[Math.floor(time / bucketMs)] ??= new Map());
    const part = partOf(profile.samples[index]) || '(anonymous)';
    bucket.set(part, (bucket.get(part) ?? 0) + delta);
    time += delta;
  }
  console.log(`\n# timeline (${bucketMs} ms buckets)`);
  buckets.forEach((bucket, index) => {
    const line = [...(bucket ?? [])].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 0.5).map(([part, ms]) => `${part} ${ms.toFixed(0)}`).join(', ');
    console.log(`  ${String(index * bucketMs).padStart(5)} ms  ${line}`);
  });
}
