/**
 * One row of the timeline: the year heading and era bands it opens, then the event as an
 * `<article>` the reader can move to with the arrow keys. Its text is rendered here, so markdown
 * is parsed only for rows that come into view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PartialDate } from '../../core/i18n/dates.js';
import { machineDate, periodEnd } from '../../core/i18n/timeline-dates.js';
import type { Translator } from '../../core/i18n/index.js';
import { pickLocalized, type LocalizedText } from '../../core/i18n/localized.js';
import { renderMarkdown, type TextFormat } from '../../core/markdown.js';
import type { TimelineEvent } from '../../core/schema/timeline.js';
import { formatWhen, yearHeading } from './early-dates.js';
import { adoptStyles, renderMedia } from './timeline-media.js';
import type { TimelineRow } from './timeline-model.js';
import { localized } from '../shared/widget-templates.js';
import '../../core/i18n/strings/timeline.js';

/** What the reader did with an event's link: copied it, or must copy it by hand. */
export type LinkNotice = { key: string; copied: boolean; url: string };

export interface RowContext {
  readonly tr: Translator;
  readonly lang: string;
  readonly base: string | undefined;
  readonly mediaOnRequest: boolean;
  /** `aria-level` of the years and eras; events are one deeper. */
  readonly level: number;
  /** Newest first: a gap reads "6 years earlier". */
  readonly newest: boolean;
  /** Rows shown in all, for `aria-setsize`. */
  readonly total: number;
  /** The event that takes Tab into the list (roving tabindex). */
  readonly tabStop: string | undefined;
  readonly notice: LinkNotice | undefined;
  readonly playing: ReadonlySet<string>;
  readonly onCopyLink: (event: TimelineEvent) => void;
  readonly onPlay: (event: TimelineEvent) => void;
}

type EventExtras = typeof import('./event-extras.js');
let extras: EventExtras | undefined;

/** True when a payload (checked or not) has eras, or an event with sources, a background or a key importance: they are a module of their own. */
export function needsEventExtras(payload: unknown): boolean {
  const { events, eras } = (payload ?? {}) as { events?: unknown; eras?: unknown[] };
  if (eras?.length) return true;
  return (
    Array.isArray(events) &&
    events.some(
      (event: { sources?: unknown; background?: unknown; importance?: unknown } | null) =>
        event?.sources !== undefined || event?.background !== undefined || event?.importance === 'key',
    )
  );
}

/** Downloads the module once per page and adds its styles to `root`; rejects when it cannot be downloaded. */
export async function loadEventExtras(root: ShadowRoot | undefined): Promise<void> {
  extras ??= await import('./event-extras.js');
  extras.useRowHelpers({ time, renderWhen, richText });
  adoptStyles(root, extras.extrasStyles);
}

/** The id of an event's article inside the shadow root. */
export function eventDomId(id: string): string {
  return `event-${id}`;
}

export function time(value: PartialDate, tr: Translator): TemplateResult {
  return html`<time datetime=${ifDefined(machineDate(value))}>${formatWhen(value, tr)}</time>`;
}

/**
/**
 * An end coarser than its start and holding it ("May 2005 – 2005") is shown as the last month or
 * day of its period ("May 2005 – December 2005"), so a range reads as one; its `datetime` stays as written.
 */
function alignedEnd(start: PartialDate, end: PartialDate): PartialDate {
  const rank = { year: 0, month: 1, day: 2, time: 3 } as const;
  const until = periodEnd(end);
  const holdsStart = start.time >= end.time && start.time < until;
  // Deep time has no calendar inside a year to align to.
  if (rank[end.precision] >= rank[start.precision] || !holdsStart || end.precision === 'time' || Number.isNaN(end.date.getTime())) return end;
  const last = new Date(until - 1);
  last.setUTCHours(0, 0, 0, 0);
  if (start.precision === 'month') last.setUTCDate(1);
  return { date: last, precision: start.precision === 'month' ? 'month' : 'day', iso: end.iso, time: last.getTime(), year: end.year };
}

/**
 * "13 May 2005", "c. 2005", "1991 – 2016", "3500 BCE", "13.8 billion years ago" or the data's own
 * display date, with machine-readable `<time>`s where HTML can say the date (from year 1 on).
 */
export function renderWhen(start: PartialDate, given: PartialDate | undefined, approximate: boolean, tr: Translator): unknown {
  const end = given && alignedEnd(start, given);
  const when = end ? tr.withValues('date.range', { start: time(start, tr), end: time(end, tr) }) : time(start, tr);
  return approximate ? tr.withValues('date.approximate', { date: when }) : when;
}

/** `field` names the text in a warning when it is shown as typed: `events[3].text`. */
export function richText(value: LocalizedText, format: TextFormat, ctx: RowContext, part: string, field: string): TemplateResult {
  const picked = pickLocalized(value, ctx.lang);
  return html`<div part=${part} class="text rich-text" lang=${ifDefined(picked.lang)}>
    ${renderMarkdown(picked.text, { format, field, ...(ctx.base ? { baseUrl: ctx.base } : {}) })}
  </div>`;
}

