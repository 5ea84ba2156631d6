import { en } from './strings/en.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Widen<T> = T extends string ? string : PluralForms;

/** Every language table has exactly the English keys; plural entries stay plural. */
export type MessageTable = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };
export type MessageKey = keyof typeof en;
export type PluralKey = { [K in MessageKey]: (typeof en)[K] extends string ? never : K }[MessageKey];
export type TextKey = Exclude<MessageKey, PluralKey>;
