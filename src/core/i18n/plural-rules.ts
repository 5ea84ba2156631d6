/**
 * Plural and ordinal categories where the browser's `Intl.PluralRules` lacks the language (Chromium
 * has no Tajik rules and answers with English's) or gets it wrong for what we write. Everywhere
 * else `Intl` decides.
 */
type Rule = (n: number) => Intl.LDMLPluralRule;

/** Tajik, Karakalpak: a noun after a number stays singular, so one form serves every count (CLDR's Tajik has only `other`). */
const onlyOther: Rule = () => 'other';

/** Karakalpak has no CLDR rules; like its neighbours Uzbek and Kazakh it is given `one` and `other`, with one text for both. */
const oneOther: Rule = (n) => (n === 1 ? 'one' : 'other');

const CARDINAL: Readonly<Record<string, Rule>> = { tg: onlyOther, kaa: oneOther };

/**
 * Turkmen ordinals follow vowel harmony with the last number word spoken: "1996-njy" (alty),
 * "1990-njy" (togsan), "1978-nji" (sekiz), "2000-nji" (müň). CLDR's rule (`few` for 6, 9 and 10)
 * misses the back-vowel tens, 30, 40, 60 and 90, so our rule gives `few` for "-njy" and `other` for "-nji".
 */
const turkmenOrdinal: Rule = (n) => {
  const back = new Set([6, 9]);
  const backTens = new Set([1, 3, 4, 6, 9]);
  const whole = Math.abs(Math.trunc(n));
  if (whole % 10 !== 0) return back.has(whole % 10) ? 'few' : 'other';
  if (whole % 100 !== 0) return backTens.has((whole % 100) / 10) ? 'few' : 'other';
  return 'other';
};

const ORDINAL: Readonly<Record<string, Rule>> = { tk: turkmenOrdinal, tg: onlyOther, kaa: onlyOther };

const languageOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** A plural (or ordinal) selector for `lang`: ours where listed above, `Intl`'s where it truly knows the language, else `other` for every count. */
export function pluralSelector(lang: string, type: Intl.PluralRuleType): Rule {
  const language = languageOf(lang);
  const own = (type === 'ordinal' ? ORDINAL : CARDINAL)[language];
  if (own) return own;
  const rules = new Intl.PluralRules(lang, { type });
  if (languageOf(rules.resolvedOptions().locale) !== language) return onlyOther;
  return (n) => rules.select(n);
}
