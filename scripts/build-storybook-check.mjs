// Opens every story of the BUILT Storybook (storybook-static/) in Chromium and fails when one does not
// finish cleanly: an element that was never registered, a `play` that threw (the stories' play functions
// check the state they are named after: loaded, failed, loading), an uncaught error, or an a11y violation
// reported by the a11y addon. A build can succeed and still ship empty stories (for example when
// tree-shaking drops the define modules), which only opening the stories shows.
//
//   npm run build-storybook && node scripts/build-storybook-check.mjs [storybook-static] [--only <text in story id>]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';

const STORY_TIMEOUT_MS = 30_000;
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] ?? '' : '';
const root = resolve(args[0] ?? 'storybook-static');
if (!existsSync(join(root, 'index.json'))) {
  console.error(`${root}/index.json not found: run \`npm run build-storybook\` first.`);
  process.exit(2);
}
const stories = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter((entry) => entry.type === 'story' && entry.id.includes(only));

/** A static file server for the build, as any web host would serve it. */
function serve(directory) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    let file = join(directory, path);
    if (!file.startsWith(directory)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Hooks Storybook's channel as soon as the preview creates it, and records how each story finished. */
function recordStoryOutcome() {
  const outcome = (window.__storyOutcome = { finished: false, problems: [] });
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const fail = (what) => (error) => outcome.problems.push(`${what}: ${error?.message ?? error?.description ?? JSON.stringify(error)}`);
      value.on('playFunctionThrewException', fail('play threw'));
      value.on('storyThrewException', fail('render threw'));
      value.on('storyErrored', fail('story errored'));
      value.on('storyFinished', ({ status, reporters = [] }) => {
        for (const report of reporters) {
          if (report.type === 'a11y' && report.status === 'failed') {
            const violations = report.result?.violations ?? [];
            outcome.problems.push(`a11y: ${violations.map((violation) => `${violation.id} (${violation.nodes.length})`).join(', ')}`);
          }
        }
        if (status === 'error' && outcome.problems.length === 0) outcome.problems.push('finished with status "error"');
        outcome.finished = true;
      });
    },
  });
}

const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const failures = [];
const started = Date.now();
try {
  for (const story of stories) {
    const page = await browser.newPage();
    await page.addInitScript(recordStoryOutcome);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    try {
      await page.waitForFunction(() => window.__storyOutcome?.finished, undefined, { timeout: STORY_TIMEOUT_MS });
    } catch {
      problems.push(`did not finish within ${STORY_TIMEOUT_MS} ms`);
    }
    const result = await page.evaluate(() => {
      const undefinedTags = new Set();
      for (const element of document.querySelectorAll('#storybook-root *')) {
        if (element.localName.startsWith('learning-') && !customElements.get(element.localName)) undefinedTags.add(element.localName);
      }
      return { problems: window.__storyOutcome?.problems ?? [], undefinedTags: [...undefinedTags] };
    });
    problems.push(...result.problems);
    if (result.undefinedTags.length) problems.push(`never registered: <${result.undefinedTags.join('>, <')}>`);
    if (problems.length) failures.push({ id: story.id, problems });
    console.log(`${problems.length ? '✗' : '✓'} ${story.id}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n${stories.length - failures.length}/${stories.length} stories finished cleanly in ${seconds} s.`);
process.exit(failures.length ? 1 : 0);