/** Place, group and tags in one labelled style: "Place Andijan · Group Uzbekistan · Tags Andijan, Trials". */
function renderMeta(event: TimelineEvent, ctx: RowContext): TemplateResult | typeof nothing {
  const tags = event.tags ?? [];
  if (event.place === undefined && event.group === undefined && tags.length === 0) return nothing;
  const { tr } = ctx;
  return html`<dl class="meta">
    ${
      event.place === undefined
        ? nothing
        : html`<div part="place">
            <dt>${tr.t('timeline.place')}</dt>
            <dd>${localized(event.place, ctx.lang)}</dd>
          </div>`
    }
    ${
      event.group === undefined
        ? nothing
        : html`<div part="group" class="group">
            <dt>${tr.t('timeline.group')}</dt>
            <dd>${event.group}</dd>
          </div>`
    }
    ${
      tags.length === 0
        ? nothing
        : html`<div class="tag-list">
            <dt>${tr.t('timeline.tags')}</dt>
            <dd>
              <ul part="tags" class="tags" aria-label=${tr.t('timeline.tags')}>
                ${tags.map((tag) => html`<li>${tag}</li>`)}
              </ul>
            </dd>
          </div>`
    }
  </dl>`;
}

/**
 * An event that failed its check, in a long timeline shown before all its events were checked: an
 * empty row that keeps its place until the error state replaces the timeline, moments later.
 */
export function renderPendingRow(row: TimelineRow): TemplateResult {
  return html`<li class="row pending" data-key=${row.entry.event.id} aria-hidden="true"></li>`;
}

export function renderRow(row: TimelineRow, position: number, ctx: RowContext): TemplateResult {
  const { entry } = row;
  const { event } = entry;
  const { tr, lang } = ctx;
  const domId = eventDomId(event.id);
  const notice = ctx.notice?.key === event.id ? ctx.notice : undefined;
  const title = pickLocalized(event.title, lang);
  const { media, background } = event;
  return html`<li
    class="row ${row.inEras.length > 0 ? 'in-era' : ''} ${row.opensYear ? 'opens-year' : ''}"
    data-key=${event.id}
    data-year=${entry.year}
    aria-setsize=${ctx.total}
    aria-posinset=${position + 1}
  >
    ${row.gap ? html`<p part="gap" class="gap">${tr.plural(ctx.newest ? 'timeline.earlier' : 'timeline.later', row.gap)}</p>` : nothing}
    ${extras ? row.opensEras.map((span) => extras!.renderEra(span, entry.textFormat, ctx)) : nothing}
    ${row.opensYear ? html`<div part="year" class="year" role="heading" aria-level=${ctx.level}>${yearHeading(entry.year, tr)}</div>` : nothing}
    <article
      part="event${event.importance === 'key' ? ' key-event' : ''}"
      class="event ${event.importance === 'key' ? 'key' : ''} ${media?.kind === 'image' ? 'has-image' : media ? 'has-media' : ''} ${background ? 'has-bg' : ''}"
      data-tint=${ifDefined(background?.color)}
      id=${domId}
      tabindex=${ctx.tabStop === event.id ? 0 : -1}
      aria-labelledby="${domId}-date ${domId}-title"
    >
      ${extras && background ? extras.renderBackdrop(background, ctx) : nothing}
      ${
        media === undefined
          ? nothing
          : renderMedia(media, {
              tr,
              lang,
              base: ctx.base,
              mediaOnRequest: ctx.mediaOnRequest,
              domId,
              fallbackTitle: title.text,
              playing: ctx.playing.has(event.id),
              onPlay: () => ctx.onPlay(event),
            })
      }
      <p part="date" class="date" id="${domId}-date">
        ${
          event.displayDate === undefined
            ? renderWhen(entry.start, entry.end, event.approximate === true, tr)
            : html`<time class="given" datetime=${ifDefined(machineDate(entry.start))}>${localized(event.displayDate, lang)}</time>`
        }
      </p>
      <div part="event-title" class="title" role="heading" aria-level=${ctx.level + 1} id="${domId}-title" lang=${ifDefined(title.lang)}>${title.text}</div>
      ${renderMeta(event, ctx)} ${event.text === undefined ? nothing : richText(event.text, entry.textFormat, ctx, 'text', `events[${entry.index}].text`)}
      ${extras?.renderSources(event, domId, ctx) ?? nothing}
      <p class="link-row">
        <button
          part="copy-link"
          class="copy-link"
          type="button"
          title=${tr.t('timeline.copyLink')}
          aria-describedby="${domId}-title"
          @click=${() => ctx.onCopyLink(event)}
        >
          <span class="visually-hidden">${tr.t('timeline.copyLink')}</span>
        </button>
        <span class="link-notice" role="status"
          >${notice?.copied ? tr.t('timeline.linkCopied') : notice ? extras?.renderManualCopy(notice, domId, tr) : nothing}</span
        >
      </p>
    </article>
  </li>`;
}
