// The committed leaflet-styles.ts must be what scripts/sync-leaflet-css.mjs makes of the installed
// leaflet.css, so upgrading Leaflet without re-running the script fails here instead of drifting.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(root, 'scripts/sync-leaflet-css.mjs');
const generated = join(root, 'src/elements/learning-map/leaflet-styles.ts');
const installedCss = join(root, 'node_modules/leaflet/dist/leaflet.css');

function runSync(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
}

describe('leaflet-styles.ts', () => {
  it('matches the installed leaflet.css', () => {
    const result = runSync('--check');
    assert.equal(result.status, 0, result.stderr);
  });

  it('is reported as stale when leaflet.css changes, with the command that fixes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaflet-css-'));
    try {
      const changedCss = join(dir, 'leaflet.css');
      writeFileSync(changedCss, `${readFileSync(installedCss, 'utf8')}\n.leaflet-new-rule { color: red; }\n`);
      const result = runSync('--check', '--css', changedCss, '--out', generated);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /Run `node scripts\/sync-leaflet-css\.mjs` and commit the result/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries every Leaflet rule the map needs, and no request for Leaflet\'s PNG images', () => {
    const text = readFileSync(generated, 'utf8');
    for (const selector of ['.leaflet-pane', '.leaflet-marker-icon', '.leaflet-popup-content-wrapper', '.leaflet-control-zoom-in', '.leaflet-control-attribution']) {
      assert.ok(text.includes(selector), selector);
    }
    assert.doesNotMatch(text, /url\(images\//);
  });
});
