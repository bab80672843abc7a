/** Timing helpers shared by the benchmarks: medians of a few runs after one warm-up. */
import { mkdirSync, writeFileSync } from 'node:fs';

export interface Timing<T> {
  medianMs: number;
  runsMs: number[];
  /** The last run's result, so a benchmark can report what it measured (counts, sizes). */
  result: T;
}

export async function timeMedian<T>(runs: number, task: () => T | Promise<T>, warmUp = true): Promise<Timing<T>> {
  if (warmUp) await task();
  const runsMs: number[] = [];
  let result!: T;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    result = await task();
    runsMs.push(performance.now() - started);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { medianMs: round(medianMs), runsMs: runsMs.map(round), result };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Keeps a copy of the figures under bench/results/ (git-ignored) for comparing runs by hand. */
export function saveResults(name: string, results: unknown): string {
  const folder = new URL('results/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  const file = new URL(`${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, folder);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file.pathname;
}
