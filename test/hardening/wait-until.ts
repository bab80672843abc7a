/**
 * open-wc's waitUntil never clears its overall timeout timer, and that timer's closure keeps the
 * predicate (and the widget it names) alive for `timeout` ms: 100 removed widgets then look leaked,
 * and a removed 100k-item feed stays in memory into the next test, whose garbage collections then
 * mark twice the heap (map-responsiveness.test.ts). This one clears both of its timers as soon as it settles.
 */
export function waitUntil(predicate: () => unknown, message: string, { timeout = 1000, interval = 50 } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    let poll: ReturnType<typeof setTimeout> | undefined;
    const deadline = setTimeout(() => {
      clearTimeout(poll);
      reject(new Error(`Timeout: ${message}`));
    }, timeout);
    const check = async () => {
      try {
        if (await predicate()) {
          clearTimeout(deadline);
          resolve();
        } else poll = setTimeout(check, interval);
      } catch (error) {
        clearTimeout(deadline);
        reject(error);
      }
    };
    void check();
  });
}
