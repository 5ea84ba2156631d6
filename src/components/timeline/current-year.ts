/**
 * The year of the events at the top of the screen, kept in view while a timeline scrolls past its
 * year headings: mid-scroll in a long timeline, the reader still knows when they are. It is drawn
 * for the eyes only (the headings say the years to a screen reader), and written straight into its
 * element, so scrolling never re-renders the timeline.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The label's height with its margin, in pixels (at most 1.125em of text in a pill). */
const LABEL_ROOM = 48;

export class CurrentYear implements ReactiveController {
  private readonly root: () => ParentNode;
  private frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, root: () => ParentNode) {
    this.root = root;
    host.addController(this);
  }

  hostConnected(): void {
    // Scroll events do not bubble; captured on the document they come from the page and from any scrolling box around the timeline.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** After each render at once, not in a frame: new data or a new width must never leave a stale year. */
  hostUpdated(): void {
    this.show();
  }

  private readonly onScroll = (): void => {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.show());
  };

  private show(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const label = this.root().querySelector<HTMLElement>('.current-year span');
    const list = this.root().querySelector<HTMLElement>('ol.events');
    if (!label || !list) return;
    const line = label.parentElement!.getBoundingClientRect().top;
    let year: string | undefined;
    const { top, bottom } = list.getBoundingClientRect();
    // Only while the list passes under the line, and not over its last event's end: the label never leaves the timeline's box.
    const section = label.closest('section')?.getBoundingClientRect();
    const inView = section !== undefined && section.bottom > line + LABEL_ROOM && section.top < window.innerHeight;
    if (inView && top < line && bottom > line + LABEL_ROOM) {
      for (const row of list.querySelectorAll<HTMLElement>(':scope > li.row')) {
        if (row.getBoundingClientRect().top > line + 1) break;
        year = row.dataset['year'];
      }
    }
    if (label.textContent !== (year ?? '')) label.textContent = year ?? '';
  }
}
