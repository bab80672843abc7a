// Where the built demo lives, and building it once when it is missing (the e2e test and the screenshots
// use what `npm run build:demo` made; they build only when there is nothing to use).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const demoDist = fileURLToPath(new URL('../../dist/demo/', import.meta.url));

/** The demo pages, as built into dist/demo. */
export const DEMO_PAGES = ['index.html', 'city.html', 'library.html', 'school.html', 'embed.html'];

/** Runs `vite build --config vite.config.ts` when dist/demo has no index.html; exits the process if that fails. */
export function ensureDemoBuilt() {
  if (existsSync(`${demoDist}index.html`)) return;
  console.log('dist/demo is missing: building the demo (vite build --config vite.config.ts)…');
  // vite's package exports do not include its bin; find it from package.json, as scripts/build.mjs does.
  const vite = fileURLToPath(new URL('bin/vite.js', `file://${createRequire(import.meta.url).resolve('vite/package.json')}`));
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`Building the demo failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}
