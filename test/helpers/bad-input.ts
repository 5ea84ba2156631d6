/**
 * The harness of the bad-input test files: every `ahrca-error` and `ahrca-load` on the page and
 * every uncaught page error, collected per test, with the console's logged refusals kept quiet.
 */
import type { AhrcaErrorDetail } from '../../src/core/events.js';

declare global {
  interface Window {
    __ahrcaPwned?: boolean;
  }
}

export interface BadInputWatch {
  errors: AhrcaErrorDetail[];
  loads: unknown[];
  pageProblems: string[];
}

/** Registers mocha hooks in the calling file; the arrays are emptied before each test. */
export function watchBadInput({ before: setUp }: { before?: () => Promise<void> | void } = {}): BadInputWatch {
  const watch: BadInputWatch = { errors: [], loads: [], pageProblems: [] };
  let restoreConsole: (() => void) | undefined;
  const onError = (event: Event): void => void watch.errors.push((event as CustomEvent<AhrcaErrorDetail>).detail);
  const onLoad = (event: Event): void => void watch.loads.push((event as CustomEvent).detail);
  const onPageError = (event: ErrorEvent): void => void watch.pageProblems.push(event.message);

  before(async () => {
    await setUp?.();
    document.documentElement.lang = 'en';
    document.addEventListener('ahrca-error', onError);
    document.addEventListener('ahrca-load', onLoad);
    window.addEventListener('error', onPageError);
  });

  after(() => {
    document.documentElement.removeAttribute('lang');
    document.removeEventListener('ahrca-error', onError);
    document.removeEventListener('ahrca-load', onLoad);
    window.removeEventListener('error', onPageError);
  });

  beforeEach(() => {
    watch.errors.length = 0;
    watch.loads.length = 0;
    watch.pageProblems.length = 0;
    delete window.__ahrcaPwned;
    // Each refusal is logged by design; keep the run's output readable.
    const original = console.error;
    console.error = () => undefined;
    restoreConsole = () => (console.error = original);
  });

  afterEach(() => restoreConsole?.());
  return watch;
}
