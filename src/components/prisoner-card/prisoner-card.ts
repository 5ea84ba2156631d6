import { defineElement } from '../../core/define.js';
import { AhrcaPrisonerCard } from './prisoner-card.component.js';

export * from './prisoner-card.component.js';

defineElement('ahrca-prisoner-card', AhrcaPrisonerCard);

declare global {
  interface HTMLElementTagNameMap {
    'ahrca-prisoner-card': AhrcaPrisonerCard;
  }
}
