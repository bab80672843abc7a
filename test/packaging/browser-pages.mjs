// The static site the browser check serves from the temporary project: two pages that each load the
// CDN bundle AND the npm define module of <learning-feed> (in either order), under a strict CSP.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CDN_BUNDLE = '/node_modules/learning-city-widgets/dist/cdn/learning-city-widgets.js';

const FEED = {
  version: '1.0',
  id: 'https://pack-test.example.org/feed.json',
  timeZone: 'Europe/London',
  opportunities: [
    { id: 'open-day', name: 'Open day', startDate: '2026-12-05', eventAttendanceMode: 'online' },
    { id: 'pottery', name: 'Pottery taster', startDate: '2026-12-08T18:00', duration: 'PT2H', eventAttendanceMode: 'online' },
  ],
};

// Shared by both pages: put a <learning-feed> on the page and report what a webmaster would see.
const EXERCISE_JS = `
export function exercise(order, npmModule, cdnModule) {
  const registered = customElements.get('learning-feed');
  const feed = document.createElement('learning-feed');
  const outcome = new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ event: 'none within 10 s' }), 10000);
    feed.addEventListener('learning-feed-load', (event) => { clearTimeout(timer); resolve({ event: event.type, detail: event.detail }); });
    feed.addEventListener('learning-feed-error', (event) => { clearTimeout(timer); resolve({ event: event.type, detail: event.detail }); });
  });
  feed.setAttribute('src', '/feed.json');
  document.body.append(feed);
  window.packResult = outcome.then((seen) => ({
    ...seen,
    order,
    keptFirst: order === 'cdn-first' ? registered === cdnModule.LearningFeed : registered === npmModule.LearningFeed,
    twoCopies: npmModule.LearningFeed !== cdnModule.LearningFeed,
    upgraded: feed instanceof registered,
  }));
}
`;

const CDN_FIRST_JS = `
import { exercise } from './exercise.js';
// The CDN <script> before this one has run: it registered the tags. Now an npm copy arrives.
const cdnModule = await import('${CDN_BUNDLE}');
const npmModule = await import('learning-city-widgets/learning-feed');
exercise('cdn-first', npmModule, cdnModule);
`;

const NPM_FIRST_JS = `
import * as npmModule from 'learning-city-widgets/learning-feed';
import { exercise } from './exercise.js';
const cdnModule = await import('${CDN_BUNDLE}');
exercise('npm-first', npmModule, cdnModule);
`;

function page(title, importMap, scripts) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<script type="importmap">${importMap}</script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head>
<body><h1>${title}</h1></body>
</html>
`;
}

/**
 * Writes the pages into `siteDir` and returns the CSP to serve them with: nothing inline but the
 * import map (allowed by its hash), scripts, fetches and images from this origin only, Trusted Types on.
 */
export function writePages(siteDir, importMap) {
  const importMapText = JSON.stringify(importMap);
  writeFileSync(join(siteDir, 'feed.json'), JSON.stringify(FEED));
  writeFileSync(join(siteDir, 'exercise.js'), EXERCISE_JS);
  writeFileSync(join(siteDir, 'cdn-first.js'), CDN_FIRST_JS);
  writeFileSync(join(siteDir, 'npm-first.js'), NPM_FIRST_JS);
  writeFileSync(join(siteDir, 'cdn-first.html'), page('CDN bundle, then the npm module', importMapText, [CDN_BUNDLE, '/cdn-first.js']));
  writeFileSync(join(siteDir, 'npm-first.html'), page('npm module, then the CDN bundle', importMapText, ['/npm-first.js']));
  const hash = createHash('sha256').update(importMapText).digest('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'self' 'sha256-${hash}'`,
    "connect-src 'self'",
    "img-src 'self'",
    "style-src 'self'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    // Lit creates one policy named lit-html per copy of Lit; two copies of the library need both.
    "trusted-types lit-html 'allow-duplicates'",
  ].join('; ');
  return { csp, expectedOpportunities: FEED.opportunities.length };
}
