// In Chromium: the CDN bundle and the npm define module of <learning-feed> on one page, in both orders.
// The second registration must warn (not throw), and the element must still load a feed.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/find-chrome.mjs';
import { writePages } from './browser-pages.mjs';
import { importMapFor } from './import-map.mjs';
import { serveStatic } from '../e2e/static-server.mjs';

export async function checkBrowser(report, { projectDir, packageDir }) {
  const nodeModules = join(projectDir, 'node_modules');
  let importMap;
  const mapped = await report.check('an import map can load the npm define module from node_modules (browser conditions)', () => {
    const entry = join(packageDir, 'dist/elements/learning-feed/define.js');
    ({ importMap } = importMapFor(entry, { rootDir: projectDir, nodeModules }));
    importMap.imports['learning-city-widgets/learning-feed'] = '/node_modules/learning-city-widgets/dist/elements/learning-feed/define.js';
  });
  if (!mapped) return;

  const { csp, expectedOpportunities } = writePages(projectDir, importMap);
  const server = await serveStatic(projectDir, (pathname) => (pathname.endsWith('.html') ? { 'content-security-policy': csp } : {}));
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  try {
    for (const order of ['cdn-first', 'npm-first']) {
      const page = await browser.newPage();
      const messages = [];
      const pageErrors = [];
      page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const firstRequest = server.requests.length;
      let result;
      await report.check(`${order}: the page loads with no page error and no CSP violation`, async () => {
        await page.goto(`${server.origin}/${order}.html`);
        let timedOut;
        result = await page
          .waitForFunction(() => window.packResult, undefined, { timeout: 15_000 })
          .then((handle) => handle.jsonValue())
          .catch((error) => void (timedOut = `the page never finished: ${error.message.split('\n')[0]}`));
        const violations = messages.filter((message) => /Content Security Policy|Trusted Type/i.test(message.text));
        const missing = server.requests.slice(firstRequest).filter((request) => request.status !== 200 && request.path !== '/favicon.ico');
        const faults = [
          ...pageErrors.map((message) => `page error: ${message}`),
          ...violations.map((message) => `CSP: ${message.text}`),
          ...missing.map((request) => `404 ${request.path}`),
          ...(timedOut ? [timedOut] : []),
        ];
        return faults.length ? faults.join('\n') : undefined;
      });
      await report.check(`${order}: the second registration warns once and the first copy is kept`, () => {
        const warnings = messages.filter((message) => message.type === 'warning' && message.text.includes('<learning-feed> is already defined'));
        if (warnings.length !== 1) return `expected one "already defined" warning, got ${warnings.length}`;
        if (!result) return 'the page did not finish';
        if (!result.twoCopies) return 'the CDN bundle and the npm module gave the same class: the check would prove nothing';
        return result.keptFirst ? undefined : 'customElements holds the second copy, not the first';
      });
      await report.check(`${order}: <learning-feed> loads a local feed and fires learning-feed-load`, () => {
        if (!result) return 'the page did not finish';
        if (result.event !== 'learning-feed-load') return `got ${result.event}: ${JSON.stringify(result.detail)}`;
        const { status, counts } = result.detail;
        if (!result.upgraded) return 'the element was not upgraded';
        return status === 'ready' && counts.opportunities === expectedOpportunities
          ? undefined
          : `status ${status}, ${counts.opportunities} opportunities (expected ready, ${expectedOpportunities})`;
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
