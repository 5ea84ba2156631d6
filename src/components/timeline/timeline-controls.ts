/**
 * The timeline's controls: search, order, tag and group filters, the count of shown events (the
 * one polite live region). The optional year navigator is a module of its own (year-navigator.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../core/i18n/index.js';
import type { FilterChoice, TimelineFilter, TimelineModel, TimelineOrder } from './timeline-model.js';
import '../../core/i18n/strings/timeline.js';

/** The model's tags and groups, each with its count of events, are the filter chips. */
export interface ControlsContext extends Pick<TimelineModel, 'tags' | 'groups'> {
  readonly tr: Translator;
  readonly filter: TimelineFilter;
  /** Search, order and filters; off with `no-controls`. */
  readonly interactive: boolean;
  /** What the live region says: "12 of 40 events". */
  readonly countText: string;
  readonly filtered: boolean;
  readonly onQuery: (query: string) => void;
  /** The reader is about to search: a good moment to get ready. */
  readonly onSearchFocus: () => void;
  readonly onOrder: (order: TimelineOrder) => void;
  readonly onToggleTag: (name: string) => void;
  readonly onToggleGroup: (name: string) => void;
  readonly onShowAll: () => void;
  /** On a narrow timeline the order and the filters fold behind one button; true while unfolded. */
  readonly filtersOpen: boolean;
  readonly onToggleFilters: () => void;
}

function chips(
  id: string,
  label: string,
  choices: readonly FilterChoice[],
  selected: ReadonlySet<string>,
  onToggle: (name: string) => void,
): TemplateResult | typeof nothing {
  if (choices.length < 2 && selected.size === 0) return nothing;
  return html`<div part="filter" class="chips" role="group" aria-labelledby=${id}>
    <span class="label" id=${id}>${label}</span>
    ${choices.map(
      ({ name }) =>
        html`<button part="chip" class="chip" type="button" aria-pressed=${selected.has(name) ? 'true' : 'false'} @click=${() => onToggle(name)}>
          ${name}
        </button>`,
    )}
  </div>`;
}

/**
 * Search, then one "Filters (2)" button that unfolds the order and the filters on a narrow
 * timeline (below 30rem of its own width, timeline.styles.ts): the first screen of a phone is the
 * events, and the filters are two Tab stops instead of one per tag. A wide timeline shows them all
 * and hides the button.
 */
export function renderControls(ctx: ControlsContext): TemplateResult {
  const { tr, filter } = ctx;
  const active = filter.tags.size + filter.groups.size;
  const foldable = ctx.tags.length > 1 || ctx.groups.length > 1 || active > 0;
  return html`<div part="controls" class="controls">
    ${
      ctx.interactive
        ? html`<div class="fields">
              <p class="field search">
                <label for="search">${tr.t('timeline.search')}</label>
                <input
                  part="search"
                  id="search"
                  type="search"
                  autocomplete="off"
                  .value=${filter.query}
                  @focus=${ctx.onSearchFocus}
                  @input=${(event: InputEvent) => ctx.onQuery((event.target as HTMLInputElement).value)}
                />
              </p>
              ${
                foldable
                  ? html`<button
                      part="filters-toggle"
                      class="filters-toggle"
                      type="button"
                      aria-expanded=${ctx.filtersOpen ? 'true' : 'false'}
                      aria-controls="filter-panel"
                      @click=${ctx.onToggleFilters}
                    >
                      ${active > 0 ? tr.t('timeline.filtersOn', { count: tr.number(active) }) : tr.t('timeline.filters')}
                    </button>`
                  : nothing
              }
            </div>
            <div id="filter-panel" class="filter-panel ${ctx.filtersOpen ? 'open' : ''} ${foldable ? 'foldable' : ''}">
              <p class="field order">
                <label for="order">${tr.t('timeline.order')}</label>
                <select part="order" id="order" @change=${(event: Event) => ctx.onOrder((event.target as HTMLSelectElement).value as TimelineOrder)}>
                  <option value="oldest" ?selected=${filter.order === 'oldest'}>${tr.t('timeline.order.oldest')}</option>
                  <option value="newest" ?selected=${filter.order === 'newest'}>${tr.t('timeline.order.newest')}</option>
                </select>
              </p>
              ${chips('tags-label', tr.t('timeline.tags'), ctx.tags, filter.tags, ctx.onToggleTag)}
              ${chips('groups-label', tr.t('timeline.groups'), ctx.groups, filter.groups, ctx.onToggleGroup)}
            </div>`
        : nothing
    }
    <div class="summary">
      <p part="count" class="count" role="status">${ctx.countText}</p>
      ${ctx.filtered ? html`<button part="show-all" class="show-all" type="button" @click=${ctx.onShowAll}>${tr.t('timeline.showAll')}</button>` : nothing}
    </div>
  </div>`;
}
