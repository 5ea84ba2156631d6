/**
 * Checking 10,000 events in one go takes 30–100 ms, long enough to freeze a phone's page. A long
 * list is checked in slices instead, yielding to the page between them, with the same schema and
 * the same messages (each naming `events[n]` by its place in the whole list).
 */
import * as v from 'valibot';
import { EventListSchema, MAX_TIMELINE_EVENTS, TimelineEventSchema, TimelineSchema, type Timeline } from '../../core/schema/timeline.js';
import { nextTask, sliceClock } from '../../core/next-task.js';
import { validate, type ValidationResult } from '../../core/schema/validate.js';

/** Events checked at a time; the page gets its turn whenever the slices so far have used the budget. */
export const SLICE = 250;

const EventSlice = v.object({ events: v.array(TimelineEventSchema) });

/** How many events a payload (in our format) holds, checked or not; 0 when it has no list. */
export function eventCount(payload: unknown): number {
  const events = typeof payload === 'object' && payload !== null ? (payload as { events?: unknown }).events : undefined;
  return Array.isArray(events) ? events.length : 0;
}

/** True when the payload has so many events that checking them at once would block the page. */
export function needsSlices(payload: unknown): payload is { events: unknown[] } {
  return eventCount(payload) > 2 * SLICE;
}

/** `events[3].date: …` in a slice starting at 1000 is `events[1003].date: …` in the list. */
function renumber(line: string, offset: number): string {
  return line.replace(/^events\[(\d+)\]/, (_, index: string) => `events[${Number(index) + offset}]`);
}

/** TimelineSchema's verdict on a payload with a long list of events, reached a slice at a time. */
export async function validateInSlices(payload: { events: unknown[] }): Promise<ValidationResult<Timeline>> {
  const { events } = payload;
  // The list's own limits (count, unique ids) and the rest of the timeline, before the long part.
  // A missing or wrong id is the slices' to report; here it only has to be comparable.
  const list = validate(EventListSchema, events.map((event) => ({ id: String((event as { id?: unknown } | null)?.id) })));
  const listErrors = list.ok ? [] : list.errors.map((line) => `events${line.replace(/^\(root\)/, '')}`);
  const shell = validate(TimelineSchema, { ...payload, events: [] });
  const errors = shell.ok ? [] : [...shell.errors];
  if (events.length > MAX_TIMELINE_EVENTS) return { ok: false, errors: [...errors, ...listErrors] };
  const checked: Timeline['events'] = [];
  const clock = sliceClock();
  for (let start = 0; start < events.length; start += SLICE) {
    if (clock.due()) {
      await nextTask();
      clock.restart();
    }
    const slice = validate(EventSlice, { events: events.slice(start, start + SLICE) });
    if (slice.ok) checked.push(...slice.value.events);
    else errors.push(...slice.errors.map((line) => renumber(line, start)));
  }
  // Ids are compared only once every event is known to have one, as TimelineSchema does.
  if (errors.length === 0) errors.push(...listErrors);
  if (!shell.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...shell.value, events: checked } };
}
