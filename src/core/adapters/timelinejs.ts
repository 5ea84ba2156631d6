/**
 * Reads TimelineJS3 JSON (Knight Lab's format: `title`, `events`, `eras`, `scale`) unchanged, as
 * our timeline format, so existing timelines move over. Pure functions on plain data: no DOM, no
 * network, so the same code runs in the widget and in Node. The result is validated by
 * TimelineSchema like any payload; `notes` lists, in English and by path, what was not carried.
 *
 * Body text (`text.text`) stays HTML and the timeline says `textFormat: 'html'`: it is sanitised
 * when shown, like markdown. Headlines, captions, credits, groups and display dates become plain text.
 */
import { plainTextFromHtml } from './html-text.js';
import { Notes, childPath } from './timelinejs-notes.js';
import { type TimelineJsDate, readTimelineJsDate } from './timelinejs-dates.js';
import { assignIds } from './timelinejs-ids.js';
import { readTimelineJsMedia } from './timelinejs-media.js';
import * as v from 'valibot';
import { url as urlSchema } from '../schema/common.js';
import { isBlank, readHtml, readPlainText, shorten } from './timelinejs-text.js';
import { allSteps, type Steps } from '../steps.js';

const ROOT_FIELDS = new Set(['title', 'events', 'eras', 'scale']);
const SLIDE_FIELDS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id']);
const TEXT_FIELDS = new Set(['headline', 'text']);
const ERA_FIELDS = new Set(['start_date', 'end_date', 'text']);

/** Our schema's limits for the plain-text fields, so a long TimelineJS3 value is shortened, not refused. */
const MAX = { title: 300, displayDate: 100, group: 80 } as const;

type JsonObject = Record<string, unknown>;

