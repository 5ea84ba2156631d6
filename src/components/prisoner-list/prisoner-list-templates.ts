/**
 * The list's pieces that are pure functions of their arguments: the status filters, one person's
 * tile and the loading skeleton. The element (prisoner-list.component.ts) keeps the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '../../core/i18n/index.js';
import { hashFor } from '../../core/location-hash.js';
import type { ActivePerson, PrisonerStatus } from '../../core/schema/prisoner.js';
import { pickName, renderOneLine, renderPortrait, renderStatusBadge, type PersonContext } from '../shared/person-templates.js';
import type { PeopleIndex, PeopleMatch } from './prisoner-search.js';
import '../../core/i18n/strings/prisoner.js';
import '../../core/i18n/strings/prisoner-list.js';

/** One toggle button per status someone has, with how many the search finds in it; none pressed shows everyone. */
export function renderFilters(
  index: PeopleIndex,
  match: PeopleMatch,
  pressed: ReadonlySet<PrisonerStatus>,
  tr: Translator,
  toggle: (status: PrisonerStatus) => void,
): TemplateResult | typeof nothing {
  if (index.statuses.length < 2) return nothing;
  return html`<div part="filters" class="filters" role="group" aria-labelledby="filters-label">
    <span id="filters-label" class="filters-label">${tr.t('prisonerList.filters')}</span>
    <div class="filter-row">
      ${index.statuses.map(
        (status) =>
          html`<button part="filter" class="filter" type="button" aria-pressed=${pressed.has(status) ? 'true' : 'false'} @click=${() => toggle(status)}>
            ${tr.t(`prisoner.status.${status}`)} <span part="filter-count" class="filter-count">${tr.number(match.byStatus.get(status) ?? 0)}</span>
          </button>`,
      )}
    </div>
  </div>`;
}

/** The whole tile is one link to `#id`: it names the person and the status, and works in a new tab. */
export function renderTile(person: ActivePerson, context: PersonContext): TemplateResult {
  const name = pickName(person, context.lang);
  return html`<li class="item">
    <a part="tile" class="tile" href=${hashFor(person.id)} data-id=${person.id}>
      <div class="tile-portrait" aria-hidden="true">${renderPortrait(person, context, false)}</div>
      <div class="tile-text">
        <span part="name" class="name" lang=${ifDefined(name.lang)}>${name.text}</span>
        <span class="status-row">${renderStatusBadge(person, context.tr)}</span>
        ${renderOneLine(person, context)}
      </div>
    </a>
  </li>`;
}

/** The search field and a few tiles' shapes, so nothing jumps when the data arrives. */
export function renderListSkeleton(): TemplateResult {
  return html`<div part="base" class="list skeleton">
    <span class="bone search-bone"></span>
    <div class="grid">
      ${Array.from(
        { length: 6 },
        () =>
          html`<div class="tile">
            <span class="bone portrait-bone"></span><span class="bone-lines"><span class="bone"></span><span class="bone short"></span></span>
          </div>`,
      )}
    </div>
  </div>`;
}
