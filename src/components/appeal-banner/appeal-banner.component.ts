import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AhrcaElement, type View } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { endOf, formatPartialDate, parsePartialDate } from '../../core/i18n/dates.js';
import { formatRemaining } from '../../core/i18n/durations.js';
import { resolveLang, type Translator } from '../../core/i18n/index.js';
import { pickLocalized, type LocalizedText } from '../../core/i18n/localized.js';
import { renderMarkdown } from '../../core/markdown.js';
import { safeUrl } from '../../core/safe-url.js';
import { AppealSchema, type Appeal, type AppealStatus } from '../../core/schema/appeal.js';
import { heldImages, mayLoadNow } from '../../core/media-on-request.js';
import { readStored, writeStored } from '../../core/storage.js';
import { baseStyles } from '../../core/styles.js';
import { bannerStyles } from './appeal-banner.styles.js';
import { dataImage } from '../shared/data-image.js';
import { dataBaseUrl, headingLevel, link, localized, savedCopyNotice } from '../shared/widget-templates.js';
import '../../core/i18n/strings/appeal.js';

export type AppealLayout = 'inline' | 'bar' | 'floating';
type Ready = Extract<View<Appeal>, { status: 'ready' }>;

const MINUTE = 60_000;

/**
 * A call to action — an appeal, open letter, petition, statement or urgent action — with its
 * ask, addressees, signatories, deadline countdown, signatures against a goal, and action buttons.
 *
 * @summary An appeal, open letter or petition from JSON, as a card, a top bar or a floating box.
 * @tagname ahrca-appeal-banner
 *
 * @slot - Fallback content (a link and a line of text) shown before the element upgrades and when loading fails.
 *
 * @csspart base - The banner's box.
 * @csspart kind - The kind label ("Open letter").
 * @csspart status - The status badge (open, closed, succeeded).
 * @csspart title - The title.
 * @csspart ask - The one-sentence ask.
 * @csspart summary - The markdown summary.
 * @csspart show-image - The "Show image" button of an image in the summary that `media-on-request` holds.
 * @csspart details - The list of addressees, signatories and dates.
 * @csspart deadline - The deadline and countdown.
 * @csspart signatures - The signature count and progress bar.
 * @csspart progress - The `<progress>` bar.
 * @csspart figure - The signature count, set large inside its sentence.
 * @csspart image - The appeal's image at the top of the inline card (`image` in the data).
 * @csspart credit - The image's credit.
 * @csspart actions - The group of action buttons.
 * @csspart action - Each action button; also `action-sign`, `action-read`, `action-share`, `action-donate`, `action-write`.
 * @csspart related - The list of related prisoners.
 * @csspart dismiss - The dismiss button.
 * @csspart notice - Status messages such as "Link copied" and the saved-copy note.
 * @csspart withdrawn - The neutral notice shown when the source answered 410 Gone.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box (the fallback slot sits inside).
 * @csspart retry - The \"Try again\" button of an error the network may mend (no answer, a timeout, a server error); it loads the data again.
 * @csspart empty - The empty-state message.
 *
 * @cssproperty --ahrca-color-background - Background of the banner.
 * @cssproperty --ahrca-color-surface - Background of the bar layout and secondary areas.
 * @cssproperty --ahrca-color-text - Text colour.
 * @cssproperty --ahrca-color-muted - Secondary text colour.
 * @cssproperty --ahrca-color-border - Border colour.
 * @cssproperty --ahrca-color-accent - Links, the primary button and the progress bar.
 * @cssproperty --ahrca-color-on-accent - Text on the primary button.
 * @cssproperty --ahrca-color-urgent - The urgent-action label.
 * @cssproperty --ahrca-color-success - The "succeeded" badge.
 * @cssproperty --ahrca-color-focus - Focus outline.
 * @cssproperty --ahrca-color-skeleton - Loading placeholder shapes.
 * @cssproperty --ahrca-font-family - Font stack (system fonts by default; nothing is downloaded).
 * @cssproperty --ahrca-font-size - Base font size (default `medium`, the reader's own, whatever the page's root size).
 * @cssproperty --ahrca-radius - Corner radius.
 * @cssproperty --ahrca-space - Base spacing.
 * @cssproperty --ahrca-z-index - Stacking order of the floating layout (default 1000).
 * @cssproperty --ahrca-title-lines - Lines of the title the bar and floating layouts show before an ellipsis (bar 2; floating 4, 3 on a phone). The whole title is still read out.
 *
 * @fires ahrca-load - The data is shown. `detail.source` is the URL (or `property`, `inline`); `detail.stale` is true for a kept copy; `detail.withdrawn` is true when the source answered 410 Gone.
 * @fires ahrca-error - The data could not be loaded or is invalid. `detail.reason` and `detail.message` say why.
 * @fires ahrca-action - A reader used an action: `detail.action` is `sign`, `read`, `share`, `donate`, `write` or `dismiss`, `detail.url` where it leads. Cancelable: call `preventDefault()` to handle it yourself.
 */
