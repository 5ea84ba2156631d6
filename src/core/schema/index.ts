import type { GenericSchema } from 'valibot';
import { AppealSchema } from './appeal.js';
import { PrisonerCardDataSchema, PrisonerFeedSchema } from './prisoner.js';
import { TimelineSchema } from './timeline.js';

export interface WidgetSchema {
  /** The widget's name without the `ahrca-` prefix; the JSON Schema is `schemas/<name>.schema.json`. */
  name: string;
  title: string;
  description: string;
  schema: GenericSchema;
}

/** Every widget's data schema: the source of the TypeScript types and of the published JSON Schemas. */
export const WIDGET_SCHEMAS: readonly WidgetSchema[] = [
  {
    name: 'appeal-banner',
    title: 'ahrca-appeal-banner data',
    description: 'An appeal, open letter, petition, statement or urgent action for <ahrca-appeal-banner>.',
    schema: AppealSchema,
  },
  {
    name: 'prisoner-card',
    title: 'ahrca-prisoner-card data',
    description: 'One political prisoner, or a feed of many from which person="id" picks one, for <ahrca-prisoner-card>.',
    schema: PrisonerCardDataSchema,
  },
  {
    name: 'prisoner-list',
    title: 'ahrca-prisoner-list data',
    description: 'A feed of political prisoners ({"people": [...]} or a bare array) for <ahrca-prisoner-list>.',
    schema: PrisonerFeedSchema,
  },
  {
    name: 'timeline',
    title: 'ahrca-timeline data',
    description: 'A timeline of events for <ahrca-timeline>: dates of any precision, ranges, eras, media, tags and sources.',
    schema: TimelineSchema,
  },
];
