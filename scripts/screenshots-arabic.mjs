// `npm run screenshots:ar`: every element in Arabic (lang="ar", right to left) on a static page, fed
// demo/feeds/multilingual.json (which has Arabic names and descriptions), into screenshots/ar/
// (git-ignored). For checking mirroring by eye: layout from the right, arrows pointing the reading way,
// text aligned to the start. The elements are bundled from src/ with esbuild; the clock is pinned so the
// calendar and the "upcoming" filters show the same month every time; tiles are offline.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { repoRoot } from '../test/e2e/demo-build.mjs';
import { serveStatic } from '../test/e2e/static-server.mjs';

/** Thursday 1 October 2026, 09:00 UTC: the feed's autumn term is under way. */
const NOW = Date.UTC(2026, 9, 1, 9, 0, 0);
const FEED = 'multilingual.json';
const NO_TILES = '/no-tiles/{z}/{x}/{y}.png';
const SETTLE_MS = 1200;

/** One picture each: a name and the markup inside <body dir="rtl" lang="ar">. */
const SHOTS = [
  ['finder', `<learning-finder src="${FEED}" page-size="4"></learning-finder>`],
  ['finder-grid-narrow', `<div style="max-inline-size: 420px"><learning-finder src="${FEED}" page-size="3" layout="grid"></learning-finder></div>`],
  ['finder-detail', `<learning-finder src="${FEED}" page-size="3"></learning-finder>`, 'openFirstResult'],
  ['calendar-month', `<learning-calendar src="${FEED}" view="month" date="2026-10-01"></learning-calendar>`],
  ['calendar-week', `<learning-calendar src="${FEED}" view="week" date="2026-10-06"></learning-calendar>`],
  ['calendar-agenda', `<learning-calendar src="${FEED}" view="agenda" date="2026-10-01"></learning-calendar>`],
  ['map', `<learning-map src="${FEED}" tiles="${NO_TILES}" attribution="—" walk-radius="10"></learning-map>`],
  ['map-list', `<learning-map src="${FEED}" tiles="${NO_TILES}" attribution="—" view="list"></learning-map>`],
  ['lighthouse-card', `<learning-lighthouse organization="central-library" registry="${FEED}" src="${FEED}"></learning-lighthouse>`],
  ['lighthouse-full', `<learning-lighthouse organization="central-library" registry="${FEED}" src="${FEED}" variant="full"></learning-lighthouse>`],
  ['lighthouse-compact', `<p>شريك: <learning-lighthouse organization="central-library" registry="${FEED}" src="${FEED}" variant="compact"></learning-lighthouse></p>`],
  ['dark-finder', `<learning-feed src="${FEED}" theme="dark"><learning-finder page-size="3"></learning-finder></learning-feed>`],
];

function page(markup) {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>ar</title>
<style>body { font-family: "Noto Sans Arabic", "DejaVu Sans", sans-serif; margin: 1rem; max-inline-size: 1100px; }</style>
<script>Date.now = () => ${NOW};</script>
<script type="module" src="elements.js"></script></head>
<body>${markup}</body></html>`;
}

const site = mkdtempSync(join(tmpdir(), 'screenshots-ar-'));
await build({
  entryPoints: [join(repoRoot, 'src/learning-city-widgets.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2021',
  outfile: join(site, 'elements.js'),
  tsconfig: join(repoRoot, 'tsconfig.json'),
  logLevel: 'warning',
});
copyFileSync(join(repoRoot, 'demo/feeds', FEED), join(site, FEED));
for (const [name, markup] of SHOTS) writeFileSync(join(site, `${name}.html`), page(markup));

const outDir = join(repoRoot, 'screenshots/ar');
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const failures = [];
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1, locale: 'ar', timezoneId: 'Europe/London' });
  for (const [name, , action] of SHOTS) {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => failures.push(`${name}: ${error.message}`));
    await tab.goto(`${server.url}${name}.html`, { waitUntil: 'networkidle', timeout: 60_000 }).catch(() => undefined);
    await tab.waitForTimeout(SETTLE_MS);
    if (action === 'openFirstResult') {
      await tab.locator('learning-opportunity-card button.title').first().click();
      await tab.waitForTimeout(400);
    }
    const file = join(outDir, `${name}.png`);
    await tab.screenshot({ path: file, fullPage: true });
    console.log(`screenshots/ar/${name}.png`);
    await tab.close();
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`Page errors:\n${failures.join('\n')}`);
  process.exit(1);
}
