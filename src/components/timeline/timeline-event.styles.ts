import { css } from 'lit';

/** What is inside an event: tags and the copy-link row (media: media-cards.ts; sources: event-extras.ts). */
export const eventContentStyles = css`
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
`;
