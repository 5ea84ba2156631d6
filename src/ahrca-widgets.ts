/**
 * The one script a partner page loads. It fetches a widget's code only when the
 * widget's tag is on the page, at start or later. It imports no Lit and no core
 * code itself, so a page without our elements pays for this file alone.
 *
 * On a slow, far link the round trips cost more than the bytes, so when it meets a tag it starts
 * everything the widget will need at once (docs/performance.md, "Slow link"): the widget's
 * module with every chunk that module imports, its data, its UI strings in the element's
 * language, the text engine, and, once the data's first bytes say which, what that data needs.
 */
import type { EarlyRequest, EarlyRequests, WithEarlyRequests } from './core/early-requests.js';
import { partsFor } from './loader-parts.js';
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

/**
 * The built files each import needs, relative to this file, filled in by the build (preloadMap in
 * vite.config.ts). Served from source (the dev server, the tests), it is empty and nothing is
 * fetched ahead: each module then finds its own imports.
 */
interface FileMap {
  /** A widget's module and every chunk it imports, by tag. */
  w?: Record<string, readonly string[]>;
  /** The UI strings a widget fetches for a language other than English, by tag, then lower-case language tag. */
  l?: Record<string, Record<string, readonly string[]>>;
  /** The parts a widget imports once its data shows it needs them: engine, parser, purify, tjs, window, cards, extras, kept. */
  p?: Record<string, readonly string[]>;
}
const FILES = JSON.parse('{"ahrca-files":0}') as FileMap;

/** Fetches (and runs, as its importer would) each file ahead of the import that needs it. A failure is that import's to report. */
function fetchAhead(files: readonly string[] | undefined): void {
  for (const file of files ?? []) {
    // Relative to this file, as the build's own imports are; a variable, so the build leaves it alone.
    const specifier = `./${file}`;
    import(/* @vite-ignore */ specifier).catch(() => undefined);
  }
}

/** The language an element will show, as a widget resolves it first: its own `lang`, or the nearest, or the browser's. */
const langOf = (element: Element): string => element.closest('[lang]')?.getAttribute('lang') || navigator.language;

/** The table of the element's language among `tables` (`ru-RU` → `ru`, `uz` → `uz-latn`), if any. */
function languageOf(element: Element, tables: Record<string, readonly string[]>): readonly string[] | undefined {
  const subtags = langOf(element).toLowerCase().split(/[-_]/);
  const script = /^[a-z]{4}$/.test(subtags[1] ?? '') ? subtags[1] : undefined;
  if (subtags[0] === 'uz' && script !== 'cyrl') subtags.splice(1, Infinity, 'latn');
  // A script with no table of its own (`kk-Latn`) is not the language's table in another script: fetch nothing ahead.
  else if (script && !tables[`${subtags[0]}-${script}`]) return undefined;
  for (let length = subtags.length; length > 0; length--) {
    const table = tables[subtags.slice(0, length).join('-')];
    if (table) return table;
  }
  return undefined;
}

const EARLY_KEY = Symbol.for('ahrca-widgets.early-requests');
const earlyRequests: EarlyRequests = ((host as WithEarlyRequests)[EARLY_KEY] ??= new Map());
/** An early request nobody took (the element's `src` changed, or it never connected) is stopped after this. */
const UNCLAIMED_MS = 60_000;

/**
 * The element's data, requested now rather than once its code has arrived; data-source.ts takes
 * the request over. Only its first URL (a mirror is asked only if it fails), only http(s).
 */
