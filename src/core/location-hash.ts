/**
 * The page's `#fragment` as a deep link to one item of a widget (a person, an event). Every
 * widget reads and writes it through here, so a link copied from one works in any other, and the
 * iframe embed page can forward its parent's hash by setting its own.
 */

/**
 * Fired on `window` after `writeHashId` changed the address, which raises no `hashchange`: the
 * iframe embed page listens for it to tell the page around it.
 */
export const HASH_WRITTEN_EVENT = 'ahrca-hash-written';

/** The id in `location.hash`, decoded, or undefined when there is none or it is not valid percent-encoding. */
export function readHashId(): string | undefined {
  const raw = location.hash.slice(1);
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** `#id` for a link or a `location.hash`. */
export function hashFor(id: string): string {
  return `#${encodeURIComponent(id)}`;
}

/** The page's URL with `#id`, for "copy link" buttons. */
export function urlWithHash(id: string): string {
  const url = new URL(location.href);
  url.hash = hashFor(id);
  return url.href;
}

/**
 * Puts `#id` in the address bar, or removes the fragment when `id` is undefined, without scrolling
 * and without a `hashchange` event (`HASH_WRITTEN_EVENT` instead). `push` adds a history entry so
 * that Back undoes it.
 */
export function writeHashId(id: string | undefined, { push = false }: { push?: boolean } = {}): void {
  const url = new URL(location.href);
  url.hash = id === undefined ? '' : hashFor(id);
  if (url.href === location.href) return;
  try {
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  } catch {
    // A sandboxed iframe or an opaque origin may refuse history changes; the widget still works.
    return;
  }
  window.dispatchEvent(new Event(HASH_WRITTEN_EVENT));
}

/**
 * Calls `onChange` with the new id when the reader follows a `#link` or goes Back/Forward.
 * Returns the function that stops listening (call it on disconnect).
 */
export function watchHashId(onChange: (id: string | undefined) => void): () => void {
  const listener = (): void => onChange(readHashId());
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}
