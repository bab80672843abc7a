// `npm run build`: the npm package (unbundled ES2021 + .d.ts), the CLI, the CDN bundle, then sizes.
//   dist/**            tsc -p tsconfig.build.json   (src minus cli; what `exports` points at)
//   dist/cli/**        tsc -p tsconfig.cli.json     (Node only; `bin: learning-feed`)
//   dist/cdn/**        vite build --config vite.cdn.config.ts (bundled, code-split, minified)
//   custom-elements.json, dist/demo/**
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function step(title, command, args) {
  console.log(`\n--- ${title}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
  console.log(`    done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const tsc = require.resolve('typescript/bin/tsc');
step('npm modules: tsc -p tsconfig.build.json', tsc, ['-p', 'tsconfig.build.json']);
step('CLI: tsc -p tsconfig.cli.json', tsc, ['-p', 'tsconfig.cli.json']);

// tsc emits no .js it did not compile: copy the vendored Leaflet (patched for Trusted Types, with its
// licence and types) that dist/elements/learning-map/leaflet-loader.js imports.
cpSync(new URL('../src/vendor', import.meta.url), new URL('../dist/vendor', import.meta.url), { recursive: true });
if (!existsSync(new URL('../dist/vendor/leaflet/leaflet-src.esm.js', import.meta.url))) {
  console.error('dist/vendor/leaflet/leaflet-src.esm.js is missing; the map could not load Leaflet from the npm package.');
  process.exit(1);
}

const cli = new URL('../dist/cli/learning-feed.js', import.meta.url);
if (!readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node')) {
  console.error('dist/cli/learning-feed.js lost its #! line; npm would not be able to run it.');
  process.exit(1);
}
chmodSync(cli, 0o755);

const vite = fileURLToPath(new URL('bin/vite.js', `file://${require.resolve('vite/package.json')}`));
step('CDN: vite build --config vite.cdn.config.ts', vite, ['build', '--config', 'vite.cdn.config.ts', '--logLevel', 'warn']);

// custom-elements.json: attributes, events, parts and CSS properties from the elements' JSDoc
// headers, for editors, Storybook and the package's `customElements` field.
const cem = fileURLToPath(new URL('../node_modules/@custom-elements-manifest/analyzer/cem.js', import.meta.url));
step('custom-elements.json: cem analyze', cem, ['analyze', '--config', 'custom-elements-manifest.config.mjs']);

// The demo host pages as static files (dist/demo) that work from any web server.
step('demo: vite build --config vite.config.ts', vite, ['build', '--config', 'vite.config.ts', '--logLevel', 'warn']);

// --enforce: the build fails when an entry's first view grows past its ceiling (scripts/size-report.mjs).
step('sizes', fileURLToPath(new URL('size-report.mjs', import.meta.url)), ['--enforce']);
