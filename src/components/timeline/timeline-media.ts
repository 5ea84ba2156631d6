/**
 * An event's media. Images from the data are shown lazily and without a referrer, or, held by
 * `media-on-request`, as a placeholder until the reader asks. Videos and posts on other platforms
 * are cards (./media-cards.ts), downloaded only for a timeline that has any: nothing is requested
 * from YouTube, X or anyone else until the reader asks for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '../../core/i18n/index.js';
import { pickLocalized, type LocalizedText } from '../../core/i18n/localized.js';
import { heldImages, mayLoadNow } from '../../core/media-on-request.js';
import { safeUrl } from '../../core/safe-url.js';
import type { TimelineMedia } from '../../core/schema/timeline.js';
import '../../core/i18n/strings/timeline.js';
import { dataImage } from '../shared/widget-templates.js';

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

/** True when a payload (checked or not) has a video or a post, whose cards are a module of their own. */
export function needsMediaCards(payload: unknown): boolean {
  const isCard = (item: unknown) => {
    const kind = (item as { media?: { kind?: unknown } } | null)?.media?.kind;
    return kind !== undefined && kind !== 'image';
  };
  const events = (payload as { events?: unknown } | null)?.events;
  return isCard(payload) || (Array.isArray(events) && events.some(isCard));
}

/** Downloads the video and post cards once per page; rejects when they cannot be downloaded. */
export async function loadMediaCards(): Promise<void> {
  cards ??= await import('./media-cards.js');
}

function text(value: LocalizedText | undefined, lang: string): TemplateResult | typeof nothing {
  if (value === undefined) return nothing;
  const picked = pickLocalized(value, lang);
  return html`<span lang=${ifDefined(picked.lang)}>${picked.text}</span>`;
}

export function caption(media: TimelineMedia, lang: string): TemplateResult | typeof nothing {
  if (media.caption === undefined && media.credit === undefined) return nothing;
  return html`<figcaption>
    ${text(media.caption, lang)} ${media.credit === undefined ? nothing : html`<span class="credit">${text(media.credit, lang)}</span>`}
  </figcaption>`;
}

/**
 * An image that fails to load gives way to its description in a quiet box (or to nothing when it
 * has none), as a portrait gives way to initials: never the browser's broken-image icon. The
 * description is the image's alt text, so it is read once: the hidden image is no longer read.
 */
function showMissingImage(event: Event): void {
  const image = event.currentTarget as HTMLImageElement;
  image.hidden = true;
  image.closest('figure')?.classList.add('missing');
}

export function renderMedia(media: TimelineMedia, ctx: MediaContext): TemplateResult | typeof nothing {
  const url = safeUrl(media.url, ctx.base);
  if (!url) return nothing;
  const { lang } = ctx;
  if (media.kind === 'image') {
    const alt = media.alt === undefined ? { text: '' } : pickLocalized(media.alt, lang);
    return html`<figure part="media" class="media image">
      ${
        mayLoadNow(url, ctx.mediaOnRequest)
          ? html`${dataImage(url, alt, { onError: showMissingImage })}
            ${alt.text ? html`<span class="missing-image" lang=${ifDefined(alt.lang)}>${alt.text}</span>` : nothing}`
          : (heldImages()?.renderHeldImage(url, alt, ctx.tr, `${ctx.domId}-image`, 'figure') ?? nothing)
      }
      ${caption(media, lang)}
    </figure>`;
  }
  // The timeline loads the cards before it shows data that has any (see needsMediaCards).
  return cards ? cards.renderMediaCard(media, url, ctx) : nothing;
}
