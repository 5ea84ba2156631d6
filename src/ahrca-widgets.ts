/**
 * The one script a partner page loads. It fetches a widget's code only when the
 * widget's tag is on the page, at start or later. It imports no Lit and no core
 * code itself, so a page without our elements pays for this file alone.
 */
import { WIDGETS } from './registry.js';

type Importer = () => Promise<unknown>;

/** Shared by every copy of the loader on a page, whatever URL or version it came from. */
interface LoaderState {
  /** Tags not yet met on the page, with the import that defines each. */
  waiting: Map<string, Importer>;
  /** Tags met, with their settled or pending import. */
  requested: Map<string, Promise<void>>;
}

const LOADER_KEY = Symbol.for('ahrca-widgets.loader');
const host = globalThis as typeof globalThis & { [LOADER_KEY]?: LoaderState };
const isFirstCopy = !host[LOADER_KEY];
const state = (host[LOADER_KEY] ??= { waiting: new Map(), requested: new Map() });
// A later copy may know newer widgets: it hands them to the first copy's observer.
for (const [tag, importer] of Object.entries(WIDGETS)) {
  if (!state.waiting.has(tag) && !state.requested.has(tag)) state.waiting.set(tag, importer);
}

function request(tag: string, importer: Importer): Promise<void> {
  const loading = customElements.get(tag)
    ? Promise.resolve()
    : importer().then(
        () => undefined,
        (error: unknown) => console.error(`[ahrca-widgets] could not load the code of <${tag}>:`, error),
      );
  state.waiting.delete(tag);
  state.requested.set(tag, loading);
  return loading;
}

function contains(root: ParentNode, tag: string): boolean {
  return (root instanceof Element && root.localName === tag) || root.querySelector(tag) !== null;
}

/** Loads the code of every ahrca element inside `root`, e.g. a shadow root that the page observer cannot see. */
export function discover(root: ParentNode): Promise<void> {
  const loads = [...state.requested].filter(([tag]) => contains(root, tag)).map(([, loading]) => loading);
  for (const [tag, importer] of state.waiting) if (contains(root, tag)) loads.push(request(tag, importer));
  return Promise.all(loads).then(() => undefined);
}

let added: Element[] = [];
let scanScheduled = false;

function scanAdded(): void {
  const elements = added;
  added = [];
  scanScheduled = false;
  for (const element of elements) {
    if (state.waiting.size === 0) return;
    if (!element.isConnected) continue;
    for (const [tag, importer] of state.waiting) if (contains(element, tag)) void request(tag, importer);
  }
}

if (isFirstCopy) {
  new MutationObserver((records) => {
    if (state.waiting.size === 0) return;
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.push(node as Element);
    }
    if (added.length > 0 && !scanScheduled) {
      scanScheduled = true;
      queueMicrotask(scanAdded);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
void discover(document);
