/**
 * Checking 10,000 events in one go takes 30–100 ms, long enough to freeze a phone's page. A long
 * list is checked in slices instead, yielding to the page between them, with the same schema and
 * the same messages (each naming `events[n]` by its place in the whole list).
 *
 * A long timeline does not wait for all of that before its first screen: once its outline holds
 * (every event's id, dates, tags, group and text format of the right type, ids unique) it can be
 * ordered and filtered, and an EventChecker checks each event in full before it is shown, and the
 * rest in slices after the first screen, with the same messages.
 *
 * Only timelines of more than 500 events need this module: it is downloaded for them alone,
 * beside the virtual window, while their data is at hand.
 */
import * as v from 'valibot';
import {
  duplicateIds,
  EventListSchema,
  MAX_TIMELINE_EVENTS,
  TEXT_FORMATS,
  TimelineEventSchema,
  TimelineSchema,
  type Timeline,
} from '../../core/schema/timeline.js';
import { validate, type ValidationResult } from '../../core/schema/validate.js';
import { backgroundTask, nextTask, sliceClock } from '../../core/next-task.js';
import { ModelBuilder, type TimelineModel } from './timeline-model.js';
import { SLICE } from './timeline-data.js';

/** Events checked together, so that errors name them `events[n]`. */
const EventSlice = v.object({ events: v.array(TimelineEventSchema) });

/** `events[3].date: …` in a slice starting at 1000 is `events[1003].date: …` in the list. */
function renumber(line: string, offset: number): string {
  return line.replace(/^events\[(\d+)\]/, (_, index: string) => `events[${Number(index) + offset}]`);
}

/**
 * TimelineSchema's verdict on a payload with a long list of events, reached a slice at a time: the
 * events by an EventChecker, the list as a whole and the rest of the timeline at once. A valid
 * payload comes out as given (its events are not copied).
 */
export async function validateInSlices(payload: { events: unknown[] }): Promise<ValidationResult<Timeline>> {
  const { events } = payload;
  // The list's own limits (count, unique ids) and the rest of the timeline, before the long part.
  // A missing or wrong id is the events' check to report; here it only has to be comparable.
  const list = validate(
    EventListSchema,
    events.map((event) => ({ id: String((event as { id?: unknown } | null)?.id) })),
  );
  const listErrors = list.ok ? [] : list.errors.map((line) => `events${line.replace(/^\(root\)/, '')}`);
  const shell = validate(TimelineSchema, { ...payload, events: [] });
  const errors = shell.ok ? [] : [...shell.errors];
  if (events.length > MAX_TIMELINE_EVENTS) return { ok: false, errors: [...errors, ...listErrors] };
  errors.push(...(await new EventChecker(events).finish()));
  // Ids are compared only once every event is known to have one, as TimelineSchema does.
  if (errors.length === 0) errors.push(...listErrors);
  if (!shell.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...shell.value, events: events as Timeline['events'] } };
}

type Outline = Pick<Timeline['events'][number], 'id' | 'date' | 'end' | 'tags' | 'group' | 'textFormat'>;

const isString = (value: unknown) => typeof value === 'string';
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isFormat = (value: unknown) => (TEXT_FORMATS as readonly unknown[]).includes(value);

/**
 * What the timeline's model reads of every event to order and filter them, of the right types. A
 * type guard, not a check: it names nothing, and an event that fails it sends the timeline through
 * the full check first, whose messages name every problem. Written out because it runs on every
 * event before the first screen, where valibot's object machinery cost 12–20 ms at 10,000 events.
 */
function hasOutline(event: unknown): event is Outline {
  if (typeof event !== 'object' || event === null) return false;
  const { id, date, end, tags, group, textFormat } = event as Record<string, unknown>;
  return (
    isString(id) &&
    isString(date) &&
    isOptional(end, isString) &&
    isOptional(tags, (list) => Array.isArray(list) && list.every(isString)) &&
    isOptional(group, isString) &&
    isOptional(textFormat, isFormat)
  );
}

