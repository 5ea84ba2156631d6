/**
 * The static renders of issue #23 (`ahrca-widgets render`, src/tools/render.ts), made by the built
 * tools through the test server (test/server/ssr-pages.mjs: run `npm run build:tools` first), and
 * the pages and frames the tests show them in.
 *
 * JavaScript off: a page whose Content-Security-Policy is `script-src 'none'` (a meta element),
 * shown in an iframe and read from outside, the same way in Chromium and Firefox: the test runner
 * drives Firefox through WebDriver BiDi, where puppeteer cannot switch scripts off for one page, and
 * a policy that refuses every script leaves the page what a reader with scripts off gets.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { pickLocalized, type LocalizedText } from '../../src/core/i18n/localized.js';

export type Widget = 'timeline' | 'prisoner-card' | 'prisoner-list' | 'appeal-banner';
export type Payload = Record<string, unknown>;
export const WIDGETS: readonly Widget[] = ['timeline', 'prisoner-card', 'prisoner-list', 'appeal-banner'];
export const PERSON = 'example-namuna-odamov';

export async function json(path: string): Promise<Payload> {
  return (await fetch(path)).json() as Promise<Payload>;
}

export const textOf = (value: unknown, lang: string): string => pickLocalized(value as LocalizedText, lang).text;

/** The demo feed grown to `count` people. */
export function feedOf(feed: Payload, count: number): Payload {
  const active = (feed.people as Payload[]).filter((person) => !person.withdrawn);
  const people = Array.from({ length: count }, (_, i) => {
    const person = active[i % active.length]!;
    return { ...person, id: `${String(person.id)}-${i}`, name: `${textOf(person.name, 'en')} ${i + 1}` };
  });
  return { ...feed, people };
}

/** The demo data of each widget; the list has 2,000 people. */
export async function demoData(): Promise<Record<Widget, Payload>> {
  const [timeline, feed, appeal] = await Promise.all([
    json('/demo/data/timeline-andijan.json'),
    json('/demo/data/prisoners.json'),
    json('/demo/data/appeal-andijan-investigation.json'),
  ]);
  return { timeline, 'prisoner-card': feed, 'prisoner-list': feedOf(feed, 2000), 'appeal-banner': appeal };
}

export interface RenderJob {
  payload: unknown;
  options: { widget: Widget; lang?: string; theme?: string; person?: string; base?: string };
}

/** Renders every job with the built tools, in one process: a list of { html } or { error }. */
export async function renderAll(jobs: readonly RenderJob[]): Promise<{ html?: string; error?: string }[]> {
  const response = await fetch('/ssr/render', { method: 'POST', body: JSON.stringify(jobs) });
  expect(response.status).to.equal(200);
  return response.json() as Promise<{ html?: string; error?: string }[]>;
}

/** Where the demo data's relative URLs (the photos) resolve: the page's base in pageOf(), and the render's `base`. */
export const DATA_BASE = new URL('/demo/data/', location.href).href;

/** A job for the widget's demo data (the card shows PERSON). */
export const demoJob = (data: Record<Widget, Payload>, widget: Widget, lang: string, theme: string): RenderJob => ({
  payload: data[widget],
  options: { widget, lang, theme, base: DATA_BASE, ...(widget === 'prisoner-card' ? { person: PERSON } : {}) },
});

/** A page holding the render, with a CSP that refuses every script unless `js`. */
export function pageOf(html: string, lang: string, theme: string, js = false): string {
  const csp = js ? '' : `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
  const background = theme === 'dark' ? '#16181d' : '#ffffff';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><base href="${DATA_BASE}">${csp}<title>Static render</title><style>body{margin:0;padding:8px;background:${background}}</style></head><body><main>${html}</main></body></html>`;
}

/** The page in a frame of its own, `width` CSS pixels wide; resolves once it has loaded. */
export async function frame(markup: string, width = 800): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `inline-size: ${width}px; block-size: 1200px; border: 0`;
  iframe.srcdoc = markup;
  const loaded = oneEvent(iframe, 'load');
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** The widget in the frame, with the shadow root the declarative template attached. */
export function widgetIn(iframe: HTMLIFrameElement, widget: Widget): HTMLElement & { shadowRoot: ShadowRoot } {
  const element = iframe.contentDocument!.querySelector<HTMLElement>(`ahrca-${widget}`)!;
  expect(element.shadowRoot, 'the declarative shadow root is attached').to.not.equal(null);
  return element as HTMLElement & { shadowRoot: ShadowRoot };
}
