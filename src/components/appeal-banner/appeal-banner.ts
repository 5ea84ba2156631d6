import { defineElement } from '../../core/define.js';
import { AhrcaAppealBanner } from './appeal-banner.component.js';

export * from './appeal-banner.component.js';

defineElement('ahrca-appeal-banner', AhrcaAppealBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ahrca-appeal-banner': AhrcaAppealBanner;
  }
}
