/**
 * An event's media with their styles, downloaded only for a timeline that has any (timeline-media.ts):
 * images, and videos and posts on other platforms shown as cards with only the host's name (and a
 * thumbnail when the data gives one): nothing is requested from YouTube, X or anyone else until the
 * reader asks for it. A click then plays YouTube (from its no-cookie domain) or Vimeo (do-not-track)
 * in a sandboxed frame; any other post opens in a new tab.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { pickLocalized, type LocalizedText } from '../../core/i18n/localized.js';
import { heldImages, mayLoadNow } from '../../core/media-on-request.js';
import { safeUrl } from '../../core/safe-url.js';
import type { TimelineMedia } from '../../core/schema/timeline.js';
import type { MediaContext } from './timeline-media.js';

/** The media's styles, added to a timeline's shadow root with the module (adoptStyles in timeline-media.ts). */
export const mediaStyles = css`
  .media {
    margin: 0;
  }
  .media img,
  .media iframe {
    display: block;
    max-inline-size: 100%;
    border-radius: calc(var(--_radius) / 2);
  }
  /* Media as wide as their column, scaled up; no box around a small image. */
  .image img {
    inline-size: 100%;
    max-block-size: 28rem;
    block-size: auto;
    object-fit: contain;
  }
  /* The description of an image that could not be loaded, in its place. */
  .missing-image {
    display: none;
  }
  .missing .missing-image {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 6rem;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_muted);
    text-align: center;
  }
  .media img[hidden] {
    display: none;
  }
  .media iframe {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    border: 0;
  }
  /* The caption under the media, the credit set apart on a line of its own. */
  figcaption {
    margin-block-start: 0.375rem;
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.45;
  }
  .credit {
    display: block;
    margin-block-start: 0.125rem;
    font-size: 0.875em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .card {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card .thumbnail {
    max-block-size: 12rem;
    object-fit: cover;
  }
  .card-host,
  .card-action {
    margin: 0;
  }
  .card-host {
    font-weight: 600;
  }
  .card-action {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='play'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .consent {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;

function text(value: LocalizedText | undefined, lang: string): TemplateResult | typeof nothing {
  if (value === undefined) return nothing;
  const picked = pickLocalized(value, lang);
  return html`<span lang=${ifDefined(picked.lang)}>${picked.text}</span>`;
}

function caption(media: TimelineMedia, lang: string): TemplateResult | typeof nothing {
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

/** An image from the data, lazily and without a referrer, or held by `media-on-request` until the reader asks. */
function renderImage(media: TimelineMedia, url: string, ctx: MediaContext): TemplateResult {
  const { lang } = ctx;
  const alt = media.alt === undefined ? { text: '' } : pickLocalized(media.alt, lang);
  return html`<figure part="media" class="media image">
    ${
      mayLoadNow(url, ctx.mediaOnRequest)
        ? html`<img src=${url} alt=${alt.text} loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${showMissingImage} />
            ${alt.text ? html`<span class="missing-image" lang=${ifDefined(alt.lang)}>${alt.text}</span>` : nothing}`
        : (heldImages()?.renderHeldImage(url, alt, ctx.tr, `${ctx.domId}-image`, 'figure') ?? nothing)
    }
    ${caption(media, lang)}
  </figure>`;
}

const YOUTUBE_HOSTS = new Set(['youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'youtu.be']);
const YOUTUBE_ID = /^[\w-]{11}$/;
/**
 * What a player needs to run and to open its own page; no forms, no top navigation, no modals.
 * lit-analyzer types `sandbox` as one token, not the space-separated list HTML takes: hence the cast.
 */
const PLAYER_SANDBOX = 'allow-scripts allow-same-origin allow-popups' as 'allow-scripts';
const YOUTUBE_PLAYER = 'https://www.youtube-nocookie.com/';

/**
 * What a player is told about the page it plays in. Vimeo plays public videos with no referrer,
 * and gets none. YouTube's player refuses to play without one (error 153, "embedder identity
 * missing referrer", since July 2025) and asks for `strict-origin-when-cross-origin`. To a frame
 * on another origin, `strict-origin` sends exactly as much, the page's origin and never its path or
 * query; it is the stricter of the two, so it is the one we ask for.
 */
function referrerPolicyFor(player: string): ReferrerPolicy {
  return player.startsWith(YOUTUBE_PLAYER) ? 'strict-origin' : 'no-referrer';
}

/** `www.youtube.com` → `youtube.com`: the name a reader recognises. */
export function hostName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function seconds(value: string | null): number | undefined {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value ?? '');
  if (!value || !match) return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** The privacy-respecting player URL for a YouTube or Vimeo link; undefined for anything else. */
export function playerUrl(url: string): string | undefined {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  if (YOUTUBE_HOSTS.has(host)) {
    const path = parsed.pathname.split('/').filter(Boolean);
    const id =
      host === 'youtu.be' ? path[0] : (parsed.searchParams.get('v') ?? (['embed', 'shorts', 'live', 'v'].includes(path[0] ?? '') ? path[1] : undefined));
    if (!id || !YOUTUBE_ID.test(id)) return undefined;
    const player = new URL(`embed/${id}`, YOUTUBE_PLAYER);
    player.searchParams.set('autoplay', '1');
    const start = seconds(parsed.searchParams.get('t') ?? parsed.searchParams.get('start'));
    if (start) player.searchParams.set('start', String(start));
    return player.href;
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = /(?:^|\/)(\d{6,12})(?:\/|$)/.exec(parsed.pathname)?.[1];
    return id ? `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` : undefined;
  }
  return undefined;
}

/** Held by `media-on-request`, a thumbnail is left out: the card is its placeholder, and Play its button. */
function thumbnail(media: TimelineMedia, ctx: MediaContext): TemplateResult | typeof nothing {
  const src = safeUrl(media.thumbnail, ctx.base);
  if (!src || !mayLoadNow(src, ctx.mediaOnRequest)) return nothing;
  const alt = media.alt === undefined ? '' : pickLocalized(media.alt, ctx.lang).text;
  return html`<img class="thumbnail" src=${src} alt=${alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`;
}

/** The image, or the card (or, once the reader has asked, the player) for a video or post at `url`, already made safe. */
export function renderMediaCard(media: TimelineMedia, url: string, ctx: MediaContext): TemplateResult {
  if (media.kind === 'image') return renderImage(media, url, ctx);
  const { tr, lang } = ctx;
  const host = hostName(url) || url;
  const player = media.kind === 'video' ? playerUrl(url) : undefined;
  if (player && ctx.playing) {
    const title = media.caption === undefined ? ctx.fallbackTitle : pickLocalized(media.caption, lang).text;
    return html`<figure part="media" class="media video playing">
      <iframe
        src=${player}
        title=${title}
        sandbox=${PLAYER_SANDBOX}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowfullscreen
        referrerpolicy=${referrerPolicyFor(player)}
      ></iframe>
      ${caption(media, lang)}
    </figure>`;
  }
  const consentId = `${ctx.domId}-consent`;
  return html`<figure part="media media-card" class="media card">
    ${thumbnail(media, ctx)}
    <p class="card-host">${tr.t(player ? 'timeline.video' : 'timeline.post', { host })}</p>
    ${caption(media, lang)}
    ${
      player
        ? html`<p class="card-action">
            <button part="play" type="button" aria-describedby=${consentId} @click=${ctx.onPlay}>${tr.t('timeline.video.play')}</button>
            <span class="consent" id=${consentId}>${tr.t('timeline.video.consent', { host })}</span>
          </p>`
        : html`<p class="card-action">
            <a part="open" href=${url} target="_blank" rel="noopener noreferrer"
              >${tr.t('timeline.post.open', { host })}<span class="visually-hidden"> ${tr.t('link.newTab')}</span></a
            >
          </p>`
    }
  </figure>`;
}
