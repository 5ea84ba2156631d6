/**
 * What the <ahrca-timeline> tests share: building data, putting timelines on the page, and reading
 * what a reader sees inside the shadow root.
 */
import { nextFrame } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { render, type TemplateResult } from 'lit';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import '../../src/components/timeline/timeline.js';

export type Data = Record<string, unknown>;

/** `count` events, one every ten days from 1 January 1990, each with a markdown paragraph and a tag. */
export function manyEvents(count: number, { text = true }: { text?: boolean } = {}): Data[] {
  const day = 24 * 60 * 60 * 1000;
  return Array.from({ length: count }, (_, index) => ({
    id: `event-${index}`,
    date: new Date(Date.UTC(1990, 0, 1) + index * 10 * day).toISOString().slice(0, 10),
    title: `Event number ${index}`,
    ...(text ? { text: `What happened on **day ${index}**, told in a sentence or two.\n\nA second paragraph.` } : {}),
    tags: [index % 2 === 0 ? 'even' : 'odd'],
  }));
}

const pages: HTMLElement[] = [];

/** Renders a bit of host page and waits for every timeline in it to render. */
export async function mountPage(template: TemplateResult): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  pages.push(container);
  render(template, container);
  await Promise.all(timelinesIn(container).map(untilShown));
  return container;
}

/**
 * Waits until a timeline has left its loading state and rendered: a long one (over 50 events)
 * downloads its virtual window first, so it is ready some tasks after its first render.
 */
export async function untilShown(el: AhrcaTimeline): Promise<void> {
  const status = () => (el as unknown as { view: { status: string } }).view.status;
  await waitUntil(() => status() !== 'loading', 'the timeline stayed in its loading state');
  await el.updateComplete;
}

/**
 * Puts one timeline on the page and waits until its data is shown: a long timeline is checked and
 * read in slices, so it is ready some tasks after its first render.
 */
export async function mountLoaded(data: unknown): Promise<AhrcaTimeline> {
  const el = document.createElement('ahrca-timeline');
  const loaded = new Promise((resolve) => el.addEventListener('ahrca-load', resolve, { once: true }));
  el.data = data;
  const container = document.createElement('div');
  document.body.append(container);
  pages.push(container);
  container.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

export function removePages(): void {
  for (const page of pages.splice(0)) page.remove();
}

export function timelinesIn(root: ParentNode): AhrcaTimeline[] {
  return [...root.querySelectorAll<AhrcaTimeline>('ahrca-timeline')];
}

export function $(el: AhrcaTimeline, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: AhrcaTimeline, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function part(el: AhrcaTimeline, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

export function parts(el: AhrcaTimeline, name: string): HTMLElement[] {
  return $$(el, `[part~="${name}"]`);
}

/** Runs of ordinary white space collapsed; no-break spaces are kept, they are part of the language. */
export function squash(text: string): string {
  return text.replace(/[ \t\n\r]+/g, ' ').trim();
}

export function textOf(node: Node | null | undefined): string {
  return squash(node?.textContent ?? '');
}

/** An element as a short string: a failing expect(element) would serialise the whole page. */
export function markupOf(node: Element | null | undefined): string | null {
  return node ? node.outerHTML.slice(0, 300) : null;
}

/** The ids of the events in the DOM, in order. */
export function renderedIds(el: AhrcaTimeline): string[] {
  return $$(el, 'li.row').map((row) => row.dataset['key'] ?? '');
}

/** The titles of the events in the DOM, in order. */
export function renderedTitles(el: AhrcaTimeline): string[] {
  return parts(el, 'event-title').map(textOf);
}

/** The event the shadow root's focus is on, by id. */
export function focusedId(el: AhrcaTimeline): string | undefined {
  return el.shadowRoot!.activeElement?.closest<HTMLElement>('li.row')?.dataset['key'];
}

/**
 * Waits for the observers' work and the render that follows, twice (a render may be observed
 * again): the resize and intersection observers report in a frame's rendering steps, the
 * virtual window acts on that in a task of its own (virtual-window.ts, afterObserving), then Lit renders.
 */
export async function settle(el: AhrcaTimeline): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await nextFrame();
    await new Promise<void>((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
}

/** True when the rendered rows cover every pixel of the list that is inside the viewport. */
export function rowsCoverViewport(el: AhrcaTimeline): boolean {
  const list = part(el, 'events')!.getBoundingClientRect();
  const top = Math.max(0, list.top);
  const bottom = Math.min(window.innerHeight, list.bottom);
  if (bottom <= top) return true;
  const rows = $$(el, 'li.row').map((row) => row.getBoundingClientRect());
  if (rows.length === 0) return false;
  return rows[0]!.top <= top + 1 && rows.at(-1)!.bottom >= bottom - 1;
}

export async function waitForRowsToCover(el: AhrcaTimeline, message: string): Promise<void> {
  await waitUntil(() => rowsCoverViewport(el), message, { timeout: 3000 });
}

/** Sets the page's fragment without a hashchange event, as a reader arriving by a link would have it. */
export function arriveWithHash(id: string | undefined): void {
  const url = new URL(location.href);
  url.hash = id === undefined ? '' : `#${encodeURIComponent(id)}`;
  history.replaceState(history.state, '', url);
}
