/**
 * From a payload to what the timeline shows, for the parts that may take time: TimelineJS3 JSON,
 * read by an adapter downloaded only for it, and a long timeline, checked and read in slices by
 * ./timeline-validation.ts, downloaded only for it.
 */
import type { TextFormat } from '../../core/schema/timeline.js';

/** Events checked at a time; the page gets its turn whenever the slices so far have used the budget. */
export const SLICE = 250;

/** How many events a payload (in our format) holds, checked or not; 0 when it has no list. */
export function eventCount(payload: unknown): number {
  const events = typeof payload === 'object' && payload !== null ? (payload as { events?: unknown }).events : undefined;
  return Array.isArray(events) ? events.length : 0;
}

/** True when the payload has so many events that checking them at once would block the page. */
export function needsSlices(payload: unknown): payload is { events: unknown[] } {
  return eventCount(payload) > 2 * SLICE;
}

/** Our format gives every event a date string; data with an event that has none may be TimelineJS3's. */
function mayBeForeign(payload: unknown): boolean {
  const events = typeof payload === 'object' && payload !== null ? (payload as { events?: unknown }).events : undefined;
  return Array.isArray(events) && events.some((event: unknown) => typeof (event as { date?: unknown } | null)?.date !== 'string');
}

/**
 * The payload in our format: as it is, or read from TimelineJS3 JSON by the adapter, which is
 * downloaded only then. `onNotes` hears what the adapter did not carry over.
 */
export function fromForeignFormat(payload: unknown, onNotes: (notes: string[]) => void): unknown {
  if (!mayBeForeign(payload)) return payload;
  return import('../../core/adapters/timelinejs.js').then(({ isTimelineJs, fromTimelineJs }) => {
    if (!isTimelineJs(payload)) return payload;
    const { timeline, notes } = fromTimelineJs(payload);
    if (notes.length > 0) onNotes(notes);
    return timeline;
  });
}

/**
 * The format of the texts a payload (checked or not) will show, or undefined when it shows none: what
 * they need can then download while the events are checked, instead of after.
 */
export function shownTextFormat(payload: unknown): TextFormat | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { description, events, eras, textFormat } = payload as { description?: unknown; events?: unknown; eras?: unknown; textFormat?: unknown };
  const hasText = (item: unknown) => (item as { text?: unknown } | null)?.text !== undefined;
  const listHasText = (list: unknown) => Array.isArray(list) && list.some(hasText);
  if (description === undefined && !listHasText(events) && !listHasText(eras)) return undefined;
  return textFormat === 'html' ? 'html' : 'markdown';
}
