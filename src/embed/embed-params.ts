/**
 * Which widget the iframe embed page shows and how, read from its query string against a fixed
 * list: a parameter not listed here, a value it does not allow, or a `src` on an origin the page
 * may not take data from (embed-origins.ts), never reaches the element. The builder prints
 * iframe snippets from the same list, so the two cannot disagree.
 */
import { IDENTIFIER_PATTERN, LANGUAGE_TAG_PATTERN } from '../core/patterns.js';
import { looksLikeSheet } from '../core/sheet-source.js';
import { keepAllowed } from './embed-origins.js';

/** What one parameter may hold; each becomes the element attribute of the same name. */
export type EmbedOption =
  | { kind: 'choice'; values: readonly string[] }
  /** On with `1`, `true` or no value; off with `0` or `false`. */
  | { kind: 'flag' }
  | { kind: 'id' }
  /** Comma-separated words, e.g. tags. */
  | { kind: 'list' }
  /** A heading level, 1 to 6. */
  | { kind: 'level' }
  /** A JSON pointer such as `/data/appeal`. */
  | { kind: 'pointer' };

export interface EmbedWidget {
  readonly tag: string;
  /** The widget's own options, in the order the builder shows them. */
  readonly options: Readonly<Record<string, EmbedOption>>;
}

const choice = (...values: string[]): EmbedOption => ({ kind: 'choice', values });
const FLAG: EmbedOption = { kind: 'flag' };

/** Options every widget takes, besides `src` and `lang`. */
export const COMMON_OPTIONS: Readonly<Record<string, EmbedOption>> = {
  theme: choice('light', 'dark', 'auto'),
  'heading-level': { kind: 'level' },
  'data-path': { kind: 'pointer' },
  'media-on-request': FLAG,
};

/**
 * `widget=<name>` → the element and its options. The floating banner is left out: in a frame it
 * would float over the frame's own few pixels.
 */
export const EMBED_WIDGETS: Readonly<Record<string, EmbedWidget>> = {
  'appeal-banner': { tag: 'ahrca-appeal-banner', options: { layout: choice('inline', 'bar'), dismissible: FLAG } },
  'prisoner-card': { tag: 'ahrca-prisoner-card', options: { person: { kind: 'id' }, layout: choice('full', 'compact') } },
  'prisoner-list': { tag: 'ahrca-prisoner-list', options: {} },
  timeline: {
    tag: 'ahrca-timeline',
    options: { order: choice('oldest', 'newest'), tags: { kind: 'list' }, navigator: FLAG, 'no-controls': FLAG },
  },
};

/** Parameters the page reads itself rather than passing on; `source` and `start_at_*` are TimelineJS3's. */
const PAGE_PARAMETERS = new Set(['widget', 'src', 'lang', 'source', 'start_at_end', 'start_at_slide']);

/**
 * The rest of TimelineJS3's embed parameters (its embed generator prints some, its docs list all):
 * a URL made for TimelineJS3 works here unchanged, and these are left out without a warning. Its
 * layout, zoom, fonts and analytics have no counterpart in a vertical timeline; `hash_bookmark` is
 * always on (every event has its `#id` link); `height` is the frame's, which the page around sets.
 */
const TIMELINEJS_PARAMETERS = new Set([
  'hash_bookmark',
  'height',
  'width',
  'font',
  'initial_zoom',
  'timenav_position',
  'timenav_height',
  'timenav_height_percentage',
  'timenav_mobile_height_percentage',
  'timenav_height_min',
  'marker_height_min',
  'marker_width_min',
  'marker_padding',
  'scale_factor',
  'zoom_sequence',
  'optimal_tick_width',
  'base_class',
  'debug',
  'ga_property_id',
  'track_events',
  'script_path',
  'default_bg_color',
  'duration',
  'ease',
  'dragging',
  'trackResize',
  'slide_padding_lr',
  'slide_default_fade',
  'menubar_height',
  'skinny_size',
  'medium_size',
  'relative_date',
  'use_bc',
  'is_embed',
  'theme',
  'soundcite',
  'sheets_proxy',
]);
const MAX_VALUE_LENGTH = 500;
const MAX_MIRRORS = 5;

export type EmbedRequest =
  | {
      ok: true;
      tag: string;
      /** Attribute name and value, in the order given; `src` first when there is a usable one. */
      attributes: [string, string][];
      /** The language asked for, when it is a language tag. */
      lang?: string;
      /** Parameters dropped: unknown, or with a value they do not allow. */
      ignored: string[];
      /** The origins of `src` URLs dropped because the page may not take data from them. */
      refused: string[];
      /**
       * Where a timeline opens, as TimelineJS3's `start_at_end` (its last event) or `start_at_slide`
       * (that slide: 0 is the title slide when there is one, then the events oldest first) ask.
       */
      startAt?: 'end' | number;
    }
  | {
      ok: false;
      /** The widget asked for, which does not exist ('' when none was). */
      widget: string;
      lang?: string;
    };

