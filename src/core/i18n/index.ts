import type { MessageKey, MessageTable, PartTable, PluralKey, StringsPart, TextKey } from './messages.js';
import { fallbackChain } from './localized.js';
import { pluralSelector } from './plural-rules.js';
import { strings as commonEnglish } from './strings/en/common.js';

export type { GenderedText, MessageKey, MessageTable, PartTable, PluralKey, StringsPart, TextKey } from './messages.js';

/** The grammatical gender of the person a text is about, where the data gives it; used for agreement only. */
export type GrammaticalGender = 'female' | 'male';

/**
 * The UI languages with a full string table, as `Intl` spells them. Karakalpak (`kaa`, in the
 * Latin alphabet official since 2016, and `kaa-Cyrl`) awaits a native speaker's review, as do
 * tg, tk, kk and ky (docs/translating.md).
 */
export const UI_LANGUAGES = ['en', 'ru', 'uz-Latn', 'uz-Cyrl', 'kk', 'ky', 'tg', 'tk', 'fr', 'kaa', 'kaa-Cyrl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
type OtherLanguage = Exclude<UiLanguage, 'en'>;

/** Where one part of the strings is in each language but English, which is bundled with its users. */
export type PartImporters<P extends StringsPart> = Readonly<Record<OtherLanguage, () => Promise<{ readonly strings: PartTable<P> }>>>;

/** Lower-case tags from `fallbackChain` to the table for them; plain Uzbek is read in Latin script. */
const BY_LOWER_TAG = new Map<string, UiLanguage>([...UI_LANGUAGES.map((tag) => [tag.toLowerCase(), tag] as const), ['uz', 'uz-Latn']]);

/** The script each table is written in, to keep a reader who asked for another script of the same language off it. */
const SCRIPT_OF: Readonly<Record<UiLanguage, string>> = {
  en: 'latn',
  ru: 'cyrl',
  'uz-Latn': 'latn',
  'uz-Cyrl': 'cyrl',
  kk: 'cyrl',
  ky: 'cyrl',
  tg: 'cyrl',
  tk: 'latn',
  fr: 'latn',
  kaa: 'latn',
  'kaa-Cyrl': 'cyrl',
};

type Entry = MessageTable[MessageKey];

/**
 * The parts on this page, each with where it is in the other languages: the common part, and
 * the part of every widget whose modules have run. A language is fetched only when an element on
 * the page speaks it, and then only these parts: a page in Russian with one timeline never
 * downloads Kazakh, nor the Russian strings of the prisoner card.
 */
const parts = new Map<StringsPart, PartImporters<StringsPart>>([
  [
    'common',
    {
      ru: () => import('./strings/ru/common.js'),
      'uz-Latn': () => import('./strings/uz-latn/common.js'),
      'uz-Cyrl': () => import('./strings/uz-cyrl/common.js'),
      kk: () => import('./strings/kk/common.js'),
      ky: () => import('./strings/ky/common.js'),
      tg: () => import('./strings/tg/common.js'),
      tk: () => import('./strings/tk/common.js'),
      fr: () => import('./strings/fr/common.js'),
      kaa: () => import('./strings/kaa/common.js'),
      'kaa-Cyrl': () => import('./strings/kaa-cyrl/common.js'),
    },
  ],
]);
/** The entries of every part that has arrived, by language. */
const tables = new Map<UiLanguage, Partial<Record<MessageKey, Entry>>>([['en', { ...commonEnglish }]]);
const english = tables.get('en')!;
/** Languages whose common part arrived: only they get a translator of their own, the others speak English. */
const usable = new Set<UiLanguage>(['en']);
/** Every part asked for in a language, by `${lang} ${part}`; it settles whether the part came or not. */
const partLoads = new Map<string, Promise<void>>();
const settledParts = new Map<OtherLanguage, Set<StringsPart>>();
/** Each language's load, with the number of parts it covers: a widget registered later needs a new one. */
const languageLoads = new Map<OtherLanguage, { readonly parts: number; readonly loading: Promise<Translator> }>();

/**
 * Adds a part of the strings, from the module that looks its keys up: its English entries at
 * once, the other languages when an element speaks them. Languages already on the page fetch it
 * now: until it is here `isLanguageLoaded` is false for them, so the elements of the widget that
 * brought it show their skeleton, not English.
 */
export function registerStrings<P extends StringsPart>(part: P, englishPart: PartTable<P>, importers: PartImporters<P>): void {
  if (parts.has(part)) return;
  Object.assign(english, englishPart);
  parts.set(part, importers as unknown as PartImporters<StringsPart>);
  for (const lang of languageLoads.keys()) void loadPart(lang, part);
}

function loadPart(lang: OtherLanguage, part: StringsPart): Promise<void> {
  const key = `${lang} ${part}`;
  let loading = partLoads.get(key);
  if (!loading) {
    const importPart = parts.get(part)![lang];
    loading = importPart()
      .then(
        (module) => {
          let table = tables.get(lang);
          if (!table) tables.set(lang, (table = {}));
          Object.assign(table, module.strings);
          if (part === 'common') usable.add(lang);
        },
        (error: unknown) => {
          const instead = part === 'common' ? 'showing English instead' : 'showing these strings in English';
          console.error(`[ahrca-widgets] could not load the ${lang} UI strings (${part}); ${instead}:`, error);
        },
      )
      .then(() => {
        let settled = settledParts.get(lang);
        if (!settled) settledParts.set(lang, (settled = new Set()));
        settled.add(part);
      });
    partLoads.set(key, loading);
  }
  return loading;
}

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else the browser's. An HTML element's `lang` is
 * read as a property, so that a widget's `el.lang = 'kk'` counts before Lit reflects it.
 * `lang=""` says the language is unknown (HTML): the search stops there, and the element speaks as
 * if no ancestor had a `lang`, in the browser's language.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node instanceof HTMLElement ? node.lang : node.getAttribute('lang');
      if (lang) return lang;
      if (node.getAttribute('lang') === '') break;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return navigator.language || 'en';
}

