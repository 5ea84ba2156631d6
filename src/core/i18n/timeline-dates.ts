/**
 * The dates a timeline holds beyond other widgets' dates: years before the common era and deep
 * time. Our format writes them with a minus sign, numbered as historians and TimelineJS3 number
 * them, with no year 0: `-0044-03-15` is 15 March 44 BCE, `-3500` is 3500 BCE, `-13800000000` the
 * Big Bang. Up to 9999 BCE a date may have a month and a day and reads "3500 BCE"; from 10,000
 * years back it is a year alone and reads in rounded units, "13.8 billion years ago".
 * They are shown by timeline-date-format.ts; this module only reads them, for the schema and the model.
 */
import { PARTIAL_DATE, parsePartialDate, utcDate, type PartialDate } from './dates.js';
import { DEEP_TIME_YEARS, roundYears } from './deep-time.js';

/** A mean Gregorian year, by which deep time is placed on the same axis as calendar dates. */
const MS_PER_YEAR = 365.2425 * 86_400_000;

const BEFORE_COMMON_ERA = /^-(\d{4,15})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const EXPECTED = 'expected a date like 2005-05-13 (or 2005-05, 2005, 2005-05-13T18:00Z)';
const EXPECTED_BEFORE = 'expected a date before the common era like -3500, -0044-03 or -0044-03-15 (at most 15 digits)';

function parseBeforeCommonEra(value: string): PartialDate | undefined {
  const match = BEFORE_COMMON_ERA.exec(value);
  if (!match) return undefined;
  const [, digits, month, day] = match;
  const years = Number(digits);
  if (years < 1) return undefined;
  // Year 1 BCE is year 0 in ISO 8601 and JavaScript's calendar.
  const astronomical = 1 - years;
  if (years >= DEEP_TIME_YEARS) {
    if (month) return undefined;
    return { date: new Date(NaN), precision: 'year', iso: value, time: (astronomical - 1970) * MS_PER_YEAR, year: -years };
  }
  const monthIndex = month ? Number(month) - 1 : 0;
  const dayOfMonth = day ? Number(day) : 1;
  if (monthIndex < 0 || monthIndex > 11 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  const date = utcDate(astronomical, monthIndex, dayOfMonth);
  if (date.getUTCDate() !== dayOfMonth) return undefined;
  return { date, precision: day ? 'day' : month ? 'month' : 'year', iso: value, time: date.getTime(), year: -years };
}

/** A timeline's date (`2005-05-13`, `-3500`, `-13800000000`); undefined when it is none or not a real date. */
export function parseTimelineDate(value: string): PartialDate | undefined {
  if (value.charCodeAt(0) === 45 /* - */) return parseBeforeCommonEra(value);
  const parsed = parsePartialDate(value);
  return parsed && parsed.year > 0 ? parsed : undefined;
}

/** What is wrong with a timeline's date, as a validation message, or undefined when it is right. */
export function timelineDateProblem(value: string): string | undefined {
  const before = value.charCodeAt(0) === 45; /* - */
  if (!(before ? BEFORE_COMMON_ERA : PARTIAL_DATE).test(value)) return before ? EXPECTED_BEFORE : EXPECTED;
  if (parseTimelineDate(value) !== undefined) return undefined;
  if (/^0000/.test(value) || /^-0000(?:-|$)/.test(value)) return 'expected a year other than 0: 1 BCE is -0001, and 1 CE is 0001';
  const years = Number(BEFORE_COMMON_ERA.exec(value)?.[1] ?? 0);
  if (years >= DEEP_TIME_YEARS)
    return `expected a year alone, without month or day, ${DEEP_TIME_YEARS.toLocaleString('en')} years or more before the common era`;
  return 'expected a real calendar date';
}

/** The instant after the period a date names: 2005 → 2006-01-01, 2005-05 → 2005-06-01. */
export function periodEnd(value: PartialDate): number {
  if (value.year <= -DEEP_TIME_YEARS) return value.time + MS_PER_YEAR;
  const d = value.date;
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  switch (value.precision) {
    case 'year':
      return utcDate(year + 1, 0, 1).getTime();
    case 'month':
      return utcDate(year, month + 1, 1).getTime();
    case 'day':
      return utcDate(year, month, day + 1).getTime();
    case 'time':
      return d.getTime() + 1;
  }
}

/**
 * The year a date is grouped under, as a key: `2005`, `-3500`, and deep time rounded as it reads,
 * so that two events that both read "13.8 billion years ago" share one heading.
 */
export function yearKey(value: PartialDate): string {
  if (value.year > 0) return value.iso.slice(0, 4);
  const years = -value.year;
  return `-${years >= DEEP_TIME_YEARS ? roundYears(years) : years}`;
}

/** The value for `<time datetime>`: HTML has no year before 1, so dates before the common era have none. */
export function machineDate(value: PartialDate): string | undefined {
  return value.year > 0 ? value.iso : undefined;
}
