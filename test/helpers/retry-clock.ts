import { setRetryWaitForTesting } from '../../src/core/data-source.js';

/**
 * Puts a clock into the data source's retries that does not wait: each delay asked for (backoff
 * with its jitter, or `Retry-After`) is recorded and the retry goes ahead at once, unless the
 * request was aborted meanwhile. Call `restore` (in `afterEach`) to put the real clock back.
 */
export function skipRetryWaits(): { delays: number[]; restore: () => void } {
  const delays: number[] = [];
  setRetryWaitForTesting((ms, signal) => {
    delays.push(ms);
    return signal.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  });
  return { delays, restore: () => setRetryWaitForTesting(undefined) };
}
