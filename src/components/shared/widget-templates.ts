/**
 * Pieces every widget draws the same way: a heading level, a localised text, a link that may
 * leave the site, an image from the data, the saved-copy notice, and the URL relative links in
 * the data resolve against.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDateTime } from '../../core/i18n/dates.js';
import type { Translator } from '../../core/i18n/index.js';
import { pickLocalized, type LocalizedText, type PickedText } from '../../core/i18n/localized.js';
import { isExternalUrl } from '../../core/safe-url.js';

/** A `heading-level` as the page gave it, made a level the outline has: 1–6, 2 when it is not a number. */
export function headingLevel(value: number): number {
  return Math.min(6, Math.max(1, Math.round(value) || 2));
}

/** Localised content as a template value, marked with the language it is actually in. */
export function localized(value: LocalizedText, lang: string): TemplateResult | string {
  const picked = pickLocalized(value, lang);
  return picked.lang ? html`<span lang=${picked.lang}>${picked.text}</span>` : picked.text;
}

export interface ImageOptions {
  part?: string;
  className?: string;
  /** What a widget does when the image cannot load (the browser's broken-image icon helps no reader). */
  onError: (event: Event) => void;
  onLoad?: (event: Event) => void;
}

/**
 * An image from the data (its URL already through safeUrl and the media-on-request rule): loaded
 * lazily, decoded off the main thread, and sending no referrer, so its host does not learn which
 * page the reader is on.
 */
export function dataImage(src: string, alt: PickedText, options: ImageOptions): TemplateResult {
  return html`<img
    part=${ifDefined(options.part)}
    class=${ifDefined(options.className)}
    src=${src}
    alt=${alt.text}
    lang=${ifDefined(alt.lang)}
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${options.onError}
    @load=${options.onLoad}
  />`;
}

export interface LinkOptions {
  part?: string;
  className?: string;
  /** Tells the page's `ahrca-action` handlers which action the link is. */
  action?: string;
  onClick?: (event: MouseEvent) => void;
}

/** A link to a safe `href`: one that leaves the site opens in a new tab, and says so to a screen reader. */
export function link(href: string, content: unknown, tr: Translator, options: LinkOptions = {}): TemplateResult {
  const external = isExternalUrl(href);
  return html`<a
    part=${ifDefined(options.part)}
    class=${ifDefined(options.className)}
    href=${href}
    target=${external ? '_blank' : nothing}
    rel="noopener noreferrer"
    data-action=${ifDefined(options.action)}
    @click=${options.onClick}
    >${content}${external ? html`<span class="visually-hidden"> ${tr.t('link.newTab')}</span>` : nothing}</a
  >`;
}

/** "Saved copy from …": the data shown is a kept copy because its source did not answer. */
export function savedCopyNotice(view: { stale: boolean; savedAt?: number }, tr: Translator): TemplateResult | typeof nothing {
  return view.stale && view.savedAt
    ? html`<p part="notice" class="notice">${tr.t('state.stale', { date: formatDateTime(new Date(view.savedAt), tr) })}</p>`
    : nothing;
}

/**
 * The URL relative links and photos in the data resolve against: the data file's, or for data
 * given as a property the one the page names; none for inline JSON.
 */
export function dataBaseUrl(view: { source: string }, propertyBase?: string): string | undefined {
  if (view.source === 'property') return propertyBase;
  return view.source === 'inline' ? undefined : view.source;
}
