/**
 * The embed page's side of the protocol in src/embed/protocol.ts: it tells the page around it how
 * tall its content is and which `#id` the widget shows, and follows the `#id` that page sends.
 * Messages go to `window.parent` only, aimed at its origin when the frame can know it; messages
 * are read only from `window.parent`, from that origin.
 */
import { hashFor, HASH_WRITTEN_EVENT, readHashId } from '../core/location-hash.js';
import { hashMessage, heightMessage, isShareableId, readMessage, readyMessage, type EmbedMessage } from './protocol.js';

/**
 * The parent's origin: `location.ancestorOrigins` where the browser has it (Chromium, Safari),
 * else the origin of the referrer, which the parent's referrer policy may leave empty.
 */
function parentOrigin(): string | undefined {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  const candidate = ancestors && ancestors.length > 0 ? ancestors[0] : document.referrer;
  try {
    const { origin } = new URL(candidate ?? '');
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** The current `#id` when a page may be told it, else null. */
function shareableHash(): string | null {
  const id = readHashId();
  return isShareableId(id) ? id : null;
}

/** Starts talking to the parent, if there is one. */
export function linkToParent(): void {
  if (window.parent === window) return;
  const origin = parentOrigin();
  // Without a known origin the messages go to whatever page framed us; they hold nothing else.
  const post = (message: EmbedMessage): void => window.parent.postMessage(message, origin ?? '*');

  let lastHeight = -1;
  const reportHeight = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post(heightMessage(height));
  };
  new ResizeObserver(reportHeight).observe(document.documentElement);

  /** The id last sent or received, so that an id coming from the parent is not sent back. */
  let sharedId = shareableHash();
  const shareHash = (): void => {
    const id = shareableHash();
    if (id === sharedId) return;
    sharedId = id;
    post(hashMessage(id));
  };
  for (const type of ['hashchange', 'popstate', HASH_WRITTEN_EVENT]) window.addEventListener(type, shareHash);

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || (origin !== undefined && event.origin !== origin)) return;
    const message = readMessage(event.data);
    if (message?.type !== 'ahrca:hash' || message.id === shareableHash()) return;
    sharedId = message.id;
    // Replaces the entry (no new step in the reader's Back history) and fires `hashchange`, which the widgets follow.
    location.replace(message.id === null ? '#' : hashFor(message.id));
  });

  post(readyMessage());
  reportHeight();
}
