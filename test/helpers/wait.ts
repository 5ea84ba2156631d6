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

/**
 * Resolves once an image of `src`, asked for now, has failed to load, and one more task has run: a
 * control for "nothing ran" after markup with `<img src=x onerror=…>`. An image of the same
 * address in a live element asked for it earlier and fails the same way, so its `onerror` comes
 * first (parallel requests are not promised to answer in order, but these are one server's 404s);
 * a fixed sleep instead ends before the error on a slow machine, and the test passes unseen.
 * Rejects if the image loads: the control proves nothing then.
 */
export async function afterImageFailure(src = 'x', { timeout = 5000 } = {}): Promise<void> {
  const control = new Image();
  const failed = new Promise<void>((resolve, reject) => {
    control.addEventListener('error', () => resolve(), { once: true });
    control.addEventListener('load', () => reject(new Error(`${src} loaded: not a control for a failing image`)), { once: true });
    setTimeout(() => reject(new Error(`${src} neither failed nor loaded in ${timeout} ms`)), timeout);
  });
  control.src = src;
  await failed;
  await new Promise((resolve) => setTimeout(resolve));
}
