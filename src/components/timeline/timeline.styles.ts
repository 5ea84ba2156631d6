import { css } from 'lit';

/**
 * Mobile-first: one column, the date above the title. From 40em of the timeline's own width (a
 * container query, so a sidebar stays narrow on a wide page; em, so a page's root size cannot move
 * it) an event's image stands beside its text.
 * One type scale: the title, its subtitle, the year as a chapter marker, the event's headline, its
 * date, the text, the caption. The controls are quiet: light labels, light chips, no box.
 * Rows have no margins: the window measures their border boxes, and those must add up.
 */
export const timelineStyles = css`
  .timeline {
    --_display: var(--ahrca-font-display, Georgia, 'Noto Serif', serif);
    gap: var(--_space);
    container-type: inline-size;
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .heading {
    font: 700 1.75em/1.15 var(--_display);
  }
  .subtitle {
    margin: -0.25rem 0 0;
    color: var(--_muted);
    font-size: 1.125em;
    line-height: 1.4;
  }
  /* Wide: search and order on one line, the filters and the count below, each a whole line. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    padding-block-end: 0.75rem;
    border-block-end: 1px solid var(--_border);
    font-size: 0.9375em;
  }
  .fields {
    display: flex;
    flex: 0 1 28rem;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .filter-panel {
    display: contents;
  }
  .filter-panel > .chips {
    flex: 1 1 auto;
  }
  .filters-toggle {
    display: none;
  }
  .field {
    display: flex;
    flex: 1 1 12rem;
    flex-direction: column;
    gap: 0.125rem;
    margin: 0;
  }
  .field.order {
    flex: 0 1 auto;
  }
  /* Quiet, not hidden: a reader sees what each control is for (a placeholder goes once they type). */
  label,
  .label {
    font-size: 0.8125em;
  }
  input,
  select,
  button {
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  input,
  select {
    min-inline-size: 0;
    min-block-size: 2.5rem;
    padding: 0.375rem 0.5rem;
  }
  button {
    min-block-size: 2rem;
    padding: 0.25rem 0.75rem;
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
    min-block-size: 1.75rem;
    padding-block: 0;
    border-radius: 999px;
    color: var(--_fg);
    font-size: 0.875em;
  }
  /* Every control answers the pointer: a border in the accent colour, a tint behind. */
  button:hover,
  select:hover,
  input:hover,
  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
  }
  button:hover,
  .chip[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
  }
  .summary {
    display: flex;
    flex: 1 1 100%;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  /*
   * Narrow (a phone, a sidebar): the order and the filters fold behind one button beside the
   * search, and the years become a menu, so the first screen shows events, not controls.
   */
  @container (max-width: 30em) {
    .fields {
      min-inline-size: 0;
    }
    .field.search {
      flex: 1 1 auto;
      min-inline-size: 0;
    }
    .field.search input {
      inline-size: 100%;
    }
    .heading {
      font-size: 1.5em;
    }
    .year {
      font-size: 1.625em;
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
  }
  .no-match {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /*
   * The year at the top of the screen while the list scrolls under it: it takes no room of its own.
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
    pointer-events: none;
  }
  /* A running head across the timeline, as a book's chapter title: the text passes under a bar, not
     under a badge laid over one corner of an image or a caption. */
  .current-year span {
    display: block;
    padding: 0.375rem 2rem;
    border-block-end: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_accent);
    font: 700 1.125em var(--_display);
  }
  .current-year span:empty {
    display: none;
  }
  .events {
    --_in: 2rem;
    position: relative;
    /* The list keeps the reader's place itself (virtual-window.ts, and an event it moved to:
       event-navigation.ts); the browser must not do it too. */
    overflow-anchor: none;
    margin: 0;
    padding-inline: 0;
    list-style: none;
  }
  /* The line of the timeline, thin, down the whole list including the space of rows not rendered. */
  .events::before,
  .gap::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.6875rem;
    border-inline-start: 1px solid var(--_border);
  }
  .row {
    position: relative;
    padding-inline-start: var(--_in);
  }
  /* "6 years later": the line breaks into dashes over the years no event fills. */
  .gap {
    position: relative;
    margin: 0;
    margin-inline-start: calc(-1 * var(--_in));
    padding-block: 0.75rem 1.25rem;
    padding-inline-start: var(--_in);
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
  }
  .gap::before {
    inset-inline-start: 0.5rem;
    inline-size: 0.5rem;
    border: 0;
    background: linear-gradient(var(--_bg) 50%, transparent 0) 0 0 / 100% 0.5rem;
  }
  /* The year: a chapter marker on the line. */
  .year {
    margin-block-end: 0.75rem;
    padding-block-start: 0.5rem;
    color: var(--_accent);
    font: 700 2em/1.1 var(--_display);
    font-variant-numeric: tabular-nums;
  }
  /* A deep link or a jump leaves room above the event for its year and its focus ring. */
  .event {
    scroll-margin-block: 3.5rem 1rem;
    position: relative;
    display: grid;
    /* On a phone the date and headline come first, so that the first screen names the event, then its image. */
    grid-template: 'bg' 'date' 'title' 'media' 'meta' 'text' 'sources' / minmax(0, 1fr);
    align-content: start;
    margin-inline-start: -0.5rem;
    padding: 0.5rem 0.5rem 2rem;
    border-radius: var(--_radius);
  }
  .event:hover {
    background: color-mix(in srgb, var(--_surface) 60%, var(--_bg));
  }
  /* The dot, on the line, level with the date. */
  .event::before {
    --_d: 0.75rem;
    content: '';
    position: absolute;
    inset-block-start: calc(1.375rem - var(--_d) / 2);
    inset-inline-start: calc(1.1875rem - var(--_in) - var(--_d) / 2);
    inline-size: var(--_d);
    block-size: var(--_d);
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_accent);
  }
  .event > .media {
    grid-area: media;
    margin-block: 0.25rem 0.875rem;
  }
  /* Our own dates never break inside a word ("(приблизительно)"); a display date is the data's text and may break anywhere. */
  .date {
    grid-area: date;
    overflow-wrap: normal;
    margin: 0;
    padding-inline-end: 2.5rem;
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 600;
    /* 28 px at the widget's size, as 1.75rem is on a plain page: a host's root font size must not move it. */
    line-height: 2;
  }
  .date .given {
    overflow-wrap: anywhere;
  }
  .title {
    grid-area: title;
    margin-block-end: 0.375rem;
    font: 700 1.25em/1.25 var(--_display);
  }
  .event > .text {
    grid-area: text;
    line-height: 1.6;
  }
  /* Place, group and tags: one small style, each with its label. */
  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .meta > div {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.375rem;
  }
  .meta dt {
    font-size: 0.875em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .meta dd {
    margin: 0;
    color: var(--_fg);
  }
  /* Wide: a larger title; an image stands beside the text, a magazine's spread; a key event's runs across the card. */
  @container (min-width: 40em) {
    .heading {
      font-size: 2.25em;
    }
    .events {
      --_in: 2.5rem;
    }
    .has-image:not(.key) {
      grid-template:
        'bg bg' 'date media' 'title media' 'meta media' 'text media' 'sources media' '. media' 1fr
        / minmax(0, 1.4fr) minmax(0, 1fr);
      column-gap: 2rem;
    }
    /* As tall as a short text beside it, about: a tall image left a blank under the text. */
    .has-image:not(.key) img {
      max-block-size: 16rem;
      object-fit: cover;
    }
    .has-image:not(.key) > .media {
      margin-block-start: 0.375rem;
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
  }
`;
