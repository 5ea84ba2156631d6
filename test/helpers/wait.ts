/**
 * open-wc's waitUntil with a bound that a busy two-core CI machine meets: 5 s by default, not its
 * 1 s (both browsers run their files at once there, and a first render can take over a second).
 * A condition that holds returns at once; only a test that is failing waits the whole bound.
 * The message may be a function, to say what the page looked like when the wait gave up.
 */
import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

type Options = NonNullable<Parameters<typeof waitUntilOpenWc>[2]>;

export async function waitUntil(predicate: Parameters<typeof waitUntilOpenWc>[0], message?: string | (() => string), options: Options = {}): Promise<void> {
  try {
    await waitUntilOpenWc(predicate, typeof message === 'string' ? message : undefined, { timeout: 5000, ...options });
  } catch (error) {
    if (typeof message === 'function') throw new Error(message(), { cause: error });
    throw error;
  }
}