export class AhrcaAppealBanner extends AhrcaElement<Appeal> {
  static override styles = [baseStyles, bannerStyles];

  /**
   * `inline` (a card in the text), `bar` (a slim strip across the page) or `floating` (a box in the
   * corner; on a phone at most 40% of the screen, its actions always in view). Dismissing a banner
   * returns the focus to where the reader was before it, else to the next control after it.
   */
  @property({ reflect: true }) layout: AppealLayout = 'inline';

  /** Shows a button that hides the appeal; the choice is remembered per appeal id. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** The heading level of the title inside the host page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly schema = AppealSchema;

  @state() private now = Date.now();
  @state() private notice = '';
  /** The id of the appeal the reader dismissed in this page view. */
  @state() private dismissedId?: string;
  private tick?: ReturnType<typeof setTimeout>;
  /** Where the reader was before the focus came into the banner: the focus goes back there on dismissal. */
  private focusedBefore?: WeakRef<HTMLElement>;

  constructor() {
    super();
    this.addEventListener('focusin', (event) => {
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && !this.contains(from) && from !== this) this.focusedBefore = new WeakRef(from);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.tick);
    this.tick = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleCountdown();
  }

  /** Re-renders once a minute while a deadline is counting down, and never when none is. */
  private scheduleCountdown(): void {
    clearTimeout(this.tick);
    this.tick = undefined;
    const end = this.view.status === 'ready' ? this.deadlineEnd(this.view.value) : undefined;
    if (!this.isConnected || !end || end.getTime() <= Date.now()) return;
    const wait = Math.min(MINUTE, end.getTime() - Date.now() + 1);
    this.tick = setTimeout(() => {
      this.now = Date.now();
    }, wait);
  }

  private deadlineEnd(appeal: Appeal): Date | undefined {
    if (appeal.status !== 'open' || !appeal.deadline) return undefined;
    const deadline = parsePartialDate(appeal.deadline);
    return deadline && endOf(deadline);
  }

  protected override renderSkeleton(): TemplateResult {
    // A box of grey shapes over the story helps no reader, and its height could only be guessed: the
    // floating box shows once its appeal is here (a screen reader still hears that it is loading).
    if (this.layout === 'floating') return html``;
    if (this.layout === 'bar') {
      return html`<div part="base" class="banner skeleton">
        <span class="bone title-bone"></span><span class="bone"></span><span class="bone button-bone"></span>
      </div>`;
    }
    const lines = (count: number) => Array.from({ length: count }, () => html`<span class="bone"></span>`);
    return html`<div part="base" class="banner skeleton">
      <span class="bone kind-bone"></span>
      <span class="bone title-bone"></span>
      <span class="bone title-bone short"></span>
      ${lines(2)}
      ${
        this.layout === 'inline'
          ? html`<span class="gap"></span>${lines(5)}<span class="bone short"></span><span class="gap"></span>${lines(3)}`
          : html`<span class="bone short"></span><span class="gap"></span>`
      }
      <span class="bone short"></span>
      <span class="bone progress-bone"></span>
      <span class="bone short"></span>
      <span class="bone button-bone"></span>
    </div>`;
  }

