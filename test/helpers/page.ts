/**
 * What reached the host page during a widget test: its ahrca-* events, the fate of each click, and
 * every uncaught error; stand-ins for the navigator APIs a widget calls (clipboard, share); and
 * the console calls a test expects.
 * Each test file set these up by itself; these are the one copy.
 */

import { whenMarkdownReady } from '../../src/core/markdown.js';

declare global {
  interface Window {
    /** Set by a hostile payload's script if one ever ran. */
    __ahrcaPwned?: boolean;
  }
}

const WIDGET_EVENTS = ['ahrca-load', 'ahrca-error', 'ahrca-action'] as const;

/**
 * A page in English for every test of the file (mocha hooks, so call it at the top level):
 * `<html lang="en">` while the file runs, and the flag a hostile payload's script would set
 * cleared before each test. With `markdown`, the markdown engine is downloaded first: the first
 * text on a page waits for it, and then every text renders with its widget (csp.test.ts sees that
 * first download).
 */
export function englishPage({ markdown = false }: { markdown?: boolean } = {}): void {
  before(async () => {
    if (markdown) await whenMarkdownReady();
    document.documentElement.lang = 'en';
  });
  after(() => document.documentElement.removeAttribute('lang'));
  beforeEach(() => {
    delete window.__ahrcaPwned;
  });
}

export interface PageRecord<Click> {
  /** Every ahrca-load, ahrca-error and ahrca-action that reached the document, in order. */
  readonly seen: CustomEvent[];
  /** One entry per click that reached the window, as `describeClick` put it. */
  readonly clicks: Click[];
  /** Errors and unhandled rejections that reached the window. */
  readonly problems: string[];
  /** The `detail` of each recorded event of one type. */
  eventsOf<T>(type: string): T[];
}

/**
 * Records the page for every test of the file (mocha hooks, so call it at the top level), cleared
 * before each test. Clicks are cancelled once they reach the window, last, so that no test
 * navigates the page or opens a tab; `describeClick` notes first what the test needs of the click,
 * such as whether the widget cancelled it already.
 */
export function recordPage<Click = { prevented: boolean }>(
  describeClick: (event: MouseEvent) => Click = (event) => ({ prevented: event.defaultPrevented }) as Click,
): PageRecord<Click> {
  const record: PageRecord<Click> = {
    seen: [],
    clicks: [],
    problems: [],
    eventsOf: <T>(type: string) => record.seen.filter((event) => event.type === type).map((event) => event.detail as T),
  };
  const onWidgetEvent = (event: Event) => void record.seen.push(event as CustomEvent);
  const guardNavigation = (event: MouseEvent) => {
    record.clicks.push(describeClick(event));
    event.preventDefault();
  };
  const onError = (event: ErrorEvent) => void record.problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => void record.problems.push(`unhandledrejection: ${String(event.reason)}`);

  before(() => {
    for (const type of WIDGET_EVENTS) document.addEventListener(type, onWidgetEvent);
    window.addEventListener('click', guardNavigation);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    for (const type of WIDGET_EVENTS) document.removeEventListener(type, onWidgetEvent);
    window.removeEventListener('click', guardNavigation);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    record.seen.length = 0;
    record.clicks.length = 0;
    record.problems.length = 0;
  });
  return record;
}

const stubRestorers: (() => void)[] = [];

/** Replaces a navigator property until the end of the test (an own property shadows the prototype's getter). */
export function stubNavigator(name: 'share' | 'clipboard', value: unknown): void {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  stubRestorers.push(() => Reflect.deleteProperty(navigator, name));
}

/** A clipboard that takes every text (`works`) or refuses it as a browser without permission does; returns what was written. */
export function stubClipboard(result: 'works' | 'fails'): string[] {
  const written: string[] = [];
  stubNavigator('clipboard', {
    writeText: (text: string) => {
      written.push(text);
      return result === 'works' ? Promise.resolve() : Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    },
  });
  return written;
}

/** Collects the calls of one console method until the end of the test, instead of printing them. */
export function captureConsole(level: 'warn' | 'error' | 'info'): string[] {
  const calls: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  stubRestorers.push(() => (console[level] = original));
  return calls;
}

// What a test stubbed is put back after it, in every file that imports this one.
afterEach(() => {
  for (const restore of stubRestorers.splice(0).reverse()) restore();
});

/**
 * Resolves once every image in `root` that is not deferred (`loading="lazy"`) has loaded or
 * failed. A handler a payload smuggled onto an image (`onerror`, `onload`) runs as that event is
 * dispatched, before the listener added here: after this, "nothing ran" means nothing, not "not
 * yet". (A lazy image that never loads runs nothing; the checks of attributes find the handler.)
 */
export async function imagesSettled(root: ParentNode): Promise<void> {
  const eager = [...root.querySelectorAll('img')].filter((image) => image.loading !== 'lazy');
  await Promise.all(
    eager.map((image) =>
      image.complete
        ? undefined
        : new Promise((resolve) => {
            image.addEventListener('load', resolve, { once: true });
            image.addEventListener('error', resolve, { once: true });
          }),
    ),
  );
}
