/**
 * Every widget the hardening suites attack, each in the layouts and data shapes it has: a valid
 * base payload that reaches every field, and the text, markdown and URL fields, found in the
 * widget's schema (see schema-fields.ts). The base payloads are checked to reach every field the
 * schema has, so a field added to a schema without a value here fails the suites.
 */
import type * as v from 'valibot';
import '../../src/components/appeal-banner/appeal-banner.js';
import '../../src/components/prisoner-card/prisoner-card.js';
import '../../src/components/prisoner-list/prisoner-list.js';
import '../../src/components/timeline/timeline.js';
import { AppealSchema } from '../../src/core/schema/appeal.js';
import { ActivePersonSchema, PrisonerCardDataSchema, PrisonerFeedSchema } from '../../src/core/schema/prisoner.js';
import { TimelineSchema } from '../../src/core/schema/timeline.js';
import { fullPerson, NOW } from '../helpers/prisoner-card.js';
import { schemaFields, type Field } from './schema-fields.js';

export type Payload = Record<string, unknown>;

export interface WidgetCase {
  /** How a failure names it: `<ahrca-prisoner-card> feed, compact`. */
  name: string;
  tag: string;
  /** Attributes set on every instance (layout, person). */
  attributes: Readonly<Record<string, string>>;
  /** A valid payload with a value in every field. */
  base: () => Payload;
  /** The schema `fields` come from; undefined for a foreign format whose fields are listed by hand. */
  schema: v.GenericSchema | undefined;
  fields: readonly Field[];
  /** Properties set on every instance, e.g. a fixed clock. */
  properties?: Readonly<Record<string, unknown>>;
  /**
   * How many instances the hostile-data suite renders together (default 16). The list follows the
   * address's #id in every instance at once, so clicking a tile in one opens a dialog in all: fewer.
   */
  batch?: number;
}

const PAGE = 'https://example.org/ahrca';

export function appealBase(): Payload {
  return {
    id: 'hardening-appeal',
    kind: 'appeal',
    title: 'For an international investigation of the Andijan events',
    ask: 'Support the demand for an independent investigation.',
    summary: 'The Association sends **collective appeals** to the [UN](https://example.org/un).',
    url: `${PAGE}/appeal`,
    image: { url: '/demo/data/photos/example-1.svg', alt: 'Relatives outside the court', consent: true, credit: 'AHRCA' },
    addressees: ['The European Union', { en: 'The United Nations', ru: 'ООН' }],
    signatories: [{ name: 'Association for Human Rights in Central Asia', url: PAGE }, { name: 'Another organisation' }],
    published: '2026-05-13',
    status: 'open',
    signatures: { count: 1834, goal: 5000 },
    actions: [
      { kind: 'sign', url: `${PAGE}/sign`, label: 'Sign' },
      { kind: 'read', url: `${PAGE}/letter` },
      { kind: 'share', url: `${PAGE}/appeal`, label: 'Share it' },
    ],
    relatedPrisoners: [{ name: 'Sample profile A (fictional)', url: `${PAGE}/prisoners/a` }],
    updated: '2026-11-01',
  };
}

/** fullPerson with the few fields it leaves out, so every field of the format has a value. */
export function personBase(id = 'example-namuna-odamov'): Payload {
  const person = fullPerson({ id });
  return {
    ...person,
    photo: { ...(person.photo as Payload), url: '/demo/data/photos/example-1.svg' },
    letters: { ...(person.letters as Payload), address: 'Example region\nExample town, PO box 00/00' },
  };
}

export function feedBase(): Payload {
  return { title: 'Political prisoners (fictional examples)', updated: '2026-04-02', people: [personBase('first'), personBase('second')] };
}

