/**
 * Spies on `setTimeout` to see which timers the code under test leaves running. Only timers started
 * from a source path containing `sourcePath` count: the test helpers and the runner keep their own.
 * Timers still run, on the real clock.
 */
export function watchTimers(sourcePath: string): { pending: Set<number>; restore: () => void } {
  const pending = new Set<number>();
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  window.setTimeout = ((handler: () => void, ms?: number) => {
    const handle: number = realSet(() => {
      pending.delete(handle);
      handler();
    }, ms);
    if (new Error().stack?.includes(sourcePath)) pending.add(handle);
    return handle;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((handle?: number) => {
    if (handle !== undefined) pending.delete(handle);
    realClear(handle);
  }) as typeof window.clearTimeout;
  return {
    pending,
    restore: () => {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}
