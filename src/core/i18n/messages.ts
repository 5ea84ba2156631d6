import type { strings as appeal } from './strings/en/appeal.js';
import type { strings as common } from './strings/en/common.js';
import type { strings as durations } from './strings/en/durations.js';
import type { strings as earlyDates } from './strings/en/early-dates.js';
import type { strings as prisonerList } from './strings/en/prisoner-list.js';
import type { strings as prisoner } from './strings/en/prisoner.js';
import type { strings as sheets } from './strings/en/sheets.js';
import type { strings as timeline } from './strings/en/timeline.js';

/**
 * The UI strings come in parts, so that a page downloads only the strings of the widgets on it:
 * `common` (states, links, dates, lists, numbers) is bundled with the core, every other part is
 * imported by the modules that look its keys up. The English part is the reference for its keys.
 */
type EnglishParts = {
  common: typeof common;
  durations: typeof durations;
  appeal: typeof appeal;
  prisoner: typeof prisoner;
  'prisoner-list': typeof prisonerList;
  timeline: typeof timeline;
  'early-dates': typeof earlyDates;
  sheets: typeof sheets;
};
export type StringsPart = keyof EnglishParts;

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The forms of a UI text that agrees with a person's grammatical gender; `other` serves when the data gives none. */
export type GenderedText = { readonly female: string; readonly male: string; readonly other: string };

/**
 * A language whose grammar needs it may give any plain text as a `GenderedText` ("Арестован",
 * "Арестована", "Под стражей"); English, the reference, writes plain strings only.
 */
type Widen<T> = T extends string ? string | GenderedText : PluralForms;

/** One part in any language: exactly the English part's keys; plural entries stay plural. */
export type PartTable<P extends StringsPart> = { readonly [K in keyof EnglishParts[P]]: Widen<EnglishParts[P][K]> };

export type MessageKey = { [P in StringsPart]: keyof EnglishParts[P] }[StringsPart];
type EnglishEntry<K extends MessageKey> = { [P in StringsPart]: K extends keyof EnglishParts[P] ? EnglishParts[P][K] : never }[StringsPart];

/** All the parts of one language together. */
export type MessageTable = { readonly [K in MessageKey]: Widen<EnglishEntry<K>> };
export type PluralKey = { [K in MessageKey]: EnglishEntry<K> extends string ? never : K }[MessageKey];
export type TextKey = Exclude<MessageKey, PluralKey>;
