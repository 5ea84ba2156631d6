import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GenericSchema } from 'valibot';
import type { View } from '../../core/base-element.js';
import { LoadError } from '../../core/data-source.js';
import { emit } from '../../core/events.js';
import { formatPartialDate, parsePartialDate } from '../../core/i18n/dates.js';
import { resolveLang } from '../../core/i18n/index.js';
import { safeUrl } from '../../core/safe-url.js';
import { PrisonerCardDataSchema, isWithdrawn, peopleOf, type ActivePerson, type Person, type PrisonerCardData } from '../../core/schema/prisoner.js';
import { baseStyles } from '../../core/styles.js';
import { AhrcaPeopleElement } from '../shared/people-element.js';
import { detentionPeriod, untilNextDay } from '../shared/detention.js';
import { cardStyles } from './prisoner-card.styles.js';
import { renderFacts, renderHealth, renderHelp, renderSources, renderSummary, type DetailsContext, type PrisonerAction } from './prisoner-details.js';
import {
  renderName,
  renderOneLine,
  renderPortrait,
  renderSpellings,
  renderStatusBadge,
  renderStatusConfirmed,
  type PersonContext,
} from '../shared/person-templates.js';
import { personStyles } from '../shared/person-templates.styles.js';
import { dataBaseUrl, headingLevel, link, localized, savedCopyNotice } from '../shared/widget-templates.js';
import '../../core/i18n/strings/prisoner.js';

export type PrisonerCardLayout = 'full' | 'compact';
type Ready = Extract<View<PrisonerCardData>, { status: 'ready' }>;

/** A day turns over a moment after midnight, never exactly on it. */
const DAY_CHANGE_MARGIN = 1000;

/**
 * A political prisoner's profile: photo, names in several scripts, status, time in detention,
 * charges, sentence, place of detention, summary, health, recognition, how to help, and sources.
 *
 * @summary One political prisoner from JSON (a person, or a feed and `person="id"`), full or compact.
 * @tagname ahrca-prisoner-card
 *
 * @slot - Fallback content (a link to the profile) shown before the element upgrades and when loading fails.
 *
 * @csspart base - The card's box.
 * @csspart portrait - The photo or initials box; inside it `photo` (the `<img>`) and `initials`.
 * @csspart show-image - The "Show image" button of a photo that `media-on-request` holds (also of images in the summary).
 * @csspart name - The name, a heading.
 * @csspart spellings - "Also written:" and the other spellings of the name.
 * @csspart status - The status badge; also `status-<status>`, e.g. `status-detained`.
 * @csspart status-confirmed - When the status was last confirmed.
 * @csspart about - Year of birth, occupation and region.
 * @csspart line - The compact layout's one line.
 * @csspart duration - The time in detention.
 * @csspart facts - The list of dates, charges, sentence, place and recognition; each item is `fact` and `fact-<name>`.
 * @csspart article - A charge's article.
 * @csspart summary - The markdown summary.
 * @csspart health - The health section.
 * @csspart help - The "How to help" section; inside it `letters`, `address`, `copy-address`, `tips` and `appeals`.
 * @csspart sources - The numbered sources.
 * @csspart updated - "Last updated".
 * @csspart notice - Status messages such as "Address copied" and the saved-copy note.
 * @csspart withdrawn - The neutral notice shown instead of a withdrawn profile, or when the source answered 410 Gone.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box (the fallback slot sits inside).
 * @csspart retry - The \"Try again\" button of an error the network may mend (no answer, a timeout, a server error); it loads the data again.
 * @csspart empty - The empty-state message.
 *
 * @cssproperty --ahrca-color-background - Background of the card.
 * @cssproperty --ahrca-color-surface - Background of the portrait and of secondary areas.
 * @cssproperty --ahrca-color-text - Text colour.
 * @cssproperty --ahrca-color-muted - Secondary text colour.
 * @cssproperty --ahrca-color-border - Border colour.
 * @cssproperty --ahrca-color-accent - Links and buttons.
 * @cssproperty --ahrca-color-focus - Focus outline.
 * @cssproperty --ahrca-color-skeleton - Loading placeholder shapes.
 * @cssproperty --ahrca-status-detained - Badge colour for `detained`; likewise `--ahrca-status-pretrial-detention`, `-house-arrest`, `-psychiatric-detention`, `-released`, `-released-under-supervision`, `-in-exile`, `-disappeared`, `-died-in-custody`, `-unknown`.
 * @cssproperty --ahrca-portrait-size - Size of the portrait (default 6em full, 3.5em compact).
 * @cssproperty --ahrca-font-family - Font stack (system fonts by default; nothing is downloaded).
 * @cssproperty --ahrca-font-size - Base font size (default `medium`, the reader's own, whatever the page's root size).
 * @cssproperty --ahrca-radius - Corner radius.
 * @cssproperty --ahrca-space - Base spacing.
 *
 * @fires ahrca-load - The data is shown. `detail.source` is the URL (or `property`, `inline`); `detail.stale` is true for a kept copy; `detail.withdrawn` is true when the source answered 410 Gone. Nothing of the person is in it.
 * @fires ahrca-error - The data could not be loaded, is invalid, or `person` names no one in the feed. `detail.reason` and `detail.message` say why.
 * @fires ahrca-action - A reader used a link or button: `detail.action` is `write`, `appeal`, `source`, `recognition`, `profile` or `copy-address`, `detail.url` where it leads. Cancelable: call `preventDefault()` to handle it yourself.
 */
