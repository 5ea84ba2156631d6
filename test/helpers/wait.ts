/**
 * open-wc's waitUntil with a bound that a busy two-core CI machine meets: 5 s by default, not its
 * 1 s (both browsers run their files at once there, and a first render can take over a second).
 * A condition that holds returns at once; only a test that is failing waits the whole bound.
 */
import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

type Options = NonNullable<Parameters<typeof waitUntilOpenWc>[2]>;

export function waitUntil(predicate: Parameters<typeof waitUntilOpenWc>[0], message?: string, options: Options = {}): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: 5000, ...options });
}
