import type { Translator } from './index.js';

/**
 * Languages whose dates always come from our own tables, in every browser. Browsers disagree
 * about them: Chromium lacks Uzbek Latin and Kazakh date data ("2005 M05 13") and all of Kyrgyz,
 * Tajik and Turkmen, while Firefox has CLDR forms ("2005 ж. 13 мамыр") that our tables need not
 * follow. A reader sees one spelling whichever browser they use.
 */
const OWN_PATTERNS = new Set(['uz', 'kk', 'ky', 'tg', 'tk', 'kaa']);

/**
 * Whether `Intl` may be asked about `lang` at all: never for the languages above (our tables speak
 * for them in every browser), and only where the browser resolves the language itself rather
 * than a fallback. Durations and dates each check the browser's words against the table too.
 */
export function intlKnows(lang: string, resolvedLocale: string): boolean {
  const language = lang.split('-')[0]!.toLowerCase();
  return !OWN_PATTERNS.has(language) && resolvedLocale.split('-')[0]!.toLowerCase() === language;
}

/** A date whose parts cannot be mistaken for each other: month 9, day 13, year 2005. */
const PROBE = new Date(Date.UTC(2005, 8, 13));

const verdicts = new Map<string, boolean>();

const languageOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Whether the browser's `Intl.DateTimeFormat` truly writes dates in the translator's language:
 * it must claim the language, resolve to it rather than to a fallback, and name the month as our
 * table does. Decided once per language.
 */
export function intlFormatsDates(tr: Translator): boolean {
  let verdict = verdicts.get(tr.lang);
  if (verdict === undefined) {
    verdict = checkDates(tr);
    verdicts.set(tr.lang, verdict);
  }
  return verdict;
}

function checkDates(tr: Translator): boolean {
  const language = languageOf(tr.lang);
  if (OWN_PATTERNS.has(language)) return false;
  if (Intl.DateTimeFormat.supportedLocalesOf([tr.lang]).length === 0) return false;
  const format = new Intl.DateTimeFormat(tr.lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  if (languageOf(format.resolvedOptions().locale) !== language) return false;
  const probe = format.format(PROBE);
  // A browser without month names writes "2005 M09 13" or "2005-09-13".
  if (/\bM\d\d\b/.test(probe) || /(?:^|\D)0?9(?:\D|$)/.test(probe)) return false;
  const lower = probe.toLocaleLowerCase(tr.lang);
  return [tr.t('monthOf.9'), tr.t('month.9')].some((month) => lower.includes(month.toLocaleLowerCase(tr.lang)));
}
