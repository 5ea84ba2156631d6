import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { GenericSchema } from 'valibot';
import type { View } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { resolveLang } from '../../core/i18n/index.js';
import { urlWithHash } from '../../core/location-hash.js';
import { PrisonerFeedSchema, isWithdrawn, type PrisonerFeed, type PrisonerStatus } from '../../core/schema/prisoner.js';
import { baseStyles } from '../../core/styles.js';
import { AhrcaPeopleElement } from '../shared/people-element.js';
import type { PersonContext } from '../shared/person-templates.js';
import { dataBaseUrl, headingLevel, localized, savedCopyNotice } from '../shared/widget-templates.js';
import { personStyles } from '../shared/person-templates.styles.js';
import { PersonDialog } from './person-dialog.js';
import { renderFilters, renderListSkeleton, renderTile } from './prisoner-list-templates.js';
import { listStyles } from './prisoner-list.styles.js';
import { indexPeople, matchPeople, type PeopleIndex, type PeopleMatch } from './prisoner-search.js';
import '../../core/i18n/strings/prisoner-list.js';

type Ready = Extract<View<PrisonerFeed>, { status: 'ready' }>;

/**
 * Tiles rendered at first and added each time the reader nears the end: a feed of 2,000 costs no
 * more to open, or to search as one types, than one of 36 (a multiple of 1 to 4 and 6 columns).
 */
const PAGE_SIZE = 36;
/** The count is announced once the reader has stopped typing or toggling for this long. */
const ANNOUNCE_DELAY = 500;
/** Tiles are added while "Show more" is within this distance below the viewport. */
const LOAD_AHEAD = '0px 0px 600px 0px';

const DAY = 24 * 60 * 60 * 1000;

const dayOf = (time: number): number => Math.floor(time / DAY);

/**
 * A whole feed of political prisoners as a grid of compact tiles, filterable by status and
 * searchable by any spelling of the name. A tile opens the full profile in a dialog and puts
 * `#id` in the address; a page opened with that address opens that person.
 *
 * @summary A feed of political prisoners: search, filter by status, open a full profile.
 * @tagname ahrca-prisoner-list
 *
 * @slot - Fallback content (e.g. a link to the list on your site) shown before the element upgrades and when loading fails.
 *
 * @csspart base - The list's box.
 * @csspart title - The feed's title, a heading (when the feed has one).
 * @csspart search - The search field.
 * @csspart filters - The group of status buttons; each is `filter` (pressed: `aria-pressed="true"`), its number `filter-count`.
 * @csspart count - "12 of 40 people", also announced to screen readers.
 * @csspart withdrawn-note - How many profiles were withdrawn and are not listed.
 * @csspart grid - The list of tiles.
 * @csspart tile - One person's link; inside it `portrait` (with `photo` or `initials`), `name`, `status` (and `status-<status>`), `line` and `duration`.
 * @csspart no-match - The message when no one matches, with the `show-all` button.
 * @csspart more - The "Show more" button after the tiles shown so far.
 * @csspart dialog - The dialog with the full profile; inside it `close` and the `<ahrca-prisoner-card>`.
 * @csspart notice - The saved-copy note.
 * @csspart withdrawn - The neutral notice shown when the source answered 410 Gone.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box (the fallback slot sits inside).
 * @csspart empty - The empty-state message.
 *
 * @cssproperty --ahrca-color-background - Background of the tiles and the dialog.
 * @cssproperty --ahrca-color-surface - Background of the portraits.
 * @cssproperty --ahrca-color-text - Text colour.
 * @cssproperty --ahrca-color-muted - Secondary text colour.
 * @cssproperty --ahrca-color-border - Border colour.
 * @cssproperty --ahrca-color-accent - Pressed filters, hovered tiles and buttons.
 * @cssproperty --ahrca-color-on-accent - Text on pressed filters.
 * @cssproperty --ahrca-color-focus - Focus outline.
 * @cssproperty --ahrca-color-skeleton - Loading placeholder shapes.
 * @cssproperty --ahrca-status-detained - Badge colour for `detained`; likewise `--ahrca-status-pretrial-detention`, `-house-arrest`, `-psychiatric-detention`, `-released`, `-released-under-supervision`, `-in-exile`, `-disappeared`, `-died-in-custody`, `-unknown`.
 * @cssproperty --ahrca-portrait-size - Size of the tiles' portraits (default 3.5em).
 * @cssproperty --ahrca-tile-min-width - The narrowest a tile gets before the grid has one column fewer (default 16rem).
 * @cssproperty --ahrca-font-family - Font stack (system fonts by default; nothing is downloaded).
 * @cssproperty --ahrca-font-size - Base font size (default `medium`, the reader's own, whatever the page's root size).
 * @cssproperty --ahrca-radius - Corner radius.
 * @cssproperty --ahrca-space - Base spacing.
 *
 * @fires ahrca-load - The data is shown. `detail.source` is the URL (or `property`, `inline`); `detail.stale` is true for a kept copy; `detail.withdrawn` is true when the source answered 410 Gone. Nothing of the people is in it.
 * @fires ahrca-error - The data could not be loaded or is invalid. `detail.reason` and `detail.message` say why.
 * @fires ahrca-action - A reader opened a person: `detail.action` is `open`, `detail.url` the page's address with `#id`. Cancelable: call `preventDefault()` to show the person yourself. The card's own actions (`write`, `appeal`, `source`…) come from the dialog too.
 */
