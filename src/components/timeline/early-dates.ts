/**
 * Dates before the common era and deep time are written by a module of their own
 * (core/i18n/timeline-date-format.ts, with its strings), downloaded only for a timeline that has
 * such a date: most timelines have none and do not pay for it.
 */
import { formatRecordedDate, type PartialDate } from '../../core/i18n/dates.js';
import { loadLanguage, type Translator } from '../../core/i18n/index.js';

type EarlyDateFormat = typeof import('../../core/i18n/timeline-date-format.js');
let early: EarlyDateFormat | undefined;

const isEarly = (value: unknown) => typeof value === 'string' && value.charCodeAt(0) === 45; /* - */

/** True when a payload (checked or not) has a date before the common era, in an event or an era. */
export function needsEarlyDates(payload: unknown): boolean {
  const { events, eras } = (payload ?? {}) as { events?: unknown; eras?: unknown };
  const hasEarly = (list: unknown, fields: readonly string[]) =>
    Array.isArray(list) && list.some((item: unknown) => fields.some((field) => isEarly((item as Record<string, unknown> | null)?.[field])));
  return hasEarly(events, ['date', 'end']) || hasEarly(eras, ['start', 'end']);
}

/**
 * Downloads the module once per page, and its strings in `lang` (a language the page speaks later
 * gets them with the rest of its strings); rejects when the module cannot be downloaded.
 */
export async function loadEarlyDates(lang: string): Promise<void> {
  early ??= await import('../../core/i18n/timeline-date-format.js');
  await loadLanguage(lang);
}

/** A timeline's date as the reader writes it; before the common era, by the module (loaded before such data is shown). */
export function formatWhen(value: PartialDate, tr: Translator): string {
  if (value.year > 0) return formatRecordedDate(value, tr);
  return early ? early.formatTimelineDate(value, tr) : value.iso;
}

/** A year heading from the model's key: "622", "3500 BCE", "13.8 billion years ago". */
export function yearHeading(key: string, tr: Translator): string {
  const year = Number(key);
  if (year > 0) return String(year);
  return early ? early.formatYearKey(key, tr) : key;
}