  protected override renderReady(appeal: Appeal, view: Ready): unknown {
    if (this.dismissedId === appeal.id || (this.dismissible && readStored(`dismissed:${appeal.id}`))) return nothing;
    const tr = this.tr;
    const lang = resolveLang(this);
    const base = dataBaseUrl(view);
    const text = (value: LocalizedText) => localized(value, lang);
    const status = this.effectiveStatus(appeal);
    const full = this.layout === 'inline';
    return html`<article part="base" class="banner kind-${appeal.kind} status-${status}" aria-labelledby="title">
      ${full ? this.renderImage(appeal, lang, base) : nothing}
      <div class="top">
        <p class="eyebrow">
          <span part="kind" class="kind">${tr.t(`appeal.kind.${appeal.kind}`)}</span>
          ${status === 'open' ? nothing : html`<span part="status" class="status">${tr.t(`appeal.status.${status}`)}</span>`}
        </p>
        ${this.dismissible ? this.renderDismiss(appeal, lang) : nothing}
      </div>
      <div part="title" class="title" role="heading" aria-level=${headingLevel(this.headingLevel)} id="title">${text(appeal.title)}</div>
      ${appeal.ask ? html`<p part="ask" class="ask">${text(appeal.ask)}</p>` : nothing}
      ${full && appeal.summary ? this.renderSummary(appeal.summary, lang, base) : nothing} ${full ? this.renderDetails(appeal, tr, text, base) : nothing}
      ${this.renderDeadline(appeal, tr)} ${this.renderSignatures(appeal, tr)} ${this.renderActions(appeal, tr, lang, base)}
      ${full ? this.renderRelated(appeal, tr, text, base) : nothing}
      <p part="notice" class="notice" role="status">${this.notice}</p>
      ${savedCopyNotice(view, tr)}
    </article>`;
  }

  /**
   * The appeal's image, leading the card: lazy, without a referrer, held by `media-on-request`
   * like any media; left out when the people shown did not agree, and gone when it cannot load.
   */
  private renderImage(appeal: Appeal, lang: string, base: string | undefined): TemplateResult | typeof nothing {
    const image = appeal.image;
    const src = image && image.consent !== false ? safeUrl(image.url, base) : undefined;
    if (!image || !src) return nothing;
    const alt = pickLocalized(image.alt, lang);
    const credit = image.credit === undefined ? undefined : pickLocalized(image.credit, lang);
    return html`<figure part="image" class="image">
      ${
        mayLoadNow(src, this.mediaOnRequest)
          ? dataImage(src, alt, dropBrokenImage)
          : (heldImages()?.renderHeldImage(src, alt, this.tr, 'appeal-image', 'figure') ?? nothing)
      }
      ${credit ? html`<figcaption part="credit" class="credit" lang=${ifDefined(credit.lang)}>${credit.text}</figcaption>` : nothing}
    </figure>`;
  }

  private effectiveStatus(appeal: Appeal): AppealStatus {
    const end = this.deadlineEnd(appeal);
    return appeal.status === 'open' && end && end.getTime() <= this.now ? 'closed' : appeal.status;
  }

  private renderSummary(summary: LocalizedText, lang: string, base: string | undefined): TemplateResult {
    const picked = pickLocalized(summary, lang);
    return html`<div part="summary" class="summary rich-text" lang=${ifDefined(picked.lang)}>
      ${renderMarkdown(picked.text, { field: 'summary', ...(base ? { baseUrl: base } : {}) })}
    </div>`;
  }

