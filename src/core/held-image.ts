/**
 * What stands in for an image that `media-on-request` holds (./media-on-request.ts), in a widget's
 * own fields and in its texts: the alt text, a "Show image" button and the host the image would
 * load from. The button's description repeats both, so a screen reader that tabs to it hears which
 * image and which host. After the click the image is drawn in the placeholder's place and takes
 * the focus. Downloaded, with its styles, only for a widget with `media-on-request`, which waits
 * for it before its ready state.
 */
import { css, html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from './i18n/index.js';
import type { PickedText } from './i18n/localized.js';
import { outlinedButton } from './styles.js';
import { askFor } from './media-on-request.js';

/**
 * Where the placeholder sits: in a line of text (the default), in place of a figure's image (a
 * box, centred), or in a portrait's box, which the button fills: the alt text and the host are
 * then for screen readers only.
 */
export type HeldLook = 'text' | 'figure' | 'portrait';

const heldImageStyles = css`
  .held {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .held-alt {
    color: var(--_fg);
  }
  .show-image {
    padding: 0.25em 0.75em;
    ${outlinedButton}
  }
  .held-figure {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: 10rem;
    text-align: center;
  }
  .held-portrait {
    position: absolute;
    inset: 0;
    padding: 0;
    border: 0;
    font-size: 0.6875em;
  }
  .held-portrait .show-image {
    inline-size: 100%;
    block-size: 100%;
    padding: 0.25em;
    line-height: 1.2;
  }
`;

/** Adds the placeholders' styles to a widget's shadow root, once. */
export function styleHeldImages(root: ShadowRoot): void {
  const sheet = heldImageStyles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * What draws the image once the reader asks: the widget, whose templates now show it (Lit calls a
 * listener with the element that rendered it as `this`), or the stand-in of an image in a text.
 */
interface ImageDrawer {
  requestUpdate(): void;
  readonly updateComplete: Promise<unknown>;
}

/** `id` must be unique in the shadow root; the placeholder's parts take it as a prefix. */
export function renderHeldImage(url: string, alt: PickedText, tr: Translator, id: string, look: HeldLook = 'text'): TemplateResult {
  const quiet = look === 'portrait' ? 'visually-hidden' : '';
  const describedBy = alt.text ? `${id}-alt ${id}-from` : `${id}-from`;
  return html`<span class="held held-${look}"
    >${alt.text ? html`<span class="held-alt ${quiet}" id="${id}-alt" lang=${ifDefined(alt.lang)}>${alt.text}</span> ` : nothing}<button
      part="show-image"
      class="show-image"
      type="button"
      value=${url}
      aria-describedby=${describedBy}
      @click=${showHeldImage}
    >
      ${tr.t('image.show')}
    </button>
    <span class="held-from ${quiet}" id="${id}-from">${tr.t('image.from', { host: new URL(url).hostname })}</span></span
  >`;
}

async function showHeldImage(this: ImageDrawer, event: Event): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const place = button.parentElement!.parentElement!;
  askFor(button.value);
  this.requestUpdate();
  await this.updateComplete;
  // The button is gone: the focus goes to what it stood for, not to the top of the page.
  const image = place.querySelector('img');
  if (!image) return;
  image.tabIndex = -1;
  image.focus();
}

let heldInTexts = 0;

/**
 * For the markdown engine: an image from another origin in a text, replaced by the placeholder in
 * a stand-in of its own, which takes the image back after the click.
 */
export function holdInText(image: Element, src: string, tr: Translator): void {
  const place = image.ownerDocument.createElement('span');
  const drawer: ImageDrawer = { requestUpdate: () => place.replaceChildren(image), updateComplete: Promise.resolve() };
  render(renderHeldImage(src, { text: image.getAttribute('alt') ?? '' }, tr, `held-image-${(heldInTexts += 1)}`), place, { host: drawer });
  image.replaceWith(place);
}
