// Checks a Node consumer would hit first: `import('learning-city-widgets/core')` and the
// `learning-feed` command that npm linked into node_modules/.bin.
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const probeSource = fileURLToPath(new URL('node-probe.mjs', import.meta.url));

const VALID_FEED = {
  version: '1.0',
  id: 'https://pack-test.example.org/feed.json',
  timeZone: 'Europe/London',
  opportunities: [{ id: 'open-day', name: 'Open day', startDate: '2026-12-05', eventAttendanceMode: 'online' }],
};
// Two errors the validator must name: no version, and a start date that does not exist.
const INVALID_FEED = {
  id: 'https://pack-test.example.org/broken.json',
  timeZone: 'Europe/London',
  opportunities: [{ id: 'open-day', name: 'Open day', startDate: '2026-02-30', eventAttendanceMode: 'online' }],
};

function run(command, args, cwd) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 60_000 });
}

export async function checkNode(report, { projectDir }) {
  copyFileSync(probeSource, join(projectDir, 'node-probe.mjs'));
  const probe = run(process.execPath, ['node-probe.mjs'], projectDir);
  let seen;
  await report.check("import('learning-city-widgets/core') works in Node", () => {
    if (probe.status !== 0) return `node exited ${probe.status}: ${probe.stderr.trim()}`;
    seen = JSON.parse(probe.stdout.trim().split('\n').pop());
    if (seen.error) return seen.error;
    const missing = ['parseFeed', 'occurrencesBetween', 'mergeFeeds'].filter((name) => !seen.exportNames.includes(name));
    return missing.length ? `core does not export ${missing.join(', ')}` : undefined;
  });

  // ARCHITECTURE.md and docs/formats.md promise the converters from `learning-city-widgets/core`.
  await report.check('core exports the converters (importIcs, importOpenActive, importCsv, exportIcs)', () => {
    if (!seen || seen.error) return 'core did not load';
    const missing = ['importIcs', 'importOpenActive', 'importCsv', 'exportIcs'].filter((name) => !seen.exportNames.includes(name));
    return missing.length ? `learning-city-widgets/core does not export ${missing.join(', ')}` : undefined;
  });

  await report.check('parseFeed + occurrencesBetween give the weekly class in local time across the clock change', () => {
    if (!seen || seen.error) return 'core did not load';
    if (seen.problems.length) return `unexpected problems: ${seen.problems.join('; ')}`;
    const expected = [
      { start: '2026-03-24T18:00:00+00:00', end: '2026-03-24T20:00:00+00:00', timeZone: 'Europe/London' },
      { start: '2026-03-31T18:00:00+01:00', end: '2026-03-31T20:00:00+01:00', timeZone: 'Europe/London' },
    ];
    const got = JSON.stringify(seen.occurrences);
    return got === JSON.stringify(expected) ? undefined : `expected ${JSON.stringify(expected)}\n got ${got}`;
  });

  writeFileSync(join(projectDir, 'valid.json'), JSON.stringify(VALID_FEED, null, 2));
  writeFileSync(join(projectDir, 'invalid.json'), JSON.stringify(INVALID_FEED, null, 2));
  const bin = join(projectDir, 'node_modules', '.bin', 'learning-feed');

  await report.check('`learning-feed validate` on a valid feed exits 0', () => {
    const result = run(bin, ['validate', 'valid.json'], projectDir);
    if (result.error) return `could not run node_modules/.bin/learning-feed: ${result.error.message}`;
    if (result.status !== 0) return `exit ${result.status}\n${result.stdout}${result.stderr}`;
    return /valid\.json: valid \(1 opportunity/.test(result.stdout) ? undefined : `unexpected output: ${result.stdout}`;
  });

  await report.check('`learning-feed validate` on an invalid feed exits 1 and names each problem', () => {
    const result = run(bin, ['validate', 'invalid.json'], projectDir);
    if (result.error) return `could not run node_modules/.bin/learning-feed: ${result.error.message}`;
    if (result.status !== 1) return `exit ${result.status}, expected 1\n${result.stdout}${result.stderr}`;
    const named = ['/version', '/opportunities/0/startDate'].filter((pointer) => result.stdout.includes(` ${pointer} error:`));
    return named.length === 2 ? undefined : `expected errors at /version and /opportunities/0/startDate, got:\n${result.stdout}`;
  });

  await report.check('`learning-feed --version` prints the package version', () => {
    const result = run(bin, ['--version'], projectDir);
    return result.status === 0 && /^\d+\.\d+\.\d+/.test(result.stdout) ? undefined : `exit ${result.status}: ${result.stdout}${result.stderr}`;
  });
}
