/**
 * People withdrawn in this session, wherever the withdrawal was read: once any widget reads that a
 * person is withdrawn (from any file, in any form), every widget of the page, of the page's other
 * tabs and of another copy of our script takes them down at once, and every kept copy that shows
 * them is forgotten. Only ids cross, never anything else of the record.
 */
import { IDENTIFIER_PATTERN } from './patterns.js';

const CHANNEL = 'ahrca-widgets:withdrawn';
const MESSAGE = 'ahrca:withdrawn';

type Listener = () => void;

const withdrawn = new Set<string>();
const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;

/** The people withdrawn so far in this session. */
export function withdrawnPeople(): ReadonlySet<string> {
  return withdrawn;
}

/** Adds ids that are not yet known; true when there was one. */
function learn(ids: readonly string[]): boolean {
  let learned = false;
  for (const id of ids) {
    if (withdrawn.has(id)) continue;
    withdrawn.add(id);
    learned = true;
  }
  return learned;
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** Takes these people down everywhere: on every widget showing them, and in every kept copy. */
export function announceWithdrawn(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  const forgotten = import('./kept-copies.js').then(({ forgetPeople }) => forgetPeople(ids)).catch(() => undefined);
  if (learn(ids)) {
    notify();
    try {
      const sender = new BroadcastChannel(CHANNEL);
      sender.postMessage({ type: MESSAGE, ids });
      sender.close();
    } catch {
      // No BroadcastChannel: the other tabs learn it from their own next load.
    }
  }
  return forgotten;
}

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, ids } = data as { type?: unknown; ids?: unknown };
  if (type !== MESSAGE || !Array.isArray(ids)) return;
  const valid = ids.filter((id): id is string => typeof id === 'string' && IDENTIFIER_PATTERN.test(id));
  if (learn(valid)) notify();
}

/**
 * Calls `listener` whenever people are newly withdrawn; returns the unsubscribe. The channel to
 * other tabs is open only while a widget listens.
 */
export function onWithdrawn(listener: Listener): () => void {
  listeners.add(listener);
  if (!channel) {
    try {
      channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = onMessage;
    } catch {
      channel = undefined;
    }
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && channel) {
      channel.close();
      channel = undefined;
    }
  };
}
