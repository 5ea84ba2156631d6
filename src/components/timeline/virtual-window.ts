/**
 * Renders only the rows of a long list that are near the viewport, for a list that sits in the
 * page's flow (it is not a scroll box of its own). Rows are measured by a ResizeObserver once
 * rendered, the others are estimated from the average so far; padding above and below the
 * rendered rows (set on the list after each render) keeps the list as tall as all rows together,
 * so the scroll bar stays true.
 *
 * The viewport is the window's, clipped by every scrolling ancestor (crossing shadow roots), whose
 * scroll events it follows. When measuring changes the height of what is above the reader's place
 * (new estimates, or an image in a row above arriving late), the window scrolls by as much, so the
 * row being read stays put: the browser's own scroll anchoring, which is turned off for the list,
 * stands aside when an ancestor's padding changes, and some browsers have none. The host itself is
 * observed too: a list first rendered in a hidden tab, a closed `<details>` or a container that
 * changes width is measured again when that changes. No window resize listener is needed, nor any
 * listener on `document`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RENDER_ALL_UP_TO, type RowWindow, type WindowRange } from './row-window.js';

/** A first guess at a row's height, until rows have been measured. */
const FIRST_ESTIMATE = 160;
/** How far beyond the viewport rows are rendered, at least: a fast flick still lands on rows. */
const MIN_OVERSCAN = 400;
/** Never more rows than this at once, whatever the estimates say. */
const MAX_ROWS = 120;
/** Rows rendered while the list has no layout (a hidden container), so it has content when shown. */
const UNLAID_ROWS = 8;
/** Rows around a row being revealed: some before, enough after to fill a screen. */
const REVEAL_BEFORE = 4;
const REVEAL_AFTER = 24;

type Scroller = Element | Window;
type Place = { row: Element; top: number };

