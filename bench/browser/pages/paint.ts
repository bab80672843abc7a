/**
 * In-page timing helpers shared by the benchmark pages. Times are performance.now() milliseconds.
 *
 * "After the next paint": a requestAnimationFrame callback runs just before the frame is painted, and
 * a message posted from it is delivered after that paint, so its time is when the pixels are out.
 */

/** Resolves with performance.now() just after the next frame has been painted. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(undefined);
    });
  });
}

/** Resolves once `found()` returns something, checked on every DOM change under `roots` (and once now). */
export function whenFound<T>(roots: readonly Node[], found: () => T | null | undefined, timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = found();
    if (first) return resolve(first);
    const observer = new MutationObserver(() => {
      const result = found();
      if (!result) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    });
    for (const root of roots) observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`Nothing found after ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

/** Resolves once `element` has a shadow root (Lit makes it when the element connects). */
export async function shadowOf(element: Element): Promise<ShadowRoot> {
  while (!element.shadowRoot) await new Promise((resolve) => setTimeout(resolve, 0));
  return element.shadowRoot;
}

/** Every node in `root`, shadow roots included (what the browser has to keep and lay out). */
export function countNodes(root: Node): number {
  let count = 1;
  const shadow = root instanceof Element ? root.shadowRoot : null;
  if (shadow) count += countNodes(shadow);
  for (let child = root.firstChild; child; child = child.nextSibling) count += countNodes(child);
  return count;
}

/** Durations between consecutive animation frames while `run` is in progress (plus `tailMs` after it). */
export async function frameDurations(run: () => Promise<void>, tailMs = 300): Promise<number[]> {
  const durations: number[] = [];
  let last = 0;
  let recording = true;
  const tick = (time: number) => {
    if (last) durations.push(time - last);
    last = time;
    if (recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await run();
  await new Promise((resolve) => setTimeout(resolve, tailMs));
  recording = false;
  return durations;
}

/** Reads the page's query string: ?mode=ours&feed=finder-10k.json. */
export function param(name: string, fallback = ''): string {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}

/** Bench functions the driver calls with page.evaluate(() => window.bench.name(...)). */
export function expose(functions: Record<string, (...args: never[]) => unknown>): void {
  (window as unknown as { bench: typeof functions }).bench = functions;
}
