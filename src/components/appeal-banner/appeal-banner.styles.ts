import { css } from 'lit';
import { outlinedButton } from '../../core/styles.js';

export const bannerStyles = css`
  .banner {
    position: relative;
    gap: 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_accent);
    container-type: inline-size;
  }
  /* The image leads the card, edge to edge. */
  .image {
    margin: calc(-1 * var(--_space)) calc(-1 * var(--_space)) 0.25rem;
  }
  .image[hidden] {
    display: none;
  }
  .image img {
    display: block;
    inline-size: 100%;
    max-block-size: 20rem;
    block-size: auto;
    object-fit: cover;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }
  .credit {
    padding-inline: var(--_space);
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .banner.kind-urgent-action {
    border-inline-start-color: var(--_urgent);
  }
  .top {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .kind-urgent-action .kind {
    color: var(--_urgent);
  }
  .status {
    padding-inline: 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
  }
  .status-succeeded .status {
    color: var(--_success);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .ask {
    margin: 0;
    font-size: 1.0625em;
  }
  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  .details dt {
    font-weight: 600;
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  /* Narrow: each label above its value, so a long label ("Имзоланганлар") leaves the value the whole width. */
  @container (max-width: 30em) {
    .details {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    .details dd + dt {
      margin-block-start: 0.375rem;
    }
  }
  .ask {
    max-inline-size: 70ch;
  }
  .inline-list {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .inline-list li {
    display: inline;
  }
  .inline-list li:not(:last-child)::after {
    content: ', ';
  }
  .published,
  .deadline {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .countdown {
    color: var(--_fg);
  }
  .signatures,
  .signatures p {
    margin: 0;
  }
  .signatures p {
    color: var(--_muted);
  }
  /* The count is the headline of a petition: large, in the text colour, its digits even. */
  .figure {
    margin-inline-end: 0.125em;
    color: var(--_fg);
    font-size: 1.75em;
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 0.875rem;
    margin-block: 0.375rem 0;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
    appearance: none;
  }
  progress::-webkit-progress-bar {
    background: var(--_surface);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    ${outlinedButton}
    /* On the bar's surface too. */
    background: transparent;
    text-decoration: none;
  }
  /* The first action is the one the appeal is for: larger, filled, and the whole width on a narrow banner. */
  .action.primary {
    padding-inline: 1.5rem;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 1.0625em;
    font-weight: 700;
  }
  .action:hover {
    text-decoration: underline;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .action.primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_fg));
  }
  @container (max-width: 30em) {
    .action.primary {
      flex: 1 1 100%;
      justify-content: center;
    }
  }
  .related-label {
    margin: 0;
    font-weight: 600;
    color: var(--_muted);
  }
  .related ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .dismiss {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    margin: -0.5rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .dismiss:hover {
    background: var(--_surface);
    color: var(--_fg);
  }

  /* The bar: one slim strip, title and ask side by side on wide screens. */
  :host([layout='bar']) .banner {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 1rem;
    padding-block: 0.5rem;
    border-width: 0 0 1px;
    border-radius: 0;
    background: var(--_surface);
  }
  :host([layout='bar']) .top {
    order: 10;
    margin-inline-start: auto;
  }
  :host([layout='bar']) .kind,
  :host([layout='bar']) .ask,
  :host([layout='bar']) .signatures p,
  :host([layout='bar']) .deadline {
    display: none;
  }
  :host([layout='bar']) .title {
    flex: 1 1 16rem;
    font-size: 1em;
  }
  :host([layout='bar']) .signatures {
    flex: 0 1 8rem;
  }
  :host([layout='bar']) .action {
    min-block-size: 2.25rem;
    padding-block: 0.25rem;
  }

  /* Floating: a box in the bottom corner (inline-end, so it mirrors in right-to-left pages). Its
     text scrolls inside it when it must; the actions stick to its bottom edge, always in view. */
  :host([layout='floating']) {
    position: fixed;
    inset-block-end: 1rem;
    inset-inline-end: 1rem;
    z-index: var(--ahrca-z-index, 1000);
    inline-size: min(24rem, calc(100vw - 2rem));
  }
  :host([layout='floating']) .banner {
    max-block-size: calc(100vh - 2rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.25);
  }
  /* Nothing is squeezed: what does not fit scrolls, under the actions. */
  :host([layout='floating']) .banner > * {
    flex-shrink: 0;
  }
  :host([layout='floating']) .actions {
    position: sticky;
    inset-block-end: calc(-1 * var(--_space));
    margin-block-end: calc(-1 * var(--_space));
    padding-block: 0.5rem var(--_space);
    border-block-start: 1px solid var(--_border);
    background: var(--_bg);
  }
  /* A title never takes the whole box: a few lines, the rest for the reader who opens the appeal. */
  :host([layout='floating']) .title,
  :host([layout='bar']) .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--ahrca-title-lines, 4);
    line-clamp: var(--ahrca-title-lines, 4);
    overflow: hidden;
  }
  :host([layout='bar']) .title {
    -webkit-line-clamp: var(--ahrca-title-lines, 2);
    line-clamp: var(--ahrca-title-lines, 2);
  }
  /* On a phone the box must not hide the page it floats over: at most about 40% of the screen,
     title and buttons only. */
  @media (max-width: 30rem), (max-height: 30rem) {
    :host([layout='floating']) {
      inset-block-end: 0.5rem;
      inset-inline-end: 0.5rem;
      inline-size: calc(100vw - 1rem);
    }
    :host([layout='floating']) .banner {
      gap: 0.375rem;
      max-block-size: 40vh;
      padding: 0.75rem;
    }
    :host([layout='floating']) .actions {
      inset-block-end: -0.75rem;
      margin-block-end: -0.75rem;
      padding-block: 0.375rem 0.75rem;
    }
    :host([layout='floating']) .ask,
    :host([layout='floating']) .deadline {
      display: none;
    }
    :host([layout='floating']) .figure {
      font-size: 1.25em;
    }
    :host([layout='floating']) .action {
      flex: 1 1 auto;
      justify-content: center;
      min-block-size: 2.5rem;
      padding: 0.25rem 0.75rem;
    }
    :host([layout='floating']) .title {
      font-size: 1.0625em;
      -webkit-line-clamp: var(--ahrca-title-lines, 3);
      line-clamp: var(--ahrca-title-lines, 3);
    }
    :host([layout='bar']) .banner {
      row-gap: 0.375rem;
    }
  }

  /* The skeleton has the shape and about the height of a typical banner in each layout, so the page
     moves little when data arrives (on a return visit the kept copy shows at once instead). */
  .skeleton .bone {
    block-size: 1rem;
    inline-size: 100%;
  }
  .skeleton .kind-bone {
    inline-size: 6rem;
    block-size: 0.8rem;
  }
  .skeleton .title-bone {
    block-size: 1.5rem;
  }
  .skeleton .short {
    inline-size: 60%;
  }
  .skeleton .gap {
    margin-block-start: 0.75rem;
  }
  .skeleton .progress-bone {
    block-size: 0.625rem;
  }
  .skeleton .button-bone {
    inline-size: 7rem;
    block-size: 2.75rem;
  }
  :host([layout='bar']) .skeleton {
    flex-wrap: nowrap;
  }
  :host([layout='bar']) .skeleton .bone {
    flex: 1 1 8rem;
  }
  /* As tall as the bar's own button, so that the bar keeps its height when the appeal arrives. */
  :host([layout='bar']) .skeleton .button-bone {
    block-size: 2.25rem;
  }

  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
    .action.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