/**
 * The closest language with a UI table, along the same chain as content (`fallbackChain`), in
 * the case `Intl` expects: `ru-RU` → `ru`, `uz` and `uz-UZ` → `uz-Latn`, `uz-cyrl-uz` → `uz-Cyrl`,
 * anything unknown → `en`. A tag that names a script never gets a table of the same language in
 * another script: `kk-Latn` skips the Cyrillic Kazakh table and goes on to Russian, the language
 * Kazakh readers are sent to next for content too (docs/translating.md says why).
 */
export function uiLanguage(lang: string): UiLanguage {
  const script = lang
    .toLowerCase()
    .split('-')
    .find((subtag) => /^[a-z]{4}$/.test(subtag));
  const language = lang.split('-')[0]!.toLowerCase();
  for (const tag of fallbackChain(lang)) {
    const found = BY_LOWER_TAG.get(tag);
    if (!found) continue;
    if (script && found.split('-')[0]!.toLowerCase() === language && SCRIPT_OF[found] !== script) continue;
    return found;
  }
  return 'en';
}

/**
 * True when every part of the strings on this page has arrived in `lang` (or failed to, so
 * English stands in): `translator(lang)` is final.
 */
export function isLanguageLoaded(lang: string): boolean {
  const ui = uiLanguage(lang);
  if (ui === 'en') return true;
  const settled = settledParts.get(ui);
  return [...parts.keys()].every((part) => settled?.has(part));
}

/**
 * Fetches the parts of the strings on this page in `lang`, all at once, and resolves with its
 * translator. Never rejects: a part that cannot be fetched is reported once in the console and
 * shown in English instead.
 */
export function loadLanguage(lang: string): Promise<Translator> {
  const ui = uiLanguage(lang);
  if (ui === 'en') return Promise.resolve(translator(ui));
  const known = languageLoads.get(ui);
  if (known?.parts === parts.size) return known.loading;
  const loading = Promise.all([...parts.keys()].map((part) => loadPart(ui, part))).then(() => translator(ui));
  languageLoads.set(ui, { parts: parts.size, loading });
  return loading;
}

type Params = Readonly<Record<string, string | number>>;

/** Keys already reported as missing, so that a template rendered a hundred times says it once. */
const reported = new Set<string>();

/** Looks up and fills UI strings for one language. */
export class Translator {
  /** The UI language, a valid tag for `Intl`: `uz-Latn`, not `uz-latn`. */
  readonly lang: UiLanguage;
  /** This language's entries, filled in as its parts arrive; a part that failed leaves English in its place. */
  private readonly table: Partial<Record<MessageKey, Entry>>;
  private readonly numbers: Intl.NumberFormat;
  private readonly plurals: (n: number) => Intl.LDMLPluralRule;
  private readonly ordinals: (n: number) => Intl.LDMLPluralRule;

