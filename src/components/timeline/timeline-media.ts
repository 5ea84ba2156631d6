/**
 * An event's media, drawn by a module of its own (./media-cards.ts, with its styles), downloaded
 * only for a timeline that has any: images from the data are shown lazily and without a referrer,
 * or, held by `media-on-request`, as a placeholder until the reader asks; videos and posts on other
 * platforms are cards, and nothing is requested from YouTube, X or anyone else until the reader asks.
 */
import { nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Translator } from '../../core/i18n/index.js';
import { safeUrl } from '../../core/safe-url.js';
import type { TimelineMedia } from '../../core/schema/timeline.js';

export interface MediaContext {
  readonly tr: Translator;
  readonly lang: string;
  readonly base: string | undefined;
  /** The timeline's `media-on-request`: images from other origins, thumbnails too, wait for the reader. */
  readonly mediaOnRequest: boolean;
  /** Used to name the card's parts uniquely inside the shadow root. */
  readonly domId: string;
  /** The frame's title when the media has no caption. */
  readonly fallbackTitle: string;
  readonly playing: boolean;
  readonly onPlay: () => void;
}

type MediaCards = typeof import('./media-cards.js');
let cards: MediaCards | undefined;

/** True when a payload (checked or not) has media, in an event or its own: they are a module of their own. */
export function needsMediaCards(payload: unknown): boolean {
  const has = (item: unknown) => (item as { media?: unknown } | null)?.media !== undefined;
  const events = (payload as { events?: unknown } | null)?.events;
  return has(payload) || (Array.isArray(events) && events.some(has));
}

/**
 * Adds the styles of one of the timeline's lazy modules to its shadow root, once. Off a page (the
 * static renderer reads the data with an element that has no shadow root) there is none: the
 * renderer puts these styles in its output itself.
 */
export function adoptStyles(root: ShadowRoot | undefined, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Downloads the media's module once per page and adds its styles to `root`; rejects when it cannot be downloaded. */
export async function loadMediaCards(root: ShadowRoot | undefined): Promise<void> {
  cards ??= await import('./media-cards.js');
  adoptStyles(root, cards.mediaStyles);
}

export function renderMedia(media: TimelineMedia, ctx: MediaContext): TemplateResult | typeof nothing {
  const url = safeUrl(media.url, ctx.base);
  // The timeline loads the module before it shows data that has media (see needsMediaCards).
  return url && cards ? cards.renderMediaCard(media, url, ctx) : nothing;
}
