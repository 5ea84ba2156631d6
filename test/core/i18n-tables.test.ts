import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { AhrcaAppealBanner } from '../../src/components/appeal-banner/appeal-banner.component.js';
import '../../src/components/appeal-banner/appeal-banner.js';
import { ORDINAL_KEYS } from '../../src/core/i18n/notes.js';
import {
  isLanguageLoaded,
  loadLanguage,
  translator,
  UI_LANGUAGES,
  uiLanguage,
  type MessageKey,
  type StringsPart,
  type UiLanguage,
} from '../../src/core/i18n/index.js';

type Entry = string | Readonly<Partial<Record<string, string>>>;

/** The modules a page fetched so far, by path. */
function requested(module: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.includes(module));
}

/** Runs of ordinary white space collapsed; no-break spaces are kept, they are part of the language. */
const squash = (text: string | null | undefined) => (text ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');

function part(el: AhrcaAppealBanner, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The text a sighted reader sees in a part, without the visually hidden "(opens in a new tab)". */
function shown(el: AhrcaAppealBanner, name: string): string {
  const clone = part(el, name)?.cloneNode(true) as HTMLElement | undefined;
  for (const hidden of clone?.querySelectorAll('.visually-hidden') ?? []) hidden.remove();
  return squash(clone?.textContent);
}

let sampleAppeal: unknown;
const containers: HTMLElement[] = [];

/** Puts banners for the sample appeal on the page, without waiting for them. */
function place(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markup;
  for (const el of container.querySelectorAll<AhrcaAppealBanner>('ahrca-appeal-banner')) el.data = sampleAppeal;
  document.body.append(container);
  containers.push(container);
  return container;
}

function bannersIn(container: HTMLElement): AhrcaAppealBanner[] {
  return [...container.querySelectorAll<AhrcaAppealBanner>('ahrca-appeal-banner')];
}

before(async () => {
  sampleAppeal = await (await fetch('/demo/data/appeal-andijan-investigation.json')).json();
});

const pageLang = document.documentElement.getAttribute('lang');
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
  if (pageLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', pageLang);
});

// First, while no element on this page has spoken Kazakh, Kyrgyz or Tajik.
describe('lazy UI tables', () => {
  it('fetches no table but English until an element speaks its language', async () => {
    expect(requested('/strings/kk/'), 'kk before').to.equal(false);
    expect(requested('/strings/ru/'), 'ru before').to.equal(false);
    expect(requested('/strings/en/common.'), 'en is bundled').to.equal(true);
    const kk = await loadLanguage('kk');
    expect(kk.lang).to.equal('kk');
    expect(requested('/strings/kk/common.'), 'kk after').to.equal(true);
    expect(requested('/strings/ru/'), 'ru after').to.equal(false);
  });

  it('fetches only the parts of the widgets on the page: a banner’s page no timeline or prisoner strings', async () => {
    await loadLanguage('kk');
    expect(requested('/strings/kk/appeal.'), 'the banner’s').to.equal(true);
    expect(requested('/strings/kk/durations.'), 'its time left').to.equal(true);
    for (const part of ['timeline', 'prisoner', 'prisoner-list']) {
      expect(requested(`/strings/kk/${part}.`), part).to.equal(false);
      expect(requested(`/strings/en/${part}.`), `English ${part}`).to.equal(false);
    }
  });

  it('speaks English synchronously while a table is on its way, then the language', async () => {
    expect(isLanguageLoaded('ky-KG')).to.equal(false);
    expect(translator('ky').lang).to.equal('en');
    const loading = loadLanguage('ky-KG');
    expect(loadLanguage('ky')).to.equal(loading);
    expect((await loading).t('appeal.action.sign')).to.equal('Кол коюу');
    expect(isLanguageLoaded('ky')).to.equal(true);
    expect(translator('ky').lang).to.equal('ky');
  });

  it('resolves English at once for a language without a table', async () => {
    expect(isLanguageLoaded('de')).to.equal(true);
    expect((await loadLanguage('de')).lang).to.equal('en');
  });

  it('never shows English before a banner’s own table arrives', async () => {
    expect(isLanguageLoaded('tg'), 'tg must be fresh for this test').to.equal(false);
    const el = document.createElement('ahrca-appeal-banner');
    el.lang = 'tg';
    el.data = sampleAppeal;
    const seen: string[] = [];
    const record = () => seen.push(shown(el, 'action-sign'), shown(el, 'kind'));
    const container = document.createElement('div');
    containers.push(container);
    container.append(el);
    document.body.append(container);
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await el.updateComplete;
    record();
    observer.disconnect();
    expect(seen.filter(Boolean)).to.include('Имзо гузоштан');
    expect(seen).not.to.include('Sign');
    expect(seen).not.to.include('Appeal');
    expect(shown(el, 'kind')).to.equal('Муроҷиат');
  });
});

/** Every part, as the type knows them: a part added to messages.ts and not here fails to compile. */
const PARTS = ['common', 'durations', 'appeal', 'prisoner', 'prisoner-list', 'timeline', 'early-dates', 'sheets'] as const satisfies readonly StringsPart[];
const everyPart: Exclude<StringsPart, (typeof PARTS)[number]> extends never ? true : never = true;

/** A part's table in one language, as its folder spells it (the test server compiles `.ts` asked for by name). */
const importPart = (folder: string, part: StringsPart): Promise<Record<string, Entry>> =>
  import(`../../src/core/i18n/strings/${folder}/${part}.ts`).then((module: { strings: Record<string, Entry> }) => module.strings);

/** All of a language's parts: each part's keys, and the table they make together. */
async function loadTable(folder: string): Promise<{ keysByPart: Map<StringsPart, string[]>; table: Record<string, Entry> }> {
  const tables = await Promise.all(PARTS.map((part) => importPart(folder, part)));
  return {
    keysByPart: new Map(PARTS.map((part, index) => [part, Object.keys(tables[index]!).sort()])),
    table: Object.assign({}, ...tables) as Record<string, Entry>,
  };
}

const FOLDERS: Record<Exclude<UiLanguage, 'en'>, string> = {
  ru: 'ru',
  'uz-Latn': 'uz-latn',
  'uz-Cyrl': 'uz-cyrl',
  kk: 'kk',
  ky: 'ky',
  tg: 'tg',
  tk: 'tk',
  fr: 'fr',
  kaa: 'kaa',
  'kaa-Cyrl': 'kaa-cyrl',
};

/** A year may be written as an ordinal where the language needs it ("1978-nji ýylda"): `{yearOrdinal}` stands for `{year}`. */
const paramsOf = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => (match[1] === 'yearOrdinal' ? 'year' : match[1]!)));