export class AhrcaPrisonerCard extends AhrcaPeopleElement<PrisonerCardData> {
  static override styles = [baseStyles, personStyles, cardStyles];

  /** `full` (the whole profile) or `compact` (a row: photo, name, status and one line). */
  @property({ reflect: true }) layout: PrisonerCardLayout = 'full';

  /** The id of the person to show when the data is a feed; without it, the feed's first person. */
  @property({ reflect: true }) person?: string;

  /** The heading level of the name inside the host page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The current time in milliseconds, for the time in detention. For tests and snapshots: a page
   * leaves it alone, and the card then counts to today and turns over at the reader's midnight.
   */
  @property({ attribute: false }) clock: () => number = Date.now;

  /**
   * The URL that relative photo and link URLs in the `data` property resolve against, for data read
   * from a file elsewhere (the list passes its feed's URL). Data from `src` resolves against `src`.
   */
  @property({ attribute: false }) baseUrl?: string;

  protected readonly schema: GenericSchema<unknown, PrisonerCardData> = PrisonerCardDataSchema;

  /** A feed of many full profiles is larger than one banner. */
  protected override maxPayloadBytes = 5_000_000;

  @state() private notice = '';
  /** Bumped at the reader's midnight, so the time in detention is counted again. */
  @state() private day = 0;
  private dayTimer?: ReturnType<typeof setTimeout>;
  /** The feed and `person` last reported as not matching, so it is reported once. */
  private reportedMissing?: { data: PrisonerCardData; person: string };

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: count again, which also restarts the day timer.
    if (this.hasUpdated) this.day += 1;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.dayTimer);
    this.dayTimer = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const person = this.view.status === 'ready' ? this.chosen(this.view.value) : undefined;
    this.scheduleDayChange(person);
    if (this.view.status === 'ready' && person === undefined) this.reportMissing(this.view.value);
  }

  protected override isEmpty(data: PrisonerCardData): boolean {
    return peopleOf(data).length === 0;
  }

  /** The person the card shows: `person` in a feed, else the first; a lone person whatever `person` says. */
  private chosen(data: PrisonerCardData): Person | undefined {
    const people = peopleOf(data);
    if (!('people' in data) || this.person === undefined || this.person === '') return people[0];
    return people.find((candidate) => candidate.id === this.person);
  }

  /** Counts again at the reader's next midnight, only while the time in detention is still running. */
  private scheduleDayChange(person: Person | undefined): void {
    clearTimeout(this.dayTimer);
    this.dayTimer = undefined;
    if (!this.isConnected || !person || isWithdrawn(person) || !detentionPeriod(person, this.clock())?.ongoing) return;
    this.dayTimer = setTimeout(
      () => {
        this.day += 1;
      },
      untilNextDay(this.clock()) + DAY_CHANGE_MARGIN,
    );
  }

  private reportMissing(data: PrisonerCardData): void {
    const person = this.person ?? '';
    if (this.reportedMissing?.data === data && this.reportedMissing.person === person) return;
    this.reportedMissing = { data, person };
    const message = `person: no one with the id ${JSON.stringify(person)} in the feed`;
    console.error(`[ahrca-widgets] <${this.localName}>: ${message}`);
    emit(this, 'ahrca-error', { reason: 'invalid-data', message });
  }

  protected override renderSkeleton(): TemplateResult {
    if (this.layout === 'compact') {
      return html`<div part="base" class="card compact skeleton">
        <span class="bone portrait-bone"></span>
        <span class="bone-lines"><span class="bone name-bone"></span><span class="bone short"></span></span>
      </div>`;
    }
    return html`<div part="base" class="card skeleton">
      <div class="head">
        <span class="bone portrait-bone"></span
        ><span class="bone-lines"><span class="bone name-bone"></span><span class="bone short"></span><span class="bone short"></span></span>
      </div>
      ${Array.from({ length: 6 }, () => html`<span class="bone"></span>`)}
    </div>`;
  }

  protected override renderReady(data: PrisonerCardData, view: Ready): unknown {
    const person = this.chosen(data);
    if (!person) return this.renderMissing();
    if (isWithdrawn(person)) return this.renderWithdrawn();
    const base = dataBaseUrl(view, this.baseUrl);
    const context: DetailsContext = {
      tr: this.tr,
      lang: resolveLang(this),
      now: this.clock(),
      ...(base ? { base } : {}),
      mediaOnRequest: this.mediaOnRequest,
      link: (url, content, action) => this.link(url, content, action, base),
      sectionLevel: Math.min(6, this.level() + 1),
    };
    return this.layout === 'compact' ? this.renderCompact(person, context, base) : this.renderFull(person, context, savedCopyNotice(view, this.tr));
  }

  /** A withdrawn person, or a source that answered 410 Gone: only a neutral notice. */
  protected override renderWithdrawn(): TemplateResult {
    return html`<p part="withdrawn" class="state withdrawn" role="note">${this.tr.t('prisoner.withdrawn')}</p>`;
  }

  private level(): number {
    return headingLevel(this.headingLevel);
  }

  private renderMissing(): TemplateResult {
    return this.renderError(new LoadError('invalid-data', 'person: not in the feed'));
  }

  private renderCompact(person: ActivePerson, context: PersonContext, base: string | undefined): TemplateResult {
    return html`<article part="base" class="card compact" aria-labelledby="name">
      ${renderPortrait(person, context, false)}
      <div class="identity">
        ${renderName(person, context, { level: this.level(), id: 'name', link: (name) => this.link(person.url, name, 'profile', base) })}
        <p class="status-row">${renderStatusBadge(person, context.tr)}</p>
        ${renderOneLine(person, context)}
      </div>
    </article>`;
  }

  private renderFull(person: ActivePerson, context: DetailsContext, stale: unknown): TemplateResult {
    const { tr } = context;
    const updated = person.updated ? parsePartialDate(person.updated) : undefined;
    return html`<article part="base" class="card full" aria-labelledby="name">
      <div class="head">
        ${renderPortrait(person, context)}
        <div class="identity">
          ${renderName(person, context, { level: this.level(), id: 'name' })} ${renderSpellings(person, context)}
          <p class="status-row">${renderStatusBadge(person, tr)} ${renderStatusConfirmed(person, tr)}</p>
          ${this.renderAbout(person, context)}
        </div>
      </div>
      ${renderFacts(person, context)} ${renderSummary(person, context)} ${renderHealth(person, context)}
      ${renderHelp(person, context, (text) => void this.copyAddress(text))} ${renderSources(person, context)}
      ${
        person.photo?.credit && person.photo.consent !== false
          ? html`<p class="credit">${tr.around('prisoner.photoCredit', 'credit', localized(person.photo.credit, context.lang))}</p>`
          : nothing
      }
      ${
        updated
          ? html`<p part="updated" class="updated">
              ${tr.around('prisoner.updated', 'date', html`<time datetime=${updated.iso}>${formatPartialDate(updated, tr)}</time>`)}
            </p>`
          : nothing
      }
      <p part="notice" class="notice" role="status">${this.notice}</p>
      ${stale}
    </article>`;
  }

  /** "Born 1978 · Schoolteacher · Andijan region". */
  private renderAbout(person: ActivePerson, context: PersonContext): TemplateResult | typeof nothing {
    const items: unknown[] = [];
    if (person.birthYear !== undefined)
      items.push(
        context.tr.t('prisoner.born', { year: String(person.birthYear), yearOrdinal: context.tr.ordinal('date.yearOrdinal', person.birthYear) }, person.gender),
      );
    if (person.occupation) items.push(localized(person.occupation, context.lang));
    if (person.region) items.push(localized(person.region, context.lang));
    if (items.length === 0) return nothing;
    return html`<p part="about" class="about">${items.map((item, index) => html`${index > 0 ? context.tr.t('list.separator') : nothing}${item}`)}</p>`;
  }

  /** A link that tells the page which action it is; plain content when the URL is not safe. */
  private link(url: string | undefined, content: unknown, action: PrisonerAction, base: string | undefined): unknown {
    const href = safeUrl(url, base);
    if (!url || !href) return content;
    return link(href, content, this.tr, {
      action,
      onClick: (event) => {
        if (!emit(this, 'ahrca-action', { action, url: href }, { cancelable: true })) event.preventDefault();
      },
    });
  }

  private async copyAddress(text: string): Promise<void> {
    if (!emit(this, 'ahrca-action', { action: 'copy-address' }, { cancelable: true })) return;
    const tr = this.tr;
    try {
      await navigator.clipboard.writeText(text);
      this.notice = tr.t('prisoner.addressCopied');
    } catch {
      this.notice = tr.t('prisoner.copyFailed');
    }
  }
}
