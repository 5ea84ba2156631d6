import { css } from 'lit';

/** What is inside an event: media and click-to-load cards, tags, sources, the copy-link row. */
export const eventContentStyles = css`
  .media {
    margin: 0;
  }
  .media img,
  .media iframe {
    display: block;
    max-inline-size: 100%;
    border-radius: calc(var(--_radius) / 2);
  }
  /* Media as wide as their column, scaled up; no box around a small image. */
  .image img {
    inline-size: 100%;
    max-block-size: 28rem;
    block-size: auto;
    object-fit: contain;
  }
  /* The description of an image that could not be loaded, in its place. */
  .missing-image {
    display: none;
  }
  .missing .missing-image {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 6rem;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_muted);
    text-align: center;
  }
  .media img[hidden] {
    display: none;
  }
  .media iframe {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    border: 0;
  }
  /* The caption under the media, the credit set apart on a line of its own. */
  figcaption {
    margin-block-start: 0.375rem;
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.45;
  }
  .credit {
    display: block;
    margin-block-start: 0.125rem;
    font-size: 0.875em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .card {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card .thumbnail {
    max-block-size: 12rem;
    object-fit: cover;
  }
  .card-host,
  .card-action {
    margin: 0;
  }
  .card-host {
    font-weight: 600;
  }
  .card-action {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='play'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .consent {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .tags {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    display: inline;
  }
  .tags li:not(:last-child)::after {
    content: ', ';
  }

  .sources {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .sources .label {
    margin: 0;
  }
  .sources ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.5rem;
  }
  /* "Copy link": an icon at the date's end, shown on hover or focus (always on a touch screen). */
  .link-row {
    grid-area: date;
    justify-self: end;
    display: flex;
    flex-direction: row-reverse;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-size: 0.875em;
  }
  .copy-link {
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    min-block-size: 1.75rem;
    padding: 0;
    border-color: transparent;
    background: transparent;
    color: var(--_muted);
    opacity: 0;
  }
  /* A chain link drawn with two rings, no image: the button's words are for screen readers. */
  .copy-link::before,
  .copy-link::after {
    content: '';
    grid-area: 1 / 1;
    inline-size: 0.5rem;
    block-size: 0.875rem;
    border: 2px solid;
    border-radius: 1rem;
    transform: translate(-0.1875rem, 0.1875rem) rotate(45deg);
  }
  .copy-link::after {
    transform: translate(0.1875rem, -0.1875rem) rotate(45deg);
  }
  .event:hover .copy-link,
  .event:focus-visible .copy-link,
  .copy-link:focus-visible {
    opacity: 1;
  }
  @media (pointer: coarse) {
    .copy-link {
      opacity: 1;
    }
  }
  .manual-copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .manual-copy input {
    inline-size: min(100%, 28rem);
  }
`;
