/** Runs the real CLI in a child process, the way a person or a CI script would. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Asynchronous on purpose: a test may serve a feed over HTTP from this same process. */
export function learningFeed(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/learning-feed.ts', ...args],
      { cwd: options.cwd ?? repoRoot, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** A fixture's path relative to the repo root, as a person would type it. */
export function fixture(name: string): string {
  return `test/cli/fixtures/${name}`;
}

export function fixtureText(name: string): string {
  return readFileSync(`${fixturesDir}${name}`, 'utf8');
}

/** "line:column" of the first `needle` in `text` (1-based, code points), found independently of the CLI. */
export function lineColumnOf(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} is not in the fixture`);
  const lines = text.slice(0, offset).split('\n');
  return `${lines.length}:${[...lines.at(-1)!].length + 1}`;
}
