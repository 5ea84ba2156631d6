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
  /* Media lead the event, as wide as its card. */
  .image img {
    inline-size: 100%;
    max-block-size: 28rem;
    block-size: auto;
    object-fit: contain;
    background: var(--_surface);
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
  figcaption {
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .credit {
    font-style: italic;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px dashed var(--_border);
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
    font-size: 0.875em;
  }
  .sources .label {
    margin: 0;
  }
  .sources ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.5rem;
  }
  .link-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-size: 0.875em;
  }
  .copy-link {
    padding-inline: 0.25rem;
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
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
