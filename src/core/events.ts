/** Why loading failed, as given in `ahrca-error` events. */
export type LoadErrorReason =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'too-large'
  | 'invalid-json'
  | 'invalid-data'
  | 'no-source'
  | 'render'
  /** A Google Sheet in `src` could not be read: not published to the web, or not reachable. */
  | 'sheet-not-published';

export interface AhrcaLoadDetail {
  /** The URL the data came from, or `property` / `inline`. */
  source: string;
  /** True when the data shown is the last good copy kept from an earlier visit. */
  stale: boolean;
  /** True when the source answered 410 Gone: the widget shows only a neutral notice. */
  withdrawn?: boolean;
}

export interface AhrcaErrorDetail {
  reason: LoadErrorReason;
  /** A technical message in English that names the field or the cause. */
  message: string;
  /** The URL that failed last, when there was one. */
  source?: string;
  /** HTTP status, for `reason: 'http'`. */
  status?: number;
}

export interface AhrcaActionDetail {
  /** Which action the reader took, e.g. `sign`, `share`, `dismiss`. */
  action: string;
  /** The URL the action leads to, when it has one. */
  url?: string;
}

export interface AhrcaEventMap {
  'ahrca-load': CustomEvent<AhrcaLoadDetail>;
  'ahrca-error': CustomEvent<AhrcaErrorDetail>;
  'ahrca-action': CustomEvent<AhrcaActionDetail>;
}

declare global {
  /** So that `element.addEventListener('ahrca-load', (event) => event.detail.source)` is typed. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the entries come from AhrcaEventMap
  interface HTMLElementEventMap extends AhrcaEventMap {}
}

/** Dispatches a prefixed event that bubbles out of the shadow root. Returns false if a listener cancelled it. */
export function emit<K extends keyof AhrcaEventMap>(
  target: EventTarget,
  type: K,
  detail: AhrcaEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
