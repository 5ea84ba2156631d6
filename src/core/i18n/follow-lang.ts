/**
 * Lets elements follow a `lang` change on any ancestor (`<html lang>` switched by the page, a
 * wrapper's `lang`) with one MutationObserver per page, however many elements there are. It
 * watches only `lang` attributes, which pages rarely change, and is disconnected while no element
 * follows. Shadow trees are outside its reach: a `lang` change inside another component's shadow
 * root is not seen.
 */
const followers = new Map<Element, () => void>();
let observer: MutationObserver | undefined;

function notify(): void {
  for (const onChange of followers.values()) onChange();
}

/** Calls `onChange` after any `lang` attribute in the document changes, until `unfollowLang(element)`. */
export function followLang(element: Element, onChange: () => void): void {
  followers.set(element, onChange);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unfollowLang(element: Element): void {
  followers.delete(element);
  if (followers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
