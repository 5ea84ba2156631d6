/**
 * The npm entry: every widget class and the types of its data and events, with each tag
 * defined on import. Pages that only want the elements on demand load `ahrca-widgets.js`.
 */
import './components/appeal-banner/appeal-banner.js';
import './components/prisoner-card/prisoner-card.js';
import './components/prisoner-list/prisoner-list.js';
import './components/timeline/timeline.js';

export * from './components/appeal-banner/appeal-banner.component.js';
export * from './components/prisoner-card/prisoner-card.component.js';
export * from './components/prisoner-list/prisoner-list.component.js';
export * from './components/timeline/timeline.component.js';
export type { Theme } from './core/base-element.js';
export type { AhrcaActionDetail, AhrcaErrorDetail, AhrcaEventMap, AhrcaLoadDetail, LoadErrorReason } from './core/events.js';
export type { Appeal, AppealActionKind, AppealKind, AppealStatus } from './core/schema/appeal.js';
export type { GrammaticalGender } from './core/i18n/index.js';
export type { PrisonerAction } from './components/prisoner-card/prisoner-details.js';
export { PRISONER_STATUSES } from './core/schema/prisoner.js';
export type { ActivePerson, Person, PrisonerCardData, PrisonerFeed, PrisonerStatus, WithdrawalReason, WithdrawnPerson } from './core/schema/prisoner.js';
export type { MediaKind, TextFormat, Timeline, TimelineEra, TimelineEvent, TimelineMedia, TimelineSource } from './core/schema/timeline.js';
