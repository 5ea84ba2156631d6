/**
 * The npm entry: every widget class and the types of its data and events, with each tag
 * defined on import. Pages that only want the elements on demand load `ahrca-widgets.js`.
 */
import './components/appeal-banner/appeal-banner.js';

export * from './components/appeal-banner/appeal-banner.component.js';
export type { Theme } from './core/base-element.js';
export type { AhrcaActionDetail, AhrcaErrorDetail, AhrcaEventMap, AhrcaLoadDetail, LoadErrorReason } from './core/events.js';
export type { Appeal, AppealActionKind, AppealKind, AppealStatus } from './core/schema/appeal.js';
