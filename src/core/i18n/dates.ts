import type { Translator } from './index.js';
import { intlFormatsDates } from './intl-support.js';

/** How much of a date the data gave. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface PartialDate {
  /**
   * The earliest instant the value covers (UTC for dates without a time). Invalid for a year in
   * deep time (timeline-dates.ts), beyond what a `Date` holds: read `time` to order dates.
   */
  date: Date;
  precision: DatePrecision;
  /** The value as given, for `<time datetime>`. */
  iso: string;
  /** `date` in milliseconds; for deep time, counted in mean Gregorian years, which keeps the order. */
  time: number;
  /** The year as written: 2005, or -3500 for 3500 BCE (there is no year 0). */
  year: number;
}

/** The shape of a date the schemas accept, checked before parsePartialDate says whether it is a real one. */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:[0-5]\d)?)?)?)?$/;

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Date.UTC with years 0–99 taken as written: the Date constructors read them as 1900–1999. */
export function utcDate(year: number, monthIndex: number, day: number, hours = 0, minutes = 0): Date {
  const date = new Date(Date.UTC(year, monthIndex, day, hours, minutes));
  if (year < 100) date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** The reader's local midnight (less `ms`) at the start of a day, with years 0–99 taken as written. */
function localDate(year: number, monthIndex: number, day: number, ms = 0): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return new Date(date.getTime() + ms);
}

/** Parses `2005`, `2005-05`, `2005-05-13` or an ISO date-time; undefined when it is none of these or not a real date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour] = match;
  const monthIndex = month ? Number(month) - 1 : 0;
  const dayOfMonth = day ? Number(day) : 1;
  if (monthIndex < 0 || monthIndex > 11 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  const calendarDate = utcDate(Number(year), monthIndex, dayOfMonth);
  const date = hour ? new Date(value) : calendarDate;
  if (Number.isNaN(date.getTime())) return undefined;
  if (calendarDate.getUTCDate() !== dayOfMonth) return undefined;
  const precision: DatePrecision = hour ? 'time' : day ? 'day' : month ? 'month' : 'year';
  return { date, precision, iso: value, time: date.getTime(), year: Number(year) };
}

type CalendarPrecision = Exclude<DatePrecision, 'time'>;
type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

const INTL_OPTIONS: Record<Exclude<CalendarPrecision, 'year'>, Intl.DateTimeFormatOptions> = {
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

const intlFormats = new Map<string, Intl.DateTimeFormat>();

function intlFormat(lang: string, options: Intl.DateTimeFormatOptions, timeZone: 'UTC' | undefined): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}|${timeZone ?? ''}`;
  let format = intlFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone });
    intlFormats.set(key, format);
  }
  return format;
}

/**
 * A calendar date: a month or a day by `Intl` where the browser truly knows the language
 * (`intlFormatsDates`), else by the table's `date.*` pattern with its month names. A year alone
 * names no month, so the table always writes it ("2005 г."). Years are never digit-grouped.
 */
function formatCalendarDate(date: Date, precision: CalendarPrecision, tr: Translator, timeZone: 'UTC' | undefined): string {
  const utc = timeZone === 'UTC';
  const year = String(utc ? date.getUTCFullYear() : date.getFullYear());
  if (precision === 'year') return tr.t('date.year', { year });
  const dayOfMonth = utc ? date.getUTCDate() : date.getDate();
  // The day as the language writes it: French "1er mars", digits elsewhere (`date.dayOfMonth`, by ordinal category).
  const day = tr.ordinal('date.dayOfMonth', dayOfMonth);
  if (intlFormatsDates(tr)) {
    const format = intlFormat(tr.lang, INTL_OPTIONS[precision], timeZone);
    if (precision === 'month') return format.format(date);
    return format
      .formatToParts(date)
      .map((part) => (part.type === 'day' ? day : part.value))
      .join('');
  }
  const month = ((utc ? date.getUTCMonth() : date.getMonth()) + 1) as MonthNumber;
  if (precision === 'month') return tr.t('date.month', { year, month: tr.t(`month.${month}`) });
  return tr.t('date.day', { year, day, month: tr.t(`monthOf.${month}`) });
}

/**
 * Hours and minutes where the reader is (or in UTC): the browser's 12-hour clock where the
 * language uses one, else `HH:MM`.
 */
function formatClock(date: Date, tr: Translator, timeZone: 'UTC' | undefined): string {
  if (intlFormatsDates(tr)) {
    const clock = intlFormat(tr.lang, { hour: 'numeric', minute: '2-digit' }, timeZone);
    if (clock.resolvedOptions().hour12) return clock.format(date);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const utc = timeZone === 'UTC';
  return `${pad(utc ? date.getUTCHours() : date.getHours())}:${pad(utc ? date.getUTCMinutes() : date.getMinutes())}`;
}

/** An instant as a reader of `tr` writes it, on their own clock: "13 мая 2005 г., 14:05". */
export function formatDateTime(date: Date, tr: Translator): string {
  return `${formatCalendarDate(date, 'day', tr, undefined)}, ${formatClock(date, tr, undefined)}`;
}

/**
 * A date as its record gives it. Unlike formatPartialDate, a date-time keeps the clock time written
 * in the data, whatever its offset: an event at `2005-05-13T18:00+05:00` in Andijan happened at
 * 18:00, wherever the reader is. (A deadline, by contrast, counts on the reader's clock.)
 */
export function formatRecordedDate(value: PartialDate, tr: Translator): string {
  if (value.precision !== 'time') return formatPartialDate(value, tr);
  const [, year, month, day, hour, minute] = DATE_PATTERN.exec(value.iso) ?? [];
  const written = utcDate(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  return `${formatCalendarDate(written, 'day', tr, 'UTC')}, ${formatClock(written, tr, 'UTC')}`;
}

/**
 * A date as a reader of `tr` writes it, showing only the precision the data has.
 * Dates without a time are calendar dates and read the same in every time zone.
 */
export function formatPartialDate(value: PartialDate, tr: Translator): string {
  if (value.precision === 'time') return formatDateTime(value.date, tr);
  return formatCalendarDate(value.date, value.precision, tr, 'UTC');
}

/**
 * The last instant a date covers, in the reader's time zone for dates without a time:
 * a deadline of `2026-12-31` is open until the end of that day where the reader is.
 */
export function endOf(value: PartialDate): Date {
  if (value.precision === 'time') return value.date;
  const d = value.date;
  const year = d.getUTCFullYear();
  if (value.precision === 'year') return localDate(year + 1, 0, 1, -1);
  if (value.precision === 'month') return localDate(year, d.getUTCMonth() + 1, 1, -1);
  return localDate(year, d.getUTCMonth(), d.getUTCDate() + 1, -1);
}
