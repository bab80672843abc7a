// Web Test Runner plugin: a server command that answers a test page with its own DevTools protocol
// metrics (Performance.getMetrics after HeapProfiler.collectGarbage), so lifecycle tests can measure
// listeners, DOM nodes and heap without leaving Web Test Runner. Chromium launcher (puppeteer) only.
//   executeServerCommand('cdp-metrics')  →  { JSEventListeners, Nodes, JSHeapUsedSize, Documents, … }

const sessions = new WeakMap();

async function cdpFor(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    sessions.set(page, cdp);
  }
  return cdp;
}

export function cdpMetricsPlugin() {
  return {
    name: 'cdp-metrics',
    async executeCommand({ command, session }) {
      if (command !== 'cdp-metrics') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error('cdp-metrics needs the Chromium launcher');
      const cdp = await cdpFor(page);
      // Two collections: the first can leave objects with finalizers for the second.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    },
  };
}