/** What our `background` takes: a colour as CSS writes it plainly, an image by the URL rule. */
const COLOR = /^(?:#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|[a-z]{3,20})$/i;
const IMAGE_URL = urlSchema('');

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ headline, text }`: never one of our localised texts, whose keys are language tags. */
const isTextObject = (value: unknown) => isObject(value) && ('headline' in value || 'text' in value);

/**
 * True when the payload has TimelineJS3's shape: an `events` list with a slide carrying a
 * `start_date` object or a `text.headline`/`text.text`, or a title slide with one. Our own format
 * (`date` strings, `title` and `text` as text or keyed by language) never matches.
 */
export function isTimelineJs(payload: unknown): boolean {
  if (!isObject(payload) || !Array.isArray(payload.events)) return false;
  const isSlide = (slide: unknown) => isObject(slide) && (isObject(slide.start_date) || isTextObject(slide.text));
  return payload.events.some(isSlide) || (isObject(payload.title) && isTextObject(payload.title.text));
}

interface SlideText {
  headline?: string;
  html?: string;
}

function readText(value: unknown, path: string, notes: Notes): SlideText {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    notes.add(path, 'expected a text object such as {"headline": "…", "text": "…"}; not carried');
    return {};
  }
  notes.unknownFields(value, TEXT_FIELDS, path);
  const result: SlideText = {};
  const headline = readPlainText(value.headline, childPath(path, 'headline'), MAX.title, notes);
  if (headline) result.headline = headline;
  const html = readHtml(value.text, childPath(path, 'text'), notes);
  if (html) result.html = html;
  return result;
}

/**
 * The event's date text: the slide's `display_date`, else its dates' own, a range joined as
 * `start – end`. `end` is undefined when the slide has no end date, or one equal to its start.
 */
function displayDateOf(slide: JsonObject, start: TimelineJsDate, end: TimelineJsDate | undefined, path: string, notes: Notes) {
  const own = readPlainText(slide.display_date, childPath(path, 'display_date'), MAX.displayDate, notes);
  if (own) return own;
  if (start.displayDate && (!end || end.displayDate)) {
    const joined = end ? `${start.displayDate} – ${end.displayDate}` : start.displayDate;
    if (joined.length > MAX.displayDate) notes.add(`${path}.start_date.display_date`, `shortened to ${MAX.displayDate} characters`);
    return shorten(joined, MAX.displayDate);
  }
  if (start.displayDate || end?.displayDate) {
    const which = start.displayDate ? 'start_date' : 'end_date';
    notes.add(`${path}.${which}.display_date`, 'not carried: the other date has none, so both dates are written out');
  }
  return undefined;
}

/** The title, from the headline or, when it is blank, the first words a reader sees. */
function titleOf(text: SlideText, caption: string | undefined, fallbacks: (string | undefined)[], path: string, notes: Notes): string {
  if (text.headline) return text.headline;
  const body = text.html === undefined ? '' : plainTextFromHtml(text.html);
  const [title, from] = body ? [shorten(body, 120), 'text.text'] : caption ? [caption, 'media.caption'] : [fallbacks.find(Boolean) ?? 'Untitled', 'its date'];
  notes.add(`${path}.text.headline`, `blank; the title is taken from ${from}`);
  return title;
}

function readEvent(slide: JsonObject, path: string, notes: Notes) {
  notes.unknownFields(slide, SLIDE_FIELDS, path);
  const start = readTimelineJsDate(slide.start_date, childPath(path, 'start_date'), notes);
  const end = readTimelineJsDate(slide.end_date, childPath(path, 'end_date'), notes);
  const text = readText(slide.text, childPath(path, 'text'), notes);
  const media = readTimelineJsMedia(slide.media, childPath(path, 'media'), notes);
  // TimelineJS3 drops an end date equal to the start: it is no range.
  const range = end.date !== undefined && end.date !== start.date ? end : undefined;
  const displayDate = displayDateOf(slide, start, range, path, notes);
  const event: JsonObject = { id: '' };
  if (start.date !== undefined) event.date = start.date;
  if (range) event.end = range.date;
  if (displayDate) event.displayDate = displayDate;
  event.title = titleOf(text, media?.caption, [displayDate, start.date], path, notes);
  if (text.html) event.text = text.html;
  if (media) event.media = media;
  const group = readPlainText(slide.group, childPath(path, 'group'), MAX.group, notes);
  if (group) event.group = group;
  const background = readBackground(slide.background, childPath(path, 'background'), notes);
  if (background) event.background = background;
  if (slide.autolink === true) notes.add(childPath(path, 'autolink'), 'not carried: web addresses in the text are not turned into links');
  return event;
}

/** `{ color, url }` as ours, each part only when it follows our rules (a colour plainly written, an http(s) image). */
function readBackground(value: unknown, path: string, notes: Notes): JsonObject | undefined {
  if (isBlank(value)) return undefined;
  if (!isObject(value)) {
    notes.add(path, 'expected {"color": "…", "url": "…"}; not carried');
    return undefined;
  }
  notes.unknownFields(value, new Set(['color', 'url', 'alt']), path);
  const result: JsonObject = {};
  const { color, url } = value;
  if (typeof color === 'string' && COLOR.test(color.trim())) result.color = color.trim();
  else if (!isBlank(color)) notes.add(childPath(path, 'color'), 'not carried: expected a colour such as #8b1e3f or teal');
  if (typeof url === 'string' && /^https?:|^[^:]*$/i.test(url.trim()) && v.is(IMAGE_URL, url.trim())) result.url = url.trim();
  else if (!isBlank(url)) notes.add(childPath(path, 'url'), 'not carried: expected an http(s) image address');
  return Object.keys(result).length > 0 ? result : undefined;
}

/**
 * `Title<br><small>Subtitle</small>`, as TimelineJS3 writes a subtitle, split in two; found with
 * indexOf, so a hostile headline costs one pass.
 */
function splitSmall(headline: unknown): [unknown, string | undefined] {
  if (typeof headline !== 'string') return [headline, undefined];
  const lower = headline.toLowerCase();
  const open = lower.indexOf('<small');
  const inner = lower.indexOf('>', open) + 1;
  const close = lower.indexOf('</small', inner);
  if (open < 0 || inner === 0 || close < 0) return [headline, undefined];
  return [
    headline.slice(0, open).replace(/<br\s*\/?>\s*$/i, '') + headline.slice(lower.indexOf('>', close) + 1 || headline.length),
    headline.slice(inner, close),
  ];
}

function readTitleSlide(slide: unknown, timeline: JsonObject, notes: Notes): void {
  if (slide === undefined || slide === null) return;
  if (!isObject(slide)) {
    notes.add('title', 'expected a slide object; not carried');
    return;
  }
  notes.unknownFields(slide, SLIDE_FIELDS, 'title');
  const [headline, small] = isObject(slide.text) ? splitSmall(slide.text.headline) : [undefined, undefined];
  const text = readText(isObject(slide.text) ? { ...slide.text, headline } : slide.text, 'title.text', notes);
  if (text.headline) timeline.title = text.headline;
  const subtitle = readPlainText(small, 'title.text.headline', MAX.title, notes);
  if (subtitle) timeline.subtitle = subtitle;
  if (text.html) timeline.description = text.html;
  const media = readTimelineJsMedia(slide.media, 'title.media', notes);
  if (media) timeline.media = media;
  for (const key of ['start_date', 'end_date', 'display_date', 'group', 'background', 'unique_id']) {
    if (!isBlank(slide[key])) notes.add(`title.${key}`, "not carried: the title slide is shown as the timeline's heading");
  }
}

function readEra(era: unknown, path: string, notes: Notes): unknown {
  if (!isObject(era)) return era;
  notes.unknownFields(era, ERA_FIELDS, path);
  const start = readTimelineJsDate(era.start_date, childPath(path, 'start_date'), notes);
  const end = readTimelineJsDate(era.end_date, childPath(path, 'end_date'), notes);
  for (const [which, date] of [
    ['start_date', start],
    ['end_date', end],
  ] as const) {
    if (date.displayDate) notes.add(`${path}.${which}.display_date`, 'not carried: an era shows its title only');
  }
  const text = readText(era.text, childPath(path, 'text'), notes);
  const title = text.headline ?? `${start.date ?? '?'} – ${end.date ?? '?'}`;
  if (!text.headline) notes.add(`${path}.text.headline`, 'blank; the era is titled with its dates');
  const result: JsonObject = { title };
  if (start.date !== undefined) result.start = start.date;
  if (end.date !== undefined) result.end = end.date;
  if (text.html) result.text = text.html;
  return result;
}

/**
 * TimelineJS3 JSON as our timeline format. Events keep their order and index, so a validation
 * error names the same `events[3]` as the file. Deterministic: the same input gives the same output.
 */
export function fromTimelineJs(payload: unknown): { timeline: unknown; notes: string[] } {
  return allSteps(convertingTimelineJs(payload));
}

/** fromTimelineJs as steps: a pause after each slide, so that a sheet of thousands of rows is converted in slices. */
export function* convertingTimelineJs(payload: unknown): Steps<{ timeline: unknown; notes: string[] }> {
  const notes = new Notes();
  if (!isObject(payload) || !Array.isArray(payload.events)) {
    notes.add('(root)', 'not TimelineJS3 JSON (no "events" list); passed on unchanged');
    return { timeline: payload, notes: notes.lines };
  }
  notes.unknownFields(payload, ROOT_FIELDS, '');
  // "human" and "cosmological" alike: a negative year is read as years BCE, deep time included.
  if (!isBlank(payload.scale) && payload.scale !== 'human' && payload.scale !== 'cosmological') {
    notes.add('scale', `${JSON.stringify(payload.scale)} is not a TimelineJS3 scale; ignored`);
  }
  const timeline: JsonObject = {};
  readTitleSlide(payload.title, timeline, notes);
  timeline.textFormat = 'html';
  if (Array.isArray(payload.eras)) {
    if (payload.eras.length > 0) timeline.eras = payload.eras.map((era, index) => readEra(era, `eras[${index}]`, notes));
  } else if (!isBlank(payload.eras)) {
    timeline.eras = payload.eras;
  }
  const slides = payload.events;
  const events: unknown[] = [];
  for (const [index, slide] of slides.entries()) {
    events.push(isObject(slide) ? readEvent(slide, `events[${index}]`, notes) : slide);
    yield;
  }
  const requests = events.flatMap((event, index) =>
    isObject(event)
      ? [{ given: (slides[index] as JsonObject).unique_id, date: event.date as string | undefined, title: event.title as string, path: `events[${index}]` }]
      : [],
  );
  const ids = assignIds(requests, notes);
  let next = 0;
  for (const event of events) if (isObject(event)) event.id = ids[next++];
  timeline.events = events;
  return { timeline, notes: notes.lines };
}

/**
 * Our event's field → the TimelineJS3 slide field fromTimelineJs reads it from, so that a problem
 * is traced to the line of the file, or the sheet column, the editor has to change.
 */
export const EVENT_SLIDE_KEYS: Readonly<Record<string, readonly (string | number)[]>> = {
  id: ['unique_id'],
  date: ['start_date'],
  end: ['end_date'],
  displayDate: ['display_date'],
  title: ['text', 'headline'],
  text: ['text', 'text'],
  media: ['media'],
  group: ['group'],
};