export function timelineBase(textFormat: 'markdown' | 'html' = 'markdown'): Payload {
  const text = textFormat === 'html' ? '<p>Troops fire on a <strong>crowd</strong>.</p>' : 'Troops fire on a **crowd**.';
  const source = { title: 'Preliminary findings', url: `${PAGE}/odihr`, publisher: 'OSCE/ODIHR', date: '2005-06-20' };
  return {
    title: 'The Andijan events and after',
    subtitle: 'Troops, a square and what followed',
    description: text,
    textFormat,
    media: {
      kind: 'image',
      url: '/demo/media/placeholder-0.svg',
      alt: 'Babur Square',
      caption: 'The square',
      credit: 'Placeholder',
      thumbnail: '/demo/media/placeholder-1.svg',
    },
    eras: [{ title: 'Islam Karimov’s presidency', start: '1991-09-01', end: '2016-09-02', text }],
    events: [
      {
        id: 'andijan-2005-05-13',
        date: '2005-05-13',
        displayDate: '13 May 2005',
        title: 'The Andijan events',
        text,
        media: {
          kind: 'image',
          url: '/demo/media/placeholder-2.svg',
          alt: 'Crowd',
          caption: 'Babur Square',
          credit: 'Placeholder',
          thumbnail: '/demo/media/placeholder-1.svg',
        },
        tags: ['Andijan', 'Massacre'],
        place: 'Andijan, Uzbekistan',
        sources: [source],
        group: 'Uzbekistan',
      },
      {
        id: 'brussels-2011-01-24',
        date: '2011-01-24',
        displayDate: '24 January 2011',
        title: 'Rally in Brussels',
        text,
        media: { kind: 'link', url: `${PAGE}/post`, alt: 'Preview', caption: 'A post', credit: 'Placeholder', thumbnail: '/demo/media/placeholder-3.svg' },
        tags: ['Brussels'],
        place: 'Brussels',
        sources: [source],
        group: 'Association',
        // A tint and an image behind the card: the colour is a field with its own rule, the image a URL.
        background: { color: '#8b1e3f', url: '/demo/media/placeholder-3.svg' },
      },
    ],
  };
}

/** TimelineJS3's own format, read through the adapter: its fields are not in a schema of ours. */
export function timelineJsBase(): Payload {
  const media = {
    url: '/demo/media/placeholder-2.svg',
    caption: 'Babur Square',
    credit: 'Placeholder',
    alt: 'Crowd',
    title: 'Photo',
    thumbnail: '/demo/media/placeholder-1.svg',
  };
  return {
    title: { text: { headline: 'The Andijan events', text: '<p>Read <strong>unchanged</strong>.</p>' }, media },
    eras: [{ start_date: { year: 1991 }, end_date: { year: 2016 }, text: { headline: 'Karimov’s rule', text: '<p>Era</p>' } }],
    events: [
      {
        unique_id: 'andijan',
        start_date: { year: 2005, month: 5, day: 13, display_date: 'May 13' },
        end_date: { year: 2005, month: 5, day: 14, display_date: 'May 14' },
        display_date: '13–14 May 2005',
        group: 'Uzbekistan',
        text: { headline: 'The Andijan events', text: '<p>Troops fire on a <strong>crowd</strong>.</p>' },
        media,
      },
      {
        unique_id: 'brussels',
        start_date: { year: 2011, month: 1, day: 24 },
        group: 'Association',
        text: { headline: 'Rally in Brussels', text: '<p>A rally.</p>' },
        media: { ...media, url: `${PAGE}/post` },
      },
    ],
  };
}

const field = (path: string, kind: Field['kind']): Field => ({ path, kind, schema: undefined as unknown as v.GenericSchema, localized: false });

