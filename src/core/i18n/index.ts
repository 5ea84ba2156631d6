import type { MessageTable, PluralKey, TextKey } from './messages.js';
import { fallbackChain } from './localized.js';
import { en } from './strings/en.js';

export type { GenderedText, MessageKey, MessageTable, PluralKey, TextKey } from './messages.js';

/** The grammatical gender of the person a text is about, where the data gives it; used for agreement only. */
export type GrammaticalGender = 'female' | 'male';

/** The UI languages with a full string table, as `Intl` spells them. */
export const UI_LANGUAGES = ['en', 'ru', 'uz-Latn', 'uz-Cyrl', 'kk', 'ky', 'tg', 'tk', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Every table but English is a separate module, fetched only when an element on the page speaks
 * its language: a page in Russian never downloads Kazakh.
 */
const IMPORTERS: Readonly<Record<Exclude<UiLanguage, 'en'>, () => Promise<MessageTable>>> = {
  ru: () => import('./strings/ru.js').then((module) => module.ru),
  'uz-Latn': () => import('./strings/uz-latn.js').then((module) => module.uzLatn),
  'uz-Cyrl': () => import('./strings/uz-cyrl.js').then((module) => module.uzCyrl),
  kk: () => import('./strings/kk.js').then((module) => module.kk),
  ky: () => import('./strings/ky.js').then((module) => module.ky),
  tg: () => import('./strings/tg.js').then((module) => module.tg),
  tk: () => import('./strings/tk.js').then((module) => module.tk),
  fr: () => import('./strings/fr.js').then((module) => module.fr),
};

/** Lower-case tags from `fallbackChain` to the table for them; plain Uzbek is read in Latin script. */
const BY_LOWER_TAG = new Map<string, UiLanguage>([...UI_LANGUAGES.map((tag) => [tag.toLowerCase(), tag] as const), ['uz', 'uz-Latn']]);

const tables = new Map<UiLanguage, MessageTable>([['en', en]]);
/** Languages whose import has settled, whether it brought a table or failed (they then speak English). */
const settled = new Set<UiLanguage>(['en']);
const loads = new Map<UiLanguage, Promise<Translator>>();

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else the browser's. An HTML element's `lang` is
 * read as a property, so that a widget's `el.lang = 'kk'` counts before Lit reflects it.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node instanceof HTMLElement ? node.lang : node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return navigator.language || 'en';
}

/**
 * The closest language with a UI table, along the same chain as content (`fallbackChain`), in
 * the case `Intl` expects: `ru-RU` → `ru`, `uz` and `uz-UZ` → `uz-Latn`, `uz-cyrl-uz` → `uz-Cyrl`,
 * anything unknown → `en`.
 */
export function uiLanguage(lang: string): UiLanguage {
  for (const tag of fallbackChain(lang)) {
    const found = BY_LOWER_TAG.get(tag);
    if (found) return found;
  }
  return 'en';
}

/** True when the UI table for `lang` is here (or failed to arrive, so English stands in): `translator(lang)` is final. */
export function isLanguageLoaded(lang: string): boolean {
  return settled.has(uiLanguage(lang));
}

/**
 * Fetches the UI table for `lang` once per page and resolves with its translator. Never rejects:
 * a table that cannot be fetched is reported once in the console and English is used instead.
 */
export function loadLanguage(lang: string): Promise<Translator> {
  const ui = uiLanguage(lang);
  let loading = loads.get(ui);
  if (!loading) {
    loading = ui === 'en' ? Promise.resolve(translator(ui)) : importTable(ui);
    loads.set(ui, loading);
  }
  return loading;
}

async function importTable(lang: Exclude<UiLanguage, 'en'>): Promise<Translator> {
  try {
    tables.set(lang, await IMPORTERS[lang]());
  } catch (error) {
    console.error(`[ahrca-widgets] could not load the ${lang} UI strings; showing English instead:`, error);
  }
  settled.add(lang);
  translators.delete(lang);
  return translator(lang);
}

type Params = Readonly<Record<string, string | number>>;

/** Looks up and fills UI strings for one language. */
export class Translator {
  /** The UI language, a valid tag for `Intl`: `uz-Latn`, not `uz-latn`. */
  readonly lang: UiLanguage;
  private readonly table: MessageTable;
  private readonly numbers: Intl.NumberFormat;
  private readonly plurals: Intl.PluralRules;

  /** A translator for `lang` when its table is loaded (see `loadLanguage`), else for English. */
  constructor(lang: string) {
    const ui = uiLanguage(lang);
    const table = tables.get(ui);
    this.lang = table ? ui : 'en';
    this.table = table ?? en;
    this.numbers = new Intl.NumberFormat(this.lang);
    this.plurals = new Intl.PluralRules(this.lang);
  }

  /**
   * A UI string with `{name}` parameters filled in; numbers are grouped for the language. When the
   * table gives the text in gendered forms, `gender` picks one, and without it the neutral form is used.
   */
  t(key: TextKey, params: Params = {}, gender?: GrammaticalGender): string {
    const entry = this.table[key];
    return this.fill(typeof entry === 'string' ? entry : entry[gender ?? 'other'], params);
  }

  /** A plural UI string chosen by `count` (Russian one/few/many and so on). */
  plural(key: PluralKey, count: number, params: Params = {}): string {
    const forms = this.table[key];
    const form = forms[this.plurals.select(count)] ?? forms.other;
    return this.fill(form, { count, ...params });
  }

  /**
   * A UI string with one parameter given as a template value (a `<time>`, a link), for
   * sentences whose word order differs between languages: returns `[before, value, after]`.
   */
  around<V>(key: TextKey, name: string, value: V, params: Params = {}): [string, V, string] {
    const marker = '\u0000';
    const [before = '', after = ''] = this.t(key, { ...params, [name]: marker }).split(marker);
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

  list(items: readonly string[]): string {
    return items.join(this.t('list.separator'));
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

/** A cached translator for a language tag: English until `loadLanguage` has brought its table. */
export function translator(lang: string): Translator {
  const key = uiLanguage(lang);
  if (!tables.has(key)) return translator('en');
  let found = translators.get(key);
  if (!found) {
    found = new Translator(key);
    translators.set(key, found);
  }
  return found;
}
