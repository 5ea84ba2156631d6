/**
 * Compiled by `npm run typecheck`, never run: an app's listeners get typed events from the tags'
 * and the events' global maps, with nothing imported but a define file, as an app does.
 */
import '../../src/components/timeline/timeline.js';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.component.js';
import type { LoadErrorReason } from '../../src/core/events.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** `exactly<string>()(value)` compiles only when `value` is a string, not `any` nor a wider type. */
const exactly =
  <Expected>() =>
  <Actual>(value: Actual, ..._mismatch: Equal<Actual, Expected> extends true ? [] : [never]) =>
    value;

export function listenersAreTyped(element: HTMLElement) {
  const timeline = exactly<AhrcaTimeline>()(document.createElement('ahrca-timeline'));
  element.addEventListener('ahrca-load', (event) => {
    exactly<string>()(event.detail.source);
    exactly<boolean>()(event.detail.stale);
  });
  timeline.addEventListener('ahrca-error', (event) => {
    exactly<LoadErrorReason>()(event.detail.reason);
    exactly<number | undefined>()(event.detail.status);
  });
  document.querySelector('ahrca-appeal-banner')?.addEventListener('ahrca-action', (event) => {
    exactly<string>()(event.detail.action);
    // @ts-expect-error an action's detail has no `reason`
    void event.detail.reason;
  });
  // @ts-expect-error not one of our events: the map does not invent it
  element.addEventListener('ahrca-loaded', (event) => event.detail);
}