  private renderDetails(appeal: Appeal, tr: Translator, text: (value: LocalizedText) => unknown, base: string | undefined): TemplateResult | typeof nothing {
    const published = appeal.published ? parsePartialDate(appeal.published) : undefined;
    const rows: TemplateResult[] = [];
    if (appeal.addressees?.length) {
      rows.push(
        html`<dt>${tr.t('appeal.addressees')}</dt>
          <dd>
            <ul class="inline-list">
              ${appeal.addressees.map((name) => html`<li>${text(name)}</li>`)}
            </ul>
          </dd>`,
      );
    }
    if (appeal.signatories?.length) {
      rows.push(
        html`<dt>${tr.t('appeal.signatories')}</dt>
          <dd>
            <ul class="inline-list">
              ${appeal.signatories.map((org) => html`<li>${this.link(org.url, text(org.name), tr, base)}</li>`)}
            </ul>
          </dd>`,
      );
    }
    if (rows.length === 0 && !published) return nothing;
    return html`<dl part="details" class="details">${rows}</dl>
      ${
        published
          ? html`<p class="published">
              ${tr.around('appeal.published', 'date', html`<time datetime=${published.iso}>${formatPartialDate(published, tr)}</time>`)}
            </p>`
          : nothing
      }`;
  }

  private renderDeadline(appeal: Appeal, tr: Translator): TemplateResult | typeof nothing {
    const deadline = appeal.deadline ? parsePartialDate(appeal.deadline) : undefined;
    if (!deadline) return nothing;
    const time = html`<time datetime=${deadline.iso}>${formatPartialDate(deadline, tr)}</time>`;
    const left = endOf(deadline).getTime() - this.now;
    if (appeal.status !== 'open') return html`<p part="deadline" class="deadline">${tr.around('appeal.deadline', 'date', time)}</p>`;
    if (left <= 0) return html`<p part="deadline" class="deadline passed">${tr.around('appeal.deadlinePassed', 'date', time)}</p>`;
    return html`<p part="deadline" class="deadline">
      ${tr.around('appeal.deadline', 'date', time)} ·
      <strong class="countdown">${tr.t('appeal.timeLeft', { duration: formatRemaining(left, tr) })}</strong>
    </p>`;
  }

  /**
   * The count as a headline figure inside its sentence ("**1,834** of 5,000 signatures", in the
   * language's word order), over a progress bar when there is a goal.
   */
  private renderSignatures(appeal: Appeal, tr: Translator): TemplateResult | typeof nothing {
    const signatures = appeal.signatures;
    if (!signatures) return nothing;
    const { count, goal } = signatures;
    const marker = '\u0000';
    const sentence = goal ? tr.plural('appeal.signaturesOfGoal', count, { count: marker, goal }) : tr.plural('appeal.signatures', count, { count: marker });
    const [before = '', after = ''] = sentence.split(marker);
    const figure = html`${before}<strong part="figure" class="figure">${tr.number(count)}</strong>${after}`;
    if (!goal) return html`<p part="signatures" class="signatures">${figure}</p>`;
    return html`<div part="signatures" class="signatures">
      <p id="signatures-label">${figure}</p>
      <progress part="progress" max=${goal} .value=${Math.min(count, goal)} aria-labelledby="signatures-label"></progress>
    </div>`;
  }

