import { css } from 'lit';
import { outlinedButton } from '../../core/styles.js';

/**
 * The card's own layout. Nothing depends on the viewport: the card may sit in a 280 px sidebar on
 * a wide screen, so rows wrap by the space they have (flex-wrap, auto-fill grids). Letter tips
 * take the card's full width, so tips too wide for it scroll in their own box instead of widening it.
 */
export const cardStyles = css`
  .card {
    gap: 0.75rem;
    border: 1px solid var(--_border);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem 1rem;
  }
  .identity {
    display: flex;
    flex: 1 1 12rem;
    flex-direction: column;
    gap: 0.375rem;
    min-inline-size: 0;
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0;
  }
  .about {
    margin: 0;
    color: var(--_muted);
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.75rem 1.25rem;
    margin: 0;
  }
  .fact-charges,
  .fact-sentence,
  .fact-recognition {
    grid-column: 1 / -1;
  }
  .fact dt {
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .fact dd {
    display: flex;
    flex-direction: column;
    margin: 0;
  }
  .fact dd > ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .article {
    font-weight: 600;
  }
  .sub,
  .code {
    color: var(--_muted);
  }
  .additions {
    margin-block: 0.25rem 0;
  }

  .section {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .section-title {
    font-size: 1.0625em;
    font-weight: 700;
  }
  .help-title {
    margin: 0;
    font-weight: 600;
  }
  .letters,
  .appeals {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.375rem;
  }
  .appeals ul,
  .source-list {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .letters p {
    margin: 0;
  }
  .tips {
    align-self: stretch;
  }
  .address {
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface);
    font-style: normal;
    user-select: all;
  }
  .button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    ${outlinedButton}
    /* On the card's surface too. */
    background: transparent;
  }
  .button:hover {
    text-decoration: underline;
  }
  .updated,
  .credit,
  .notice {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Compact: one row, the portrait beside the name, the status and one line. */
  :host([layout='compact']) {
    --_portrait-size: var(--ahrca-portrait-size, 3.5em);
  }
  .compact {
    flex-direction: row;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem;
  }
  .compact .name {
    font-size: 1.0625em;
  }
  .compact .identity {
    gap: 0.25rem;
  }

  .skeleton .bone {
    block-size: 1rem;
    inline-size: 100%;
  }
  .skeleton .bone-lines {
    flex: 1 1 12rem;
  }
  .skeleton .name-bone {
    block-size: 1.5rem;
  }
  .skeleton .short {
    inline-size: 60%;
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
