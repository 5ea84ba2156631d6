import type { MessageTable, PluralKey, TextKey } from './messages.js';
import { fallbackChain } from './localized.js';
import { en } from './strings/en.js';
import { ru } from './strings/ru.js';

export type { MessageKey, MessageTable, PluralKey, TextKey } from './messages.js';

const TABLES: Readonly<Record<string, MessageTable>> = { en, ru };

/** The UI languages with a full string table. */
export const UI_LANGUAGES = Object.keys(TABLES);

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else the browser's.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return navigator.language || 'en';
}

/**
 * The closest language with a UI table, along the same chain as content (`fallbackChain`):
 * `ru-RU` → `ru`, `kk` → `ru` until Kazakh has a table, anything else → `en`.
 */
export function uiLanguage(lang: string): string {
  return fallbackChain(lang).find((tag) => TABLES[tag]) ?? 'en';
}

type Params = Readonly<Record<string, string | number>>;

/** Looks up and fills UI strings for one language. */
export class Translator {
  readonly lang: string;
  private readonly table: MessageTable;
  private readonly numbers: Intl.NumberFormat;
  private readonly plurals: Intl.PluralRules;

  constructor(lang: string) {
    this.lang = uiLanguage(lang);
    this.table = TABLES[this.lang] ?? en;
    this.numbers = new Intl.NumberFormat(this.lang);
    this.plurals = new Intl.PluralRules(this.lang);
  }

  /** A UI string with `{name}` parameters filled in; numbers are grouped for the language. */
  t(key: TextKey, params: Params = {}): string {
    return this.fill(this.table[key], params);
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

  number(value: number): string {
    return this.numbers.format(value);
  }

  list(items: readonly string[]): string {
    return items.join(this.table['list.separator']);
  }

  private fill(template: string, params: Params): string {
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? this.number(value) : value;
    });
  }
}

const translators = new Map<string, Translator>();

/** A cached translator for a language tag. */
export function translator(lang: string): Translator {
  const key = uiLanguage(lang);
  let found = translators.get(key);
  if (!found) {
    found = new Translator(key);
    translators.set(key, found);
  }
  return found;
}