/**
 * `src`: up to five http(s) URLs separated by spaces, relative ones resolved against `base`; a
 * Google Sheet (a link to it or its key) is kept as it is, for the widget to read.
 */
function readSources(value: string, base: string): string[] {
  const urls: string[] = [];
  for (const token of value.split(/\s+/).filter(Boolean).slice(0, MAX_MIRRORS)) {
    if (looksLikeSheet(token)) {
      urls.push(token);
      continue;
    }
    try {
      const url = new URL(token, base);
      if (url.protocol === 'https:' || url.protocol === 'http:') urls.push(url.href);
    } catch {
      // Not a URL: left out, the others are still tried.
    }
  }
  return urls;
}

/** The attribute value for `value`, or undefined when the option does not allow it; null means "leave the attribute off". */
export function optionValue(option: EmbedOption, value: string): string | null | undefined {
  if (value.length > MAX_VALUE_LENGTH) return undefined;
  switch (option.kind) {
    case 'choice':
      return option.values.includes(value) ? value : undefined;
    case 'flag':
      if (value === '' || value === '1' || value === 'true') return '';
      return value === '0' || value === 'false' ? null : undefined;
    case 'id':
      return IDENTIFIER_PATTERN.test(value) ? value : undefined;
    case 'list':
      return value.trim() === '' ? undefined : value;
    case 'level':
      return /^[1-6]$/.test(value) ? value : undefined;
    case 'pointer':
      return value === '' || value.startsWith('/') ? value : undefined;
  }
}

/** The options a widget takes: its own, then the common ones. */
export function optionsOf(widget: EmbedWidget): [string, EmbedOption][] {
  return [...Object.entries(widget.options), ...Object.entries(COMMON_OPTIONS)];
}

/**
 * Reads the embed page's query string; `base`, the page's address, resolves a relative `src`. A
 * `src` URL is kept only on the page's own origin or one of `dataOrigins` (embed-origins.ts), so
 * that one the operator did not list is never requested.
 */
export function readEmbedRequest(params: URLSearchParams, base: string, dataOrigins: readonly string[]): EmbedRequest {
  const ignored: string[] = [];
  const lang = params.get('lang') ?? undefined;
  const usableLang = lang !== undefined && LANGUAGE_TAG_PATTERN.test(lang) ? lang : undefined;
  if (lang !== undefined && !usableLang) ignored.push('lang');
  // TimelineJS3's embed URL names no widget: its `source` is a timeline.
  const timelineJs = !params.has('widget') && params.has('source');
  const name = timelineJs ? 'timeline' : (params.get('widget') ?? '');
  const widget = Object.hasOwn(EMBED_WIDGETS, name) ? EMBED_WIDGETS[name] : undefined;
  if (!widget) return { ok: false, widget: name, ...(usableLang ? { lang: usableLang } : {}) };
  const options = new Map(optionsOf(widget));
  const attributes: [string, string][] = [];
  const sourceParameter = params.has('src') || !timelineJs ? 'src' : 'source';
  const urls = readSources(params.get(sourceParameter) ?? '', base);
  const { kept, refused } = keepAllowed(urls, [new URL(base).origin, ...dataOrigins]);
  if (kept.length > 0) attributes.push(['src', kept.join(' ')]);
  else if (params.has(sourceParameter) && urls.length === 0) ignored.push(sourceParameter);
  const startAt = widget.tag === 'ahrca-timeline' ? readStartAt(params, ignored) : undefined;
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (TIMELINEJS_PARAMETERS.has(key) && !options.has(key)) continue;
    if (PAGE_PARAMETERS.has(key) || seen.has(key)) continue;
    seen.add(key);
    const option = options.get(key);
    const attribute = option ? optionValue(option, value) : undefined;
    if (attribute === undefined) ignored.push(key);
    else if (attribute !== null) attributes.push([key, attribute]);
  }
  return {
    ok: true,
    tag: widget.tag,
    attributes,
    ignored,
    refused,
    ...(usableLang ? { lang: usableLang } : {}),
    ...(startAt === undefined ? {} : { startAt }),
  };
}

/** TimelineJS3's `start_at_end=true` or `start_at_slide=<n>`; the first wins, as in TimelineJS3. */
function readStartAt(params: URLSearchParams, ignored: string[]): 'end' | number | undefined {
  const end = params.get('start_at_end');
  if (end !== null && !['true', 'false', '1', '0', ''].includes(end)) ignored.push('start_at_end');
  if (end === 'true' || end === '1' || end === '') return 'end';
  const slide = params.get('start_at_slide');
  if (slide === null) return undefined;
  if (/^\d{1,5}$/.test(slide)) return Number(slide);
  ignored.push('start_at_slide');
  return undefined;
}
