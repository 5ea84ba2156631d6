/**
 * The year of the events at the top of the screen, kept in view while a timeline scrolls past its
 * year headings: mid-scroll in a long timeline, the reader still knows when they are. It is drawn
 * for the eyes only (the headings say the years to a screen reader), and written straight into its
 * element, so scrolling never re-renders the timeline.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

  hostUpdated(): void {
    this.onScroll();
  }

  private readonly onScroll = (): void => {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.show());
  };

  private show(): void {
    this.frame = 0;
    const label = this.root().querySelector<HTMLElement>('.current-year span');
    const list = this.root().querySelector<HTMLElement>('ol.events');
    if (!label || !list) return;
    const line = label.parentElement!.getBoundingClientRect().top;
    let year: string | undefined;
    if (list.getBoundingClientRect().top < line) {
      for (const row of list.querySelectorAll<HTMLElement>(':scope > li.row')) {
        if (row.getBoundingClientRect().top > line + 1) break;
        year = row.dataset['year'];
      }
    }
    if (label.textContent !== (year ?? '')) label.textContent = year ?? '';
  }
}
