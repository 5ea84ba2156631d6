/**
 * dist/embed-resize.js: the one optional script of a page that shows our widgets in iframes
 * (`<iframe data-ahrca-embed src=".../embed.html?...">`). It needs no other code of ours and is
 * built as a classic script, so `<script async src=".../embed-resize.js">` works on any page.
 *
 * - Sizes each embed frame to its content, as the frame reports it, within bounds
 *   (`data-ahrca-min-height`, `data-ahrca-max-height`, default 0 to 10,000 pixels).
 * - Passes the page's `#id` to the frames, at start and when it changes, so that a deep link to
 *   an event reaches the widget inside.
 * - With `data-ahrca-sync-hash` on a frame, puts the `#id` the widget inside writes into this
 *   page's address (replacing the entry, never adding one).
 *
 * A message counts only when it comes from an embed frame's own window (`event.source`) and from
 * the origin of that frame's `src` (`event.origin`); anything else is ignored.
 */
import { readHashId, writeHashId } from '../core/location-hash.js';
import { hashMessage, isShareableId, readMessage, type EmbedMessage } from './protocol.js';

const EMBED_FRAMES = 'iframe[data-ahrca-embed]';
const DEFAULT_MIN_HEIGHT = 0;
const DEFAULT_MAX_HEIGHT = 10_000;
/** Shared by every copy of this script on a page: only the first one listens. */
const INSTALLED = Symbol.for('ahrca-widgets.embed-resize');

function embedFrames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>(EMBED_FRAMES)];
}

/** The origin the frame's `src` names, or undefined for one without a real origin (about:blank, srcdoc, data:). */
function originOf(frame: HTMLIFrameElement): string | undefined {
  try {
    const { origin } = new URL(frame.src, document.baseURI);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** A whole number of pixels from a `data-ahrca-*-height` attribute, or the fallback. */
function bound(frame: HTMLIFrameElement, attribute: string, fallback: number): number {
  const value = Number.parseInt(frame.getAttribute(attribute) ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

function resize(frame: HTMLIFrameElement, height: number): void {
  const min = bound(frame, 'data-ahrca-min-height', DEFAULT_MIN_HEIGHT);
  const max = Math.max(min, bound(frame, 'data-ahrca-max-height', DEFAULT_MAX_HEIGHT));
  frame.style.height = `${Math.min(max, Math.max(min, Math.ceil(height)))}px`;
}

/** This page's `#id` when it is one a widget could have, else null: another fragment stays here. */
function pageId(): string | null {
  const id = readHashId();
  return isShareableId(id) ? id : null;
}

function sendHash(frame: HTMLIFrameElement, id: string | null): void {
  const origin = originOf(frame);
  if (origin) frame.contentWindow?.postMessage(hashMessage(id), origin);
}

function handle(frame: HTMLIFrameElement, message: EmbedMessage): void {
  switch (message.type) {
    case 'ahrca:ready': {
      const id = pageId();
      if (id !== null) sendHash(frame, id);
      return;
    }
    case 'ahrca:height':
      resize(frame, message.height);
      return;
    case 'ahrca:hash':
      if (frame.hasAttribute('data-ahrca-sync-hash') && message.id !== pageId()) writeHashId(message.id ?? undefined);
  }
}

function onMessage(event: MessageEvent): void {
  const message = readMessage(event.data);
  if (!message || event.source === null) return;
  const frame = embedFrames().find((candidate) => candidate.contentWindow === event.source);
  if (!frame || originOf(frame) !== event.origin) return;
  handle(frame, message);
}

function install(): void {
  const host = window as Window & { [INSTALLED]?: true };
  if (host[INSTALLED]) return;
  host[INSTALLED] = true;
  window.addEventListener('message', onMessage);
  window.addEventListener('hashchange', () => {
    const id = pageId();
    for (const frame of embedFrames()) sendHash(frame, id);
  });
  // Frames that said "ready" before this script ran get the page's #id now.
  const id = pageId();
  if (id !== null) for (const frame of embedFrames()) sendHash(frame, id);
}

install();
