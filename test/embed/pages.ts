/**
 * Opening built pages (dist/embed.html, dist/builder/, snippets) in iframes of the test page and
 * waiting for what a reader would see in them. Same-origin frames, so a test reads their DOM.
 */
import { aTimeout } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

const frames: HTMLIFrameElement[] = [];

/** The test server on its other name: localhost ↔ 127.0.0.1, another origin for the browser. */
export const OTHER_ORIGIN = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

export interface FrameOptions {
  /** Sets `sandbox` (e.g. `allow-same-origin` alone: no script runs). */
  sandbox?: string;
  width?: number;
  height?: number;
}

function attach(frame: HTMLIFrameElement, options: FrameOptions): Promise<HTMLIFrameElement> {
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = `${options.height ?? 600}px`;
  frame.title = 'Page under test';
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  document.body.append(frame);
  frames.push(frame);
  return loaded;
}

/** Opens `url` in a new iframe and resolves once it has loaded. */
export function openUrl(url: string, options: FrameOptions = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = url;
  return attach(frame, options);
}

/** A page opened with openWatched, and what it reported from its start. */
export interface WatchedPage {
  frame: HTMLIFrameElement;
  doc: () => Document;
  /** `<directive> <blocked URL>` of each Content Security Policy violation. */
  violations: string[];
  /** Each line the page wrote with console.error (and still writes there). */
  errors: string[];
}

/**
 * Opens `url` and listens in its page as soon as its document exists, before its module scripts
 * run (they wait for the document to be parsed and their imports to arrive): the policy violations
 * it reports and its console errors. Resolves once it has loaded.
 */
export async function openWatched(url: string, options: FrameOptions = {}): Promise<WatchedPage> {
  const frame = document.createElement('iframe');
  frame.src = url;
  const loaded = attach(frame, options);
  const watched: WatchedPage = { frame, doc: () => documentOf(frame), violations: [], errors: [] };
  const path = new URL(url, location.href).pathname;
  // Every turn of the event loop, not every 20 ms: the page's first errors come soon after it starts.
  const deadline = performance.now() + 5000;
  while (!frame.contentDocument?.URL.includes(path)) {
    if (performance.now() > deadline) throw new Error(`${url} did not start`);
    await new Promise((resolve) => setTimeout(resolve));
  }
  // A window's console is its own global, which the DOM types do not list on Window.
  const view = frame.contentWindow as Window & typeof globalThis;
  frame.contentDocument.addEventListener('securitypolicyviolation', (event) => watched.violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  const consoleError = view.console.error.bind(view.console);
  view.console.error = (...args: unknown[]) => {
    watched.errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  await loaded;
  return watched;
}

/** Opens a fresh page whose body is `body`, as a snippet pasted into an empty page. */
export function openHtml(body: string, options: FrameOptions = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title></head><body>${body}</body></html>`;
  return attach(frame, options);
}

export function removeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export function documentOf(frame: HTMLIFrameElement): Document {
  const doc = frame.contentDocument;
  if (!doc) throw new Error(`no access to the document of ${frame.src}`);
  return doc;
}

/** The text of a part inside the first `tag` of the document, trimmed; '' while there is none. */
export function partText(doc: Document, tag: string, part: string): string {
  const element = doc.querySelector(tag);
  return element?.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits until the widget in the document shows `part` with text, and returns that text. */
export async function waitForPart(doc: () => Document, tag: string, part: string, timeout = 8000): Promise<string> {
  await waitUntil(() => partText(doc(), tag, part) !== '', `<${tag}> showed no ${part}`, { timeout });
  return partText(doc(), tag, part);
}

/** The part that names what a widget shows: a banner's or timeline's title, a card's name. */
export const TITLE_PART: Readonly<Record<string, string>> = {
  'ahrca-appeal-banner': 'title',
  'ahrca-prisoner-card': 'name',
  'ahrca-prisoner-list': 'title',
  'ahrca-timeline': 'title',
};

/**
 * Waits for `predicate` to hold, checking every 20 ms, up to `timeout`. The message may be a
 * function, to say what the page looked like when the wait gave up.
 */
export async function eventually(predicate: () => boolean, message: string | (() => string), timeout = 5000): Promise<void> {
  await waitUntil(predicate, message, { timeout, interval: 20 });
}

/** Gives messages and events already on their way time to arrive. */
export const settle = (): Promise<void> => aTimeout(150);

type Axe = { run: (context: Node) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };

/**
 * Every axe violation of the page in `frame`, of any impact, as `id (impact, nodes)`. axe is
 * loaded into the page itself (same origin), so it reads the page as its reader's browser has it.
 */
export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const doc = documentOf(frame);
  await new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error('axe did not load into the page')), { once: true });
    doc.head.append(script);
  });
  const axe = (frame.contentWindow as Window & { axe: Axe }).axe;
  const { violations } = await axe.run(doc);
  return violations.map(({ id, impact, nodes }) => `${id} (${impact}, ${nodes.length})`);
}