const formsOf = (entry: Entry): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry).filter((form) => form !== undefined));

describe('UI tables', () => {
  let english: Awaited<ReturnType<typeof loadTable>>;
  let en: Record<string, Entry>;
  before(async () => {
    english = await loadTable('en');
    en = english.table;
  });

  it('lists the languages as Intl spells them', () => {
    expect(UI_LANGUAGES).to.deep.equal(['en', 'ru', 'uz-Latn', 'uz-Cyrl', 'kk', 'ky', 'tg', 'tk', 'fr', 'kaa', 'kaa-Cyrl']);
    for (const tag of UI_LANGUAGES) expect(Intl.getCanonicalLocales(tag)[0], tag).to.equal(tag);
  });

  it('gives every English key to exactly one part', () => {
    expect(everyPart).to.equal(true);
    const keys = [...english.keysByPart.values()].flat();
    expect(keys.length, 'a key in two parts').to.equal(new Set(keys).size);
    expect(keys.length).to.be.greaterThan(100);
  });

  for (const [lang, folder] of Object.entries(FOLDERS) as [Exclude<UiLanguage, 'en'>, string][]) {
    describe(lang, () => {
      let table: Record<string, Entry>;
      let keysByPart: Map<StringsPart, string[]>;
      before(async () => {
        ({ table, keysByPart } = await loadTable(folder));
      });

      it('has in each part every key of the English part and no other', () => {
        // Named key by key, so that a key added to English on another branch says which table lacks it.
        for (const part of PARTS) {
          const own = new Set(keysByPart.get(part));
          const reference = new Set(english.keysByPart.get(part));
          const missing = [...reference].filter((key) => !own.has(key));
          const unknown = [...own].filter((key) => !reference.has(key));
          expect({ missing, unknown }, `${lang} ${part}: keys missing from src/core/i18n/strings/${FOLDERS[lang]}/${part}.ts, or not in English`).to.deep.equal(
            {
              missing: [],
              unknown: [],
            },
          );
        }
      });

      it('has no empty string', () => {
        for (const [key, entry] of Object.entries(table)) {
          // The digit group separator may be a no-break space; anything else must have a visible character.
          for (const form of formsOf(entry)) expect(key === 'number.group' ? form : form.trim(), key).not.to.equal('');
        }
      });

      it('has every plural form the browser asks for in this language', () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [key, english] of Object.entries(en)) {
          if (typeof english === 'string') {
            const entry = table[key];
            // A text may agree with a person's gender: then all three forms, and nothing else.
            if (typeof entry !== 'string') expect(Object.keys(entry ?? {}).sort(), key).to.deep.equal(['female', 'male', 'other']);
            continue;
          }
          const entry = table[key];
          expect(entry, key).to.be.an('object');
          if (ORDINAL_KEYS.has(key as MessageKey)) {
            expect((entry as Record<string, string>).other, `${key}.other`).to.be.a('string');
            continue;
          }
          for (const category of categories) expect((entry as Record<string, string>)[category], `${key}.${category}`).to.be.a('string');
        }
      });

      it('keeps every {parameter} of the English text, and invents none', () => {
        for (const [key, english] of Object.entries(en) as [string, Entry][]) {
          const expected = new Set(formsOf(english).flatMap((form) => [...paramsOf(form)]));
          for (const form of formsOf(table[key]!)) {
            expect([...paramsOf(form)].sort(), `${key}: ${form}`).to.deep.equal([...expected].sort());
          }
        }
      });
    });
  }

  it('writes Uzbek oʻ and gʻ with U+02BB, never with an apostrophe or a quotation mark', async () => {
    const texts = Object.values((await loadTable('uz-latn')).table).flatMap(formsOf);
    const wrong = texts.filter((text) => /['‘’`]/.test(text));
    expect(wrong).to.deep.equal([]);
    expect(texts.join(' ')).to.match(/[og]\u02bb/);
  });
});

