// `npm run test:pack`: proves the published package works for the people who install it.
//   1. builds (only when dist/ is missing, or with --build), runs `npm pack`;
//   2. installs the tarball into a fresh temporary project (its dependencies come from the registry);
//   3. checks the tarball's contents, Node use (core import, the learning-feed bin) and a browser page
//      that loads the CDN bundle and the npm define module together (test/packaging/*.mjs).
// Prints "pack: N passed, M failed" last and exits 1 when anything failed.
// Options: --build (rebuild first), --keep (leave the temporary project for a look).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkBrowser } from '../test/packaging/browser.mjs';
import { checkNode } from '../test/packaging/node.mjs';
import { createReport } from '../test/packaging/report.mjs';
import { checkTarball } from '../test/packaging/tarball.mjs';

const repoDir = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = performance.now();

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})${output ? `\n${output}` : ''}`);
  }
  return result.stdout;
}

function elapsed() {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

const workDir = mkdtempSync(join(tmpdir(), 'learning-city-pack-'));
const projectDir = join(workDir, 'consumer');
const report = createReport();
let exitCode = 1;
try {
  if (process.argv.includes('--build') || !existsSync(join(repoDir, 'dist'))) {
    console.log('Building (npm run build)…');
    run(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  }

  // --ignore-scripts: pack exactly what dist/ holds now; a prepack hook must not rebuild behind our back.
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir]));
  const tarball = join(workDir, packed.filename);
  console.log(`Packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB (${elapsed()})`);

  mkdirSync(projectDir);
  writeFileSync(join(projectDir, 'package.json'), `${JSON.stringify({ name: 'pack-test-consumer', private: true, type: 'module' }, null, 2)}\n`);
  console.log('Installing the tarball into a fresh project…');
  run(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', tarball], { cwd: projectDir });
  console.log(`Installed (${elapsed()})`);

  const packageDir = join(projectDir, 'node_modules', 'learning-city-widgets');
  report.section('Tarball');
  await checkTarball(report, { packageDir, repoDir });
  report.section('Node');
  await checkNode(report, { projectDir });
  report.section('Chromium');
  await checkBrowser(report, { projectDir, packageDir });

  exitCode = report.summary().failed === 0 ? 0 : 1;
} catch (error) {
  // Setup failed (build, pack, install, browser launch): that is a failure of the whole check.
  await report.check('set-up (build, pack, install, browser)', () => {
    throw error;
  });
} finally {
  if (process.argv.includes('--keep')) console.log(`\nKept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}

console.log(`\n(${elapsed()})\n${report.summary().line}`);
process.exit(exitCode);
