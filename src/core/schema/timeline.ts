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
import { parsePartialDate } from '../i18n/dates.js';
import { MARKDOWN_MAX_LENGTH } from '../limits.js';
import { identifier, localizedText, partialDate, url } from './common.js';

export const TEXT_FORMATS = ['markdown', 'html'] as const;
export const MEDIA_KINDS = ['image', 'video', 'link'] as const;

/** The most events one timeline may hold: five times the 10,000 it is built to scroll smoothly. */
export const MAX_TIMELINE_EVENTS = 50_000;

/** Markdown, or HTML where `textFormat` says so; either way sanitised when shown. */
function richText(description: string, example: string) {
  return localizedText(
    `${description} Markdown, where raw HTML is shown as text; or HTML when \`textFormat\` is \`html\`, sanitised like markdown.`,
    MARKDOWN_MAX_LENGTH,
    example,
  );
}

function textFormat(description: string) {
  return v.pipe(
    v.picklist(TEXT_FORMATS, `expected one of ${TEXT_FORMATS.join(', ')}`),
    v.description(description),
    v.examples(['markdown']),
  );
}

/** A short label used as a filter key: shown as written, compared exactly. */
function label(description: string, example: string) {
  return v.pipe(
    v.string('expected text'),
    v.minLength(1, 'expected non-empty text'),
    v.maxLength(80, 'expected at most 80 characters'),
    v.check((value) => value.trim() !== '', 'expected non-empty text'),
    v.description(description),
    v.examples([example]),
  );
}

const Media = v.pipe(
  v.object({
    kind: v.pipe(
      v.picklist(MEDIA_KINDS, `expected one of ${MEDIA_KINDS.join(', ')}`),
      v.description(
        '`image` is shown (lazily, without a referrer). `video` (YouTube, Vimeo) and `link` (a post on X, Facebook, ' +
          'Instagram, TikTok, Telegram, any page) are shown as a card that contacts no one until the reader clicks it.',
      ),
      v.examples(['image']),
    ),
    url: url('The image, video or post.', 'https://example.org/media/andijan-square.jpg'),
    alt: v.optional(localizedText('What the image shows, for readers who cannot see it. Required in spirit for images.', 500, 'Crowd on Babur Square, Andijan')),
    caption: v.optional(localizedText('A caption shown under the media.', 500, 'Babur Square on the morning of 13 May 2005.')),
    credit: v.optional(localizedText('Who made or owns the media.', 200, 'Photo: Example Agency')),
    thumbnail: v.optional(url('A preview image for a video or link card, from the data\'s own host; shown before the click.', 'https://example.org/media/andijan-video.jpg')),
  }),
  v.description('One image, video or link shown with the event.'),
  v.examples([{ kind: 'image', url: 'https://example.org/media/andijan-square.jpg', alt: 'Crowd on Babur Square', credit: 'Photo: Example Agency' }]),
);

const Source = v.pipe(
  v.object({
    title: localizedText('The source\'s title as a reader should see it.', 500, 'Report of the OSCE/ODIHR on Andijan'),
    url: v.optional(url('Where to read it.')),
    publisher: v.optional(localizedText('Who published it.', 200, 'OSCE/ODIHR')),
    date: v.optional(partialDate('When it was published.', '2005-06-20')),
  }),
  v.description('A numbered source for the event.'),
  v.examples([{ title: 'Preliminary findings on the events in Andijan', publisher: 'OSCE/ODIHR', url: 'https://example.org/odihr-andijan', date: '2005-06-20' }]),
);

/** True when `end` is not before `start`; an end with less precision may contain the start (`2005-05-13` to `2005-05`). */
function endsAfterStart(start: string, end: string | undefined): boolean {
  if (end === undefined) return true;
  const from = parsePartialDate(start);
  const to = parsePartialDate(end);
  if (!from || !to) return true; // the date checks themselves report it
  return to.date.getTime() >= from.date.getTime() || start.startsWith(end);
}

const Era = v.pipe(
  v.object({
    title: localizedText('The era\'s name, shown as a band over the events in its span.', 300, 'Islam Karimov\'s presidency'),
    start: partialDate('When the era begins.', '1991-09-01'),
    end: partialDate('When it ends.', '2016-09-02'),
    text: v.optional(richText('A short description of the era.', 'Twenty-five years of one-man rule.')),
    textFormat: v.optional(textFormat('Overrides the timeline\'s `textFormat` for this era\'s text.')),
  }),
  v.forward(v.check((era) => endsAfterStart(era.start, era.end), 'expected a date on or after the start'), ['end']),
  v.description('A titled span of time (a presidency, a war) drawn as a band over the events it covers.'),
  v.examples([{ title: 'Islam Karimov\'s presidency', start: '1991-09-01', end: '2016-09-02' }]),
);

