import { defineElement } from '../../core/define.js';
// The list opens a person in <ahrca-prisoner-card>: defining the list defines the card, so opening
// needs no download (the reader may be offline by then) and the two share one copy of their pieces.
import '../prisoner-card/prisoner-card.js';
import { AhrcaPrisonerList } from './prisoner-list.component.js';

export * from './prisoner-list.component.js';

defineElement('ahrca-prisoner-list', AhrcaPrisonerList);

declare global {
  interface HTMLElementTagNameMap {
    'ahrca-prisoner-list': AhrcaPrisonerList;
  }
}