/** Every string a TimelineJS3 file may hold that the adapter reads (dates excepted). */
const TIMELINEJS_FIELDS: readonly Field[] = [
  field('title.text.headline', 'text'),
  field('title.text.text', 'markdown'),
  ...['title.media', 'events[].media'].flatMap((media) => [
    field(`${media}.url`, 'url'),
    field(`${media}.thumbnail`, 'url'),
    field(`${media}.caption`, 'text'),
    field(`${media}.credit`, 'text'),
    field(`${media}.alt`, 'text'),
    field(`${media}.title`, 'text'),
  ]),
  field('eras[].text.headline', 'text'),
  field('eras[].text.text', 'markdown'),
  field('events[].text.headline', 'text'),
  field('events[].text.text', 'markdown'),
  field('events[].display_date', 'text'),
  field('events[].start_date.display_date', 'text'),
  field('events[].end_date.display_date', 'text'),
  field('events[].group', 'text'),
];

function fromSchema(schema: v.GenericSchema, base: () => Payload): Pick<WidgetCase, 'schema' | 'fields' | 'base'> {
  return { schema, base, fields: schemaFields(schema, base()) };
}

const cardClock = { clock: () => NOW };

export const WIDGET_CASES: readonly WidgetCase[] = [
  { name: '<ahrca-appeal-banner>', tag: 'ahrca-appeal-banner', attributes: { dismissible: '' }, ...fromSchema(AppealSchema, appealBase) },
  {
    name: '<ahrca-prisoner-card> one person, full',
    tag: 'ahrca-prisoner-card',
    attributes: {},
    properties: cardClock,
    ...fromSchema(ActivePersonSchema, () => personBase()),
  },
  {
    name: '<ahrca-prisoner-card> one person, compact',
    tag: 'ahrca-prisoner-card',
    attributes: { layout: 'compact' },
    properties: cardClock,
    ...fromSchema(ActivePersonSchema, () => personBase()),
  },
  {
    name: '<ahrca-prisoner-card> feed, full',
    tag: 'ahrca-prisoner-card',
    attributes: { person: 'second' },
    properties: cardClock,
    ...fromSchema(PrisonerCardDataSchema, feedBase),
  },
  {
    name: '<ahrca-prisoner-card> feed, compact',
    tag: 'ahrca-prisoner-card',
    attributes: { layout: 'compact', person: 'second' },
    properties: cardClock,
    ...fromSchema(PrisonerCardDataSchema, feedBase),
  },
  { name: '<ahrca-prisoner-list>', tag: 'ahrca-prisoner-list', attributes: {}, properties: cardClock, batch: 4, ...fromSchema(PrisonerFeedSchema, feedBase) },
  { name: '<ahrca-timeline> markdown', tag: 'ahrca-timeline', attributes: {}, ...fromSchema(TimelineSchema, () => timelineBase('markdown')) },
  { name: '<ahrca-timeline> HTML text', tag: 'ahrca-timeline', attributes: {}, ...fromSchema(TimelineSchema, () => timelineBase('html')) },
  { name: '<ahrca-timeline> TimelineJS3 data', tag: 'ahrca-timeline', attributes: {}, schema: undefined, base: timelineJsBase, fields: TIMELINEJS_FIELDS },
];

/** Each widget tag with the name of a body the test server's /net/ routes send that is valid data for it. */
export const SERVED_WIDGETS = [
  { tag: 'ahrca-appeal-banner', body: 'appeal' },
  { tag: 'ahrca-prisoner-card', body: 'person' },
  { tag: 'ahrca-prisoner-list', body: 'feed' },
  { tag: 'ahrca-timeline', body: 'timeline' },
] as const;

/** The case of that name; throws when the table has none, so a renamed case fails loudly. */
export function widgetCase(name: string): WidgetCase {
  const found = WIDGET_CASES.find((widget) => widget.name === name);
  if (!found) throw new Error(`no widget case named ${name}`);
  return found;
}

/** Creates an instance of the case, not yet on the page, with its attributes and properties. */
export function createWidget(widget: WidgetCase, lang = 'en'): HTMLElement & { data?: unknown; updateComplete: Promise<boolean> } {
  const el = document.createElement(widget.tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
  el.lang = lang;
  for (const [name, value] of Object.entries(widget.attributes)) el.setAttribute(name, value);
  Object.assign(el, widget.properties ?? {});
  return el;
}
