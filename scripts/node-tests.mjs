// Runs the Node test files (test/core, test/cli, test/bench-free unit tests) with node:test + tsx.
// Node 20's --test does not glob .ts files, so we list them ourselves.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test/core', 'test/data', 'test/cli', 'test/scripts', 'test/hardening-node', 'test/i18n', 'test/theming'];

function collect(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return collect(path);
    return /\.test\.ts$/.test(name) ? [path] : [];
  });
}

const files = roots.flatMap((root) => (/\.test\.ts$/.test(root) ? [root] : collect(root))).sort();
if (files.length === 0) {
  console.error(`No *.test.ts files under ${roots.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TZ: process.env.TZ ?? 'UTC' },
});
process.exit(result.status ?? 1);
