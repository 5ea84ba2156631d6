import { defineElement } from '../../core/define.js';
import { AhrcaTimeline } from './timeline.component.js';

export * from './timeline.component.js';

defineElement('ahrca-timeline', AhrcaTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ahrca-timeline': AhrcaTimeline;
  }
}