export class AhrcaPrisonerList extends AhrcaPeopleElement<PrisonerFeed> {
  static override styles = [baseStyles, personStyles, listStyles];

  /** The heading level of the feed's title inside the host page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The current time in milliseconds, for the time in detention. For tests and snapshots: a page leaves it alone. */
  @property({ attribute: false }) clock: () => number = Date.now;

  protected readonly schema: GenericSchema<unknown, PrisonerFeed> = PrisonerFeedSchema;

  /** Up to 10,000 people, each with a full profile. */
  protected override maxPayloadBytes = 10_000_000;

  @state() private searchText = '';
  @state() private statuses: ReadonlySet<PrisonerStatus> = new Set();
  /** How many of the matching people have tiles. */
  @state() private limit = PAGE_SIZE;
  /** What the live region says: the count, once the reader has paused. */
  @state() private announced = '';

  private memo?: { feed: PrisonerFeed; index: PeopleIndex; searchText?: string; statuses?: ReadonlySet<PrisonerStatus>; match?: PeopleMatch };
  private announceTimer?: ReturnType<typeof setTimeout>;
  private moreObserver?: IntersectionObserver;
  /** The feed whose arrival was last checked against the address's `#id`. */
  private hashCheckedFor?: PrisonerFeed;
  private readonly dialog = new PersonDialog(this, {
    has: (id) => this.current()?.index.byId.has(id) ?? false,
    reveal: (id) => this.reveal(id),
    tileOf: (id) => this.tileOf(id),
  });
  /** A tile or control to focus once the next render is done. */
  private focusAfterRender?: () => HTMLElement | null | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreObserver?.disconnect();
    this.moreObserver = undefined;
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  protected override isEmpty(feed: PrisonerFeed): boolean {
    return feed.people.every(isWithdrawn);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.view.status !== 'ready') return;
    if (this.hashCheckedFor !== this.view.value) {
      this.hashCheckedFor = this.view.value;
      this.dialog.follow();
    }
    // A reader's search or filter is announced after a pause (announceLater); anything else at once.
    if (this.announceTimer === undefined) this.announced = this.countText();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.watchMore();
    const target = this.focusAfterRender?.();
    this.focusAfterRender = undefined;
    target?.focus();
  }

  /** The index and the current matches of the feed shown, worked out again only when the feed, search or filter changed. */
  private current(): { index: PeopleIndex; match: PeopleMatch } | undefined {
    if (this.view.status !== 'ready') return undefined;
    const feed = this.view.value;
    if (this.memo?.feed !== feed) this.memo = { feed, index: indexPeople(feed.people) };
    const memo = this.memo;
    if (!memo.match || memo.searchText !== this.searchText || memo.statuses !== this.statuses) {
      memo.searchText = this.searchText;
      memo.statuses = this.statuses;
      memo.match = matchPeople(memo.index, { text: this.searchText, statuses: this.statuses });
    }
    return { index: memo.index, match: memo.match };
  }

  /** "40 people" with nothing narrowed, else "12 of 40 people". */
  private countText(): string {
    const current = this.current();
    if (!current) return '';
    const total = current.index.entries.length;
    const narrowed = this.searchText.trim() !== '' || this.statuses.size > 0;
    return narrowed ? this.tr.plural('prisonerList.shownOf', total, { shown: current.match.people.length }) : this.tr.plural('prisonerList.people', total);
  }

  private announceLater(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announced = this.countText();
    }, ANNOUNCE_DELAY);
  }

  /** Renders enough tiles to include the person's, so the focus can return to it from the dialog. */
  private reveal(id: string): void {
    const position = this.current()?.match.people.findIndex((person) => person.id === id) ?? -1;
    if (position >= this.limit) this.limit = Math.ceil((position + 1) / PAGE_SIZE) * PAGE_SIZE;
  }

  private onGridClick(event: MouseEvent): void {
    // A new tab or window gets the link as it is, and opens the person from its address.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const tile = (event.target as Element).closest<HTMLAnchorElement>('a[data-id]');
    const id = tile?.dataset.id;
    if (id === undefined) return;
    event.preventDefault();
    if (emit(this, 'ahrca-action', { action: 'open', url: urlWithHash(id) }, { cancelable: true })) this.dialog.open(id);
  }

  private tileOf(id: string): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('a[data-id]')].find((tile) => tile.dataset.id === id);
  }

  private onSearchInput(event: InputEvent): void {
    this.searchText = (event.target as HTMLInputElement).value;
    this.limit = PAGE_SIZE;
    this.announceLater();
  }

  private toggleStatus(status: PrisonerStatus): void {
    const next = new Set(this.statuses);
    if (!next.delete(status)) next.add(status);
    this.statuses = next;
    this.limit = PAGE_SIZE;
    this.announceLater();
  }

  private showEveryone(): void {
    this.searchText = '';
    this.statuses = new Set();
    this.limit = PAGE_SIZE;
    this.announceLater();
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('input');
  }

  /** From the button: the first new tile takes the focus, so a keyboard reader goes on where the list left off. */
  private showMore(): void {
    const next = this.current()?.match.people[this.limit];
    this.limit += PAGE_SIZE;
    if (next) this.focusAfterRender = () => this.tileOf(next.id);
  }

  /** Adds tiles while "Show more" is near the viewport; observing again after each render checks once more. */
  private watchMore(): void {
    this.moreObserver?.disconnect();
    const more = this.renderRoot.querySelector('.more');
    if (!more) return;
    this.moreObserver ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.limit += PAGE_SIZE;
      },
      { rootMargin: LOAD_AHEAD },
    );
    this.moreObserver.observe(more);
  }

  private level(): number {
    return headingLevel(this.headingLevel);
  }

  protected override renderSkeleton(): TemplateResult {
    return renderListSkeleton();
  }

  protected override renderReady(feed: PrisonerFeed, view: Ready): TemplateResult {
    const { index, match } = this.current()!;
    const tr = this.tr;
    const lang = resolveLang(this);
    const base = dataBaseUrl(view);
    const context: PersonContext = { tr, lang, now: this.clock(), mediaOnRequest: this.mediaOnRequest, ...(base ? { base } : {}) };
    const tiles = match.people.slice(0, this.limit);
    const title = 'title' in feed ? feed.title : undefined;
    return html`<div part="base" class="list">
      ${title ? html`<div part="title" class="title" role="heading" aria-level=${this.level()}>${localized(title, lang)}</div>` : nothing}
      <div class="search">
        <label for="search">${tr.t('prisonerList.search')}</label>
        <input part="search" id="search" type="search" autocomplete="off" spellcheck="false" .value=${this.searchText} @input=${this.onSearchInput} />
      </div>
      ${renderFilters(index, match, this.statuses, tr, (status) => this.toggleStatus(status))}
      <p part="count" class="count" role="status">${this.announced}</p>
      ${index.withdrawn > 0 ? html`<p part="withdrawn-note" class="note">${tr.plural('prisonerList.withdrawn', index.withdrawn)}</p>` : nothing}
      ${
        tiles.length > 0
          ? html`<ul part="grid" class="grid" role="list" @click=${this.onGridClick}>
              ${repeat(
                tiles,
                (person) => person.id,
                // A tile is drawn once per person, language and day: adding 60 tiles to 1,900 touches only the 60.
                (person) => guard([person, tr, lang, base, dayOf(context.now), this.mediaOnRequest], () => renderTile(person, context)),
              )}
            </ul>`
          : html`<p part="no-match" class="no-match">
              ${tr.t('prisonerList.noMatch')}
              <button part="show-all" class="button" type="button" @click=${this.showEveryone}>${tr.t('prisonerList.showAll')}</button>
            </p>`
      }
      ${
        tiles.length < match.people.length
          ? html`<button part="more" class="button more" type="button" @click=${this.showMore}>${tr.t('prisonerList.showMore')}</button>`
          : nothing
      }
      ${savedCopyNotice(view, tr)} ${this.dialog.render(this.dialog.openId === undefined ? undefined : index.byId.get(this.dialog.openId), context, this)}
    </div>`;
  }
}
