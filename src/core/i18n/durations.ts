import type { Translator } from './index.js';
import { intlKnows } from './intl-support.js';
import './strings/durations.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'years' | 'months' | 'days' | 'hours' | 'minutes';
type Amounts = Partial<Record<Unit, number>>;

/** `Intl.DurationFormat`, in the browsers that have it (Chromium 129+, Firefox 136+). */
type DurationFormatConstructor = new (
  lang: string,
  options: { style: 'long' },
) => {
  format(duration: Amounts): string;
  resolvedOptions(): { locale: string };
};
const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;

const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const intlDurations = new Map<string, ((amounts: Amounts) => string) | null>();

/**
 * The browser's duration format for the translator's language, when it truly speaks it: the
 * browser resolves the language (Chromium claims Kazakh and writes "3 years"), and its words for
 * a probe are our table's. Otherwise our table joins the units (`duration.join`), so a reader sees
 * the same words in every browser.
 */
function intlDuration(tr: Translator): ((amounts: Amounts) => string) | null {
  let found = intlDurations.get(tr.lang);
  if (found === undefined) {
    found = null;
    if (DurationFormat) {
      const format = new DurationFormat(tr.lang, { style: 'long' });
      const agrees = (['years', 'months', 'days', 'hours', 'minutes'] as const).every(
        (unit) => plainSpaces(format.format({ [unit]: 3 })) === plainSpaces(tr.plural(`duration.${unit}`, 3)),
      );
      if (intlKnows(tr.lang, format.resolvedOptions().locale) && agrees) found = (amounts) => format.format(amounts);
    }
    intlDurations.set(tr.lang, found);
  }
  return found;
}

/** Two units at most, in the language's own pattern: "3 years, 2 months", "3 года 2 месяца", "3 ans et 2 mois", "3 жыл 2 ай". */
function joinUnits(amounts: Amounts, tr: Translator): string {
  const intl = intlDuration(tr);
  if (intl) return intl(amounts);
  const words = (Object.entries(amounts) as [Unit, number][]).filter(([, count]) => count > 0).map(([unit, count]) => tr.plural(`duration.${unit}`, count));
  const [first = '', second] = words;
  return second === undefined ? first : tr.t('duration.join', { first, second });
}

/**
 * A remaining time as a reader says it, with two units at most and plurals right:
 * "12 days", "1 day, 5 hours", "3 hours, 20 minutes", "less than a minute".
 */
export function formatRemaining(milliseconds: number, tr: Translator): string {
  const ms = Math.max(0, milliseconds);
  if (ms < MINUTE) return tr.t('duration.lessThanMinute');
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days >= 2) return joinUnits({ days }, tr);
  if (days === 1) return joinUnits({ days, hours }, tr);
  return joinUnits({ hours, minutes: hours < 10 ? minutes : 0 }, tr);
}

/** `date` plus whole calendar months, on the same day of the month or the last day of a shorter month (UTC). */
function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/**
 * The calendar time between two dates (UTC calendar days, as `PartialDate` keeps them), as a
 * reader says it: "9 years, 4 months", "1 month", "12 days"; days only when under a month.
 * Two dates on the same day are "less than a day" apart, never "0 days": an arrest is dated to the
 * day, so on that day all a reader can be told is that it began today. The order does not matter.
 */
export function formatDuration(from: Date, to: Date, tr: Translator): string {
  const [start, end] = from.getTime() <= to.getTime() ? [from, to] : [to, from];
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  if (addMonths(start, months).getTime() > end.getTime()) months -= 1;
  if (months === 0) {
    const days = Math.floor((end.getTime() - start.getTime()) / DAY);
    return days === 0 ? tr.t('duration.lessThanDay') : joinUnits({ days }, tr);
  }
  return joinUnits({ years: Math.floor(months / 12), months: months % 12 }, tr);
}
