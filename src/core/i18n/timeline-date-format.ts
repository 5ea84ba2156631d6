/**
 * Dates before the common era and deep time as a reader of each language writes them: "3500 BCE",
 * "3500 до н. э.", "mil. av. 3500"; from 10,000 years back in rounded units, "13.8 billion years
 * ago", "13,8 млрд лет назад".
 *
 * `Intl`'s compact numbers are used where the browser writes millions and billions as our table
 * does, as `Intl` dates are (intl-support.ts), so that a reader sees one spelling whichever browser
 * they use: in Chromium English, Russian and French; in Firefox those and Uzbek Latin, Kazakh and
 * Turkmen. Elsewhere the table writes them: Chromium has no compact data for Uzbek or Kazakh
 * ("13.8G") and none at all for Kyrgyz, Tajik or Turkmen; Firefox writes Kyrgyz "млд", Tajik
 * "млрд." and Uzbek Cyrillic "13,8млрд".
 *
 * The era's words always come from the table: `Intl.DateTimeFormat`'s era gives English "BC" where
 * readers of history now expect "BCE", Chromium writes Uzbek and Kazakh years "BCE 3500", and the
 * two browsers differ for Kyrgyz, Tajik and Turkmen (Chromium has no data for them).
 */
import type { Translator } from './index.js';
import { formatRecordedDate, type PartialDate } from './dates.js';
import { DEEP_TIME_YEARS, roundYears } from './deep-time.js';
import './strings/early-dates.js';

/** A year heading before the common era, from yearKey (`-3500`): "3500 BCE", "13.8 billion years ago". */
export function formatYearKey(key: string, tr: Translator): string {
  const years = -Number(key);
  return years >= DEEP_TIME_YEARS ? yearsAgo(years, tr) : tr.t('date.yearBce', { year: String(years) });
}

type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** A timeline's date as a reader of `tr` writes it: as formatRecordedDate in the common era, else "3500 BCE", "15 March 44 BCE", "13.8 billion years ago". */
export function formatTimelineDate(value: PartialDate, tr: Translator): string {
  if (value.year > 0) return formatRecordedDate(value, tr);
  const years = -value.year;
  if (years >= DEEP_TIME_YEARS) return yearsAgo(roundYears(years), tr);
  const year = String(years);
  if (value.precision === 'year') return tr.t('date.yearBce', { year });
  const month = (value.date.getUTCMonth() + 1) as MonthNumber;
  const date =
    value.precision === 'month'
      ? tr.t('date.month', { year, month: tr.t(`month.${month}`) })
      : tr.t('date.day', { year, day: String(value.date.getUTCDate()), month: tr.t(`monthOf.${month}`) });
  return tr.t('date.bce', { date });
}

/** "315,000 years ago"; from a million, in units: "13.8 billion years ago". `years` is rounded already. */
function yearsAgo(years: number, tr: Translator): string {
  if (years < 1e6) return tr.t('date.yearsAgo', { years });
  return tr.t('date.unitsAgo', { amount: compactYears(years, tr) });
}

/** "13.8 billion", "13,8 млрд": by Intl where it writes as our table does, else by the table. */
function compactYears(years: number, tr: Translator): string {
  const ours = tableCompact(years, tr);
  if (years >= 1e12) return ours;
  const intl = intlCompact(tr);
  return intl ? intl.format(years) : ours;
}

function tableCompact(years: number, tr: Translator): string {
  const [unit, key] = years >= 1e9 ? ([1e9, 'number.billions'] as const) : ([1e6, 'number.millions'] as const);
  const scaled = years / unit;
  return tr.plural(key, scaled, { count: decimal(scaled, tr) });
}

/** A number with at most three decimals, in the table's separators (Chromium writes Tajik with "."). */
function decimal(value: number, tr: Translator): string {
  const [whole = '0', fraction] = value
    .toFixed(3)
    .replace(/\.?0+$/, '')
    .split('.');
  return fraction ? `${tr.number(Number(whole))}${tr.t('number.decimal')}${fraction}` : tr.number(Number(whole));
}

const compactFormats = new Map<string, Intl.NumberFormat | null>();
const spaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/**
 * The browser's compact notation for `tr`'s language, when it has one that writes millions and
 * billions exactly as our table does (short "млрд" in Russian, long "billion" in English);
 * otherwise null, and the table writes them. Decided once per language.
 */
function intlCompact(tr: Translator): Intl.NumberFormat | null {
  let format = compactFormats.get(tr.lang);
  if (format === undefined) {
    format = null;
    const language = tr.lang.split('-')[0];
    if (Intl.NumberFormat.supportedLocalesOf([tr.lang]).length > 0) {
      for (const compactDisplay of ['short', 'long'] as const) {
        const candidate = new Intl.NumberFormat(tr.lang, { notation: 'compact', compactDisplay, maximumSignificantDigits: 4 });
        if (candidate.resolvedOptions().locale.split('-')[0] !== language) break;
        const agrees = [1.5e6, 2.5e9, 13.8e9, 538.8e6].every((probe) => spaces(candidate.format(probe)) === spaces(tableCompact(probe, tr)));
        if (agrees) {
          format = candidate;
          break;
        }
      }
    }
    compactFormats.set(tr.lang, format);
  }
  return format;
}
