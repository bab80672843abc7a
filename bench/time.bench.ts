/**
 * The occurrence engine (src/core/time) at city scale: 90 days of occurrences over generated feeds
 * of 1k, 10k and 100k opportunities, cold (zone offsets forgotten, schedules never expanded) and
 * warm (what the finder and calendar see on every change after the first), and the per-call cost of
 * the zone functions with the memoised offsets against asking Intl every time.
 *
 * Figures only, never asserted. The "before" column is the engine as first committed (e741b6f),
 * measured with bench/core.bench.ts on the same 2-core machine; it is a fixed reference, not re-run.
 * CPU time is printed next to wall time because the machine is shared: when they differ a lot,
 * trust CPU.
 */
import { parseFeed } from '../src/core/parse/index.js';
import { formatRfc3339, localToEpochMs, epochMsToLocal, occurrencesBetween, offsetMinutesAt } from '../src/core/time/index.js';
import { clearOffsetCache, intlOffsetMs } from '../src/core/time/zone-offsets.js';
import type { Opportunity } from '../src/core/model.js';
import { generateFeed } from './generate.js';
import { round, saveResults } from './measure.js';

const SIZES = [1_000, 10_000, 100_000];
const WINDOW_START = '2026-03-01T00:00:00';
const WINDOW_DAYS = 90;
/** Milliseconds for 90 days of occurrences before this work (e741b6f), from bench/core.bench.ts runs. */
const BEFORE_MS: Record<number, string> = { 1_000: '~40', 10_000: '700-1000', 100_000: '8600-14600' };

interface Sample {
  wallMs: number;
  cpuMs: number;
}

function measure<T>(task: () => T): Sample & { result: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = task();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function windowOf(timeZone: string): [number, number] {
  const fromMs = localToEpochMs(WINDOW_START, timeZone);
  return [fromMs, fromMs + WINDOW_DAYS * 86_400_000];
}

function occurrenceRow(size: number): Record<string, unknown> {
  const text = JSON.stringify(generateFeed({ opportunities: size, seed: 42 }));
  // Cold: fresh spec objects (no memoised rules or plans) and no memoised offsets.
  clearOffsetCache();
  const coldFeed = parseFeed(text);
  const [fromMs, toMs] = windowOf(coldFeed.info.timeZone);
  clearOffsetCache();
  const cold = measure(() => occurrencesBetween(coldFeed.opportunities, fromMs, toMs));
  const opportunities: Opportunity[] = coldFeed.opportunities;
  const runs = size >= 100_000 ? 3 : 7;
  const warm: Sample[] = [];
  let count = 0;
  for (let run = 0; run < runs; run++) {
    const sample = measure(() => occurrencesBetween(opportunities, fromMs, toMs));
    warm.push(sample);
    count = sample.result.length;
  }
  const warmWallMs = median(warm.map((sample) => sample.wallMs));
  const warmCpuMs = median(warm.map((sample) => sample.cpuMs));
  return {
    opportunities: size,
    occurrences: count,
    beforeMs: BEFORE_MS[size],
    coldWallMs: round(cold.wallMs),
    coldCpuMs: round(cold.cpuMs),
    warmWallMs: round(warmWallMs),
    warmCpuMs: round(warmCpuMs),
    occurrencesPerSecond: Math.round(count / (Math.max(warmWallMs, warmCpuMs) / 1000)),
    microsecondsPerOccurrence: round((1000 * Math.max(warmWallMs, warmCpuMs)) / count, 2),
  };
}

/** Nanoseconds per call over `calls` calls, after one untimed pass. */
function nanosPerCall(calls: number, call: (index: number) => unknown): number {
  let sink = 0;
  for (let index = 0; index < Math.min(calls, 10_000); index++) sink += call(index) ? 1 : 0;
  const started = performance.now();
  for (let index = 0; index < calls; index++) sink += call(index) ? 1 : 0;
  const elapsed = performance.now() - started;
  if (sink < 0) console.log(sink);
  return round((elapsed * 1e6) / calls, 0);
}

function zoneRows(): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const zone of ['Europe/London', 'Australia/Lord_Howe', 'UTC']) {
    const base = localToEpochMs('2026-01-01T00:00:00', zone);
    // 90 days of quarter hours, the spread of instants a city's feed produces.
    const instant = (index: number) => base + (index % 8640) * 900_000 + (index % 7) * 60_000;
    const locals = Array.from({ length: 8640 }, (_, index) => epochMsToLocal(instant(index), zone));
    rows.push({
      zone,
      localToEpochMsNs: nanosPerCall(200_000, (index) => localToEpochMs(locals[index % locals.length]!, zone)),
      formatRfc3339Ns: nanosPerCall(200_000, (index) => formatRfc3339(instant(index), zone)),
      epochMsToLocalNs: nanosPerCall(200_000, (index) => epochMsToLocal(instant(index), zone)),
      offsetMinutesAtNs: nanosPerCall(200_000, (index) => offsetMinutesAt(instant(index), zone)),
      // What every offset cost before the per-hour memo: one Intl call.
      uncachedIntlOffsetNs: nanosPerCall(20_000, (index) => intlOffsetMs(instant(index), zone)),
    });
  }
  return rows;
}

export default async function timeBench(): Promise<void> {
  const results: Record<string, unknown>[] = [];
  for (const size of SIZES) {
    const row = occurrenceRow(size);
    console.log(JSON.stringify(row));
    results.push(row);
  }
  for (const row of zoneRows()) {
    console.log(JSON.stringify(row));
    results.push(row);
  }
  console.log(`# saved ${saveResults('time', results)}`);
}
