/**
 * A heartbeat on the main thread: a short interval timer whose ticks can only run between tasks, so
 * each gap between ticks is, at most, one block of main-thread work (plus the interval itself). Used by
 * the responsiveness tests of the elements on 100 000-item feeds.
 */

export interface MainThreadProbe {
  /** When the probe started and each tick ran (performance.now()), in order. */
  readonly ticks: readonly number[];
  /** Stops the timer and returns every gap between ticks, in ms, the last one up to now included. */
  stop(): number[];
}

export function mainThreadProbe(intervalMs = 20): MainThreadProbe {
  let last = performance.now();
  const ticks = [last];
  const gaps: number[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    ticks.push(now);
    gaps.push(now - last);
    last = now;
  }, intervalMs);
  return {
    ticks,
    stop() {
      clearInterval(timer);
      gaps.push(performance.now() - last);
      return gaps;
    },
  };
}

/** "longest 84 ms (gaps over 50 ms: 61, 84)": the figures a responsiveness test prints. */
export function describeGaps(gaps: readonly number[], over = 50): string {
  const long = gaps.filter((gap) => gap > over).map((gap) => gap.toFixed(0));
  return `longest main-thread stall ${Math.max(...gaps).toFixed(0)} ms (gaps over ${over} ms: ${long.join(', ') || 'none'})`;
}
