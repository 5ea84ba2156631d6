/**
 * How long the page's main thread was blocked at a time, while some work ran: the longest gap
 * between the ticks of a timer that re-arms itself, which nothing can run inside of (in both
 * browsers), and in Chromium also the longest task its long-task observer saw.
 */
export interface TaskWatch {
  /** Stops watching; the longest block seen, in milliseconds. */
  stop(): number;
}

export function watchLongestTask(): TaskWatch {
  let longest = 0;
  let last = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick);
  };
  timer = setTimeout(tick);
  const observer = PerformanceObserver.supportedEntryTypes.includes('longtask')
    ? new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      })
    : undefined;
  observer?.observe({ type: 'longtask' });
  return {
    stop() {
      clearTimeout(timer);
      tick();
      clearTimeout(timer);
      observer?.disconnect();
      return Math.round(longest);
    },
  };
}

/**
 * The least of up to `runs` measures of the longest block, stopping at the first under `below`.
 * Other work on a shared 2-core machine (the other browser, the test server) stretches a task now
 * and then; the work's own cost is in every run. Each `measure` must do the whole work afresh
 * (new data, no cache warmed by the last run), watching only the part it times.
 */
export async function leastOf(measure: () => Promise<number>, below: number, runs = 3): Promise<number> {
  let least = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs && least >= below; run++) least = Math.min(least, await measure());
  return least;
}

/**
 * Resolves once nothing has changed under `root` for `quiet` ms: texts that wait for a later task
 * have shown. A condition, not a sleep: a root that keeps changing keeps it waiting, up to `timeout`.
 */
export function settled(root: Node, { quiet = 100, timeout = 5000 } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer = setTimeout(done, quiet);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quiet);
    });
    const limit = setTimeout(() => {
      observer.disconnect();
      clearTimeout(timer);
      reject(new Error(`still changing after ${timeout} ms`));
    }, timeout);
    function done() {
      observer.disconnect();
      clearTimeout(limit);
      resolve();
    }
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}
