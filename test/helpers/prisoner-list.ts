/** Mounting and reading <ahrca-prisoner-list> in tests, shared by the list's test files. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { nothing } from 'lit';
import type { AhrcaPrisonerCard } from '../../src/components/prisoner-card/prisoner-card.js';
import type { AhrcaPrisonerList } from '../../src/components/prisoner-list/prisoner-list.js';
import '../../src/components/prisoner-list/prisoner-list.js';
import { PRISONER_STATUSES } from '../../src/core/schema/prisoner.js';
import { NOW, textOf, type Data } from './prisoner-card.js';

export const FEED_URL = '/demo/data/prisoners.json';
let serial = 0;
/** The demo feed under a URL of its own, so no copy kept by an earlier load is shown instead. */
export const feedUrl = (): string => `${FEED_URL}?list-test-${Date.now().toString(36)}-${(serial += 1)}`;

export interface ListOptions {
  src?: string;
  theme?: string;
  lang?: string;
  headingLevel?: string;
  style?: string;
}

export function mountList(data: unknown, options: ListOptions = {}): Promise<AhrcaPrisonerList> {
  return fixture<AhrcaPrisonerList>(
    html`<ahrca-prisoner-list
      .data=${data}
      .clock=${() => NOW}
      src=${options.src ?? nothing}
      theme=${options.theme ?? nothing}
      lang=${options.lang ?? nothing}
      heading-level=${options.headingLevel ?? nothing}
      style=${options.style ?? nothing}
    ></ahrca-prisoner-list>`,
  );
}

/** A list of the demo feed, read from its URL, once it shows the people. */
export async function mountDemoList(options: ListOptions = {}): Promise<AhrcaPrisonerList> {
  const el = await mountList(undefined, { src: feedUrl(), ...options });
  await waitUntil(() => tiles(el).length > 0, 'the demo feed did not load');
  return el;
}

export function $(el: HTMLElement, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function part(el: HTMLElement, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

export function parts(el: HTMLElement, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function tiles(el: AhrcaPrisonerList): HTMLAnchorElement[] {
  return parts(el, 'tile') as HTMLAnchorElement[];
}

/** The names on the tiles, in order. */
export function names(el: AhrcaPrisonerList): string[] {
  return tiles(el).map((tile) => textOf(tile.querySelector('[part~="name"]')));
}

export function tileOf(el: AhrcaPrisonerList, id: string): HTMLAnchorElement | undefined {
  return tiles(el).find((tile) => tile.getAttribute('href') === `#${id}`);
}

export function filterButton(el: AhrcaPrisonerList, label: string): HTMLButtonElement {
  const button = parts(el, 'filter').find((candidate) => textOf(candidate).startsWith(`${label} `));
  if (!button) throw new Error(`no filter button "${label}"`);
  return button as HTMLButtonElement;
}

export function dialogOf(el: AhrcaPrisonerList): HTMLDialogElement {
  return part(el, 'dialog') as HTMLDialogElement;
}

/**
 * Waits until the dialog has closed and the list has handled it: the address and the focus follow.
 * Closing over 1,500 tiles takes Firefox over a second on a busy machine.
 */
export async function closed(el: AhrcaPrisonerList): Promise<void> {
  await waitUntil(() => !dialogOf(el).open && dialogOf(el).querySelector('ahrca-prisoner-card') === null, 'the dialog did not close', { timeout: 5000 });
  await el.updateComplete;
}

/** The card in the open dialog, once its code has arrived and it shows the person. */
export async function openCard(el: AhrcaPrisonerList): Promise<AhrcaPrisonerCard> {
  await waitUntil(() => dialogOf(el)?.open, 'the dialog did not open', { timeout: 5000 });
  const card = dialogOf(el).querySelector('ahrca-prisoner-card')!;
  await customElements.whenDefined('ahrca-prisoner-card');
  await card.updateComplete;
  return card;
}

/** Types into the search field as a reader does, one input event per character. */
export async function typeSearch(el: AhrcaPrisonerList, text: string): Promise<void> {
  const input = part(el, 'search') as HTMLInputElement;
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  for (const character of text) {
    input.value += character;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

/** What the live region says once the reader has paused. */
export async function announcement(el: AhrcaPrisonerList, expected: string): Promise<string> {
  const region = part(el, 'count')!;
  await waitUntil(() => textOf(region) === expected, `the count never said "${expected}" (it says "${textOf(region)}")`, { timeout: 3000 });
  return textOf(region);
}

/** `count` people named "Person N" / "Человек N", the statuses in turn. */
export function manyPeople(count: number): Data[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `person-${index}`,
    name: { en: `Person ${index}`, ru: `Человек ${index}` },
    status: PRISONER_STATUSES[index % PRISONER_STATUSES.length],
    occupation: 'Journalist',
    arrested: '2016-09-20',
  }));
}
