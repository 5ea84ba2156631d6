/**
 * The UI strings come in parts, one per widget (see src/core/i18n/messages.ts): this page starts
 * with a timeline only, as a partner's page would, and adds the other widgets later.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { AhrcaPrisonerCard } from '../../src/components/prisoner-card/prisoner-card.component.js';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.component.js';
import '../../src/components/timeline/timeline.js';
import { loadLanguage, translator, type MessageKey, type PluralKey, type StringsPart, type TextKey } from '../../src/core/i18n/index.js';
import { ORDINAL_KEYS } from '../../src/core/i18n/notes.js';

/** True when the page fetched a module whose path holds `path`. */
function requested(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.includes(path));
}

const OTHER_PARTS: StringsPart[] = ['durations', 'appeal', 'prisoner', 'prisoner-list'];

const containers: HTMLElement[] = [];
function place<E extends HTMLElement>(tag: string, attributes: Record<string, string>, properties: Partial<E> = {}): E {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  const container = document.createElement('div');
  container.append(el);
  document.body.append(container);
  containers.push(container);
  return el;
}

/** Every text the element's shadow root shows until `stop()`, first state included. */
function recordTexts(el: HTMLElement): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const record = () => texts.push(el.shadowRoot?.textContent ?? '');
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  record();
  return { texts, stop: () => observer.disconnect() };
}

const consoleErrors: string[] = [];
const originalConsoleError = console.error;
before(() => {
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    originalConsoleError(...args);
  };
});
after(() => {
  console.error = originalConsoleError;
  for (const container of containers.splice(0)) container.remove();
});

describe('UI strings by widget', () => {
  let timeline: AhrcaTimeline;

  it('a page with one timeline in Russian fetches the common strings and the timeline’s, nothing of the other widgets', async () => {
    timeline = place<AhrcaTimeline>('ahrca-timeline', { lang: 'ru', src: '/demo/data/timeline-andijan.json' });
    await oneEvent(timeline, 'ahrca-load');
    await timeline.updateComplete;
    const label = timeline.shadowRoot!.querySelector('label[for="search"]');
    expect(label?.textContent?.trim()).to.equal('Поиск');

    expect(requested('/strings/ru/common.'), 'ru common').to.equal(true);
    expect(requested('/strings/ru/timeline.'), 'ru timeline').to.equal(true);
    for (const part of OTHER_PARTS) {
      expect(requested(`/strings/ru/${part}.`), `ru ${part}`).to.equal(false);
      expect(requested(`/strings/en/${part}.`), `en ${part}`).to.equal(false);
    }
    expect(requested('/strings/kk/'), 'another language').to.equal(false);
  });

  it('a card added later fetches its strings in the languages already on the page, and shows no English meanwhile', async () => {
    // The data is at hand, so the card could render at once: only its strings can hold it back.
    const feed: unknown = await (await fetch('/demo/data/prisoners.json')).json();
    await import('../../src/components/prisoner-card/prisoner-card.js');
    const card = place<AhrcaPrisonerCard>('ahrca-prisoner-card', { lang: 'ru', person: 'example-namuna-odamov' }, { data: feed });
    const seen = recordTexts(card);
    await oneEvent(card, 'ahrca-load');
    await card.updateComplete;
    seen.stop();

    expect(card.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim()).to.equal('Арестован');
    const english = ['Detained', 'Arrested', 'Charges', 'Sentence', 'Place of detention', 'Loading'];
    for (const text of seen.texts) for (const word of english) expect(text, 'English shown while Russian was on its way').not.to.include(word);
    expect(requested('/strings/ru/prisoner.'), 'ru prisoner').to.equal(true);
    expect(requested('/strings/ru/durations.'), 'ru durations').to.equal(true);
    expect(requested('/strings/ru/prisoner-list.'), 'ru prisoner-list').to.equal(false);
    expect(requested('/strings/ru/appeal.'), 'ru appeal').to.equal(false);
    expect(timeline.shadowRoot!.querySelector('label[for="search"]')?.textContent?.trim(), 'the timeline kept its language').to.equal('Поиск');
  });

  it('gives every string of every widget in Russian once all four are on the page', async () => {
    await Promise.all([import('../../src/components/appeal-banner/appeal-banner.js'), import('../../src/components/prisoner-list/prisoner-list.js')]);
    const ru = await loadLanguage('ru');
    const en = translator('en');
    const parts: StringsPart[] = ['common', ...OTHER_PARTS, 'timeline'];
    for (const part of parts) {
      // The test server compiles a `.ts` asked for by name; the widgets asked for these as `.js`.
      const { strings } = (await import(`../../src/core/i18n/strings/ru/${part}.ts`)) as { strings: Record<string, unknown> };
      for (const [key, entry] of Object.entries(strings)) {
        if (typeof entry === 'string') expect(ru.t(key as TextKey), key).to.equal(entry);
        else if ('other' in (entry as object) && 'male' in (entry as object)) expect(ru.t(key as TextKey), key).to.equal((entry as { other: string }).other);
        else if (ORDINAL_KEYS.has(key as MessageKey))
          expect(ru.ordinal(key as PluralKey, 5), key).to.equal((entry as { other: string }).other.replace('{count}', '5'));
        else expect(ru.plural(key as PluralKey, 5, { shown: 2, goal: 9 }), key).not.to.equal(en.plural(key as PluralKey, 5, { shown: 2, goal: 9 }));
      }
    }
    expect(consoleErrors, 'console errors').to.deep.equal([]);
  });
});