  private renderActions(appeal: Appeal, tr: Translator, lang: string, base: string | undefined): TemplateResult | typeof nothing {
    const actions = (appeal.actions ?? []).slice(0, this.layout === 'bar' ? 1 : undefined);
    if (actions.length === 0) return nothing;
    return html`<div part="actions" class="actions" role="group" aria-label=${tr.t('appeal.actions')}>
      ${actions.map((action, index) => {
        const label = action.label ? pickLocalized(action.label, lang).text : tr.t(`appeal.action.${action.kind}`);
        const parts = `action action-${action.kind}`;
        const classes = index === 0 ? 'action primary' : 'action';
        if (action.kind === 'share') {
          const target = safeUrl(action.url ?? appeal.url ?? location.href, base);
          if (!target) return nothing;
          const title = pickLocalized(appeal.title, lang).text;
          return html`<button part=${parts} class=${classes} type="button" @click=${() => this.share(title, target, tr)}>${label}</button>`;
        }
        const href = safeUrl(action.url, base);
        if (!href) return nothing;
        return link(href, label, tr, {
          part: parts,
          className: classes,
          onClick: (event) => {
            if (!emit(this, 'ahrca-action', { action: action.kind, url: href }, { cancelable: true })) event.preventDefault();
          },
        });
      })}
    </div>`;
  }

  private renderRelated(appeal: Appeal, tr: Translator, text: (value: LocalizedText) => unknown, base: string | undefined): TemplateResult | typeof nothing {
    if (!appeal.relatedPrisoners?.length) return nothing;
    return html`<div part="related" class="related">
      <p class="related-label" id="related-label">${tr.t('appeal.related')}</p>
      <ul aria-labelledby="related-label">
        ${appeal.relatedPrisoners.map((person) => html`<li>${this.link(person.url, text(person.name), tr, base)}</li>`)}
      </ul>
    </div>`;
  }

  /** A link when the URL is safe, the plain text otherwise. */
  private link(url: string | undefined, content: unknown, tr: Translator, base: string | undefined): unknown {
    const href = safeUrl(url, base);
    if (!url || !href) return content;
    return link(href, content, tr);
  }

  private renderDismiss(appeal: Appeal, lang: string): TemplateResult {
    const title = pickLocalized(appeal.title, lang).text;
    return html`<button
      part="dismiss"
      class="dismiss"
      type="button"
      aria-label=${this.tr.t('appeal.dismiss', { title })}
      @click=${() => this.dismiss(appeal.id)}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
      </svg>
    </button>`;
  }

  private dismiss(id: string): void {
    if (!emit(this, 'ahrca-action', { action: 'dismiss' }, { cancelable: true })) return;
    writeStored(`dismissed:${id}`, new Date().toISOString());
    const hadFocus = this.shadowRoot?.activeElement != null;
    this.dismissedId = id;
    if (hadFocus) void this.updateComplete.then(() => this.returnFocus());
  }

  /**
   * After a dismissal the focus goes back to where the reader was before the banner; else to the
   * next thing to focus after it on the page (a bar at the top: the page's first link), so a
   * keyboard reader goes on from the banner's place instead of from the top of `<body>`.
   */
  private returnFocus(): void {
    const before = this.focusedBefore?.deref();
    const target = before?.isConnected && !before.closest('[inert]') ? before : nextFocusableAfter(this);
    target?.focus({ preventScroll: this.layout === 'floating' });
  }

  /** The system share sheet where there is one, else the clipboard; no third party is contacted. */
  private async share(title: string, url: string, tr: Translator): Promise<void> {
    if (!emit(this, 'ahrca-action', { action: 'share', url }, { cancelable: true })) return;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      this.notice = tr.t('appeal.linkCopied');
    } catch (error) {
      // The reader closed the share sheet: nothing to say.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.notice = tr.t('appeal.copyThisLink', { url });
    }
  }
}

/** A broken image leaves the card as if it had none, never the browser's broken-image icon. */
function dropBrokenImage(event: Event): void {
  (event.currentTarget as HTMLElement).closest('figure')?.setAttribute('hidden', '');
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

/** The first element after `element` in the document that Tab would reach, or undefined. */
function nextFocusableAfter(element: HTMLElement): HTMLElement | undefined {
  for (const candidate of element.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)) {
    const after = element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING;
    const inside = element.contains(candidate);
    if (after && !inside && candidate.tabIndex >= 0 && candidate.getClientRects().length > 0) return candidate;
  }
  return undefined;
}
