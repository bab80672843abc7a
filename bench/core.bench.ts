/**
 * Core costs at city scale: JSON.parse vs parseFeed (parse + normalise), expanding 90 days of
 * occurrences, and `learning-feed validate` on a 10k feed. Figures are medians; goals (validate 10k
 * in < 2 s, parseFeed within a small factor of JSON.parse) are read off here, never asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '../src/core/parse/index.js';
import { localToEpochMs, occurrencesBetween } from '../src/core/time/index.js';
import { runCli } from '../src/cli/run.js';
import type { CliIO } from '../src/cli/io.js';
import { generateFeed } from './generate.js';
import { round, saveResults, timeMedian } from './measure.js';

const SIZES = [1_000, 10_000, 100_000];
const WINDOW_START = '2026-03-01T00:00:00';
const WINDOW_DAYS = 90;

export default async function coreBench(): Promise<void> {
  const results: Record<string, unknown>[] = [];
  for (const size of SIZES) {
    const runs = size >= 100_000 ? 3 : 5;
    // The smaller sizes have warmed the JIT by the time the largest runs; skipping its warm-up keeps the bench short.
    const warmUp = size < 100_000;
    const text = JSON.stringify(generateFeed({ opportunities: size, seed: 42 }));
    const jsonParse = await timeMedian(runs, () => JSON.parse(text) as unknown);
    const parse = await timeMedian(runs, () => parseFeed(text), warmUp);
    const feed = parse.result;
    const fromMs = localToEpochMs(WINDOW_START, feed.info.timeZone);
    const toMs = fromMs + WINDOW_DAYS * 86_400_000;
    const occurrences = await timeMedian(runs, () => occurrencesBetween(feed.opportunities, fromMs, toMs), warmUp);
    const row = {
      opportunities: size,
      megabytes: round(text.length / 1e6, 2),
      jsonParseMs: jsonParse.medianMs,
      parseFeedMs: parse.medianMs,
      parseFeedOverJsonParse: round(parse.medianMs / jsonParse.medianMs, 2),
      problems: feed.problems.length,
      occurrences90DaysMs: occurrences.medianMs,
      occurrences90Days: occurrences.result.length,
    };
    console.log(JSON.stringify(row));
    results.push(row);
  }

  const validate = await validateBench(10_000);
  console.log(JSON.stringify(validate));
  results.push(validate);
  console.log(`# saved ${saveResults('core', results)}`);
}

/** The whole CLI path in-process: read the file, parse, locate every problem, write the report. */
async function validateBench(size: number): Promise<Record<string, unknown>> {
  const folder = mkdtempSync(join(tmpdir(), 'learning-feed-bench-'));
  try {
    const file = join(folder, `feed-${size}.json`);
    // Pretty-printed with 1% broken items, like a hand-edited feed: every problem needs a line:column.
    writeFileSync(file, JSON.stringify(generateFeed({ opportunities: size, seed: 7, problemRate: 0.01 }), null, 2));
    let output = '';
    const io: CliIO = { stdout: (text) => void (output += text), stderr: () => {}, readStdin: async () => '' };
    const human = await timeMedian(3, async () => {
      output = '';
      return runCli(['validate', file], io);
    });
    const lines = output.split('\n').length;
    const json = await timeMedian(3, () => runCli(['validate', file, '--json'], io));
    return { validate: size, humanMs: human.medianMs, jsonMs: json.medianMs, exitCode: human.result, outputLines: lines };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
