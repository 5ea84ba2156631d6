import { css } from 'lit';
import { outlinedButton } from '../../core/styles.js';

/**
 * The list's layout. Like the card, nothing depends on the viewport: the grid has as many columns
 * of at least --ahrca-tile-min-width as the element's own width holds.
 */
export const listStyles = css`
  .list {
    --_tile-min: var(--ahrca-tile-min-width, 16rem);
    --_portrait-size: var(--ahrca-portrait-size, 5em);
    gap: 0.75rem;
    container-type: inline-size;
  }
  .title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    max-inline-size: 28rem;
  }
  .search label,
  .filters-label {
    font-weight: 600;
  }
  .search input {
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }

  .filters {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .filter-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: 0.9375em;
    cursor: pointer;
  }
  .filter:hover {
    border-color: var(--_accent);
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .filter-count {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  /* A status never breaks inside a word. */
  .filter,
  .status-row {
    overflow-wrap: normal;
  }
  /*
   * Narrow (a phone): the status filters are one row that scrolls sideways, so the first screen
   * shows people; the row's last button, cut at the edge, shows that there is more.
   */
  @container (max-width: 30em) {
    .filter-row {
      flex-wrap: nowrap;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      margin-inline: calc(-1 * var(--_space));
      padding: 0.125rem var(--_space) 0.375rem;
      scrollbar-width: thin;
    }
    .filter {
      flex: none;
      white-space: nowrap;
    }
  }

  .count,
  .note,
  .no-match {
    margin: 0;
  }
  .count {
    font-weight: 600;
  }
  /* The list's note and its saved-copy notice: smaller than the base notice, as in the card. */
  .note,
  .notice {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .no-match {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_tile-min)), 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Tiles far from the viewport are neither laid out nor painted: 2,000 of them scroll smoothly. */
  .item {
    display: flex;
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
  }
  .tile {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    inline-size: 100%;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .tile:hover {
    border-color: var(--_accent);
  }
  /* Inside the tile: content-visibility clips what is drawn outside the item. */
  .tile:focus-visible {
    outline-offset: -4px;
  }
  .tile:hover .name {
    text-decoration: underline;
  }
  .tile-text {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .tile .name {
    font-size: 1.0625em;
  }
  .tile .line {
    font-size: 0.9375em;
  }

  .button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    ${outlinedButton}
  }
  .button:hover {
    text-decoration: underline;
  }
  .more {
    align-self: center;
  }

  .dialog {
    inline-size: min(48rem, 100% - 1rem);
    max-block-size: calc(100% - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .dialog-body {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
  }
  /* Stays in reach while a long profile scrolls inside the dialog. */
  .close {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    align-self: flex-end;
  }
  .dialog ahrca-prisoner-card::part(base) {
    padding: 0;
    border: 0;
  }

  .skeleton .search-bone {
    block-size: 2.75rem;
    max-inline-size: 28rem;
  }
  .skeleton .tile {
    block-size: 6rem;
  }
  .skeleton .bone-lines .bone {
    block-size: 1rem;
  }
  .skeleton .short {
    inline-size: 60%;
  }

  @media (forced-colors: active) {
    .tile,
    .filter,
    .dialog {
      border-color: CanvasText;
    }
    .filter[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
