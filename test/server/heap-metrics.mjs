// A test-runner command that measures a Chromium page from outside: it collects garbage, then
// reads the DevTools Protocol's counters (live DOM nodes, event listeners, JS heap). Lifecycle
// tests use it to prove that creating and removing widgets leaves nothing behind. Other browsers
// answer false (the runner reads null as "no plugin knew the command"): no such protocol there.

/** `executeServerCommand('heap-metrics')` → `{ nodes, listeners, heapBytes, documents }`, or false outside Chromium. */
export function heapMetricsPlugin() {
  return {
    name: 'ahrca-heap-metrics',
    async executeCommand({ command, session }) {
      if (command !== 'heap-metrics') return undefined;
      if (session.browser.type !== 'puppeteer' || !/^Chrom/.test(session.browser.name)) return false;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('Performance.enable');
        // Twice: finalisers of the first pass free more in the second.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
        return {
          nodes: value('Nodes'),
          listeners: value('JSEventListeners'),
          heapBytes: value('JSHeapUsedSize'),
          documents: value('Documents'),
        };
      } finally {
        await cdp.detach();
      }
    },
  };
}
