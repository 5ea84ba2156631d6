/**
 * Lets the page handle input and paint between slices of long work. `setTimeout(…, 0)` would do,
 * but browsers hold a timer nested more than four deep for at least 4 ms: the 40 slices of a
 * 10,000-event timeline spent more time waiting than working. `scheduler.yield()` (Chromium,
 * Firefox) resumes as soon as the page has had its turn; elsewhere a message to ourselves does.
 */
type YieldingScheduler = {
  yield(): Promise<void>;
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
};

const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;

export function nextTask(): Promise<void> {
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** How long a slice of work may run before it yields: well under a 50 ms long task, on a slow phone too. */
export const SLICE_BUDGET_MS = 8;

/** A clock for slices of work: `due()` is true once the current slice has used its budget. */
export function sliceClock(budget = SLICE_BUDGET_MS): { due(): boolean; restart(): void } {
  let started = performance.now();
  return {
    due: () => performance.now() - started >= budget,
    restart: () => {
      started = performance.now();
    },
  };
}

/**
 * Lets everything else go first (input, rendering, network, other slices of work): for work that
 * nothing on screen waits for. A background task where the browser has `scheduler.postTask`, a
 * timer elsewhere.
 */
export function backgroundTask(): Promise<void> {
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise<void>((resolve) => setTimeout(resolve));
}
