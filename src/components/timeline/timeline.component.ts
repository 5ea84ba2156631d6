import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { AhrcaElement, type View } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { resolveLang } from '../../core/i18n/index.js';
import { pickLocalized } from '../../core/i18n/localized.js';
import { urlWithHash } from '../../core/location-hash.js';
import { whenMarkdownReady } from '../../core/markdown.js';
import { nextTask } from '../../core/next-task.js';
import { TimelineSchema, type Timeline, type TimelineEvent } from '../../core/schema/timeline.js';
import type { ValidationResult } from '../../core/schema/validate.js';
import { baseStyles } from '../../core/styles.js';
import { CurrentYear } from './current-year.js';
import { EventNavigation } from './event-navigation.js';
import { renderControls } from './timeline-controls.js';
import { buildModel, SearchIndex, selectRows, type TimelineEntry, type TimelineModel, type TimelineOrder, type TimelineRow } from './timeline-model.js';
import { eventDomId, loadEventExtras, needsEventExtras, renderPendingRow, renderRow, type LinkNotice, type RowContext } from './timeline-row.js';
import type { EventChecker } from './timeline-validation.js';
import { eventCount, fromForeignFormat, needsSlices, shownTextFormat } from './timeline-data.js';
import { renderHeader } from './timeline-header.js';
import { eventContentStyles } from './timeline-event.styles.js';
import { timelineStyles } from './timeline.styles.js';
import { dataBaseUrl, headingLevel, savedCopyNotice } from '../shared/widget-templates.js';
import { needsWindowing, WholeList, type RowWindow } from './row-window.js';
import { adoptStyles, loadMediaCards, needsMediaCards } from './timeline-media.js';
import { loadEarlyDates, needsEarlyDates, yearHeading } from './early-dates.js';
import '../../core/i18n/strings/timeline.js';

export type { TimelineOrder } from './timeline-model.js';
type Ready = Extract<View<Timeline>, { status: 'ready' }>;

/** The key of the timeline's own media among the played ones; event ids are never empty. */
const HEADER_MEDIA = '';
/** Events indexed for search per task. */
const SEARCH_INDEX_SLICE = 1000;
/** How long typing pauses before the live region says the new count. */
const ANNOUNCE_DELAY_MS = 500;

