/**
 * Replaces `window.localStorage` with a getter that throws, as a browser does when the reader's
 * privacy settings block storage. Returns the function that puts it back.
 */
export function blockStorage(): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    configurable: true,
  });
  return () => {
    if (original) Object.defineProperty(window, 'localStorage', original);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}
