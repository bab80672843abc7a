// `npm run screenshots`: every demo page at desktop (1280×900) and phone (390×844) size, full page,
// into screenshots/ (git-ignored). Uses dist/demo (built first when missing) and the same Chromium
// as the tests. Offline, map tiles do not load: the maps show their grey background.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { DEMO_PAGES, demoDist, ensureDemoBuilt, repoRoot } from '../test/e2e/demo-build.mjs';
import { serveStatic } from '../test/e2e/static-server.mjs';

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};
/** After the network settles: lets widgets finish rendering (search index in idle time, map layout). */
const SETTLE_MS = 1500;

ensureDemoBuilt();
const outDir = `${repoRoot}screenshots/`;
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(demoDist);
const failures = [];
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
try {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({
      viewport,
      deviceScaleFactor: 1,
      isMobile: name === 'phone',
      hasTouch: name === 'phone',
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    for (const page of DEMO_PAGES) {
      const tab = await context.newPage();
      await tab.goto(`${server.url}${page}`, { waitUntil: 'networkidle', timeout: 60_000 }).catch((error) => {
        console.warn(`${page} (${name}): the network did not settle (${error.message.split('\n')[0]}); taking the picture anyway.`);
      });
      await tab.waitForTimeout(SETTLE_MS);
      const file = `${outDir}${page.replace('.html', '')}-${name}.png`;
      try {
        await tab.screenshot({ path: file, fullPage: true, timeout: 60_000 });
        console.log(`screenshots/${file.slice(outDir.length)}`);
      } catch (error) {
        failures.push(`${page} (${name})`);
        console.error(`${page} (${name}): no screenshot: ${error.message.split('\n')[0]}`);
      }
      await tab.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`No screenshot for: ${failures.join(', ')}`);
  process.exit(1);
}
