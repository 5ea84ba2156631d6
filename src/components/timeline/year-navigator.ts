/**
 * The optional year navigator (`navigator`): a row of years to jump to, a menu of the same years on
 * a narrow timeline. A module of its own, with its styles, downloaded only for a timeline that shows it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../core/i18n/index.js';
import type { TimelineRow } from './timeline-model.js';

/** More distinct years than this, and the navigator offers decades. */
const MAX_YEAR_STOPS = 40;

export interface YearStop {
  readonly label: string;
  /** The row it jumps to. */
  readonly index: number;
}

/**
 * A stop at the first shown row of each year, or of each decade of the common era for a long
 * timeline (a year before it, or in deep time, stays a stop of its own, labelled as its heading:
 * `yearHeading`, given by the timeline, which writes such years).
 */
export function yearStops(rows: readonly TimelineRow[], tr: Translator, yearHeading: (key: string) => string): YearStop[] {
  const years: { key: string; index: number }[] = [];
  rows.forEach((row, index) => {
    if (row.opensYear) years.push({ key: row.entry.year, index });
  });
  if (years.length <= MAX_YEAR_STOPS) return years.map(({ key, index }) => ({ label: yearHeading(key), index }));
  const stops = new Map<string, YearStop>();
  for (const { key, index } of years) {
    const decade = key.startsWith('-') ? key : `${key.slice(0, 3)}0`;
    if (stops.has(decade)) continue;
    const label = key.startsWith('-') ? yearHeading(key) : tr.t('date.range', { start: String(Number(decade)), end: String(Number(decade) + 9) });
    stops.set(decade, { label, index });
  }
  return [...stops.values()];
}

/**
 * A row of years to jump to on a wide timeline; on a narrow one a menu of the same years, one Tab
 * stop and one line high (the styles show one or the other).
 */
export function renderYearNavigator(stops: readonly YearStop[], tr: Translator, onJump: (index: number) => void): TemplateResult | typeof nothing {
  if (stops.length < 2) return nothing;
  return html`<nav part="years" class="years" aria-label=${tr.t('timeline.years')}>
    <ul>
      ${stops.map((stop) => html`<li><button type="button" @click=${() => onJump(stop.index)}>${stop.label}</button></li>`)}
    </ul>
    <label class="year-menu"
      ><span>${tr.t('timeline.years')}</span>
      <select part="year-menu" @change=${(event: Event) => onJump(Number((event.target as HTMLSelectElement).value))}>
        ${stops.map((stop) => html`<option value=${stop.index}>${stop.label}</option>`)}
      </select>
    </label>
  </nav>`;
}

/** One Tab stop and one line on a narrow timeline (below 30em of its own width): the menu instead of the row. */
export const navigatorStyles = css`
  .years ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .years button {
    padding-inline: 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  .year-menu {
    display: none;
  }
  @container (max-width: 30em) {
    .years ul {
      display: none;
    }
    .year-menu {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }
  }
`;
