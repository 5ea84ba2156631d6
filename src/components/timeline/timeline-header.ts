/** The timeline's heading, its subtitle, its description (markdown or HTML) and its own media. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '../../core/i18n/index.js';
import { pickLocalized, type PickedText } from '../../core/i18n/localized.js';
import { renderMarkdown } from '../../core/markdown.js';
import type { Timeline } from '../../core/schema/timeline.js';
import { renderMedia } from './timeline-media.js';

export interface HeaderContext {
  readonly tr: Translator;
  readonly lang: string;
  readonly base: string | undefined;
  readonly mediaOnRequest: boolean;
  readonly title: PickedText | undefined;
  /** `aria-level` of the title. */
  readonly level: number;
  readonly playing: boolean;
  readonly onPlay: () => void;
}

export function renderHeader(timeline: Timeline, ctx: HeaderContext): TemplateResult | typeof nothing {
  const { title, lang, base } = ctx;
  if (!title && timeline.description === undefined && timeline.media === undefined && timeline.subtitle === undefined) return nothing;
  const subtitle = timeline.subtitle === undefined ? undefined : pickLocalized(timeline.subtitle, lang);
  const description = timeline.description === undefined ? undefined : pickLocalized(timeline.description, lang);
  return html`<header part="header" class="header">
    ${title ? html`<div part="title" class="heading" id="title" role="heading" aria-level=${ctx.level} lang=${ifDefined(title.lang)}>${title.text}</div>` : nothing}
    ${subtitle ? html`<p part="subtitle" class="subtitle" lang=${ifDefined(subtitle.lang)}>${subtitle.text}</p>` : nothing}
    ${
      description
        ? html`<div part="description" class="text rich-text" lang=${ifDefined(description.lang)}>
            ${renderMarkdown(description.text, { format: timeline.textFormat, field: 'description', ...(base ? { baseUrl: base } : {}) })}
          </div>`
        : nothing
    }
    ${
      timeline.media === undefined
        ? nothing
        : renderMedia(timeline.media, {
            tr: ctx.tr,
            lang,
            base,
            mediaOnRequest: ctx.mediaOnRequest,
            domId: 'header-media',
            fallbackTitle: title?.text ?? '',
            playing: ctx.playing,
            onPlay: ctx.onPlay,
          })
    }
  </header>`;
}
