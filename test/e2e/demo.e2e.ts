/**
 * End-to-end: the built demo (dist/demo) served from 127.0.0.1, driven in Chromium the way a visitor
 * uses it. Every case fails on any console error, page error or failed request (map tiles aside: see
 * harness.ts). Run with `npm run test:e2e` (scripts/e2e.mjs builds dist/demo first if it is missing).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/find-chrome.mjs';
import { demoDist } from './demo-build.mjs';
import { eventually, PageWatch, Suite } from './harness.js';
import { serveStatic } from './static-server.mjs';

/** The 4 MB mobile-library feed is parsed and indexed on a shared 2-core machine: be patient. */
const LOAD_TIMEOUT_MS = 90_000;
const ZONE = 'Europe/London';
const PAGES = ['index.html', 'city.html', 'library.html', 'school.html', 'embed.html'];
/** axe-core, as @open-wc/testing's accessibility assertion uses it; it reads inside open shadow roots. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const server = await serveStatic(demoDist);
const browser: Browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const suite = new Suite();
let tileFailures = 0;
const warnings = new Set<string>();

async function newContext(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: ZONE });
  context.setDefaultTimeout(LOAD_TIMEOUT_MS);
  return context;
}

async function open(context: BrowserContext, path: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch = new PageWatch(page);
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, watch };
}

/** While working on one page: `E2E_GREP=school npm run test:e2e` runs only the cases whose name matches. */
const only = process.env.E2E_GREP ? new RegExp(process.env.E2E_GREP, 'i') : undefined;

/** Runs `body` on a fresh page and fails on anything the page reported, even when `body` passed. */
async function onPage(name: string, path: string, body: (page: Page, watch: PageWatch) => Promise<void>, viewport?: { width: number; height: number }) {
  if (only && !only.test(name)) return;
  await suite.run(name, async () => {
    const context = await newContext(viewport);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.slice(0, -1) });
      const { page, watch } = await open(context, path);
      try {
        await body(page, watch);
      } finally {
        tileFailures += watch.tileFailures;
        for (const warning of watch.warnings) warnings.add(warning.split('\n')[0]!.slice(0, 300));
      }
      watch.assertClean();
    } finally {
      await context.close();
    }
  });
}

