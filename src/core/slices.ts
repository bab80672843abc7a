/**
 * Long first passes over big feeds (normalising, grouping, expanding, sorting 100k items) done a
 * slice at a time, with the host given a turn in between so a page keeps painting and answering
 * input. DOM-free: the same in Node and browsers, and it type-checks without the DOM library.
 */

/** Milliseconds of work per slice: well inside one 60 Hz frame on a mid-range phone. */
export const SLICE_MS = 10;

/**
 * Resolves in a later task, through a MessageChannel message (a setTimeout(0) where there is none).
 * Unlike a nested setTimeout(0) it is not clamped to 4 ms. Not `scheduler.yield()`: Chrome runs its
 * continuations ahead of other queued tasks, so a page's own timers did not fire once while 100 000
 * items were read (test/hardening/malformed-feeds.test.ts measured a 0.9 s gap, against 0.13 s with this).
 */
export function yieldToHost(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    // Typed by what is used: core compiles without the DOM library (tsconfig.cli.json), and Node's
    // MessagePort typings lack `onmessage`. A channel per turn, closed after it: an open port would
    // keep a Node process alive, and a turn comes every few milliseconds at most.
    const channel = new MessageChannel() as unknown as { port1: MessagePortLike; port2: MessagePortLike };
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

interface MessagePortLike {
  onmessage: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

export interface SliceOptions {
  /** Stops the work at the next turn: runInSlices then resolves false. */
  signal?: AbortSignal;
  /** Milliseconds of work between two turns (default SLICE_MS). */
  sliceMs?: number;
  /** Gives the host its turn (default yieldToHost): tests pass their own to count turns. */
  yieldToHost?: () => Promise<void>;
}

/**
 * Calls `step()` until it returns true (done), giving the host a turn once about `sliceMs` of work
 * has run. A step should be a small piece of work (a few hundred items): the clock is read between
 * steps. Resolves true when done, false when `signal` aborted first (checked after every turn).
 */
export async function runInSlices(step: () => boolean, options: SliceOptions = {}): Promise<boolean> {
  const { signal, sliceMs = SLICE_MS, yieldToHost: turn = yieldToHost } = options;
  if (signal?.aborted) return false;
  for (;;) {
    const deadline = performance.now() + sliceMs;
    do {
      if (step()) return true;
    } while (performance.now() < deadline);
    await turn();
    if (signal?.aborted) return false;
  }
}
