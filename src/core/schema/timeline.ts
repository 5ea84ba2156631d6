/**
 * The data of one `<ahrca-timeline>`: events with dates of any precision, optional eras, in our
 * own format. TimelineJS3 JSON is read too, through an adapter that turns it into this format
 * before validation.
 *
 * The adapter contract (implemented in `src/core/adapters/timelinejs.ts`, exported from there):
 *
 * ```ts
 * // True when the payload has TimelineJS3's shape (an `events` array whose items carry
 * // `start_date` objects, or `text.headline`), and is therefore to go through fromTimelineJs.
 * export function isTimelineJs(payload: unknown): boolean;
 *
 * // TimelineJS3 JSON, read unchanged, as our format. `timeline` is then validated by
 * // TimelineSchema like any other payload (so a bad TimelineJS3 date is reported by path);
 * // `notes` lists, in English, what could not be carried over (e.g. `events[3].background`).
 * export function fromTimelineJs(payload: unknown): { timeline: unknown; notes: string[] };
 * ```
 *
 * Its text (`text.text`, `title.text.text`, era text) is carried as HTML with `textFormat: 'html'`
 * and sanitised when shown, never executed; headlines become plain-text titles.
 */
import * as v from 'valibot';
import { PARTIAL_DATE } from '../i18n/dates.js';
import { parseTimelineDate, timelineDateProblem } from '../i18n/timeline-dates.js';
import { MARKDOWN_MAX_LENGTH } from '../limits.js';
import { documentedObject, identifier, listOf, localizedText, partialDate, url } from './common.js';
import { docs } from './docs.js';

export const TEXT_FORMATS = ['markdown', 'html'] as const;
export const MEDIA_KINDS = ['image', 'video', 'link'] as const;
/** How much an event weighs in the story: a `key` event is set larger, its media across the card. */
export const IMPORTANCE = ['key', 'normal'] as const;

/** The most events one timeline may hold: five times the 10,000 it is built to scroll smoothly. */
export const MAX_TIMELINE_EVENTS = 50_000;

/** Markdown, or HTML where `textFormat` says so; either way sanitised when shown. */
function richText(description: string, example: string) {
  return localizedText(
    docs?.(`${description} Markdown, where raw HTML is shown as text; or HTML when \`textFormat\` is \`html\`, sanitised like markdown.`),
    MARKDOWN_MAX_LENGTH,
    docs?.(example),
  );
}

function textFormat(description: string) {
  return v.pipe(v.picklist(TEXT_FORMATS, `expected one of ${TEXT_FORMATS.join(', ')}`), v.description(docs?.(description)), v.examples(docs?.(['markdown'])));
}

/** A short label used as a filter key: shown as written, compared exactly. */
function label(description: string, example: string) {
  return v.pipe(
    v.string('expected text'),
    v.minLength(1, 'expected non-empty text'),
    v.maxLength(80, 'expected at most 80 characters'),
    v.check((value) => value.trim() !== '', 'expected non-empty text'),
    v.description(docs?.(description)),
    v.examples(docs?.([example])),
  );
}

const Media = documentedObject(
  {
    kind: v.pipe(
      v.picklist(MEDIA_KINDS, `expected one of ${MEDIA_KINDS.join(', ')}`),
      v.description(
        docs?.(
          '`image` is shown (lazily, without a referrer). `video` (YouTube, Vimeo) and `link` (a post on X, Facebook, ' +
            'Instagram, TikTok, Telegram, any page) are shown as a card that contacts no one until the reader clicks it.',
        ),
      ),
      v.examples(docs?.(['image'])),
    ),
    url: url(docs?.('The image, video or post.'), docs?.('https://example.org/media/andijan-square.jpg')),
    alt: v.optional(
      localizedText(
        docs?.('What the image shows, for readers who cannot see it. Required in spirit for images.'),
        500,
        docs?.('Crowd on Babur Square, Andijan'),
      ),
    ),
    caption: v.optional(localizedText(docs?.('A caption shown under the media.'), 500, docs?.('Babur Square on the morning of 13 May 2005.'))),
    credit: v.optional(localizedText(docs?.('Who made or owns the media.'), 200, docs?.('Photo: Example Agency'))),
    thumbnail: v.optional(
      url(
        docs?.("A preview image for a video or link card, from the data's own host; shown before the click."),
        docs?.('https://example.org/media/andijan-video.jpg'),
      ),
    ),
  },
  docs?.('One image, video or link shown with the event.'),
  docs?.([{ kind: 'image', url: 'https://example.org/media/andijan-square.jpg', alt: 'Crowd on Babur Square', credit: 'Photo: Example Agency' }]),
);