function requestData(element: Element, tag: string): void {
  const first = element.getAttribute('src')?.trim().split(/\s+/)[0];
  let url: URL;
  try {
    url = new URL(first ?? '', document.baseURI);
  } catch {
    return;
  }
  // A Google Sheet's link or key is not its data: the widget asks for the sheet's CSV once its code
  // is in. The test is core/sheet-source.ts's, written out here: the loader imports no module a widget imports.
  if (!first || /^(v2:)?[\w-]{33,}$|^https:\/\/docs\.google\.com\/spreadsheets\//.test(first) || !/^https?:$/.test(url.protocol) || earlyRequests.has(url.href))
    return;
  const controller = new AbortController();
  const response = fetch(url.href, {
    signal: controller.signal,
    credentials: 'same-origin',
    referrerPolicy: 'no-referrer',
    headers: { Accept: 'application/json' },
  });
  const early: EarlyRequest = { response, abort: () => controller.abort() };
  earlyRequests.set(url.href, early);
  setTimeout(() => {
    if (earlyRequests.get(url.href) !== early) return;
    earlyRequests.delete(url.href);
    controller.abort();
  }, UNCLAIMED_MS);
  if (tag === 'ahrca-timeline') response.then(readFirstBytes, () => undefined);
}

/**
 * What a timeline's data needs, from its first bytes (read from a copy; the widget reads the
 * response itself): TimelineJS3's adapter or marked, the media's module, the extras. A wrong
 * guess costs a download or a round trip, never a result.
 */
async function readFirstBytes(response: Response): Promise<void> {
  if (!response.ok || !response.body) return;
  const reader = response.clone().body!.getReader();
  const { value } = await reader.read();
  void reader.cancel().catch(() => undefined);
  const head = new TextDecoder().decode(value);
  const foreign = head.includes('"start_date"');
  // TimelineJS3's text is HTML; ours is markdown unless the timeline says otherwise.
  if (foreign) fetchAhead(FILES.p?.tjs);
  else if (!/"textFormat"\s*:\s*"html"/.test(head)) fetchAhead(FILES.p?.parser);
  // Every media, images too, is drawn by the cards' module; eras, sources, backgrounds and key
  // events by the extras (in either format). A key named in a text is a wrong guess: one download.
  if (head.includes('"media"')) fetchAhead(FILES.p?.cards);
  if (/"(eras|sources|background|importance)"/.test(head)) fetchAhead(FILES.p?.extras);
}

/** Languages whose number, plural and date rules are loaded already (see warmUpIntl). */
const warmLanguages = new Set<string>();

/**
 * The first Intl formatter of a page loads the browser's locale data: 20 to 35 ms of main thread
 * on a laptop, more on a phone, which every widget pays in its first render. Done while the page
 * waits on the network, it is off the reader's path; a later formatter of the same language is
 * nearly free.
 */
function warmUpIntl(element: Element): void {
  const lang = langOf(element);
  if (warmLanguages.has(lang)) return;
  warmLanguages.add(lang);
  const later = globalThis.requestIdleCallback ?? setTimeout;
  later(() => {
    try {
      new Intl.PluralRules(lang).select(1);
      new Intl.NumberFormat(lang).format(1);
      new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(0);
    } catch {
      // A tag the browser does not know: the widget resolves its own language.
    }
  });
}

/** Everything an element met before its code will need, started now (see the top of this file). */
function startAhead(element: Element, tag: string): void {
  const parts = FILES.p;
  const tables = FILES.l?.[tag];
  const language = tables && languageOf(element, tables);
  fetchAhead(language);
  warmUpIntl(element);
  for (const part of partsFor(tag)) fetchAhead(parts?.[part]);
  if (tag !== 'ahrca-prisoner-list' && !('setHTML' in Element.prototype)) fetchAhead(parts?.purify);
  // Inline JSON wins over `src` (base-element.ts): then the URL is not asked.
  if (element.hasAttribute('src') && !element.querySelector(':scope > script[type="application/json"]')) {
    fetchAhead(parts?.kept);
    requestData(element, tag);
  }
}

function request(tag: string, importer: Importer, root: ParentNode): Promise<void> {
  const defined = customElements.get(tag) !== undefined;
  if (!defined) {
    fetchAhead(FILES.w?.[tag]);
    const elements = [...root.querySelectorAll(tag)];
    if (root instanceof Element && root.localName === tag) elements.push(root);
    for (const element of elements) startAhead(element, tag);
  }
  const loading = defined
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
  for (const [tag, importer] of state.waiting) if (contains(root, tag)) loads.push(request(tag, importer, root));
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
    for (const [tag, importer] of state.waiting) if (contains(element, tag)) void request(tag, importer, element);
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
