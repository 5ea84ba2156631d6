/**
 * Work written once as steps, a generator that pauses (`yield`) where the page may take its turn:
 * the command-line tools run it in one piece (`allSteps`), the widgets in slices of a few
 * milliseconds (core/sheets.ts `stepsInSlices`). No DOM.
 */
export type Steps<R> = Generator<void, R, void>;

/** Runs every step at once and returns the result. */
export function allSteps<R>(steps: Steps<R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
