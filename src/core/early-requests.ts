/**
 * Data requests the loader (src/ahrca-widgets.ts) starts as soon as it sees a tag with `src`, before
 * the widget's code has arrived; the widget's first request for that URL takes one over
 * (./data-source.ts). Types only: the loader imports no core code, so both sides reach the map
 * through the global symbol `Symbol.for('ahrca-widgets.early-requests')`.
 */
export interface EarlyRequest {
  /** The fetch, made as data-source.ts makes its own: no cookies, no referrer, `Accept: application/json`. */
  readonly response: Promise<Response>;
  /** Stops it: the widget is gone, or its request was aborted or timed out. */
  abort(): void;
}

/** By absolute URL; an entry leaves the map when it is taken, or when nobody took it within a minute. */
export type EarlyRequests = Map<string, EarlyRequest>;

export type WithEarlyRequests = typeof globalThis & { [key: symbol]: EarlyRequests | undefined };