  /** A translator for `lang` when its strings are loaded (see `loadLanguage`), else for English. */
  constructor(lang: string) {
    const ui = uiLanguage(lang);
    this.lang = usable.has(ui) ? ui : 'en';
    this.table = tables.get(this.lang)!;
    this.numbers = new Intl.NumberFormat(this.lang);
    this.plurals = pluralSelector(this.lang, 'cardinal');
    this.ordinals = pluralSelector(this.lang, 'ordinal');
  }

  /**
   * A UI string with `{name}` parameters filled in; numbers are grouped for the language. When the
   * table gives the text in gendered forms, `gender` picks one, and without it the neutral form is used.
   */
  t(key: TextKey, params: Params = {}, gender?: GrammaticalGender): string {
    const entry = this.entry(key);
    if (entry === undefined) return key;
    return this.fill(typeof entry === 'string' ? entry : entry[gender ?? 'other'], params);
  }

  /** A plural UI string chosen by `count` (Russian one/few/many and so on). */
  plural(key: PluralKey, count: number, params: Params = {}): string {
    const forms = this.entry(key);
    if (forms === undefined) return key;
    const form = forms[this.plurals(count)] ?? forms.other;
    return this.fill(form, { count, ...params });
  }

  /**
   * An entry chosen by the ordinal category of `value` ("1er mars", "1978-nji ýyl"), filled with
   * `{count}` as written, never digit-grouped: it is a day or a year.
   */
  ordinal(key: PluralKey, value: number): string {
    const forms = this.entry(key);
    if (forms === undefined) return key;
    const form = forms[this.ordinals(value)] ?? forms.other;
    return this.fill(form, { count: String(value) });
  }

  /**
   * The entry for `key`: English when its part did not arrive in this language; when no module
   * registered its part (a bug: the module looking it up must import it), the key itself shows
   * and the console says which.
   */
  private entry<K extends MessageKey>(key: K): MessageTable[K] | undefined {
    const entry = (this.table[key] ?? english[key]) as MessageTable[K] | undefined;
    if (entry === undefined && !reported.has(key)) {
      reported.add(key);
      console.error(`[ahrca-widgets] the UI string "${key}" is not loaded: the module that shows it must import its part of src/core/i18n/strings/`);
    }
    return entry;
  }

  /**
   * A UI string whose parameters are template values (a `<time>`, a link, two dates of a range),
   * for sentences whose word order differs between languages: the string's text and the values in
   * the order the language puts them, e.g. `['от ', <time>, ' до ', <time>, '']`.
   */
  withValues<V>(key: TextKey, values: Record<string, V>, params: Params = {}): (string | V)[] {
    const names = Object.keys(values);
    // Each value's place, marked by a character no UI string holds (U+E000, private use) around its index.
    const markers = Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE000`]));
    return this.t(key, { ...params, ...markers })
      .split(/\uE000(\d+)\uE000/)
      .map((piece, index) => (index % 2 === 1 ? values[names[Number(piece)]!]! : piece));
  }

  /** withValues for one value: `[before, value, after]`. */
  around<V>(key: TextKey, name: string, value: V, params: Params = {}): [string, V, string] {
    const [before = '', , after = ''] = this.withValues(key, { [name]: value }, params) as [string, V, string];
    return [before, value, after];
  }

  /** A count, its digits grouped by the table's separator: Chromium groups Kazakh or Uzbek with commas. */
  number(value: number): string {
    const group = this.t('number.group');
    return this.numbers
      .formatToParts(value)
      .map((part) => (part.type === 'group' ? group : part.value))
      .join('');
  }

  private fill(template: string, params: Params): string {
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? this.number(value) : value;
    });
  }
}

const translators = new Map<UiLanguage, Translator>();

/** A cached translator for a language tag: English until `loadLanguage` has brought its strings. */
export function translator(lang: string): Translator {
  const key = uiLanguage(lang);
  if (!usable.has(key)) return translator('en');
  let found = translators.get(key);
  if (!found) {
    found = new Translator(key);
    translators.set(key, found);
  }
  return found;
}
