import { css, unsafeCSS } from 'lit';
import { PRISONER_STATUSES } from '../../core/schema/prisoner.js';

/**
 * Status colours. Each is readable as text on the widget's background at 4.5:1 or more, in the
 * light and the dark theme; the icon and the label carry the status without colour.
 */
const lightStatusTokens = css`
  --_status-detained: var(--ahrca-status-detained, #a3161b);
  --_status-pretrial-detention: var(--ahrca-status-pretrial-detention, #a3161b);
  --_status-house-arrest: var(--ahrca-status-house-arrest, #8a4500);
  --_status-psychiatric-detention: var(--ahrca-status-psychiatric-detention, #a3161b);
  --_status-released: var(--ahrca-status-released, #1d6b35);
  --_status-released-under-supervision: var(--ahrca-status-released-under-supervision, #0f6363);
  --_status-in-exile: var(--ahrca-status-in-exile, #5b3fa6);
  --_status-disappeared: var(--ahrca-status-disappeared, #7a5300);
  --_status-died-in-custody: var(--ahrca-status-died-in-custody, #1b1d21);
  --_status-unknown: var(--ahrca-status-unknown, #4d5562);
`;

const darkStatusTokens = css`
  --_status-detained: var(--ahrca-status-detained, #ff9d9d);
  --_status-pretrial-detention: var(--ahrca-status-pretrial-detention, #ff9d9d);
  --_status-house-arrest: var(--ahrca-status-house-arrest, #ffb870);
  --_status-psychiatric-detention: var(--ahrca-status-psychiatric-detention, #ff9d9d);
  --_status-released: var(--ahrca-status-released, #8fdba5);
  --_status-released-under-supervision: var(--ahrca-status-released-under-supervision, #7fd6d6);
  --_status-in-exile: var(--ahrca-status-in-exile, #c9b6ff);
  --_status-disappeared: var(--ahrca-status-disappeared, #f0cf6a);
  --_status-died-in-custody: var(--ahrca-status-died-in-custody, #eceef2);
  --_status-unknown: var(--ahrca-status-unknown, #b3bac6);
`;

/** The portrait, name, other spellings, status badge and one-line summary, for the card and the list. */
const personLayout = css`
  :host {
    ${lightStatusTokens}
    --_portrait-size: var(--ahrca-portrait-size, 6em);
  }
  :host([theme='dark']) {
    ${darkStatusTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkStatusTokens}
    }
  }

  .portrait {
    position: relative;
    display: grid;
    flex: none;
    inline-size: var(--_portrait-size);
    block-size: var(--_portrait-size);
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .initials {
    place-self: center;
    font-size: calc(var(--_portrait-size) * 0.36);
    font-weight: 700;
    line-height: 1;
    color: var(--_muted);
    user-select: none;
  }
  .photo {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .photo[hidden] {
    display: none;
  }

  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .name a {
    color: inherit;
  }
  .spellings {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .status {
    --_status: var(--_status-unknown);
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.125em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_status);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.4;
    /* A status wraps between its words, never inside one. */
    overflow-wrap: normal;
  }
  .status-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  .status-confirmed {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .line {
    margin: 0;
    color: var(--_muted);
  }
  .duration {
    color: var(--_fg);
  }

  /* The loading skeleton's portrait and the lines beside it, in the card and in each tile (.bone
     in the widgets' own rules sets a line's height: the portrait's rule must win over it). */
  .skeleton .bone.portrait-bone {
    flex: none;
    inline-size: var(--_portrait-size);
    block-size: var(--_portrait-size);
  }
  .skeleton .bone-lines {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.5rem;
  }

  @media (forced-colors: active) {
    .status {
      border-color: CanvasText;
      color: CanvasText;
    }
    .initials {
      color: CanvasText;
    }
  }
`;

/**
 * Each status's pill in its colour: `.status-detained { --_status: var(--_status-detained) }` and
 * so on for every status the schema knows, written from that list (no data reaches this CSS).
 */
const statusColours = unsafeCSS(PRISONER_STATUSES.map((status) => `.status-${status}{--_status:var(--_status-${status})}`).join(''));

export const personStyles = [personLayout, statusColours];
