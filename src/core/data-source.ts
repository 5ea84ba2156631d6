import type { EarlyRequests, WithEarlyRequests } from './early-requests.js';
import type { LoadErrorReason } from './events.js';

/** A failure to get a payload, with a reason a host page can act on. */
export class LoadError extends Error {
  override name = 'LoadError';
  readonly reason: LoadErrorReason;
  readonly source: string | undefined;
  readonly status: number | undefined;
  /** Milliseconds the server asked us to wait (`Retry-After`), when it did. */
  readonly retryAfter: number | undefined;

  constructor(reason: LoadErrorReason, message: string, details: { source?: string; status?: number; retryAfter?: number } = {}) {
    super(message);
    this.reason = reason;
    this.source = details.source;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
  }
}

export interface FetchOptions {
  /** Aborting it abandons this caller's interest; the request stops when no caller is left. */
  signal: AbortSignal;
  /** Milliseconds for one attempt, body included. */
  timeout: number;
  /** Extra attempts per URL after a network error, a timeout, 408, 429 or 5xx. */
  retries: number;
  /** A larger body is refused without being parsed. */
  maxBytes: number;
}

export interface FetchedText {
  text: string;
  url: string;
  /** True when the answer is CSV (`text/csv`, or a `.csv` file served as text), not JSON. */
  csv: boolean;
}

/** The longest `Retry-After` we wait for before moving on to the next mirror. */
export const MAX_RETRY_AFTER_MS = 10_000;
const BACKOFF_BASE_MS = 400;

/** Splits a `src` attribute into absolute URLs: the first, then its mirrors. */
export function parseSourceList(src: string | undefined, base = document.baseURI): string[] {
  if (!src?.trim()) return [];
  const urls: string[] = [];
  for (const token of src.trim().split(/\s+/)) {
    try {
      urls.push(new URL(token, base).href);
    } catch {
      // An unparsable token is skipped; the remaining mirrors still work.
    }
  }
  return urls;
}

/** True for a 410 Gone: the publisher took the data down, which no mirror overrules. */
export function isGone(error: unknown): error is LoadError {
  return error instanceof LoadError && error.reason === 'http' && error.status === 410;
}

/**
 * Fetches the first URL that answers with JSON text, trying mirrors in turn. A 410 Gone ends the
 * search: the data was taken down, and a mirror (perhaps stale, perhaps hostile) does not bring it back.
 * Throws the last LoadError when every URL fails, or the signal's reason when aborted.
 */
export async function fetchFirstAvailable(urls: readonly string[], options: FetchOptions): Promise<FetchedText> {
  options.signal.throwIfAborted();
  let lastError: unknown = new LoadError('no-source', 'no URL to load');
  for (const url of urls) {
    try {
      const { text, csv } = await fetchShared(url, options);
      return { text, url, csv };
    } catch (error) {
      if (options.signal.aborted) throw options.signal.reason;
      if (isGone(error)) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

interface Body {
  text: string;
  bytes: number;
  csv: boolean;
}

interface InflightRequest {
  promise: Promise<Body>;
  controller: AbortController;
  subscribers: number;
  /** The largest limit of the widgets sharing it: the body is read up to that, each applies its own after. */
  limit: { maxBytes: number };
}

/** Requests in flight by URL, so that several widgets showing one feed make one request. */
const inflight = new Map<string, InflightRequest>();

function fetchShared(url: string, options: FetchOptions): Promise<Omit<Body, 'bytes'>> {
  let request = inflight.get(url);
  if (request) {
    request.limit.maxBytes = Math.max(request.limit.maxBytes, options.maxBytes);
  } else {
    const controller = new AbortController();
    const limit = { maxBytes: options.maxBytes };
    const promise = fetchWithRetries(url, { ...options, signal: controller.signal }, limit);
    const created: InflightRequest = { promise, controller, subscribers: 0, limit };
    // Settled requests leave the map; nobody listening is not an unhandled rejection.
    promise.then(
      () => inflight.get(url) === created && inflight.delete(url),
      () => inflight.get(url) === created && inflight.delete(url),
    );
    inflight.set(url, created);
    request = created;
  }
  const shared = request;
  shared.subscribers += 1;
  return new Promise<Omit<Body, 'bytes'>>((resolve, reject) => {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      options.signal.removeEventListener('abort', onAbort);
      shared.subscribers -= 1;
    };
    const onAbort = () => {
      release();
      if (shared.subscribers === 0 && inflight.get(url) === shared) {
        inflight.delete(url);
        shared.controller.abort();
      }
      reject(options.signal.reason);
    };
    if (options.signal.aborted) return onAbort();
    options.signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      ({ text, bytes, csv }) => {
        release();
        if (bytes > options.maxBytes) reject(tooLarge(url, options.maxBytes));
        else resolve({ text, csv });
      },
      (error: unknown) => {
        release();
        reject(error);
      },
    );
  });
}

async function fetchWithRetries(url: string, options: FetchOptions, limit: { maxBytes: number }): Promise<Body> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options, limit);
    } catch (error) {
      if (options.signal.aborted) throw options.signal.reason;
      const failure = error instanceof LoadError ? error : new LoadError('network', String(error), { source: url });
      const delay = retryDelay(failure, attempt);
      if (attempt >= options.retries || delay === undefined) throw failure;
      await waitBeforeRetry(delay, options.signal);
    }
  }
}

