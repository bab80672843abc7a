// `npm run test:e2e`: the end-to-end test of the built demo (test/e2e/demo.e2e.ts). Uses dist/demo as
// `npm run build:demo` left it, and builds it only when it is missing.
import { spawnSync } from 'node:child_process';
import { ensureDemoBuilt, repoRoot } from '../test/e2e/demo-build.mjs';

ensureDemoBuilt();
const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/e2e/demo.e2e.ts'], { cwd: repoRoot, stdio: 'inherit' });
process.exit(result.status ?? 1);