/** Every event has its outline, and the list as a whole passes the schema's own checks on it (count, unique ids). */
function outlineHolds(events: unknown[]): events is Outline[] {
  return events.length <= MAX_TIMELINE_EVENTS && events.every(hasOutline) && duplicateIds(events).length === 0;
}

/**
 * A long timeline ready to be ordered and filtered before its events are checked in full: the
 * timeline without its events checked, and the events as given, once their outline holds.
 * Undefined when either fails: the whole check then runs first, to report every problem at once.
 */
export function readOutline(payload: { events: unknown[] }): { timeline: Timeline; checker: EventChecker } | undefined {
  if (!outlineHolds(payload.events)) return undefined;
  const shell = validate(TimelineSchema, { ...payload, events: [] });
  if (!shell.ok) return undefined;
  // The events are typed as checked from here on: the timeline asks the checker before it shows or
  // searches any of them, and nothing else reads more of them than the outline.
  const timeline = { ...shell.value, events: payload.events as Timeline['events'] };
  return { timeline, checker: new EventChecker(payload.events) };
}

const UNCHECKED = 0;
const VALID = 1;
const INVALID = 2;

/**
 * The full check of a long timeline's events, one event at a time: at once for an event about to
 * be shown or searched (`passes`), and for the rest in slices (`finish`). Each event is checked
 * once, with the messages the whole check gives.
 */
export class EventChecker {
  private readonly events: readonly unknown[];
  private readonly verdicts: Uint8Array;
  private readonly errors = new Map<number, string[]>();
  private finishing?: Promise<string[]>;

  constructor(events: readonly unknown[]) {
    this.events = events;
    this.verdicts = new Uint8Array(events.length);
  }

  /** True when the event at `index` (in the data's order) is valid, checking it now if it has not been. */
  passes(index: number): boolean {
    if (this.verdicts[index] === UNCHECKED) this.check(index);
    return this.verdicts[index] === VALID;
  }

  /** Checks every event not checked yet, a slice at a time; resolves with every problem, in the data's order. */
  finish(): Promise<string[]> {
    this.finishing ??= this.checkRest();
    return this.finishing;
  }

  /** Nothing on screen waits for this: it gives way to the page before every slice. */
  private async checkRest(): Promise<string[]> {
    const clock = sliceClock();
    for (let index = 0; index < this.events.length; index++) {
      if (index === 0 || clock.due()) {
        await backgroundTask();
        clock.restart();
      }
      // An event shown while this one waited has been checked already.
      if (this.verdicts[index] === UNCHECKED) this.check(index);
    }
    return [...this.errors].sort(([a], [b]) => a - b).flatMap(([, lines]) => lines);
  }

  private check(index: number): void {
    const result = validate(EventSlice, { events: [this.events[index]] });
    this.verdicts[index] = result.ok ? VALID : INVALID;
    if (!result.ok)
      this.errors.set(
        index,
        result.errors.map((line) => renumber(line, index)),
      );
  }
}

/**
 * A long timeline read in slices. When its outline holds, it is read from that and its events are
 * left to `checker`, which the timeline asks before it shows or searches an event and which checks
 * the rest after the first screen (`result.remaining`). Otherwise it is checked in full first, so
 * that every problem is reported at once, and read when valid.
 */
export async function checkAndRead(
  payload: { events: unknown[] },
  signal: AbortSignal,
): Promise<{ result: ValidationResult<Timeline>; model?: TimelineModel; checker?: EventChecker }> {
  const outline = readOutline(payload);
  const result: ValidationResult<Timeline> = outline ? { ok: true, value: outline.timeline } : await validateInSlices(payload);
  if (!result.ok) return { result };
  const builder = new ModelBuilder(result.value);
  const clock = sliceClock();
  while (builder.add(SLICE)) {
    if (!clock.due()) continue;
    await nextTask();
    // A newer load overtook this one: its model would never be read.
    signal.throwIfAborted();
    clock.restart();
  }
  const model = builder.finish();
  if (!outline) return { result, model };
  return { result: { ...result, remaining: () => outline.checker.finish() }, model, checker: outline.checker };
}
