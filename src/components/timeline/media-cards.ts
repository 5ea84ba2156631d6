/**
 * Videos and posts on other platforms, shown as cards with only the host's name (and a thumbnail
 * when the data gives one): nothing is requested from YouTube, X or anyone else until the reader
 * asks for it. A click then plays YouTube (from its no-cookie domain) or Vimeo (do-not-track) in a
 * sandboxed frame; any other post opens in a new tab. Loaded by timeline-media.ts only for a
 * timeline that has a video or a post.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pickLocalized } from '../../core/i18n/localized.js';
import { mayLoadNow } from '../../core/media-on-request.js';
import { safeUrl } from '../../core/safe-url.js';
import type { TimelineMedia } from '../../core/schema/timeline.js';
import { caption, type MediaContext } from './timeline-media.js';

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

/** The card (or, once the reader has asked, the player) for a video or post at `url`, already made safe. */
export function renderMediaCard(media: TimelineMedia, url: string, ctx: MediaContext): TemplateResult {
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
