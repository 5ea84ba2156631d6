/**
 * The messages between the iframe embed page (dist/embed.html) and the page around it, which
 * runs dist/embed-resize.js. Both sides check every message against these shapes and drop the
 * rest; a message carries nothing but a height or an id from the public data.
 *
 * - frame → page `ahrca:ready`: the frame is listening; the page answers with its own `#id`.
 * - frame → page `ahrca:height`: the height of the frame's content, in CSS pixels.
 * - page → frame and frame → page `ahrca:hash`: the `#id` to show (null: none).
 *
 * What either side can do to the other is in docs/embedding.md ("Threat model").
 */
import { IDENTIFIER_PATTERN } from '../core/patterns.js';

/** Raised when a message changes meaning; a side that reads another version ignores the message. */
export const PROTOCOL_VERSION = 1;

export interface ReadyMessage {
  type: 'ahrca:ready';
  v: typeof PROTOCOL_VERSION;
}

export interface HeightMessage {
  type: 'ahrca:height';
  v: typeof PROTOCOL_VERSION;
  height: number;
}

export interface HashMessage {
  type: 'ahrca:hash';
  v: typeof PROTOCOL_VERSION;
  /** An id as our schemas allow it, or null when the address names none. */
  id: string | null;
}

export type EmbedMessage = ReadyMessage | HeightMessage | HashMessage;

/** The most a height message may say; a larger one is no content of ours. */
const MAX_REPORTED_HEIGHT = 1_000_000;

export const readyMessage = (): ReadyMessage => ({ type: 'ahrca:ready', v: PROTOCOL_VERSION });

export const heightMessage = (height: number): HeightMessage => ({ type: 'ahrca:height', v: PROTOCOL_VERSION, height });

export const hashMessage = (id: string | null): HashMessage => ({ type: 'ahrca:hash', v: PROTOCOL_VERSION, id });

/** True for an id that may cross between the page and the frame. */
export function isShareableId(id: unknown): id is string {
  return typeof id === 'string' && IDENTIFIER_PATTERN.test(id);
}

/** The message in `data` when it is one of ours, in this version and well formed; else undefined. */
export function readMessage(data: unknown): EmbedMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.v !== PROTOCOL_VERSION) return undefined;
  switch (message.type) {
    case 'ahrca:ready':
      return readyMessage();
    case 'ahrca:height': {
      const { height } = message;
      return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_REPORTED_HEIGHT ? heightMessage(height) : undefined;
    }
    case 'ahrca:hash':
      return message.id === null || isShareableId(message.id) ? hashMessage(message.id) : undefined;
    default:
      return undefined;
  }
}
