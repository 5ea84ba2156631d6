/**
 * From a payload to what the timeline shows, for the parts that may take time: TimelineJS3 JSON,
 * read by an adapter downloaded only for it, and a long timeline, checked and read in slices.
 */
import type { TextFormat, Timeline } from '../../core/schema/timeline.js';
import type { ValidationResult } from '../../core/schema/validate.js';
import { ModelBuilder, type TimelineModel } from './timeline-model.js';
import { nextTask, sliceClock } from '../../core/next-task.js';
import { readOutline, SLICE, validateInSlices, type EventChecker } from './timeline-validation.js';

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
 * A long timeline read in slices. When its outline holds, it is read from that and its events are
 * left to `checker`, which the timeline asks before it shows or searches an event and which checks
 * the rest after the first screen (`result.remaining`). Otherwise it is checked in full first, so
 * that every problem is reported at once, and read when valid.
 */
export async function checkAndRead(
  payload: { events: unknown[] },
): Promise<{ result: ValidationResult<Timeline>; model?: TimelineModel; checker?: EventChecker }> {
  const outline = readOutline(payload);
  const result: ValidationResult<Timeline> = outline ? { ok: true, value: outline.timeline } : await validateInSlices(payload);
  if (!result.ok) return { result };
  const builder = new ModelBuilder(result.value);
  const clock = sliceClock();
  while (builder.add(SLICE)) {
    if (!clock.due()) continue;
    await nextTask();
    clock.restart();
  }
  const model = builder.finish();
  if (!outline) return { result, model };
  return { result: { ...result, remaining: () => outline.checker.finish() }, model, checker: outline.checker };
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