describe('uiLanguage', () => {
  const cases: [string, UiLanguage][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ru-RU', 'ru'],
    ['uz', 'uz-Latn'],
    ['uz-UZ', 'uz-Latn'],
    ['uz-Latn', 'uz-Latn'],
    ['uz-latn-uz', 'uz-Latn'],
    ['uz-Cyrl', 'uz-Cyrl'],
    ['uz-Cyrl-UZ', 'uz-Cyrl'],
    ['UZ-CYRL', 'uz-Cyrl'],
    ['kk-KZ', 'kk'],
    ['ky-KG', 'ky'],
    ['tg-TJ', 'tg'],
    ['tk-TM', 'tk'],
    ['fr-CA', 'fr'],
    ['kaa', 'kaa'],
    ['kaa-UZ', 'kaa'],
    ['kaa-Cyrl', 'kaa-Cyrl'],
    ['kaa-Latn-UZ', 'kaa'],
    ['kk-Latn', 'ru'],
    ['de', 'en'],
    ['', 'en'],
  ];
  for (const [lang, expected] of cases) {
    it(`${JSON.stringify(lang)} → ${expected}`, () => {
      expect(uiLanguage(lang)).to.equal(expected);
    });
  }
});

describe('banners in several languages', () => {
  it('keeps a Kazakh and a French banner side by side, each in its own language', async () => {
    const container = place(`<div lang="kk"><ahrca-appeal-banner></ahrca-appeal-banner></div>
      <ahrca-appeal-banner lang="fr"></ahrca-appeal-banner>`);
    const [kazakh, french] = bannersIn(container);
    await Promise.all([kazakh!.updateComplete, french!.updateComplete]);
    expect(squash(part(kazakh!, 'kind')?.textContent)).to.equal('Үндеу');
    expect(shown(kazakh!, 'action-sign')).to.equal('Қол қою');
    expect(squash(kazakh!.shadowRoot!.querySelector('#signatures-label')?.textContent)).to.equal('1\u00a0834 қол, мақсат — 5\u00a0000');
    expect(squash(part(french!, 'kind')?.textContent)).to.equal('Appel');
    expect(shown(french!, 'action-sign')).to.equal('Signer');
    expect(squash(french!.shadowRoot!.querySelector('#signatures-label')?.textContent)).to.equal('1\u202f834 signatures sur 5\u202f000');
  });

  it('says when it is shown in its language with ahrca-load, not before', async () => {
    expect(isLanguageLoaded('tk'), 'tk must be fresh for this test').to.equal(false);
    const container = place('<ahrca-appeal-banner lang="tk"></ahrca-appeal-banner>');
    const [el] = bannersIn(container);
    const kindOnLoad = await new Promise<string>((resolve) => {
      el!.addEventListener('ahrca-load', () => resolve(squash(part(el!, 'kind')?.textContent)), { once: true });
    });
    expect(kindOnLoad).to.equal('Ýüzlenme');
  });

  it('re-renders when its own lang changes', async () => {
    const [el] = bannersIn(place('<ahrca-appeal-banner lang="kk"></ahrca-appeal-banner>'));
    await el!.updateComplete;
    el!.lang = 'uz-Cyrl';
    await el!.updateComplete;
    expect(squash(part(el!, 'kind')?.textContent)).to.equal('Мурожаат');
    el!.setAttribute('lang', 'uz');
    await el!.updateComplete;
    expect(squash(part(el!, 'kind')?.textContent)).to.equal('Murojaat');
  });

  it('follows a lang change on an ancestor and on <html>', async () => {
    const container = place('<section lang="kk"><ahrca-appeal-banner></ahrca-appeal-banner></section><ahrca-appeal-banner></ahrca-appeal-banner>');
    const [inSection, onPage] = bannersIn(container);
    await Promise.all([inSection!.updateComplete, onPage!.updateComplete]);
    expect(squash(part(onPage!, 'kind')?.textContent)).to.equal('Appeal');
    container.querySelector('section')!.setAttribute('lang', 'fr');
    await waitUntil(() => squash(part(inSection!, 'kind')?.textContent) === 'Appel', 'the banner kept the old language');
    document.documentElement.setAttribute('lang', 'ky');
    await waitUntil(() => squash(part(onPage!, 'kind')?.textContent) === 'Кайрылуу', 'the banner ignored <html lang>');
    expect(squash(part(inSection!, 'kind')?.textContent)).to.equal('Appel');
  });
});
