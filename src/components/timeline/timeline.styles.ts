import { css } from 'lit';

/**
 * Mobile-first: one column, the date above the title. From 40em of the timeline's own width (a
 * container query, so a sidebar stays narrow on a wide page; em, so a page's root size cannot move
 * it) the date moves to a column of its own.
 * Rows have no margins: the window measures their border boxes, and those must add up.
 */
export const timelineStyles = css`
  .timeline {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    container-type: inline-size;
    background: var(--_bg);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .heading {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* Wide: search and order on one line, the filters and the count below, each a whole line. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .fields {
    display: flex;
    flex: 1 1 12rem;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .filter-panel {
    display: contents;
  }
  .controls > .chips,
  .filter-panel > .chips,
  .summary {
    flex: 1 1 100%;
  }
  .filters-toggle,
  .year-menu {
    display: none;
  }
  .field {
    display: flex;
    flex: 1 1 12rem;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
  }
  .field.order {
    flex: 0 1 auto;
  }
  label,
  .chips .label,
  .sources .label {
    font-weight: 600;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input,
  select {
    min-inline-size: 0;
    min-block-size: 2.5rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    background: var(--_bg);
    color: var(--_fg);
  }
  button {
    min-block-size: 2rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
  }
  .chip {
    border-radius: 999px;
    color: var(--_fg);
  }
  /* Every control answers the pointer: a border in the accent colour, a tint behind. */
  button:hover,
  select:hover,
  input:hover {
    border-color: var(--_accent);
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_bg));
  }
  .chip[aria-pressed='true']:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_fg));
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
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
  /*
   * Narrow (a phone, a sidebar): the order and the filters fold behind one button beside the
   * search, and the years become a menu, so the first screen shows events, not controls.
   */
  @container (max-width: 30em) {
    .controls {
      gap: 0.5rem;
      padding: 0.5rem;
    }
    .fields {
      min-inline-size: 0;
    }
    .field.search {
      flex: 1 1 auto;
      min-inline-size: 0;
    }
    .field.search input {
      box-sizing: border-box;
      inline-size: 100%;
    }
    .filters-toggle {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.5rem;
      white-space: nowrap;
    }
    .filters-toggle[aria-expanded='true'] {
      border-color: var(--_accent);
    }
    .filter-panel.foldable {
      display: none;
    }
    .filter-panel.foldable.open {
      display: flex;
      flex: 1 1 100%;
      flex-direction: column;
      gap: 0.75rem;
      padding-block: 0.25rem;
    }
    .years ul {
      display: none;
    }
    .year-menu {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      font-weight: 600;
    }
    .year-menu select {
      font-weight: normal;
    }
  }
  .no-match {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /* The year at the top of the screen while the list scrolls under it: it takes no room of its own. */
  /*
   * As tall as its label, laid over what is above it (a negative top margin): the sticky box stays
   * inside the timeline, and so the whole label does. Stuck at the timeline's end, it never hangs out.
   */
  .current-year {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    block-size: 2.75rem;
    margin-block-start: -2.75rem;
    margin-block-end: calc(-1 * var(--_space));
    overflow: visible;
    text-align: end;
    pointer-events: none;
  }
  .current-year span {
    display: inline-block;
    margin-block-start: 0.25rem;
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    box-shadow: 0 0.125rem 0.5rem rgb(0 0 0 / 0.15);
    font-size: 1.125em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .date .given {
    overflow-wrap: anywhere;
  }
  .current-year span:empty {
    display: none;
  }
  .events {
    position: relative;
    /* The list keeps the reader's place itself (virtual-window.ts); the browser must not do it too. */
    overflow-anchor: none;
    margin: 0;
    padding-inline: 0;
    list-style: none;
  }
  /* The line of the timeline, down the whole list including the space of rows not rendered. */
  .events::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.6875rem;
    border-inline-start: 2px solid var(--_border);
  }
  .row {
    position: relative;
    padding-inline-start: 2rem;
    padding-block-end: var(--_space);
  }
  .row.in-era::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.375rem;
    inline-size: 0.75rem;
    background: var(--_accent);
    opacity: 0.2;
  }
  .year {
    margin-block-end: 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .era-start {
    margin-block-end: 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .era-title {
    font-weight: 700;
  }
  .era-dates {
    margin: 0;
    color: var(--_muted);
  }
  /* A deep link or a jump leaves room above the event for its year and its focus ring. */
  .event {
    scroll-margin-block: 3.5rem 1rem;
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .event::before {
    content: '';
    position: absolute;
    inset-block-start: 1rem;
    inset-inline-start: calc(-2rem + 0.375rem - 1px);
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_accent);
  }
  /* A date never breaks inside a word ("(приблизительно)"): the date column grows instead. */
  .event:hover {
    border-color: color-mix(in srgb, var(--_accent) 60%, var(--_border));
  }
  .event:focus-visible {
    border-color: var(--_accent);
  }
  /* A date never breaks inside a word ("(приблизительно)"): its column grows instead. */
  /* Our own dates never break inside a word; a display date is the data's text and may break anywhere. */
  .date {
    overflow-wrap: normal;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
    font-weight: 600;
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* Place, group and tags: one style, each with its label. */
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.9375em;
  }
  .meta > div {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.375rem;
  }
  .meta dt {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .meta dd {
    margin: 0;
  }
  .notice {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  @container (min-width: 40em) {
    .event {
      display: grid;
      grid-template-columns: minmax(auto, 9rem) minmax(0, 1fr);
      column-gap: 1rem;
    }
    .event > * {
      grid-column: 2;
    }
    .event > .date {
      grid-row: 1 / span 2;
      grid-column: 1;
    }
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .skeleton .bone {
    block-size: 0.875rem;
  }
  .skeleton .heading-bone {
    inline-size: 60%;
    block-size: 1.75rem;
  }
  .skeleton .field-bone {
    block-size: 6rem;
  }
  .bone-events {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-inline-start: 2rem;
  }
  .skeleton .date-bone {
    inline-size: 8rem;
    margin-block-start: 1rem;
  }
  .skeleton .title-bone {
    inline-size: 70%;
    block-size: 1.25rem;
  }
  .skeleton .short {
    inline-size: 40%;
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      border: 3px double ButtonText;
    }
    .event::before {
      background: CanvasText;
    }
    .row.in-era::before {
      background: GrayText;
    }
  }
`;
