/**
 * Which of a timeline's rows are rendered. A timeline of up to RENDER_ALL_UP_TO events is rendered
 * whole (WholeList), as most are: a blog's timeline of a few dozen events costs little, and the
 * browser's own find-in-page then reaches every event. A longer one is windowed by VirtualWindow
 * (./virtual-window.ts, 2 KB gzip), which the timeline downloads only when such data arrives.
 */
export interface WindowRange {
  /** The first rendered row. */
  readonly start: number;
  /** One past the last rendered row. */
  readonly end: number;
}

export interface RowWindow {
  /** The rows to render now. */
  readonly range: WindowRange;
  /** The rows changed (data, filter, order). */
  setKeys(keys: readonly string[]): void;
  /** Renders the rows around `index` whatever the scroll position, until `release()`. */
  pin(index: number): void;
  /** Back to the rows the scroll position calls for. */
  release(): void;
}

export const RENDER_ALL_UP_TO = 50;

/** True when a timeline of `eventCount` events needs the virtual window. */
export function needsWindowing(eventCount: number): boolean {
  return eventCount > RENDER_ALL_UP_TO;
}

/** Every row, always: for timelines that never hold more than RENDER_ALL_UP_TO events. */
export class WholeList implements RowWindow {
  range: WindowRange = { start: 0, end: 0 };

  setKeys(keys: readonly string[]): void {
    if (this.range.end !== keys.length) this.range = { start: 0, end: keys.length };
  }

  pin(): void {}

  release(): void {}
}
