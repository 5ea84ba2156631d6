import { css } from 'lit';

/**
 * The theming contract shared by every widget. Public `--ahrca-*` custom properties are read
 * into private `--_*` ones with built-in fallbacks, so a widget looks right on a page without
 * any CSS of ours; `theme="dark"` and `theme="auto"` swap the fallbacks, not the public names.
 */
const lightTokens = css`
  --_bg: var(--ahrca-color-background, #ffffff);
  --_surface: var(--ahrca-color-surface, #f4f5f7);
  --_fg: var(--ahrca-color-text, #1b1d21);
  --_muted: var(--ahrca-color-muted, #4d5562);
  --_border: var(--ahrca-color-border, #c5cad3);
  --_accent: var(--ahrca-color-accent, #0b57a4);
  --_on-accent: var(--ahrca-color-on-accent, #ffffff);
  --_urgent: var(--ahrca-color-urgent, #a3161b);
  --_success: var(--ahrca-color-success, #1d6b35);
  --_focus: var(--ahrca-color-focus, #0b57a4);
  --_skeleton: var(--ahrca-color-skeleton, #e3e6eb);
  color-scheme: light;
`;

const darkTokens = css`
  --_bg: var(--ahrca-color-background, #16181d);
  --_surface: var(--ahrca-color-surface, #1f2229);
  --_fg: var(--ahrca-color-text, #eceef2);
  --_muted: var(--ahrca-color-muted, #b3bac6);
  --_border: var(--ahrca-color-border, #474d59);
  --_accent: var(--ahrca-color-accent, #8cc1ff);
  --_on-accent: var(--ahrca-color-on-accent, #0b1a2b);
  --_urgent: var(--ahrca-color-urgent, #ff9d9d);
  --_success: var(--ahrca-color-success, #8fdba5);
  --_focus: var(--ahrca-color-focus, #8cc1ff);
  --_skeleton: var(--ahrca-color-skeleton, #2c3039);
  color-scheme: dark;
`;

/**
 * What every widget shares. Comments stay out of the CSS text: they would ship to every reader.
 *
 * `:host > *`: the page's CSS reaches inside only through what the host inherits, and a page may
 * set anything on every element (`* { color: … !important }`, `html { font-size: 62.5% }`). So
 * the widget's top-level boxes set every inherited property that shapes its text themselves. The
 * default size is the reader's own (`medium`), not the page's root size; `--ahrca-font-size`
 * changes it.
 *
 * `.rich-text`: text from the data (markdown or sanitised HTML). Whatever its nesting or width,
 * it stays in the widget's box: wider content scrolls there instead of painting over the page.
 * The padding and the equal negative margin keep focus outlines of links at its edge unclipped.
 * Its first and last blocks lose their outer margins, and its images fit its width.
 *
 * `[part='skeleton']` and the `.skeleton` box in it: a page that reserves the widget's space
 * (`min-height` on the element, see README) sees the skeleton fill it, not a short one above a blank.
 */
/**
 * The declarations of an outlined button in the accent colour on the widget's background, for a
 * rule of its own that adds its size: the list's buttons, a held image's "Show image".
 */
export const outlinedButton = css`
  border: 2px solid var(--_accent);
  border-radius: var(--_radius);
  background: var(--_bg);
  color: var(--_accent);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
`;

export const baseStyles = css`
  :host {
    ${lightTokens}
    --_radius: var(--ahrca-radius, 0.5rem);
    --_space: var(--ahrca-space, 1rem);
    --_font: var(--ahrca-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    display: block;
    box-sizing: border-box;
  }
  :host > * {
    box-sizing: border-box;
    font: var(--ahrca-font-size, medium) / 1.5 var(--_font);
    color: var(--_fg);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    cursor: auto;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Each widget's own box, and its skeleton: a column in the widget's colours and corners, where
     a long word breaks anywhere rather than widen the host page. */
  [part='base'] {
    display: flex;
    flex-direction: column;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  /* A status line ("Link copied", the saved-copy note); while empty, still in the accessibility
     tree, or what it says next would not be announced. */
  .notice {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .visually-hidden,
  .notice:empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* A text column stops at a readable measure, however wide the page. */
  .rich-text {
    max-inline-size: 70ch;
    overflow-x: auto;
    padding: 5px;
    margin: -5px;
  }
  .rich-text > :first-child {
    margin-block-start: 0;
  }
  .rich-text > :last-child {
    margin-block-end: 0;
  }
  .rich-text img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .state {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .state p {
    margin: 0;
  }
  .state p + p {
    margin-block-start: 0.75rem;
  }
  .retry {
    ${outlinedButton}
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
  }
  .retry:hover {
    background: var(--_surface);
  }

  .state p {
    margin: 0;
  }
  .withdrawn {
    color: var(--_muted);
  }
  .error ::slotted(*) {
    margin-block-start: 0.5em;
  }
  [part='skeleton'],
  .skeleton {
    min-block-size: inherit;
  }
  .bone {
    display: block;
    border-radius: 0.25rem;
    background: var(--_skeleton);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: ahrca-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes ahrca-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (forced-colors: active) {
    .bone {
      background: GrayText;
    }
  }
`;
