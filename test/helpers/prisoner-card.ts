/** Mounting and reading <ahrca-prisoner-card> in tests, shared by the card's test files. */
import { fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import type { AhrcaPrisonerCard } from '../../src/components/prisoner-card/prisoner-card.js';
import '../../src/components/prisoner-card/prisoner-card.js';

export type Data = Record<string, unknown>;

/** Noon on 2 April 2026 where the tests run: the card's clock in every test that does not set its own. */
export const NOW = new Date(2026, 3, 2, 12).getTime();
export const PROFILE_URL = 'https://example.org/ahrca/prisoners/example-namuna-odamov';
export const WRITE_URL = 'https://example.org/ahrca/how-to-write';
export const APPEAL_URL = 'https://example.org/ahrca/andijan-appeal';
export const RECOGNITION_URL = 'https://example.org/ahrca/statements/example';
export const SOURCE_URL = 'https://example.org/documents/example-verdict';
export const PHOTO_PATH = '/demo/data/photos/example-1.svg';

/** A fictional person with every field the format has. */
export function fullPerson(overrides: Data = {}): Data {
  return {
    id: 'example-namuna-odamov',
    name: { 'uz-Latn': 'Namuna Odamov', 'uz-Cyrl': 'Намуна Одамов', ru: 'Намуна Одамов', en: 'Namuna Odamov' },
    aliases: ['Namouna Odamov'],
    gender: 'male',
    photo: { url: PHOTO_PATH, alt: { en: 'Placeholder portrait', ru: 'Условный портрет' }, consent: true, credit: 'Placeholder image' },
    birthYear: 1978,
    occupation: { en: 'Schoolteacher', ru: 'Учитель' },
    region: { en: 'Andijan region', ru: 'Андижанская область' },
    status: 'detained',
    statusConfirmed: '2026-03-15',
    arrested: '2016-09-20',
    charges: [
      {
        article: '159(4)',
        code: 'Criminal Code of Uzbekistan',
        label: { en: 'Attempt to overthrow the constitutional order', ru: 'Посягательство на конституционный строй' },
      },
      { article: '244-2' },
    ],
    sentence: {
      term: { en: '12 years in a strict-regime colony', ru: '12 лет колонии строгого режима' },
      court: 'Andijan Regional Criminal Court',
      verdict: '2017-03-02',
      start: '2016-09-20',
      end: '2031-09-20',
      additions: [{ term: '3 years', date: '2019-06-14', article: '221', label: 'Disobeying the prison administration' }],
    },
    place: { name: 'Penal colony No. 00/00', address: 'Example region\nExample town, PO box 00/00', since: '2018-01' },
    letters: {
      accepted: true,
      recipient: 'Odamov Namuna, born 1978',
      language: { en: 'Russian or Uzbek', ru: 'русский или узбекский' },
      tips: 'Write about everyday things. **Do not mention the case.**',
      url: WRITE_URL,
    },
    summary: 'A schoolteacher who supported the demand for an **international investigation**.\n\nHis family was not told where he was held.',
    health: 'Needs treatment for a *heart condition*.',
    recognition: [{ by: 'Association for Human Rights in Central Asia', date: '2017-05', url: RECOGNITION_URL }],
    appeals: [{ name: 'For an international investigation of the Andijan events', url: APPEAL_URL }],
    sources: [{ title: 'Verdict of 2 March 2017', url: SOURCE_URL, publisher: 'AHRCA', date: '2017-03-10' }, { title: 'Interview with the family' }],
    url: PROFILE_URL,
    updated: '2026-03-20',
    ...overrides,
  };
}

export interface CardOptions {
  layout?: string;
  person?: string;
  theme?: string;
  lang?: string;
  headingLevel?: string;
  clock?: () => number;
  style?: string;
}

export function mountCard(data: unknown, options: CardOptions = {}): Promise<AhrcaPrisonerCard> {
  return fixture<AhrcaPrisonerCard>(
    html`<ahrca-prisoner-card
      .data=${data}
      .clock=${options.clock ?? (() => NOW)}
      layout=${options.layout ?? nothing}
      person=${options.person ?? nothing}
      theme=${options.theme ?? nothing}
      lang=${options.lang ?? nothing}
      heading-level=${options.headingLevel ?? nothing}
      style=${options.style ?? nothing}
    ></ahrca-prisoner-card>`,
  );
}

export function $(el: AhrcaPrisonerCard, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: AhrcaPrisonerCard, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function part(el: AhrcaPrisonerCard, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

/** Runs of ordinary white space collapsed; no-break spaces are kept, they are part of the language. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

export function textOf(node: Node | null | undefined): string {
  return squash(node?.textContent);
}

/** What a sighted reader sees in a node: its text without the visually hidden parts. */
export function shown(node: Element | null | undefined): string {
  const clone = node?.cloneNode(true) as Element | undefined;
  for (const hidden of clone?.querySelectorAll('.visually-hidden') ?? []) hidden.remove();
  return squash(clone?.textContent);
}

/** An element as a short string for assertions (a failing expect(element) serialises the whole page). */
export function markupOf(node: Element | null | undefined): string | null {
  return node ? node.outerHTML.slice(0, 300) : null;
}

/** The label and value of each fact, in order. */
export function factsOf(el: AhrcaPrisonerCard): [string, string][] {
  return $$(el, '[part~="fact"]').map((fact) => [shown(fact.querySelector('dt')), shown(fact.querySelector('dd'))]);
}