const tagList = {
  fromAttribute: (value: string | null) =>
    (value ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  toAttribute: (value: string[]) => value.join(', '),
};

/**
 * A timeline of events, vertical and mobile-first, grouped under their years, with eras, media,
 * tags, places and numbered sources. Readers search, filter by tag and group, change the order,
 * jump through the years, move between events with the arrow keys and deep-link to any event.
 * Only the events near the viewport are in the DOM, so 10,000 events scroll smoothly.
 *
 * @summary A long, searchable timeline from JSON (our format or TimelineJS3's).
 * @tagname ahrca-timeline
 *
 * @slot - Fallback content shown before the element upgrades and when loading fails.
 *
 * @csspart base - The timeline's box.
 * @csspart header - The title, description and media of the timeline.
 * @csspart title - The timeline's title.
 * @csspart subtitle - The line under the title (`subtitle`; TimelineJS3: the title's `<small>`).
 * @csspart description - Its markdown description.
 * @csspart controls - Search, order, filters and the count.
 * @csspart search - The search field.
 * @csspart filters-toggle - The "Filters (2)" button that unfolds the order and the filters on a narrow timeline (below 30rem of its own width).
 * @csspart order - The order menu.
 * @csspart filter - A group of filter buttons (tags, groups).
 * @csspart chip - One filter button.
 * @csspart count - The live count of shown events.
 * @csspart show-all - The button that clears search and filters.
 * @csspart years - The year navigator: a row of years, a menu on a narrow timeline.
 * @csspart year-menu - The menu of years of a narrow timeline's navigator.
 * @csspart current-year - The year of the events at the top of the screen, kept in view while a long timeline scrolls.
 * @csspart events - The list of events.
 * @csspart year - A year heading.
 * @csspart era - The band that opens an era.
 * @csspart era-text - An era's description.
 * @csspart event - One event.
 * @csspart date - Its date.
 * @csspart key-event - An event marked `"importance": "key"` (also `event`): set larger, its media across the card.
 * @csspart gap - "6 years later": said on the line between events two or more years apart.
 * @csspart event-title - Its title.
 * @csspart place - Its place.
 * @csspart group - Its group.
 * @csspart media - Its image, video or post.
 * @csspart media-card - A video or post waiting for a click (also `media`).
 * @csspart show-image - The "Show image" button of an image that `media-on-request` holds, in media and texts.
 * @csspart play - The button that loads a video.
 * @csspart open - The link that opens a post.
 * @csspart text - Its text.
 * @csspart tags - Its tags.
 * @csspart sources - Its numbered sources.
 * @csspart copy-link - Its "Copy link" button.
 * @csspart no-match - The message when no event matches.
 * @csspart notice - The saved-copy note.
 * @csspart withdrawn - The neutral notice shown when the source answered 410 Gone.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (the fallback slot sits inside).
 * @csspart retry - The \"Try again\" button of an error the network may mend (no answer, a timeout, a server error); it loads the data again.
 * @csspart empty - The empty state.
 *
 * @cssproperty --ahrca-color-background - Background.
 * @cssproperty --ahrca-color-surface - Era bands, cards and chips.
 * @cssproperty --ahrca-color-text - Text colour.
 * @cssproperty --ahrca-color-muted - Dates, places and credits.
 * @cssproperty --ahrca-color-border - The line of the timeline and borders.
 * @cssproperty --ahrca-color-accent - Links, markers and pressed filters.
 * @cssproperty --ahrca-color-on-accent - Text on pressed filters.
 * @cssproperty --ahrca-color-focus - Focus outline.
 * @cssproperty --ahrca-color-skeleton - Loading placeholder shapes.
 * @cssproperty --ahrca-font-family - Font stack.
 * @cssproperty --ahrca-font-display - The font of the title, the years and the events' headlines (default Georgia, 'Noto Serif', serif).
 * @cssproperty --ahrca-font-size - Base font size.
 * @cssproperty --ahrca-radius - Corner radius.
 * @cssproperty --ahrca-space - Base spacing.
 *
 * @fires ahrca-load - The data is shown. `detail.source` is the URL (or `property`, `inline`); `detail.stale` is true for a kept copy; `detail.withdrawn` is true when the source answered 410 Gone. A timeline of over 500 events fires it once the events checked after its first screen have passed too.
 * @fires ahrca-error - The data could not be loaded or is invalid. `detail.reason` and `detail.message` say why.
 * @fires ahrca-action - The reader copied an event's link: `detail.action` is `copy-link`, `detail.url` the link. Cancelable: call `preventDefault()` to copy it yourself.
 */
export class AhrcaTimeline extends AhrcaElement<Timeline> {
  static override styles = [baseStyles, timelineStyles, eventContentStyles];

  /** `oldest` first (default) or `newest` first. The reader can change it. */
  @property({ reflect: true }) order: TimelineOrder = 'oldest';

  /** Tags selected when the timeline opens, comma-separated in the attribute: `tags="Andijan, Trials"`. */
  @property({ converter: tagList }) tags: string[] = [];

  /** Shows the year navigator: a compact row of years (decades for long timelines) to jump to. */
  @property({ type: Boolean }) navigator = false;

  /** Hides search, order and filters (the count stays), for a short timeline in an article. */
  @property({ type: Boolean, attribute: 'no-controls' }) noControls = false;

  /** The heading level of the title inside the host page's outline (1–6); years are one deeper, events two. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly schema = TimelineSchema;

  /** 10,000 events with a paragraph or two each come to several megabytes; 16 MB leaves room, and no more. */
  protected override maxPayloadBytes = 16 * 1024 * 1024;

  /**
   * A Google Sheet or CSV in TimelineJS3's template, read as `convert` reads it; the rows that cannot
   * be shown are named in the console, by row and column, and left out.
   */
  protected override readonly sheetReader = () => import('./timeline-sheet.js');

  @state() private selectedTags: ReadonlySet<string> = new Set();
  @state() private selectedGroups: ReadonlySet<string> = new Set();
  @state() private query = '';
  /** The order and filters, unfolded on a narrow timeline. */
  @state() private filtersOpen = false;
  @state() private notice?: LinkNotice;
  @state() private playing: ReadonlySet<string> = new Set();
  /** The count the live region says; it waits for typing to pause. */
  @state() private announced = { shown: 0, total: 0 };

  /** `checker` is set for a long timeline shown before all its events were checked: each is checked before it is read. */
  private model?: { timeline: Timeline; model: TimelineModel; checker?: EventChecker };
  /**
   * Models a long timeline's check built beside its data, by the data they belong to: a load that a
   * newer one overtook leaves its model here, unread, and never in `model`.
   */
  private readonly builtModels = new WeakMap<Timeline, { model: TimelineModel; checker?: EventChecker }>();
  private searchIndex?: SearchIndex;
  private rows: TimelineRow[] = [];
  private rowsInputs: unknown[] = [];
  private revealedFor?: Timeline;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Whole for short timelines; the first long one swaps in the virtual window, which stays. */
  private rowWindow: RowWindow = new WholeList();
  private windowed = false;
  private readonly navigation = new EventNavigation(this, {
    rows: () => this.rows,
    rowWindow: () => this.rowWindow,
    root: () => this.renderRoot,
    unhide: (id) => {
      const exists = this.model?.model.entries.some((entry) => entry.event.id === id) ?? false;
      if (exists) this.showAll();
      return exists;
    },
  });

  constructor() {
    super();
    new CurrentYear(this, () => this.renderRoot);
  }

  /**
   * The ids of the events shown, oldest first, once the data is loaded (none before): with `reveal`,
   * opens the timeline at its n-th or last event, as TimelineJS3's `start_at_slide` and `start_at_end` do.
   */
  get eventIds(): readonly string[] {
    const view = this.view;
    if (view.status !== 'ready') return [];
    if (this.model?.timeline !== view.value) this.selectRows(view.value);
    return this.model?.model.entries.map((entry) => entry.event.id) ?? [];
  }

  /** Scrolls to the event with this id, showing it even if search or filters hid it, and focuses it. */
  reveal(id: string, { focus = true }: { focus?: boolean } = {}): Promise<boolean> {
    return this.navigation.reveal(id, focus);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Asked for after the data was shown: the navigator comes once its module is here (it is left out if it cannot be downloaded).
    if (changed.has('navigator') && this.navigator && !this.years && this.view.status === 'ready') this.loadNavigator().catch(() => undefined);
    if (changed.has('tags')) this.selectedTags = new Set(this.tags);
    if (this.view.status !== 'ready') return;
    // Reading the events is work on data: what goes wrong there is the widget's error state, never the page's error.
    try {
      this.selectRows(this.view.value);
    } catch (error) {
      this.failRender(error);
    }
  }

  private selectRows(timeline: Timeline): void {
    if (this.model?.timeline !== timeline) this.model = { timeline, ...(this.builtModels.get(timeline) ?? { model: buildModel(timeline) }) };
    const model = this.model.model;
    const lang = resolveLang(this);
    const inputs = [model, this.selectedTags, this.selectedGroups, this.query, this.order, lang];
    if (inputs.some((input, i) => input !== this.rowsInputs[i])) {
      this.rowsInputs = inputs;
      const filter = { tags: this.selectedTags, groups: this.selectedGroups, query: this.query, order: this.order };
      this.rows = selectRows(model, filter, () => {
        const index = this.searchIndexFor(model, lang);
        index.extend();
        return index.texts;
      });
      this.rowWindow.setKeys(this.rows.map((row) => row.entry.event.id));
      if (this.announceTimer === undefined) this.announced = this.currentCount();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.navigation.keepActionsWithTabStop();
    // An event's `background.color` (checked by the schema: a hex colour or a name), through the CSSOM.
    for (const card of this.renderRoot.querySelectorAll<HTMLElement>('[data-tint]')) card.style.setProperty('--_tint', card.dataset['tint']!);
    if (this.view.status === 'ready' && this.revealedFor !== this.view.value) {
      this.revealedFor = this.view.value;
      this.navigation.revealFromAddress();
    }
  }

  /** TimelineJS3 JSON is read as it is; what the timeline does not carry over is listed in the console. */
  protected override adapt(payload: unknown, _signal: AbortSignal): unknown {
    return fromForeignFormat(payload, (notes) => console.info(`[ahrca-widgets] <${this.localName}> read TimelineJS3 data:\n  ${notes.join('\n  ')}`));
  }

  /**
   * A long timeline is checked and read in slices, by a module downloaded only for one, so that no
   * task blocks the page for long; a short one at once.
   */
  protected override validateData(value: unknown, signal: AbortSignal): ValidationResult<Timeline> | Promise<ValidationResult<Timeline>> {
    // The texts' engine (and marked for markdown) downloads beside the long timeline's own module,
    // not after its events are read. The ready state waits for it; a failed download shows text as typed.
    const format = needsSlices(value) ? shownTextFormat(value) : undefined;
    if (format) void whenMarkdownReady(format);
    const checked = needsSlices(value)
      ? import('./timeline-validation.js')
          .then(({ checkAndRead }) => checkAndRead(value, signal))
          .then(({ result, model, checker }) => {
            if (result.ok && model) this.builtModels.set(result.value, { model, checker });
            return result;
          })
      : super.validateData(value, signal);
    // What only some timelines need downloads while the events are checked: the virtual window for a
    // long one, the cards for videos and posts, the writing of dates before the common era. A failed
    // download is a network error, like the data's.
    const parts = [
      !this.windowed && needsWindowing(eventCount(value)) ? this.useVirtualWindow(signal) : undefined,
      needsMediaCards(value) ? loadMediaCards(this.shadowRoot ?? undefined) : undefined,
      this.navigator ? this.loadNavigator() : undefined,
      needsEventExtras(value) ? loadEventExtras(this.shadowRoot ?? undefined) : undefined,
      needsEarlyDates(value) ? loadEarlyDates(resolveLang(this)) : undefined,
    ].filter((part) => part !== undefined);
    if (parts.length === 0) return checked;
    return Promise.all([checked, ...parts]).then(([result]) => result);
  }

  /** The year navigator's module, with its styles, once `navigator` has asked for it. */
  private years: typeof import('./year-navigator.js') | undefined;

  private async loadNavigator(): Promise<void> {
    const years = await import('./year-navigator.js');
    adoptStyles(this.shadowRoot ?? undefined, years.navigatorStyles);
    this.years = years;
    this.requestUpdate();
  }

  private async useVirtualWindow(signal: AbortSignal): Promise<void> {
    const { VirtualWindow } = await import('./virtual-window.js');
    if (this.windowed || signal.aborted) return;
    this.windowed = true;
    this.rowWindow = new VirtualWindow(this, () => this.renderRoot.querySelector<HTMLElement>('ol.events'));
  }

  protected override emptyMessage(): string {
    return this.tr.t('timeline.empty');
  }

  protected override isEmpty(timeline: Timeline): boolean {
    return timeline.events.length === 0;
  }

  private searchIndexFor(model: TimelineModel, lang: string): SearchIndex {
    if (this.searchIndex?.entries !== model.entries || this.searchIndex.lang !== lang) {
      this.searchIndex = new SearchIndex(model.entries, lang, (entry) => this.passes(entry));
    }
    return this.searchIndex;
  }

  /** True when an event may be read beyond its outline: it is valid, checked now if it was not yet. */
  private passes(entry: TimelineEntry): boolean {
    return this.model?.checker?.passes(entry.index) ?? true;
  }

  /** Builds the search index in slices while the reader is in the search field, before the first key. */
  private prepareSearch(): void {
    if (!this.model) return;
    const index = this.searchIndexFor(this.model.model, resolveLang(this));
    const step = (): void => {
      if (index === this.searchIndex && index.extend(SEARCH_INDEX_SLICE)) void nextTask().then(step);
    };
    step();
  }

  private currentCount(): { shown: number; total: number } {
    return { shown: this.rows.length, total: this.model?.model.entries.length ?? 0 };
  }

  private countText({ shown, total }: { shown: number; total: number }): string {
    const tr = this.tr;
    return shown === total ? tr.plural('timeline.count', total) : tr.plural('timeline.countOf', total, { shown: tr.number(shown) });
  }

  private setQuery(query: string): void {
    this.query = query;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announced = this.currentCount();
    }, ANNOUNCE_DELAY_MS);
  }

  private toggle(set: ReadonlySet<string>, name: string): ReadonlySet<string> {
    const next = new Set(set);
    if (!next.delete(name)) next.add(name);
    return next;
  }

  private showAll(): void {
    this.selectedTags = new Set();
    this.selectedGroups = new Set();
    this.setQuery('');
  }

  /** The clipboard where it works; else the link in a field, selected, to copy by hand. */
  private async copyLink(event: TimelineEvent): Promise<void> {
    const url = urlWithHash(event.id);
    if (!emit(this, 'ahrca-action', { action: 'copy-link', url }, { cancelable: true })) return;
    try {
      await navigator.clipboard.writeText(url);
      this.notice = { key: event.id, copied: true, url };
    } catch {
      // The field to copy it by hand is in a module of its own (left out if it cannot be downloaded).
      await loadEventExtras(this.shadowRoot ?? undefined).catch(() => undefined);
      this.notice = { key: event.id, copied: false, url };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(eventDomId(event.id))}-url`)?.focus();
    }
  }

  private async play(key: string): Promise<void> {
    this.playing = new Set([...this.playing, key]);
    await this.updateComplete;
    const card = key === HEADER_MEDIA ? this.renderRoot.querySelector('header') : this.renderRoot.querySelector(`#${CSS.escape(eventDomId(key))}`);
    card?.querySelector('iframe')?.focus();
  }

  protected override renderSkeleton(): TemplateResult {
    const event = html`<span class="bone date-bone"></span><span class="bone title-bone"></span><span class="bone"></span><span class="bone short"></span>`;
    return html`<div part="base" class="timeline skeleton">
      <span class="bone heading-bone"></span><span class="bone field-bone"></span>
      <div class="bone-events">${event}${event}${event}</div>
    </div>`;
  }

  protected override renderReady(timeline: Timeline, view: Ready): unknown {
    const tr = this.tr;
    const lang = resolveLang(this);
    const base = dataBaseUrl(view);
    const model = this.model!.model;
    const level = headingLevel(this.headingLevel);
    const { start, end } = this.rowWindow.range;
    const visible = this.rows.slice(start, end);
    const keys = visible.map((row) => row.entry.event.id);
    const ctx: RowContext = {
      tr,
      lang,
      base,
      mediaOnRequest: this.mediaOnRequest,
      level: Math.min(6, level + 1),
      newest: this.order === 'newest',
      total: this.rows.length,
      tabStop: this.navigation.tabStop !== undefined && keys.includes(this.navigation.tabStop) ? this.navigation.tabStop : keys[0],
      notice: this.notice,
      playing: this.playing,
      onCopyLink: (event) => void this.copyLink(event),
      onPlay: (event) => void this.play(event.id),
    };
    const title = timeline.title === undefined ? undefined : pickLocalized(timeline.title, lang);
    const filtered = this.selectedTags.size > 0 || this.selectedGroups.size > 0 || this.query.trim() !== '';
    return html`<section
      part="base"
      class="timeline"
      aria-labelledby=${ifDefined(title ? 'title' : undefined)}
      aria-label=${ifDefined(title ? undefined : tr.t('timeline.events'))}
    >
      ${renderHeader(timeline, {
        tr,
        lang,
        base,
        mediaOnRequest: this.mediaOnRequest,
        title,
        level,
        playing: this.playing.has(HEADER_MEDIA),
        onPlay: () => void this.play(HEADER_MEDIA),
      })}
      ${renderControls({
        tr,
        filter: { tags: this.selectedTags, groups: this.selectedGroups, query: this.query, order: this.order },
        tags: model.tags,
        groups: model.groups,
        interactive: !this.noControls,
        countText: this.countText(this.announced),
        filtered,
        onQuery: (query) => this.setQuery(query),
        onSearchFocus: () => this.prepareSearch(),
        onOrder: (order) => (this.order = order),
        onToggleTag: (name) => (this.selectedTags = this.toggle(this.selectedTags, name)),
        onToggleGroup: (name) => (this.selectedGroups = this.toggle(this.selectedGroups, name)),
        onShowAll: () => this.showAll(),
        filtersOpen: this.filtersOpen,
        onToggleFilters: () => (this.filtersOpen = !this.filtersOpen),
      })}
      ${
        this.navigator && this.years
          ? this.years.renderYearNavigator(
              this.years.yearStops(this.rows, tr, (key) => yearHeading(key, tr)),
              tr,
              (index) => void this.navigation.moveTo(index, true, 'start'),
            )
          : nothing
      }
      ${this.rows.length === 0 ? html`<p part="no-match" class="no-match">${tr.t('timeline.noMatch')}</p>` : nothing}
      <div class="current-year" aria-hidden="true"><span part="current-year"></span></div>
      <ol part="events" class="events" aria-label=${tr.t('timeline.events')} @keydown=${this.navigation.onKeydown} @focusin=${this.navigation.onFocusin}>
        ${repeat(
          visible,
          (row) => row.entry.event.id,
          (row, i) => (this.passes(row.entry) ? renderRow(row, start + i, ctx) : renderPendingRow(row)),
        )}
      </ol>
      ${savedCopyNotice(view, tr)}
    </section>`;
  }
}
