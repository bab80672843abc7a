#!/usr/bin/env node
/**
 * `learning-feed` — validate, merge and expand Learning Feed documents from the command line.
 * See `learning-feed --help`; the commands live in ./commands/.
 */
import { runCli } from './run.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Reaching here is a bug in the CLI, not in the feed: show the stack so it can be reported.
    process.stderr.write(`learning-feed: internal error\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
