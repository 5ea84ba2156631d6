/** How much of a date the data gave. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface PartialDate {
  /** The earliest instant the value covers (UTC for dates without a time). */
  date: Date;
  precision: DatePrecision;
  /** The value as given, for `<time datetime>`. */
  iso: string;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Parses `2005`, `2005-05`, `2005-05-13` or an ISO date-time; undefined when it is none of these or not a real date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour] = match;
  const monthIndex = month ? Number(month) - 1 : 0;
  const dayOfMonth = day ? Number(day) : 1;
  if (monthIndex < 0 || monthIndex > 11 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  const date = hour ? new Date(value) : new Date(Date.UTC(Number(year), monthIndex, dayOfMonth));
  if (Number.isNaN(date.getTime())) return undefined;
  if (new Date(Date.UTC(Number(year), monthIndex, dayOfMonth)).getUTCDate() !== dayOfMonth) return undefined;
  const precision: DatePrecision = hour ? 'time' : day ? 'day' : month ? 'month' : 'year';
  return { date, precision, iso: value };
}

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  time: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/** A date as a reader of `lang` writes it, showing only the precision the data has. */
export function formatPartialDate(value: PartialDate, lang: string): string {
  return new Intl.DateTimeFormat(lang, OPTIONS[value.precision]).format(value.date);
}

/**
 * The last instant a date covers, in the reader's time zone for dates without a time:
 * a deadline of `2026-12-31` is open until the end of that day where the reader is.
 */
export function endOf(value: PartialDate): Date {
  if (value.precision === 'time') return value.date;
  const d = value.date;
  const year = d.getUTCFullYear();
  if (value.precision === 'year') return new Date(year + 1, 0, 1, 0, 0, 0, -1);
  if (value.precision === 'month') return new Date(year, d.getUTCMonth() + 1, 1, 0, 0, 0, -1);
  return new Date(year, d.getUTCMonth(), d.getUTCDate() + 1, 0, 0, 0, -1);
}