function flatParent(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

function scrollingAncestors(host: Element): Element[] {
  const found: Element[] = [];
  for (let node = flatParent(host); node && node !== document.documentElement && node !== document.body; node = flatParent(node)) {
    if (/^(auto|scroll|overlay)$/.test(getComputedStyle(node).overflowY)) found.push(node);
  }
  return found;
}

export class VirtualWindow implements ReactiveController, RowWindow {
  /** The rows to render now. */
  range: WindowRange = { start: 0, end: 0 };

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly list: () => HTMLElement | null | undefined;
  private keys: readonly string[] = [];
  private readonly heights = new Map<string, number>();
  private measuredSum = 0;
  private offsets = new Float64Array(1);
  private offsetsStale = true;
  private pinned: number | undefined;
  private scrollers: Scroller[] = [];
  private readonly observedRows = new Set<Element>();
  private rowObserver?: ResizeObserver;
  private hostObserver?: ResizeObserver;
  private hostWidth = 0;
  private hostHidden = true;
  /** The estimate before any row is measured: a guess, then the average from before the width changed. */
  private firstEstimate = FIRST_ESTIMATE;
  /** Heights changed: render the same rows with new padding first, then see which rows the viewport needs. */
  private relayoutPending = false;
  /** The row the reader is at and its position, taken before a render. */
  private anchor: Place | undefined;
  /**
   * The reader's row, its position and the scroll offset, as the last render or scroll left them:
   * rows that grow later (an image arriving) moved it by as much, unless the reader scrolled since.
   */
  private place: (Place & { scrolled: number }) | undefined;
  private readonly pendingWork: (() => void)[] = [];
  private deferred: ReturnType<typeof setTimeout> | undefined;
  private readonly onScroll = (): void => {
    // The window's own scrolls were noted when it made them: a row that grew since still moves the place.
    if (!this.keptPlace()) this.notePlace();
    this.refresh();
  };

  /** `list` returns the element whose children are the rows, each with `data-key`. */
  constructor(host: ReactiveControllerHost & HTMLElement, list: () => HTMLElement | null | undefined) {
    this.host = host;
    this.list = list;
    host.addController(this);
  }

  hostConnected(): void {
    this.rowObserver = new ResizeObserver((entries) => this.afterObserving(() => this.measureRows(entries)));
    this.hostObserver = new ResizeObserver((entries) => this.afterObserving(() => this.hostResized(entries)));
    this.hostObserver.observe(this.host);
    this.listen();
  }

  hostDisconnected(): void {
    clearTimeout(this.deferred);
    this.deferred = undefined;
    this.pendingWork.length = 0;
    this.rowObserver?.disconnect();
    this.hostObserver?.disconnect();
    this.observedRows.clear();
    this.unlisten();
  }

  /**
   * Notes where the reader's row is before the render moves it: where the last render or scroll
   * left it, if the page has not scrolled since, so that rows that grew in between (an image
   * arriving) are made up for too; else where it is now.
   */
  hostUpdate(): void {
    this.anchor = this.keptPlace() ?? this.findAnchor();
  }

  /** Sizes the padding, observes the rows just rendered and forgets those gone; keeps the reader's row in place. */
  hostUpdated(): void {
    const list = this.list();
    // Through the CSSOM, which a strict CSP allows, unlike a style attribute (Lit's styleMap
    // writes one on its first render).
    list?.style.setProperty('padding-block-start', `${this.before}px`);
    list?.style.setProperty('padding-block-end', `${this.after}px`);
    const anchor = this.anchor;
    this.anchor = undefined;
    if (anchor?.row.isConnected) {
      const shift = anchor.row.getBoundingClientRect().top - anchor.top;
      if (Math.abs(shift) >= 1) this.scrollBy(shift);
    }
    this.notePlace();
    if (this.relayoutPending) {
      // Only now do the padding and the scroll position agree with the new heights.
      this.relayoutPending = false;
      this.afterObserving(() => this.refresh());
    }
    for (const row of this.observedRows) {
      if (!row.isConnected) {
        this.rowObserver?.unobserve(row);
        this.observedRows.delete(row);
      }
    }
    for (const row of list?.children ?? []) {
      if (this.observedRows.has(row)) continue;
      this.observedRows.add(row);
      this.rowObserver?.observe(row);
    }
  }

  /** The rows changed (data, filter, order): keeps measured heights by key, recomputes the window. */
  setKeys(keys: readonly string[]): void {
    if (keys === this.keys) return;
    this.keys = keys;
    this.offsetsStale = true;
    this.range = this.compute();
  }

  /** Padding above the rendered rows: the height of every row before them. */
  private get before(): number {
    return this.offsetAt(this.range.start);
  }

  /** Padding below the rendered rows. */
  private get after(): number {
    return this.offsetAt(this.keys.length) - this.offsetAt(this.range.end);
  }

  /** Renders the rows around `index` whatever the scroll position, until `release()`. */
  pin(index: number): void {
    this.pinned = index;
    this.refresh();
  }

  /** Back to the rows the scroll position calls for. */
  release(): void {
    this.pinned = undefined;
    this.refresh();
  }

  /** Recomputes the window and renders again when it changed. */
  refresh(): void {
    const next = this.compute();
    if (next.start === this.range.start && next.end === this.range.end) return;
    this.range = next;
    this.host.requestUpdate();
  }

  /**
   * Acts on observations in a task of its own. Rendering new rows from inside the observer's
   * callback would hand it fresh rows to report in the same frame, which browsers refuse with a
   * "ResizeObserver loop" error on the page.
   */
  private afterObserving(work: () => void): void {
    this.pendingWork.push(work);
    this.deferred ??= setTimeout(() => {
      this.deferred = undefined;
      for (const pending of this.pendingWork.splice(0)) pending();
    });
  }

  /** The focused row when it is in view, else the first row that starts in view, else the one reaching into it. */
  private findAnchor(): Place | undefined {
    const list = this.list();
    if (!list || list.getClientRects().length === 0) return undefined;
    const view = this.viewport();
    const focused = this.host.shadowRoot?.activeElement?.closest('[data-key]');
    if (focused) {
      const rect = focused.getBoundingClientRect();
      if (rect.bottom > view.top && rect.top < view.bottom) return { row: focused, top: rect.top };
    }
    // The first row that starts in view: the one above may grow at its top (an image arriving)
    // and move what the reader sees of it, but not the rows below it.
    let partly: Place | undefined;
    for (const row of list.children) {
      const { top, bottom } = row.getBoundingClientRect();
      if (bottom <= view.top) continue;
      if (top >= view.top) return top < view.bottom ? { row, top } : partly;
      partly ??= { row, top };
    }
    return partly;
  }

  private notePlace(): void {
    const anchor = this.findAnchor();
    this.place = anchor && { ...anchor, scrolled: this.scrolled() };
  }

  /** The place noted last, unless the page has scrolled since or its row is gone. */
  private keptPlace(): Place | undefined {
    const place = this.place;
    // A pixel either way is a browser rounding a fractional scroll position, not the reader.
    return place?.row.isConnected && Math.abs(place.scrolled - this.scrolled()) <= 1 ? place : undefined;
  }

  /** The nearest scrolling container's (or the page's) scroll offset. */
  private scrolled(): number {
    const [nearest] = this.scrollers;
    return nearest === undefined || nearest === window ? window.scrollY : (nearest as Element).scrollTop;
  }

  /** Scrolls the nearest scrolling container (or the page) by `distance` pixels. */
  private scrollBy(distance: number): void {
    const [nearest] = this.scrollers;
    if (nearest === undefined || nearest === window) window.scrollBy(0, distance);
    else (nearest as Element).scrollTop += distance;
  }

  private listen(): void {
    this.unlisten();
    this.scrollers = [...scrollingAncestors(this.host), window];
    for (const scroller of this.scrollers) scroller.addEventListener('scroll', this.onScroll, { passive: true });
  }

  private unlisten(): void {
    for (const scroller of this.scrollers) scroller.removeEventListener('scroll', this.onScroll);
    this.scrollers = [];
  }

  /** Acts when the host is shown after being hidden, and when its width changes; not when it only grows taller. */
  private hostResized(entries: ResizeObserverEntry[]): void {
    const width = entries.at(-1)?.contentRect.width ?? 0;
    if (width === 0) {
      this.hostHidden = true; // keep what was measured for when it shows again
      return;
    }
    const shown = this.hostHidden;
    this.hostHidden = false;
    if (width === this.hostWidth && !shown) return;
    if (width !== this.hostWidth) {
      // Text wraps differently at another width: measured heights no longer hold. Rendered rows
      // are measured again by their own observer; the average so far stays the estimate.
      if (this.hostWidth !== 0) this.forgetHeights();
      this.hostWidth = width;
    }
    // Being shown or moved may put the list in another scrolling container.
    this.listen();
    this.relayout();
  }

  /**
   * New heights move every row below them. Working out the rows for the viewport from the new
   * heights while the page still shows the old ones would pick the wrong rows, so the same rows are
   * rendered again first, the reader's row kept in place, and the rows chosen after that.
   */
  private relayout(): void {
    this.offsetsStale = true;
    this.relayoutPending = true;
    this.host.requestUpdate();
  }

  /** Forgets the heights of rows not on screen; the rendered ones are measured again if they change. */
  private forgetHeights(): void {
    this.firstEstimate = this.estimate();
    const rendered = new Set<string>();
    for (const row of this.observedRows) {
      const key = (row as HTMLElement).dataset['key'];
      if (row.isConnected && key !== undefined) rendered.add(key);
    }
    for (const [key, height] of this.heights) {
      if (rendered.has(key)) continue;
      this.heights.delete(key);
      this.measuredSum -= height;
    }
  }

  private estimate(): number {
    return this.heights.size > 0 ? this.measuredSum / this.heights.size : this.firstEstimate;
  }

  private measureRows(entries: ResizeObserverEntry[]): void {
    const list = this.list();
    if (!list || list.getClientRects().length === 0) return; // no layout: sizes are zeros, not heights
    let changed = false;
    for (const entry of entries) {
      const row = entry.target as HTMLElement;
      const key = row.dataset['key'];
      if (!row.isConnected || key === undefined) continue;
      const height = entry.borderBoxSize[0]?.blockSize ?? row.getBoundingClientRect().height;
      if (height === 0) continue;
      const previous = this.heights.get(key);
      if (previous === height) continue;
      this.measuredSum += height - (previous ?? 0);
      this.heights.set(key, height);
      changed = true;
    }
    if (changed) this.relayout();
  }

  private offsetAt(index: number): number {
    if (this.offsetsStale) {
      const estimate = this.estimate();
      const offsets = new Float64Array(this.keys.length + 1);
      for (let i = 0; i < this.keys.length; i++) offsets[i + 1] = offsets[i]! + (this.heights.get(this.keys[i]!) ?? estimate);
      this.offsets = offsets;
      this.offsetsStale = false;
    }
    return this.offsets[Math.min(Math.max(index, 0), this.keys.length)]!;
  }

  /** The last row that starts at or above `y` (list coordinates). */
  private indexAt(y: number): number {
    let low = 0;
    let high = this.keys.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.offsetAt(middle) <= y) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The part of the window's viewport that the scrolling ancestors leave visible, in client coordinates. */
  private viewport(): { top: number; bottom: number } {
    let top = 0;
    let bottom = window.innerHeight;
    for (const scroller of this.scrollers) {
      if (scroller === window) continue;
      const rect = (scroller as Element).getBoundingClientRect();
      top = Math.max(top, rect.top);
      bottom = Math.min(bottom, rect.bottom);
    }
    return { top, bottom: Math.max(top, bottom) };
  }

  private compute(): WindowRange {
    const count = this.keys.length;
    if (count <= RENDER_ALL_UP_TO) return { start: 0, end: count };
    if (this.pinned !== undefined) {
      const index = Math.min(this.pinned, count - 1);
      return { start: Math.max(0, index - REVEAL_BEFORE), end: Math.min(count, index + REVEAL_AFTER) };
    }
    const list = this.list();
    if (!list || list.getClientRects().length === 0) {
      const { start, end } = this.range;
      return end > start && end <= count ? this.range : { start: 0, end: Math.min(count, UNLAID_ROWS) };
    }
    const total = this.offsetAt(count);
    const listTop = list.getBoundingClientRect().top;
    const view = this.viewport();
    const overscan = Math.max(MIN_OVERSCAN, view.bottom - view.top);
    let top = view.top - overscan - listTop;
    let bottom = view.bottom + overscan - listTop;
    // Far from the list, keep its nearest end rendered: in-page links and the first Tab land there.
    if (bottom <= 0) [top, bottom] = [0, overscan];
    else if (top >= total) [top, bottom] = [total - overscan, total];
    const start = this.indexAt(Math.max(0, top));
    const end = Math.min(count, this.indexAt(Math.min(total, bottom)) + 1, start + MAX_ROWS);
    return { start, end: Math.max(end, start + 1) };
  }
}
