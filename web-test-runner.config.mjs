import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';
import { faultMiddleware } from './test/fixtures/http/fault-middleware.mjs';
import { exampleBundlesPlugin } from './test/frameworks/example-bundles.mjs';
import { hardeningMiddleware } from './test/fixtures/hostile/hardening-middleware.mjs';
import { cdpMetricsPlugin } from './test/hardening/cdp-metrics-plugin.mjs';
import { networkCorsMiddleware } from './test/hardening/network-cors-middleware.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

export default {
  files: ['test/elements/**/*.test.ts', 'test/stories/**/*.test.ts', 'test/hardening/**/*.test.ts', 'test/frameworks/**/*.test.{ts,tsx}'],
  nodeResolve: true,
  // /__fault/* answers with HTTP errors, HTML pages, broken JSON and slow responses for the feed tests.
  // /__hardening/* serves the strict-CSP page, local map tiles and malformed feeds for test/hardening.
  // /__cors/feed.json is fetched through a second origin by test/hardening/network-cors.test.ts.
  middleware: [faultMiddleware, hardeningMiddleware, networkCorsMiddleware],
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    // /__examples/react/main.js and /__examples/vue/main.js: the framework examples, bundled, for test/frameworks.
    exampleBundlesPlugin(),
    // Lets test/hardening/lifecycle.test.ts read DevTools protocol metrics (listeners, nodes, heap) of its own page.
    cdpMetricsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: CHROME_FLAGS,
      },
      // Pin the zone and locale so every date a test asserts is the same on every machine.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/London' });
        await session.send('Emulation.setLocaleOverride', { locale: 'en-GB' });
        return page;
      },
    }),
  ],
  testFramework: {
    config: { timeout: 20_000 },
  },
};