/** "5,646 results" → 5646; "No results" → 0. */
async function resultCount(finder: Locator): Promise<number> {
  const text = (await finder.locator('.results-header .count').textContent({ timeout: LOAD_TIMEOUT_MS })) ?? '';
  if (/^No results/.test(text.trim())) return 0;
  const match = /([\d,]+)\s+results?/.exec(text);
  assert.ok(match, `no result count in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

async function resultTitles(finder: Locator): Promise<string[]> {
  return (await finder.locator('[part~="result"] [part~="title"]').allTextContents()).map((title) => title.trim());
}

/** Opens the finder's filters when they are folded into a disclosure (narrow widths). */
async function showFilters(finder: Locator): Promise<void> {
  const summary = finder.locator('summary', { hasText: 'Filters' });
  if ((await summary.count()) && (await summary.isVisible())) {
    const details = summary.locator('xpath=..');
    if ((await details.getAttribute('open')) === null) await summary.click();
  }
}

/** "November 2026" for the month `offset` months from now, as the calendar names it. */
function monthName(offset: number): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  const first = new Date(Date.UTC(year!, month! - 1 + offset, 1, 12));
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(first);
}

async function calendarEventTexts(calendar: Locator): Promise<string[]> {
  return (await calendar.locator('[part~="event"]').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

async function notOnMapCount(map: Locator): Promise<number> {
  const text = (await map.getByText(/Not on the map/).first().textContent()) ?? '';
  const match = /([\d,]+)/.exec(text);
  assert.ok(match, `no count in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

// ---------------------------------------------------------------------------------------------

console.log(`e2e: serving ${demoDist} at ${server.url}`);

await onPage('index: links to every demo site and reports what the demo feeds hold', 'index.html', async (page) => {
  const links = page.getByRole('region', { name: 'Demo sites' }).getByRole('link');
  assert.deepEqual(
    (await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).sort(),
    ['./city.html', './embed.html', './library.html', './school.html'],
  );
  await eventually(async () => assert.equal(await page.locator('[data-count="feeds"]').textContent(), '4'), LOAD_TIMEOUT_MS);
  const opportunities = Number((await page.locator('[data-count="opportunities"]').textContent())?.replace(/,/g, ''));
  assert.ok(opportunities > 5000, `expected thousands of opportunities, saw ${opportunities}`);
  assert.ok((await page.locator('#data-sources li').count()) >= 4, 'the footer credits the data sources');
});

await onPage('city: typing a search changes the results', 'city.html', async (page) => {
  const finder = page.locator('learning-finder');
  const before = await eventually(() => resultCount(finder), LOAD_TIMEOUT_MS);
  assert.ok(before > 1000, `the portal lists thousands of opportunities, saw ${before}`);
  await finder.getByRole('searchbox', { name: 'Search learning opportunities' }).pressSequentially('rhyme', { delay: 40 });
  await eventually(async () => {
    const after = await resultCount(finder);
    assert.ok(after > 0 && after < before, `results should narrow from ${before}, saw ${after}`);
    const titles = await resultTitles(finder);
    assert.ok(titles.length > 0 && titles.every((title) => /rhyme/i.test(title)), `every title should match "rhyme": ${titles.join(' | ')}`);
  }, LOAD_TIMEOUT_MS);
  assert.match(page.url(), /lf-q=rhyme/, 'sync-url keeps the search in the address');
});

await onPage('city: ticking a topic narrows the finder, and the map and calendar follow', 'city.html', async (page) => {
  const finder = page.locator('learning-finder');
  const calendar = page.locator('learning-calendar');
  const map = page.locator('learning-map');
  const before = await eventually(() => resultCount(finder), LOAD_TIMEOUT_MS);
  const unmappedBefore = await eventually(() => notOnMapCount(map));
  await eventually(async () => assert.ok((await calendarEventTexts(calendar)).some((text) => /Mobile library/.test(text))));
  await showFilters(finder);
  await finder.getByRole('checkbox', { name: /Early years/ }).check();
  await eventually(async () => {
    const after = await resultCount(finder);
    assert.ok(after > 0 && after < before, `results should narrow from ${before}, saw ${after}`);
  });
  await eventually(async () => {
    const events = await calendarEventTexts(calendar);
    assert.ok(events.length > 0, 'the calendar still shows the early-years events');
    assert.ok(!events.some((text) => /Mobile library/.test(text)), `the calendar should drop the mobile library stops: ${events.slice(0, 5).join(' | ')}`);
  });
  await eventually(async () => assert.notEqual(await notOnMapCount(map), unmappedBefore, 'the map follows the filter'));
});

await onPage('city: the calendar moves to the next month', 'city.html', async (page) => {
  const calendar = page.locator('learning-calendar');
  const heading = calendar.locator('#calendar-heading');
  await eventually(async () => assert.equal((await heading.textContent())?.trim(), monthName(0)), LOAD_TIMEOUT_MS);
  await calendar.getByRole('button', { name: 'Next month' }).click();
  await eventually(async () => assert.equal((await heading.textContent())?.trim(), monthName(1)));
  await eventually(async () => assert.ok((await calendarEventTexts(calendar)).length > 0, 'next month has events'));
});

await onPage('city: a map cluster opens up, and the list alternative shows the places', 'city.html', async (page) => {
  const map = page.locator('learning-map');
  const clusters = map.locator('[part~="cluster"]');
  await eventually(async () => assert.ok((await clusters.count()) > 0, 'clusters are drawn'), LOAD_TIMEOUT_MS);
  const labelsBefore = await map.locator('[part~="cluster"], [part~="marker"]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')).join('\n'));
  await clusters.first().click();
  await eventually(async () => {
    const labelsAfter = await map.locator('[part~="cluster"], [part~="marker"]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')).join('\n'));
    assert.notEqual(labelsAfter, labelsBefore, 'clicking a cluster zooms into it');
  });
  await map.getByRole('button', { name: 'Show as a list' }).click();
  await eventually(async () => {
    assert.ok(await map.getByRole('button', { name: 'Show the map' }).isVisible(), 'the toggle offers the map back');
    assert.ok((await map.locator('[part~="list"] li').count()) > 0, 'the list names places');
  });
});

