/**
 * An image from the data, drawn the one way the banner and the people widgets draw one: loaded
 * lazily, decoded off the main thread, requested without a referrer (its host need not learn
 * which page the reader is on), its alternative text marked with its language. What a broken
 * image leaves behind is the caller's: no image at all, or the initials under a portrait.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PickedText } from '../../core/i18n/localized.js';

export interface DataImageOptions {
  /** The `<img>`'s CSS part, also its class. */
  readonly part?: string;
  readonly onLoad?: (event: Event) => void;
}

/** `src` is absolute and allowed (from safeUrl), and may load now (mayLoadNow). */
export function dataImage(src: string, alt: PickedText, onError: (event: Event) => void, options: DataImageOptions = {}): TemplateResult {
  return html`<img
    part=${ifDefined(options.part)}
    class=${ifDefined(options.part)}
    src=${src}
    alt=${alt.text}
    lang=${ifDefined(alt.lang)}
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${onError}
    @load=${options.onLoad}
  />`;
}
