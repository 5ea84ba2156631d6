/**
 * Moving between a timeline's events: the arrow keys (Left and Right follow the reading direction),
 * Home and End, a roving tab stop, and `#event-id` deep links on load and on `hashchange`. Keys are
 * heard on the list only, never on `document`, so two timelines on a page stay independent and the
 * page's own keys are left alone. A target outside the rendered window is rendered first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readHashId, watchHashId } from '../../core/location-hash.js';
import type { TimelineRow } from './timeline-model.js';
import { eventDomId } from './timeline-row.js';
import type { RowWindow } from './row-window.js';

export interface NavigationOptions {
  readonly rows: () => readonly TimelineRow[];
  /** Which rows are rendered: a target outside them is pinned into view first. */
  readonly rowWindow: () => RowWindow;
  readonly root: () => ParentNode;
  /** Clears search and filters when the event exists but they hide it; false when there is no such event. */
  readonly unhide: (id: string) => boolean;
}

/** What Tab would stop at inside an event. */
const FOCUSABLE = 'a[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [tabindex]';

export class EventNavigation implements ReactiveController {
  /** The event that takes Tab into the list; the first rendered one when unset or not rendered. */
  tabStop: string | undefined;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: NavigationOptions;
  private stopWatchingHash?: () => void;
  /** Watches the timeline's size while the event moved to last is held in place (hold). */
  private holding?: ResizeObserver;

  constructor(host: ReactiveControllerHost & HTMLElement, options: NavigationOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatchingHash = watchHashId(this.revealFromAddress);
  }

  hostDisconnected(): void {
    this.stopWatchingHash?.();
    this.holding?.disconnect();
  }

  /** Opens the event the address names, once the data is shown (reveal waits for the render). */
  readonly revealFromAddress = (): void => {
    const id = readHashId();
    if (id !== undefined) void this.reveal(id);
  };

  /** Scrolls to the event with this id and focuses it; false when there is none. */
  async reveal(id: string, focus = true): Promise<boolean> {
    await this.host.updateComplete;
    let index = this.indexOf(id);
    if (index === -1 && this.options.unhide(id)) {
      await this.host.updateComplete;
      index = this.indexOf(id);
    }
    if (index === -1) return false;
    await this.moveTo(index, focus, 'start');
    return true;
  }

  /**
   * Renders the rows around `index` first when they are not in the DOM, then scrolls the event to
   * `block` (`nearest` for a step, `start` for a link or a jump) and focuses it.
   */
  async moveTo(index: number, focus: boolean, block: ScrollLogicalPosition): Promise<void> {
    const row = this.options.rows()[index];
    if (!row) return;
    const id = row.entry.event.id;
    this.tabStop = id;
    const virtual = this.options.rowWindow();
    const rendered = index >= virtual.range.start && index < virtual.range.end;
    if (!rendered) virtual.pin(index);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const article = this.options.root().querySelector<HTMLElement>(`#${CSS.escape(eventDomId(id))}`);
    if (focus) article?.focus({ preventScroll: true });
    if (article) this.hold(article, block);
    if (!rendered) virtual.release();
  }

  /**
   * Keeps the event where the move put it while the timeline grows above it (images arriving late
   * on a slow link): the move is made again each time the timeline's size changes while it is where
   * the move left it in the viewport. When it is not, the page has scrolled (the reader, or a long
   * timeline's window keeping its place, virtual-window.ts), and the hold ends; so does it when
   * focus has moved in the timeline (to search, a filter, another event) or out of it.
   */
  private hold(article: Element, block: ScrollLogicalPosition): void {
    this.holding?.disconnect();
    const top = (): number => this.host.getBoundingClientRect().top;
    // Read, not heard: a page without the window's focus gets no focus events.
    const root = this.options.root() as ShadowRoot;
    const focused = root.activeElement;
    let heldAt: number;
    const move = (): void => {
      article.scrollIntoView({ block });
      heldAt = top();
    };
    this.holding = new ResizeObserver(() => (Math.abs(top() - heldAt) < 2 && root.activeElement === focused ? move() : this.holding?.disconnect()));
    move();
    this.holding.observe(this.host);
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || target.closest('input, textarea, select, [contenteditable]')) return;
    const current = this.indexOf(target.closest<HTMLElement>('li.row')?.dataset['key']);
    const last = this.options.rows().length - 1;
    if (current === -1) return;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key in steps) next = Math.min(last, Math.max(0, current + steps[event.key]!));
    else return;
    event.preventDefault();
    void this.moveTo(next, true, event.key === 'End' ? 'end' : event.key === 'Home' ? 'start' : 'nearest');
  };

  /** The tab stop follows focus, however it got there (a click, Tab, a link inside an event). */
  readonly onFocusin = (event: FocusEvent): void => {
    const key = (event.composedPath()[0] as Element).closest?.<HTMLElement>('li.row')?.dataset['key'];
    if (key === undefined || key === this.tabStop) return;
    this.tabStop = key;
    this.host.requestUpdate();
  };

  /**
   * One Tab stop for the events: the links and buttons of the other events leave the Tab order, so
   * Tab goes from the focused event through its own actions and out of the list. Arrow keys still
   * reach every event, and a screen reader's own keys still reach every link.
   */
  keepActionsWithTabStop(): void {
    const list = this.options.root().querySelector('ol.events');
    if (!list) return;
    for (const article of list.querySelectorAll<HTMLElement>('article.event')) {
      const inOrder = article.tabIndex === 0;
      for (const control of article.querySelectorAll<HTMLElement>(FOCUSABLE)) {
        if (!inOrder && control.tabIndex >= 0) {
          control.dataset['outOfOrder'] = control.getAttribute('tabindex') ?? '';
          control.tabIndex = -1;
        } else if (inOrder && control.dataset['outOfOrder'] !== undefined) {
          const given = control.dataset['outOfOrder'];
          if (given === '') control.removeAttribute('tabindex');
          else control.setAttribute('tabindex', given);
          delete control.dataset['outOfOrder'];
        }
      }
    }
  }

  private indexOf(id: string | undefined): number {
    return id === undefined ? -1 : this.options.rows().findIndex((row) => row.entry.event.id === id);
  }
}
