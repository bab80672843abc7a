/**
 * What every `learning-feed` command module provides. A command is one small module in
 * `commands/`, listed once in `commands/index.ts`; the runner handles flags, help and exit codes.
 */
import type { CliIO } from './io.js';

export const ExitCode = {
  /** Everything checked out (or the command did its work). */
  ok: 0,
  /** The feed has problems (errors; warnings too with --strict). */
  problems: 1,
  /** The command line was wrong, or an input could not be read or an output written. */
  usageOrIo: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface FlagSpec {
  name: string;
  /** One-letter alias, e.g. "o" for --output. */
  short?: string;
  type: 'boolean' | 'string';
  /** Placeholder shown in help for string flags ("file", "YYYY-MM-DD"). */
  valueName?: string;
  description: string;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean | undefined>;
}

export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis after "learning-feed", e.g. "validate <file|url>... [--json]". */
  usage: string;
  /** Extra paragraphs for `--help`: exit codes, output shape, examples. */
  details?: string;
  flags: FlagSpec[];
  /** Smallest and largest number of positional arguments (max Infinity for "..."). */
  positionals: { min: number; max: number };
  run(args: ParsedArgs, io: CliIO): Promise<ExitCode>;
}
