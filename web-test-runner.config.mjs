import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';
import { faultMiddleware } from './test/fixtures/http/fault-middleware.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

export default {
  files: ['test/elements/**/*.test.ts', 'test/stories/**/*.test.ts'],
  nodeResolve: true,
  // /__fault/* answers with HTTP errors, HTML pages, broken JSON and slow responses for the feed tests.
  middleware: [faultMiddleware],
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
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