/** Milliseconds to wait before the next attempt, or undefined when this failure is not worth retrying. */
function retryDelay(failure: LoadError, attempt: number): number | undefined {
  const retryable =
    failure.reason === 'network' ||
    failure.reason === 'timeout' ||
    (failure.reason === 'http' && failure.status !== undefined && [408, 425, 429, 500, 502, 503, 504].includes(failure.status));
  if (!retryable) return undefined;
  if (failure.retryAfter !== undefined) return failure.retryAfter <= MAX_RETRY_AFTER_MS ? failure.retryAfter : undefined;
  return BACKOFF_BASE_MS * 3 ** attempt + Math.random() * BACKOFF_BASE_MS;
}

/** How a retry waits: `sleep` on the real clock, unless a test put its own clock in. */
type RetryWait = (ms: number, signal: AbortSignal) => Promise<void>;
let waitBeforeRetry: RetryWait = sleep;

/**
 * Tests that exercise retries and `Retry-After` pass a wait that records the delay asked for and
 * returns at once, so that they neither wait on the real clock nor depend on the jitter;
 * `undefined` restores the real clock.
 */
export function setRetryWaitForTesting(wait: RetryWait | undefined): void {
  waitBeforeRetry = wait ?? sleep;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Requests the loader started before this code arrived (src/ahrca-widgets.ts), by URL. */
const earlyRequests: EarlyRequests = ((globalThis as WithEarlyRequests)[Symbol.for('ahrca-widgets.early-requests')] ??= new Map());

/**
 * How every data request is made, by the loader too (src/ahrca-widgets.ts): no referrer, JSON
 * asked for (CSV too, for sheets), and cookies only to the page's own origin (`same-origin`, fetch's default): a data
 * file on another origin gets none, as with `omit`, and a `<link rel="preload" as="fetch"
 * crossorigin>` in the builder's snippet is the same request, so the browser reuses it (it
 * does not for `omit`).
 *
 * The loader's request for `url` if it made one, taken over once (later attempts fetch anew);
 * aborting `signal` stops it. Else a fetch of our own.
 */
function startFetch(url: string, signal: AbortSignal): Promise<Response> {
  const early = earlyRequests.get(url);
  if (!early) return fetch(url, { signal, credentials: 'same-origin', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json, text/csv;q=0.9' } });
  earlyRequests.delete(url);
  if (signal.aborted) early.abort();
  else signal.addEventListener('abort', early.abort, { once: true });
  return early.response;
}

async function fetchOnce(url: string, options: FetchOptions, limit: { maxBytes: number }): Promise<Body> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeout);
  const signal = AbortSignal.any([options.signal, timeout.signal]);
  try {
    const response = await startFetch(url, signal);
    if (!response.ok) {
      await response.body?.cancel();
      throw new LoadError('http', `${url} answered HTTP ${response.status}`, {
        source: url,
        status: response.status,
        retryAfter: parseRetryAfter(response.headers.get('retry-after')),
      });
    }
    const type = response.headers.get('content-type') ?? '';
    const csv = isCsv(type, response.url || url);
    if (!csv && !isJsonContentType(type)) {
      await response.body?.cancel();
      throw new LoadError('not-json', `${url} sent ${type || 'no content type'}, expected JSON or CSV`, { source: url });
    }
    return { ...(await readLimited(response, url, limit)), csv };
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    if (timeout.signal.aborted) {
      throw new LoadError('timeout', `${url} did not answer within ${options.timeout} ms`, { source: url });
    }
    if (error instanceof LoadError) throw error;
    throw new LoadError('network', `${url} could not be reached (${String(error)})`, { source: url });
  } finally {
    clearTimeout(timer);
  }
}

/** JSON media types, and text/plain because raw-file hosts serve .json files as text. */
function isJsonContentType(type: string): boolean {
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json') || essence === 'text/json' || essence === 'text/plain';
}

/** `text/csv`, or a file named `.csv` that a raw-file host serves as text. */
function isCsv(type: string, url: string): boolean {
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'text/csv' || (essence === 'text/plain' && /\.csv$/i.test(new URL(url).pathname));
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function tooLarge(url: string, maxBytes: number): LoadError {
  return new LoadError('too-large', `${url} is larger than the ${maxBytes} bytes allowed`, { source: url });
}

/**
 * Reads the body as text, refusing it as soon as it passes the limit. The limit is read as the body
 * arrives: a widget with a larger one may join the request meanwhile.
 */
async function readLimited(response: Response, url: string, limit: { maxBytes: number }): Promise<Omit<Body, 'csv'>> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit.maxBytes) {
    await response.body?.cancel();
    throw tooLarge(url, limit.maxBytes);
  }
  if (!response.body) {
    const text = await response.text();
    return { text, bytes: new TextEncoder().encode(text).byteLength };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit.maxBytes) {
      await reader.cancel();
      throw tooLarge(url, limit.maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), bytes };
}

/** Parses JSON text, naming where it came from when it is not JSON. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError('invalid-json', `${source} is not valid JSON (${(error as Error).message})`, { source });
  }
}
