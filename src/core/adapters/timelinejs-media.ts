/**
 * TimelineJS3 media objects (`{ url, caption, credit, thumbnail, alt, title, link, link_target }`)
 * as ours (`{ kind, url, alt, caption, credit, thumbnail }`). The kind comes from the URL: an image
 * file, a video page (YouTube, Vimeo, Dailymotion, Wistia) or video file, or else a link card. Embed
 * markup (`<iframe>`, `<blockquote>`), which TimelineJS3 accepts in place of a URL, is not carried:
 * it would run a third party's code or show unsanitised markup.
 */
import * as v from 'valibot';
import type { MediaKind } from '../schema/timeline.js';
import { url as urlSchema } from '../schema/common.js';
import { type Notes, childPath } from './timelinejs-notes.js';
import { isBlank, readPlainText } from './timelinejs-text.js';

const MEDIA_FIELDS = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);

const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg', 'bmp']);
const VIDEO_EXTENSIONS = new Set(['mp4', 'm4v', 'webm', 'ogv', 'mov']);
const VIDEO_HOSTS = ['youtube.com', 'youtu.be', 'youtube-nocookie.com', 'vimeo.com', 'dailymotion.com', 'dai.ly', 'wistia.com', 'wistia.net', 'vine.co'];
/** Hosts whose `/wiki/File:x.jpg` addresses are pages about an image, not the image. */
const WIKI_HOSTS = ['wikipedia.org', 'wikimedia.org'];

/** The same rule the schema applies to every URL. */
const ACCEPTED_URL = urlSchema('');

export interface TimelineMediaOut {
  kind: MediaKind;
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
}

const onHost = (host: string, domains: readonly string[]) => domains.some((domain) => host === domain || host.endsWith(`.${domain}`));

/** `image`, `video` or `link`, from the address alone: nothing is fetched. */
export function mediaKindOf(address: string): MediaKind {
  let parsed: URL;
  try {
    parsed = new URL(address, 'https://relative.invalid/');
  } catch {
    return 'link';
  }
  const host = parsed.hostname.toLowerCase();
  if (onHost(host, VIDEO_HOSTS)) return 'video';
  if (onHost(host, WIKI_HOSTS) && parsed.pathname.startsWith('/wiki/')) return 'link';
  const name = parsed.pathname.slice(parsed.pathname.lastIndexOf('/') + 1).toLowerCase();
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  if (IMAGE_EXTENSIONS.has(extension)) return 'image';
  if (VIDEO_EXTENSIONS.has(extension)) return 'video';
  return 'link';
}

/** A URL we can carry: trimmed, protocol-relative `//host/…` made https; undefined (with a note) otherwise. */
function readUrl(value: unknown, path: string, notes: Notes): string | undefined {
  if (typeof value !== 'string') {
    notes.add(path, 'expected a URL; not carried');
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.startsWith('<')) {
    notes.add(path, 'embed markup is not carried: only a URL can be shown');
    return undefined;
  }
  const address = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  if (!v.is(ACCEPTED_URL, address)) {
    notes.add(path, 'not carried: only http(s), mailto and tel URLs, or relative ones, are shown');
    return undefined;
  }
  return address;
}

/** Reads a media object at `path`; undefined when it has no URL we can show. */
export function readTimelineJsMedia(value: unknown, path: string, notes: Notes): TimelineMediaOut | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    notes.add(path, 'expected a media object such as {"url": "https://…/photo.jpg"}; not carried');
    return undefined;
  }
  const media = value as Record<string, unknown>;
  notes.unknownFields(media, MEDIA_FIELDS, path);
  // TimelineJS3's own exports write empty media objects for slides without media.
  if (isBlank(media.url)) {
    if (!['caption', 'credit', 'thumbnail', 'alt', 'title'].every((key) => isBlank(media[key]))) {
      notes.add(path, 'not carried: it has no url');
    }
    return undefined;
  }
  const address = readUrl(media.url, childPath(path, 'url'), notes);
  if (address === undefined) return undefined;
  const result: TimelineMediaOut = { kind: mediaKindOf(address), url: address };
  const alt = readPlainText(media.alt, childPath(path, 'alt'), 500, notes);
  const title = readPlainText(media.title, childPath(path, 'title'), 500, notes);
  // TimelineJS3 falls back to the title for the image's alt text.
  if (alt ?? title) result.alt = alt ?? title;
  if (alt && title) notes.add(childPath(path, 'title'), 'not carried: the alt text is used');
  const caption = readPlainText(media.caption, childPath(path, 'caption'), 500, notes);
  if (caption) result.caption = caption;
  const credit = readPlainText(media.credit, childPath(path, 'credit'), 200, notes);
  if (credit) result.credit = credit;
  if (!isBlank(media.thumbnail)) {
    const thumbnail = readUrl(media.thumbnail, childPath(path, 'thumbnail'), notes);
    if (thumbnail) result.thumbnail = thumbnail;
  }
  if (!isBlank(media.link)) notes.add(childPath(path, 'link'), 'not carried');
  if (!isBlank(media.link_target)) notes.add(childPath(path, 'link_target'), 'not carried: external links open in a new tab');
  return result;
}