/** One event; exported for checking a long list of events in slices. */
export const TimelineEventSchema = v.pipe(
  v.object({
    id: identifier('Stable id of the event: its deep link is `#<id>`. Keep it when the event is edited.', 'andijan-2005-05-13'),
    date: partialDate('When it happened, to the precision known: a year, a month, a day, or a date and time.', '2005-05-13'),
    end: v.optional(partialDate('When it ended, for an event that lasted; the range shows both dates.', '2005-05-14')),
    approximate: v.optional(
      v.pipe(
        v.boolean('expected true or false'),
        v.description('True when the date is uncertain: shown as "c. 2005".'),
        v.examples([true]),
      ),
    ),
    displayDate: v.optional(
      localizedText('Text shown instead of the formatted date ("Spring 2005"); the event is still ordered by `date`.', 100, 'Spring 2005'),
    ),
    title: localizedText('The event\'s title, as plain text.', 300, 'Andijan massacre'),
    text: v.optional(richText('What happened.', 'Troops fired on a crowd of thousands on **Babur Square**.')),
    textFormat: v.optional(textFormat('Overrides the timeline\'s `textFormat` for this event\'s text.')),
    media: v.optional(Media),
    tags: v.optional(
      v.pipe(
        v.array(label('One tag.', 'Andijan'), 'expected a list of tags'),
        v.maxLength(20, 'expected at most 20 tags'),
        v.description('Tags the reader can filter by.'),
        v.examples([['Andijan', 'Massacre']]),
      ),
    ),
    place: v.optional(localizedText('Where it happened.', 300, 'Andijan, Uzbekistan')),
    sources: v.optional(
      v.pipe(
        v.array(Source, 'expected a list of sources'),
        v.maxLength(50, 'expected at most 50 sources'),
        v.description('Sources, shown as a numbered list.'),
      ),
    ),
    group: v.optional(label('A group the event belongs to (a country, a case): shown as a label, and the reader can filter by it.', 'Uzbekistan')),
  }),
  v.forward(v.check((event) => endsAfterStart(event.date, event.end), 'expected a date on or after the event\'s date'), ['end']),
  v.description('One event.'),
  v.examples([{ id: 'andijan-2005-05-13', date: '2005-05-13', title: 'Andijan massacre', tags: ['Andijan'] }]),
);

/** The ids used more than once, each named once. */
function duplicateIds(events: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of events) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}

/** The checks on the list of events as a whole, shared by TimelineSchema and EventListSchema. */
function atMostMaxEvents<T extends readonly unknown[]>() {
  return v.maxLength<T, typeof MAX_TIMELINE_EVENTS, string>(MAX_TIMELINE_EVENTS, `expected at most ${MAX_TIMELINE_EVENTS} events`);
}

function uniqueIds<T extends readonly { id: string }[]>() {
  return v.check<T, (issue: v.CheckIssue<T>) => string>(
    (events) => duplicateIds(events).length === 0,
    (issue) => `expected each event id once; ${duplicateIds(issue.input).map((id) => JSON.stringify(id)).join(', ')} used more than once`,
  );
}

type EventIds = { id: string }[];

/** What is checked of the list of events as a whole, once each event has been checked on its own. */
export const EventListSchema = v.pipe(v.array(v.object({ id: v.string() })), atMostMaxEvents<EventIds>(), uniqueIds<EventIds>());

type CheckedEvents = v.InferOutput<typeof TimelineEventSchema>[];

/** The data of one `<ahrca-timeline>`. */
export const TimelineSchema = v.pipe(
  v.object({
    title: v.optional(localizedText('The timeline\'s title, shown as its heading.', 300, 'The Andijan massacre and after')),
    description: v.optional(richText('An introduction shown under the title.', 'Events the Association documented from 2005 on.')),
    textFormat: v.optional(
      textFormat(
        'How the `text` of events, eras and the description is written: `markdown` (default) or `html` ' +
          '(as TimelineJS3 has it). HTML is sanitised with the same rules as markdown: no script, no styles, safe links only.',
      ),
      'markdown',
    ),
    media: v.optional(Media),
    eras: v.optional(
      v.pipe(
        v.array(Era, 'expected a list of eras'),
        v.maxLength(200, 'expected at most 200 eras'),
        v.description('Named spans of time drawn as bands over their events.'),
      ),
    ),
    events: v.pipe(
      v.array(TimelineEventSchema, 'expected a list of events'),
      atMostMaxEvents<CheckedEvents>(),
      uniqueIds<CheckedEvents>(),
      v.description('The events, in any order: the timeline sorts them by date.'),
    ),
  }),
  v.title('Timeline'),
  v.description('A timeline of events shown by <ahrca-timeline>.'),
);

export type Timeline = v.InferOutput<typeof TimelineSchema>;
export type TimelineEvent = Timeline['events'][number];
export type TimelineEra = NonNullable<Timeline['eras']>[number];
export type TimelineMedia = NonNullable<TimelineEvent['media']>;
export type TimelineSource = NonNullable<TimelineEvent['sources']>[number];
export type TextFormat = (typeof TEXT_FORMATS)[number];
export type MediaKind = (typeof MEDIA_KINDS)[number];