await onPage('city: featured Learning Lighthouses are verified against the registry', 'city.html', async (page) => {
  const badges = page.locator('learning-lighthouse');
  assert.equal(await badges.count(), 3);
  await eventually(async () => {
    const states = await badges.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.state));
    assert.deepEqual(states, ['verified', 'verified', 'verified']);
  }, LOAD_TIMEOUT_MS);
  assert.ok(await badges.first().getByText('Sale Library').isVisible());
});

await onPage('library: the events calendar opens an event, switches to the list, and the badge is verified', 'library.html', async (page) => {
  const calendar = page.locator('learning-calendar');
  const event = calendar.locator('[part~="event"]', { hasText: 'Digital help' }).first();
  await event.waitFor({ state: 'visible' });
  await event.click();
  const dialog = calendar.locator('dialog[open]');
  await eventually(async () => assert.ok(await dialog.getByText('Digital help drop-in').first().isVisible(), 'the details name the event'));
  await page.keyboard.press('Escape');
  await eventually(async () => assert.equal(await dialog.count(), 0, 'Escape closes the details'));
  await calendar.getByRole('button', { name: 'List' }).click();
  await eventually(async () => assert.ok((await calendar.locator('[part~="day"]').count()) > 0, 'the list shows days'));
  await eventually(async () => assert.equal(await page.locator('learning-lighthouse').getAttribute('data-state'), 'verified'));
  await eventually(async () => assert.match((await page.locator('#data-sources').textContent()) ?? '', /Riverside Learning City/));
});

await onPage('school: the finder opens on the young-people preset, and a search narrows it', 'school.html', async (page) => {
  const finder = page.locator('learning-finder');
  const preset = await eventually(() => resultCount(finder), LOAD_TIMEOUT_MS);
  assert.ok(preset > 0, 'the preset finds something');
  assert.match((await finder.locator('summary').first().textContent()) ?? '', /Filters \(2 active\)/, 'the preset shows as two active filters');
  const results = finder.locator('[part~="result"]');
  for (let index = 0; index < (await results.count()); index++) {
    assert.ok((await results.nth(index).getByText(/Children|Teenagers/).count()) > 0, `result ${index + 1} is for children or teenagers`);
  }
  await finder.getByRole('searchbox').pressSequentially('dance', { delay: 40 });
  await eventually(async () => {
    assert.deepEqual(await resultTitles(finder), ['K-pop dance for teens']);
  });
});

await onPage('school: the small map shows the places, and a place opens its popup', 'school.html', async (page) => {
  const map = page.locator('learning-map');
  const pins = map.locator('[part~="marker"], [part~="cluster"]');
  await eventually(async () => assert.ok((await pins.count()) > 0, 'places are drawn'), LOAD_TIMEOUT_MS);
  // Clusters open into markers; a marker opens its popup.
  await eventually(async () => {
    const marker = map.locator('[part~="marker"]').first();
    if (!(await marker.count())) {
      await map.locator('[part~="cluster"]').first().click();
      throw new Error('no single place yet: zoomed into a cluster');
    }
    await marker.click();
    assert.ok(await map.locator('[part~="popup"]').first().isVisible(), 'the popup opens');
  });
  assert.match((await map.locator('[part~="popup"]').first().textContent()) ?? '', /Show what.s on here/);
});

await onPage('school (phone): results open in full and close again', 'school.html', async (page) => {
  const finder = page.locator('learning-finder');
  await eventually(async () => assert.ok((await resultCount(finder)) > 0), LOAD_TIMEOUT_MS);
  const firstTitle = finder.locator('[part~="result"] [part~="title"]').first();
  const title = ((await firstTitle.textContent()) ?? '').trim();
  await firstTitle.click();
  const detail = finder.locator('[part~="detail-dialog"]');
  await eventually(async () => assert.ok(await detail.getByText(title).first().isVisible(), `the detail of "${title}" opens`));
  await page.keyboard.press('Escape');
  await eventually(async () => assert.ok(!(await detail.isVisible()), 'Escape closes the detail'));
}, { width: 390, height: 844 });

await onPage('embed: the default snippet, its live preview and the feed check', 'embed.html', async (page) => {
  const snippet = page.locator('#snippet');
  await eventually(async () => {
    const text = (await snippet.textContent()) ?? '';
    assert.match(text, /^<script type="module" src="https:\/\/unpkg\.com\/learning-city-widgets\/dist\/cdn\/learning-city-widgets\.js"><\/script>\n/);
    assert.ok(text.includes(`<learning-finder src="${server.url}feeds/barnet-events.json"></learning-finder>`), text);
  });
  await eventually(async () => {
    const check = (await page.locator('#feed-check').textContent()) ?? '';
    assert.match(check, /Found 1 organization, 15 places and 164 opportunities\./);
    assert.match(check, /No problems/);
  }, LOAD_TIMEOUT_MS);
  await eventually(async () => assert.equal(await resultCount(page.locator('#preview learning-finder')), 164), LOAD_TIMEOUT_MS);
});

