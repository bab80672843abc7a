/**
 * Yielding to the browser between slices of a long first pass (grouping 100k opportunities, building
 * the list of thousands of places), so input, timers and painting get a turn in between.
 */

/** Milliseconds of work per slice: well inside one 60 Hz frame on a mid-range phone. */
export const SLICE_MS = 10;

let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * Resolves in a later task, through a MessageChannel message: unlike a nested setTimeout(0) it is
 * not clamped to 4 ms, and unlike scheduler.yield() it does not jump ahead of the page's own timers
 * (a yielded continuation outranks them in Chromium, so a page's setInterval could starve meanwhile).
 */
export function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(undefined);
  });
}

/**
 * Calls `step(n)` with growing batches until it returns true (done), handing the thread back after
 * about SLICE_MS of work. Stops early, resolving false, once `signal` is aborted.
 */
export async function runInSlices(step: (count: number) => boolean, signal: AbortSignal, batch = 1000): Promise<boolean> {
  for (;;) {
    const deadline = performance.now() + SLICE_MS;
    do {
      if (step(batch)) return true;
    } while (performance.now() < deadline);
    await nextTask();
    if (signal.aborted) return false;
  }
}
