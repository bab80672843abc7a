// Finds a Chromium/Chrome binary for browser tests: CHROME_PATH, then the usual Debian and PATH names.
// Fails loudly with the fix, rather than letting a test runner try to download a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of PATH_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  throw new Error(
    'No Chromium or Chrome found for the browser tests.\n' +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chrome or Chromium and set CHROME_PATH=/path/to/chrome',
  );
}

/** Flags that keep headless Chromium quiet on a machine without internet access. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