const Source = documentedObject(
  {
    title: localizedText(docs?.("The source's title as a reader should see it."), 500, docs?.('Report of the OSCE/ODIHR on Andijan')),
    url: v.optional(url(docs?.('Where to read it.'))),
    publisher: v.optional(localizedText(docs?.('Who published it.'), 200, docs?.('OSCE/ODIHR'))),
    date: v.optional(partialDate(docs?.('When it was published.'), docs?.('2005-06-20'))),
  },
  docs?.('A numbered source for the event.'),

  docs?.([{ title: 'Preliminary findings on the events in Andijan', publisher: 'OSCE/ODIHR', url: 'https://example.org/odihr-andijan', date: '2005-06-20' }]),
);

/**
 * A timeline's date: any date of `partialDate`, or one before the common era (`-3500`, 3500 BCE;
 * `-13800000000`, deep time), as timeline-dates.ts reads them. One message per bad value.
 */
function timelineDate(description: string, example: string) {
  return v.pipe(
    v.string(),
    v.check(
      (value) => timelineDateProblem(value) === undefined,
      (issue) => timelineDateProblem(issue.input) ?? 'expected a date',
    ),
    // JSON Schema gets the two shapes; the check's messages say more (no year 0, deep time a year alone).
    v.metadata(docs?.({ pattern: `^(?:${PARTIAL_DATE.source.slice(1, -1)}|-\\d{4,15}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?)$` })),
    v.description(docs?.(description)),
    v.examples(docs?.([example])),
  );
}

/** True when `end` is not before `start`; an end with less precision may contain the start (`2005-05-13` to `2005-05`). */
function endsAfterStart(start: string, end: string | undefined): boolean {
  if (end === undefined) return true;
  const from = parseTimelineDate(start);
  const to = parseTimelineDate(end);
  if (!from || !to) return true; // the date checks themselves report it
  return to.time >= from.time || start.startsWith(end);
}

const Era = v.pipe(
  v.object({
    title: localizedText(docs?.("The era's name, shown as a band over the events in its span."), 300, docs?.("Islam Karimov's presidency")),
    start: timelineDate(docs?.('When the era begins.'), docs?.('1991-09-01')),
    end: timelineDate(docs?.('When it ends.'), docs?.('2016-09-02')),
    text: v.optional(richText(docs?.('A short description of the era.'), docs?.('Twenty-five years of one-man rule.'))),
    textFormat: v.optional(textFormat(docs?.("Overrides the timeline's `textFormat` for this era's text."))),
  }),
  v.forward(
    v.check((era) => endsAfterStart(era.start, era.end), 'expected a date on or after the start'),
    ['end'],
  ),
  v.description(docs?.('A titled span of time (a presidency, a war) drawn as a band over the events it covers.')),
  v.examples(docs?.([{ title: "Islam Karimov's presidency", start: '1991-09-01', end: '2016-09-02' }])),
);

/**
 * An event's own backdrop, as TimelineJS3's `background`: a colour (`#rgb`, `#rrggbb`, with alpha, or
 * a colour's name) tints the card, an image (http or https only) is shown across its top, for the eye only.
 */
const Background = documentedObject(
  {
    color: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^(?:#(?:[\dA-Fa-f]{3,4}|[\dA-Fa-f]{6}|[\dA-Fa-f]{8})|[A-Za-z]{3,20})$/, 'expected a colour such as #8b1e3f or teal'),
        v.description(docs?.('A colour that tints the card: `#rgb`, `#rrggbb` (with alpha or not) or a CSS colour name.')),
        v.examples(docs?.(['#8b1e3f'])),
      ),
    ),
    url: v.optional(url(docs?.('An image shown across the top of the card, for the eye only (it has no description).'))),
  },
  docs?.("The event's backdrop, as TimelineJS3's `background`."),
  docs?.([{ color: '#8b1e3f' }]),
);

