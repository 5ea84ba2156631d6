/**
 * Registers a custom element once. A second copy of our script on the same page
 * (another version, another CDN URL) must not throw `NotSupportedError` into the
 * host page: it warns and keeps the first definition.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(`[ahrca-widgets] <${tag}> is already defined by another copy of the script; keeping the first one.`);
    }
    return;
  }
  customElements.define(tag, constructor);
}
