/**
 * What a payload goes through before a widget shows it: data-path → transform → adapt → the widget's
 * last word (withdrawn people taken down) → empty check → validation. Every step gets the load's abort signal and none
 * changes the element: the one place that commits a result is the element's (base-element.ts).
 * Synchronous unless the widget adapts or validates asynchronously, so that data given as a
 * property shows in the first render, with no skeleton before it.
 */
import { LoadError } from './data-source.js';
import { JsonPointerError, resolveJsonPointer } from './json-pointer.js';
import type { ValidationResult } from './schema/validate.js';

export type MaybePromise<T> = T | Promise<T>;

/** `next(value)` now when `value` is at hand, after it when it is a promise; a later step sees an abort as a rejection. */
export function andThen<A, B>(value: MaybePromise<A>, signal: AbortSignal, next: (value: A) => MaybePromise<B>): MaybePromise<B> {
  if (!(value instanceof Promise)) return next(value);
  return value.then((settled) => {
    signal.throwIfAborted();
    return next(settled);
  });
}

export interface PayloadSteps<T> {
  dataPath?: string | undefined;
  transform?: ((payload: unknown) => unknown) | undefined;
  adapt(payload: unknown, signal: AbortSignal): unknown;
  /** The widget's last word before validation: people widgets take withdrawn records down. */
  beforeValidation(value: unknown): unknown;
  validate(value: unknown, signal: AbortSignal): MaybePromise<ValidationResult<T>>;
}

export type Prepared<T> =
  /** `input` is the value as validated: what a kept copy holds. */
  { kind: 'empty'; input: unknown } | { kind: 'valid'; value: T; input: unknown; remaining?: () => Promise<string[]> };

/** The payload before validation: `data-path`, `transform` and the widget's adapter applied. */
function reshape<T>(payload: unknown, source: string, steps: PayloadSteps<T>, signal: AbortSignal): MaybePromise<unknown> {
  let value = payload;
  if (steps.dataPath) {
    try {
      value = resolveJsonPointer(value, steps.dataPath);
    } catch (error) {
      if (error instanceof JsonPointerError) throw new LoadError('invalid-data', error.message, { source });
      throw error;
    }
  }
  if (steps.transform) {
    try {
      value = steps.transform(value);
    } catch (error) {
      throw new LoadError('invalid-data', `transform failed: ${String(error)}`, { source });
    }
  }
  const unreadable = (error: unknown) => new LoadError('invalid-data', `could not read the data: ${String(error)}`, { source });
  let adapted: unknown;
  try {
    adapted = steps.adapt(value, signal);
  } catch (error) {
    throw unreadable(error);
  }
  if (!(adapted instanceof Promise)) return adapted;
  return adapted.catch((error: unknown) => {
    if (signal.aborted) throw error;
    throw unreadable(error);
  });
}

/**
 * Reads a payload for showing. A kept copy (`reshaped`) went through data-path, transform and the
 * adapter before it was kept, so only the rest applies to it. The widget's `beforeValidation` (which
 * takes withdrawn people down) runs whatever else the payload holds, valid or not. Throws a
 * LoadError for data that cannot be shown.
 */
export function preparePayload<T>(
  payload: unknown,
  source: string,
  steps: PayloadSteps<T>,
  signal: AbortSignal,
  { reshaped = false }: { reshaped?: boolean } = {},
): MaybePromise<Prepared<T>> {
  const input = reshaped ? payload : reshape(payload, source, steps, signal);
  return andThen(input, signal, (reshapedValue) => {
    const value = steps.beforeValidation(reshapedValue);
    if (isBlank(value)) return { kind: 'empty', input: value };
    return andThen(steps.validate(value, signal), signal, (result): Prepared<T> => {
      if (!result.ok) throw invalidData(source, result.errors);
      return { kind: 'valid', value: result.value, input: value, ...(result.remaining ? { remaining: result.remaining } : {}) };
    });
  });
}

export function invalidData(source: string, errors: readonly string[]): LoadError {
  return new LoadError('invalid-data', `${source}: ${errors.join('; ')}`, { source });
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
