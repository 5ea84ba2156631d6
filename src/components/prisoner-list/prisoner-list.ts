import { defineElement } from '../../core/define.js';
import { AhrcaPrisonerList } from './prisoner-list.component.js';

export * from './prisoner-list.component.js';

defineElement('ahrca-prisoner-list', AhrcaPrisonerList);

declare global {
  interface HTMLElementTagNameMap {
    'ahrca-prisoner-list': AhrcaPrisonerList;
  }
}