await onPage('embed: options change the snippet and the preview, and Copy puts the snippet on the clipboard', 'embed.html', async (page) => {
  await page.getByLabel('Calendar', { exact: true }).check();
  await page.getByLabel('View', { exact: true }).selectOption('week');
  await eventually(async () => {
    assert.match((await page.locator('#snippet').textContent()) ?? '', /<learning-calendar src="[^"]+barnet-events\.json" view="week"><\/learning-calendar>/);
    assert.equal(await page.locator('#preview learning-calendar').getAttribute('view'), 'week');
  });
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await eventually(async () => assert.match((await page.locator('#copy-status').textContent()) ?? '', /Copied/));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('#snippet').textContent());
});

await onPage('embed: a feed with mistakes is reported as text, item by item', 'embed.html', async (page) => {
  await page.getByLabel('Start from a demo feed').selectOption('samples/feed-with-mistakes.json');
  const check = page.locator('#feed-check');
  await eventually(async () => {
    const text = (await check.textContent()) ?? '';
    assert.match(text, /Found 1 organization, 2 places and 3 opportunities\./);
    assert.match(text, /4 error\(s\) and 1 warning\(s\)/);
  }, LOAD_TIMEOUT_MS);
  const lines = await check.locator('.problems li').allTextContents();
  assert.ok(lines.some((line) => line.includes('at /opportunities/1/startDate') && line.includes('05/12/2026')), lines.join('\n'));
  assert.equal(await check.locator('.problems li *').count(), 0, 'problems are plain text, never markup');
});

await onPage('embed: a Learning Lighthouse badge for an organization the check found', 'embed.html', async (page) => {
  await page.getByLabel('Learning Lighthouse badge').check();
  await page.getByLabel('Start from a demo feed').selectOption('feeds/multilingual.json');
  await eventually(async () => {
    const offered = await page.locator('#organization-ids option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    assert.equal(offered[0], 'central-library', `designated lighthouses come first: ${offered.join(', ')}`);
  }, LOAD_TIMEOUT_MS);
  await page.getByLabel('Organization id').pressSequentially('central-library', { delay: 20 });
  await eventually(async () => {
    assert.match((await page.locator('#snippet').textContent()) ?? '', /<learning-lighthouse registry="[^"]+multilingual\.json" organization="central-library"><\/learning-lighthouse>/);
    assert.equal(await page.locator('#preview learning-lighthouse').getAttribute('data-state'), 'verified');
  });
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}×, e.g. ${JSON.stringify(violation.nodes[0]?.target)})`);
  }, AXE_TAGS);
}

for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  const name = `accessibility (${label}): axe finds no WCAG 2.1 A/AA or best-practice problem on any page`;
  if (only && !only.test(name)) continue;
  await suite.run(name, async () => {
    const context = await newContext(viewport);
    const found: string[] = [];
    try {
      for (const path of PAGES) {
        const { page, watch } = await open(context, path);
        // The widgets have loaded their feeds once their loading states are gone.
        await eventually(async () => assert.equal(await page.locator('[part~="loading"], .skeleton').count(), 0), LOAD_TIMEOUT_MS);
        for (const violation of await axeViolations(page)) found.push(`${path}: ${violation}`);
        tileFailures += watch.tileFailures;
        watch.assertClean();
        await page.close();
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(found, []);
  });
}

await browser.close();
await server.close();
// Warnings do not fail the run (a badge may rightly warn that it cannot verify), but they are listed.
for (const warning of warnings) console.log(`  warning seen: ${warning}`);
console.log(`e2e: set aside ${tileFailures} failed map-tile image requests to OpenStreetMap (no network here)`);
console.log(`e2e: ${suite.passed} passed, ${suite.failed} failed${only ? ` (only cases matching E2E_GREP=${process.env.E2E_GREP})` : ''}`);
process.exit(suite.failed ? 1 : 0);
