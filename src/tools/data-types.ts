/**
 * Which widget's data a payload is, from its shape, and the schema that checks it. The schemas
 * are the widgets' own (WIDGET_SCHEMAS); TimelineJS3 JSON is checked as the timeline it becomes.
 */
import type { GenericSchema } from 'valibot';
import { isTimelineJs } from '../core/adapters/timelinejs.js';
import { WIDGET_SCHEMAS } from '../core/schema/index.js';
import { TimelineSchema } from '../core/schema/timeline.js';

export const DATA_TYPES = ['appeal-banner', 'prisoner-card', 'prisoner-list', 'timeline', 'timelinejs'] as const;

/** A widget's data (`appeal-banner`, `prisoner-card` for one person, `prisoner-list` for a feed, `timeline`), or TimelineJS3 JSON. */
export type DataType = (typeof DATA_TYPES)[number];

/** What a person calls each, in reports. */
export const DATA_TYPE_LABELS: Readonly<Record<DataType, string>> = {
  'appeal-banner': 'appeal',
  'prisoner-card': 'person',
  'prisoner-list': 'prisoner feed',
  timeline: 'timeline',
  timelinejs: 'TimelineJS3 timeline',
};

export function isDataType(name: string): name is DataType {
  return (DATA_TYPES as readonly string[]).includes(name);
}

/** The schema that checks a type's data; for TimelineJS3 JSON, the timeline's, after conversion. */
export function schemaOf(type: DataType): GenericSchema {
  if (type === 'timelinejs') return TimelineSchema;
  const widget = WIDGET_SCHEMAS.find(({ name }) => name === type);
  if (!widget) throw new Error(`no schema for ${type}`);
  return widget.schema;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The type a payload looks like: TimelineJS3 (`isTimelineJs`), a timeline (`events`), a feed
 * (`people`, or a bare list), an appeal (`kind`), a person (`name`, `status` or
 * `withdrawn`); undefined when it looks like none.
 */
export function detectType(payload: unknown): DataType | undefined {
  if (Array.isArray(payload)) return 'prisoner-list';
  if (!isRecord(payload)) return undefined;
  if (isTimelineJs(payload)) return 'timelinejs';
  if (Array.isArray(payload.events)) return 'timeline';
  if ('people' in payload) return 'prisoner-list';
  if ('kind' in payload) return 'appeal-banner';
  if ('name' in payload || 'status' in payload || 'withdrawn' in payload) return 'prisoner-card';
  return undefined;
}

export const UNDETECTED_MESSAGE =
  'cannot tell which widget this data is for: expected an appeal (with kind), a person (name and status), ' +
  'a feed (people), or a timeline (events). Name it with --type';

/** A few words on what a valid payload holds: `13 people`, `11 events`. */
export function summaryOf(type: DataType, payload: unknown): string {
  const count = (list: unknown, one: string, many: string) => {
    const length = Array.isArray(list) ? list.length : 0;
    return `${length} ${length === 1 ? one : many}`;
  };
  if (type === 'prisoner-list' || (type === 'prisoner-card' && (Array.isArray(payload) || (isRecord(payload) && 'people' in payload)))) {
    return count(Array.isArray(payload) ? payload : (payload as Record<string, unknown>).people, 'person', 'people');
  }
  if (type === 'timeline' || type === 'timelinejs') return count(isRecord(payload) ? payload.events : undefined, 'event', 'events');
  return DATA_TYPE_LABELS[type];
}
