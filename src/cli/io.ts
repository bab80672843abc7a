/**
 * Reading feeds (files, http(s) URLs, stdin) and writing results for the CLI. Everything that can
 * fail because of the outside world ends in an `InputError` with a sentence a person can act on.
 */
import { readFile, writeFile } from 'node:fs/promises';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, read whole; used when an input is "-". */
  readStdin(): Promise<string>;
}

export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** The command line was wrong: the runner prints the message and the command's usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An input could not be read or an output written: exit 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface LoadedSource {
  /** What the user typed: the path, URL or "-"; used as the feed's `source` and in messages. */
  source: string;
  text: string;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function readSource(
  input: string,
  io: CliIO,
  timeoutMs = DEFAULT_FETCH_TIMEOUT_MS,
): Promise<LoadedSource> {
  const text = input === '-' ? await io.readStdin() : isUrl(input) ? await fetchText(input, timeoutMs) : await readFileText(input);
  // A byte order mark is invisible in editors and JSON.parse rejects it; drop it here once.
  return { source: input === '-' ? '<stdin>' : input, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

async function readFileText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: ${describeFsError(error)}`);
  }
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json, */*;q=0.5' } });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new InputError(`${url}: no response within ${timeoutMs / 1000} s (raise it with --timeout)`);
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new InputError(`${url}: could not fetch (${cause})`);
  }
  if (!response.ok) {
    throw new InputError(`${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  try {
    return await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new InputError(`${url}: ${timedOut ? `the download took longer than ${timeoutMs / 1000} s` : 'the download broke off'}`);
  }
}

export async function writeOutput(path: string | undefined, text: string, io: CliIO): Promise<void> {
  if (path === undefined || path === '-') {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot write (${describeFsError(error)})`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory, not a feed file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Parses --timeout (seconds) into milliseconds. */
export function timeoutFlag(value: string | boolean | undefined): number {
  if (value === undefined || typeof value === 'boolean') return DEFAULT_FETCH_TIMEOUT_MS;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a number of seconds, got "${value}"`);
  return seconds * 1000;
}