/** One event; exported for checking a long list of events in slices. */
export const TimelineEventSchema = v.pipe(
  v.object({
    id: identifier(docs?.('Stable id of the event: its deep link is `#<id>`. Keep it when the event is edited.'), docs?.('andijan-2005-05-13')),
    date: timelineDate(
      docs?.(
        'When it happened, to the precision known: a year, a month, a day, or a date and time. Before the common era, ' +
          'a minus sign: `-0044-03-15`, `-3500` (3500 BCE), `-13800000000` (deep time, a year alone).',
      ),
      docs?.('2005-05-13'),
    ),
    end: v.optional(timelineDate(docs?.('When it ended, for an event that lasted; the range shows both dates.'), docs?.('2005-05-14'))),
    approximate: v.optional(
      v.pipe(v.boolean('expected true or false'), v.description(docs?.('True when the date is uncertain: shown as "c. 2005".')), v.examples(docs?.([true]))),
    ),
    displayDate: v.optional(
      localizedText(docs?.('Text shown instead of the formatted date ("Spring 2005"); the event is still ordered by `date`.'), 100, docs?.('Spring 2005')),
    ),
    title: localizedText(docs?.("The event's title, as plain text."), 300, docs?.('Andijan massacre')),
    text: v.optional(richText(docs?.('What happened.'), docs?.('Troops fired on a crowd of thousands on **Babur Square**.'))),
    textFormat: v.optional(textFormat(docs?.("Overrides the timeline's `textFormat` for this event's text."))),
    media: v.optional(Media),
    tags: v.optional(
      v.pipe(
        listOf(label(docs?.('One tag.'), docs?.('Andijan')), 'tags', 20, docs?.('Tags the reader can filter by.')),
        v.examples(docs?.([['Andijan', 'Massacre']])),
      ),
    ),
    place: v.optional(localizedText(docs?.('Where it happened.'), 300, docs?.('Andijan, Uzbekistan'))),
    sources: v.optional(listOf(Source, 'sources', 50, docs?.('Sources, shown as a numbered list.'))),
    importance: v.optional(
      v.pipe(
        v.picklist(IMPORTANCE, `expected one of ${IMPORTANCE.join(', ')}`),
        v.description(docs?.('`key` for the events the story turns on: set larger, their media across the card. Default `normal`.')),
        v.examples(docs?.(['key'])),
      ),
    ),
    background: v.optional(Background),
    group: v.optional(
      label(docs?.('A group the event belongs to (a country, a case): shown as a label, and the reader can filter by it.'), docs?.('Uzbekistan')),
    ),
  }),
  v.forward(
    v.check((event) => endsAfterStart(event.date, event.end), "expected a date on or after the event's date"),
    ['end'],
  ),
  v.description(docs?.('One event.')),
  v.examples(docs?.([{ id: 'andijan-2005-05-13', date: '2005-05-13', title: 'Andijan massacre', tags: ['Andijan'] }])),
);

/** The ids used more than once, each named once. */
export function duplicateIds(events: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of events) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}

/** The checks on the list of events as a whole, shared by TimelineSchema, EventListSchema and a long timeline's outline. */
export function atMostMaxEvents<T extends readonly unknown[]>() {
  return v.maxLength<T, typeof MAX_TIMELINE_EVENTS, string>(MAX_TIMELINE_EVENTS, `expected at most ${MAX_TIMELINE_EVENTS} events`);
}

export function uniqueIds<T extends readonly { id: string }[]>() {
  return v.check<T, (issue: v.CheckIssue<T>) => string>(
    (events) => duplicateIds(events).length === 0,
    (issue) =>
      `expected each event id once; ${duplicateIds(issue.input)
        .map((id) => JSON.stringify(id))
        .join(', ')} used more than once`,
  );
}

type EventIds = { id: string }[];

/** What is checked of the list of events as a whole, once each event has been checked on its own. */
export const EventListSchema = v.pipe(v.array(v.object({ id: v.string() })), atMostMaxEvents<EventIds>(), uniqueIds<EventIds>());

type CheckedEvents = v.InferOutput<typeof TimelineEventSchema>[];

/** The data of one `<ahrca-timeline>`. */
export const TimelineSchema = v.pipe(
  v.object({
    title: v.optional(localizedText(docs?.("The timeline's title, shown as its heading."), 300, docs?.('The Andijan massacre and after'))),
    subtitle: v.optional(
      localizedText(
        docs?.("A line shown under the title, smaller (TimelineJS3: the `<small>` of the title's headline)."),
        300,
        docs?.('Fifteen years of testimony'),
      ),
    ),
    description: v.optional(richText(docs?.('An introduction shown under the title.'), docs?.('Events the Association documented from 2005 on.'))),
    textFormat: v.optional(
      textFormat(
        docs?.(
          'How the `text` of events, eras and the description is written: `markdown` (default) or `html` ' +
            '(as TimelineJS3 has it). HTML is sanitised with the same rules as markdown: no script, no styles, safe links only.',
        ),
      ),
      'markdown',
    ),
    media: v.optional(Media),
    eras: v.optional(listOf(Era, 'eras', 200, docs?.('Named spans of time drawn as bands over their events.'))),
    events: v.pipe(
      v.array(TimelineEventSchema, 'expected a list of events'),
      atMostMaxEvents<CheckedEvents>(),
      uniqueIds<CheckedEvents>(),
      v.description(docs?.('The events, in any order: the timeline sorts them by date.')),
    ),
  }),
  v.title(docs?.('Timeline')),
  v.description(docs?.('A timeline of events shown by <ahrca-timeline>.')),
);

export type Timeline = v.InferOutput<typeof TimelineSchema>;
export type TimelineEvent = Timeline['events'][number];
export type TimelineEra = NonNullable<Timeline['eras']>[number];
export type TimelineMedia = NonNullable<TimelineEvent['media']>;
export type TimelineSource = NonNullable<TimelineEvent['sources']>[number];
export type TextFormat = (typeof TEXT_FORMATS)[number];
export type MediaKind = (typeof MEDIA_KINDS)[number];
