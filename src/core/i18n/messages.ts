import { en } from './strings/en.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The forms of a UI text that agrees with a person's grammatical gender; `other` serves when the data gives none. */
export type GenderedText = { readonly female: string; readonly male: string; readonly other: string };

/**
 * A language whose grammar needs it may give any plain text as a `GenderedText` ("Арестован",
 * "Арестована", "Под стражей"); English, the reference, writes plain strings only.
 */
type Widen<T> = T extends string ? string | GenderedText : PluralForms;

/** Every language table has exactly the English keys; plural entries stay plural. */
export type MessageTable = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };
export type MessageKey = keyof typeof en;
export type PluralKey = { [K in MessageKey]: (typeof en)[K] extends string ? never : K }[MessageKey];
export type TextKey = Exclude<MessageKey, PluralKey>;
