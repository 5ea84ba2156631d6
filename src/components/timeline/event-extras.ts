/**
 * What only some timelines have, with its styles, downloaded only for one that has any: eras, numbered
 * sources, a background (TimelineJS3's colour or image), the larger setting of a key event; and the
 * field to copy an event's link by hand, fetched when the clipboard refuses it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../core/i18n/index.js';
import type { TextFormat } from '../../core/schema/timeline.js';
import type { EraSpan } from './timeline-model.js';
import { parsePartialDate } from '../../core/i18n/dates.js';
import { mayLoadNow } from '../../core/media-on-request.js';
import { safeUrl } from '../../core/safe-url.js';
import type { TimelineEvent } from '../../core/schema/timeline.js';
import { link, localized } from '../shared/widget-templates.js';
import type { LinkNotice, RowContext } from './timeline-row.js';

/**
 * What the extras draw dates and texts with, handed over by timeline-row when they load: imported,
 * they would make the row's modules shared by five chunks, and Rolldown would move them (with the
 * timeline's date reading) into the chunk every widget fetches.
 */
export interface RowHelpers {
  time: typeof import('./timeline-row.js').time;
  renderWhen: typeof import('./timeline-row.js').renderWhen;
  richText: typeof import('./timeline-row.js').richText;
}
let row: RowHelpers;

export const extrasStyles = css`
  /* An era is drawn along the line for its span: a wider stroke in the accent colour. */
  .row.in-era::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.5625rem;
    border-inline-start: 0.3125rem solid color-mix(in srgb, var(--_accent) 22%, var(--_bg));
  }
  /* An era's name and span, small, where its band on the line begins. */
  .era-start {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    margin-block-end: 0.5rem;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .era-title {
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .era-dates {
    margin: 0;
  }
  .era-start > .text {
    flex-basis: 100%;
  }
  .manual-copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .manual-copy input {
    inline-size: min(100%, 28rem);
  }
  .event > .sources {
    grid-area: sources;
    margin-block-start: 0.75rem;
  }
  .sources {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .sources .label {
    margin: 0;
  }
  .sources ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.5rem;
  }
  .key::before {
    --_d: 1rem;
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .key .title {
    font-size: 1.5em;
  }
  .event[data-tint] {
    background: color-mix(in srgb, var(--_tint) 12%, var(--_bg));
  }
  .backdrop {
    grid-area: bg;
    inline-size: 100%;
    block-size: 7rem;
    margin-block-end: 0.75rem;
    border-radius: calc(var(--_radius) / 2);
    object-fit: cover;
  }
  @container (min-width: 40em) {
    .key .title {
      font-size: 1.875em;
    }
    .key > .media img {
      max-block-size: 34rem;
    }
  }
  @media (forced-colors: active) {
    .key::before {
      box-shadow: 0 0 0 2px CanvasText;
    }
    .row.in-era::before {
      border-color: GrayText;
    }
  }
`;

/** Takes the row's helpers (see RowHelpers). */
export function useRowHelpers(helpers: RowHelpers): void {
  row = helpers;
}

export function renderSources(event: TimelineEvent, domId: string, ctx: RowContext): TemplateResult | typeof nothing {
  if (!event.sources?.length) return nothing;
  const { tr, lang } = ctx;
  return html`<div part="sources" class="sources">
    <p class="label" id="${domId}-sources">${tr.t('timeline.sources')}</p>
    <ol aria-labelledby="${domId}-sources">
      ${event.sources.map((source) => {
        const href = safeUrl(source.url, ctx.base);
        const title = localized(source.title, lang);
        const date = source.date === undefined ? undefined : parsePartialDate(source.date);
        return html`<li>
          ${href ? link(href, title, tr) : title}${source.publisher === undefined ? nothing : html`, ${localized(source.publisher, lang)}`}${date ? html`, ${row.time(date, tr)}` : nothing}
        </li>`;
      })}
    </ol>
  </div>`;
}

/**
 * An event's `background` image: http(s) only, across the top of the card, for the eye only (held,
 * like any image, by `media-on-request`). Its colour is set on the card by the timeline (a custom
 * property through the CSSOM, which a strict CSP allows).
 */
export function renderBackdrop(background: NonNullable<TimelineEvent['background']>, ctx: RowContext): TemplateResult | typeof nothing {
  const url = safeUrl(background.url, ctx.base);
  if (!url || !/^https?:/.test(url) || !mayLoadNow(url, ctx.mediaOnRequest)) return nothing;
  return html`<img class="backdrop" src=${url} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`;
}

export function renderEra(span: EraSpan, format: TextFormat, ctx: RowContext): TemplateResult {
  const { era } = span;
  return html`<div part="era" class="era-start">
    <div class="era-title" role="heading" aria-level=${ctx.level}>${localized(era.title, ctx.lang)}</div>
    <p class="era-dates">${row.renderWhen(span.start, span.end, false, ctx.tr)}</p>
    ${era.text === undefined ? nothing : row.richText(era.text, era.textFormat ?? format, ctx, 'era-text', `eras[${span.index}].text`)}
  </div>`;
}

/** The link in a field, selected when focused, to copy by hand: the clipboard refused it. */
export function renderManualCopy(notice: LinkNotice, domId: string, tr: Translator): TemplateResult {
  return html`<label class="manual-copy"
    >${tr.t('timeline.copyThisLink')}
    <input id="${domId}-url" type="text" readonly .value=${notice.url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
  /></label>`;
}
