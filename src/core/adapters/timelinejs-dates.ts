/**
 * TimelineJS3 date objects (`{ year, month, day, hour, minute, second, millisecond, display_date,
 * format }`, numbers or numeric strings) as our partial dates: `2005`, `2005-05`, `2005-05-13`,
 * `2005-05-13T18:30`, and before the common era `-0044-03-15`, `-3500`, `-13800000000`: a
 * negative year means as many years BCE, as TimelineJS3 shows it ("3500 BCE"), and its
 * cosmological years are read on the same axis. A part that is missing lowers the precision; a part that is not a number is
 * kept as written, so validation names the field and shows the value. Times carry no zone, as in
 * TimelineJS3: they are read on the reader's clock.
 */
import { DEEP_TIME_YEARS, MAX_YEARS_BEFORE } from '../i18n/deep-time.js';
import { plainTextFromHtml } from './html-text.js';
import type { Notes } from './timelinejs-notes.js';

export interface TimelineJsDate {
  /** Our partial date, or the value as written when it cannot be one (validation reports it). */
  date?: string;
  /** `display_date` as plain text. */
  displayDate?: string;
}

const DATE_FIELDS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format']);

type Part = { kind: 'absent' } | { kind: 'number'; value: number } | { kind: 'invalid'; written: string };

/** A date part: a whole number, a numeric string, or blank (spreadsheet exports write `""`). */
function readPart(value: unknown): Part {
  if (value === undefined || value === null) return { kind: 'absent' };
  if (typeof value === 'number') return Number.isInteger(value) ? { kind: 'number', value } : { kind: 'invalid', written: String(value) };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return { kind: 'absent' };
    return /^[+-]?\d+$/.test(trimmed) ? { kind: 'number', value: Number(trimmed) } : { kind: 'invalid', written: trimmed };
  }
  return { kind: 'invalid', written: JSON.stringify(value) ?? String(value) };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The part padded to `width` when it is a number within range; as written otherwise, so the result fails validation. */
function writePart(part: Part, width: number, min: number, max: number, path: string, notes: Notes): string {
  if (part.kind === 'invalid') {
    notes.add(path, `expected a number, got ${JSON.stringify(part.written)}`);
    return part.written;
  }
  if (part.kind === 'absent') return '';
  if (part.value < min || part.value > max) {
    notes.add(path, `expected a number from ${min} to ${max}, got ${part.value}`);
    return String(part.value);
  }
  return pad(part.value, width);
}

/**
 * The year: 1 to 9999 as four digits, a negative year as that many years BCE (`-3500`), up to
 * MAX_YEARS_BEFORE. TimelineJS3 shows a year 0 as "0", which is 1 BCE on its calendar (JavaScript's).
 */
function writeYear(part: Part, path: string, notes: Notes): string {
  if (part.kind !== 'number' || part.value > 0) return writePart(part, 4, 1, 9999, path, notes);
  if (part.value === 0) {
    notes.add(path, 'there is no year 0; read as 1 BCE (-0001), the year before 1');
    return '-0001';
  }
  if (-part.value > MAX_YEARS_BEFORE) {
    notes.add(path, `expected at most ${MAX_YEARS_BEFORE} years before the common era, got ${part.value}`);
    return String(part.value);
  }
  return `-${pad(-part.value, 4)}`;
}

const TIME_FIELDS = ['hour', 'minute', 'second', 'millisecond'] as const;

function hasTime(object: Record<string, unknown>): boolean {
  return TIME_FIELDS.some((field) => readPart(object[field]).kind !== 'absent');
}

/** The time of day after `T`, or '' when the date object has none. */
function writeTime(object: Record<string, unknown>, path: string, notes: Notes): string {
  if (!hasTime(object)) return '';
  const [hour, minute, second, millisecond] = TIME_FIELDS.map((field) => readPart(object[field])) as [Part, Part, Part, Part];
  const hh = hour.kind === 'absent' ? '00' : writePart(hour, 2, 0, 23, `${path}.hour`, notes);
  const mm = minute.kind === 'absent' ? '00' : writePart(minute, 2, 0, 59, `${path}.minute`, notes);
  let time = `T${hh}:${mm}`;
  if (second.kind !== 'absent' || millisecond.kind !== 'absent') {
    time += `:${second.kind === 'absent' ? '00' : writePart(second, 2, 0, 59, `${path}.second`, notes)}`;
    if (millisecond.kind !== 'absent') time += `.${writePart(millisecond, 3, 0, 999, `${path}.millisecond`, notes)}`;
  }
  return time;
}

/**
 * Reads `start_date`, `end_date` or an era's date at `path`. A date object without a year gives no
 * date (`start_date` is then reported as missing; a blank `end_date` is simply no end).
 */
export function readTimelineJsDate(value: unknown, path: string, notes: Notes): TimelineJsDate {
  if (value === undefined || value === null) return {};
  if (typeof value === 'string') return { date: value.trim() };
  if (typeof value !== 'object' || Array.isArray(value)) {
    notes.add(path, 'expected a date object such as {"year": 2005, "month": 5, "day": 13}');
    return { date: JSON.stringify(value) };
  }
  const object = value as Record<string, unknown>;
  notes.unknownFields(object, DATE_FIELDS, path);
  const result: TimelineJsDate = {};
  if (typeof object.display_date === 'string' && object.display_date.trim() !== '') {
    result.displayDate = plainTextFromHtml(object.display_date);
  }
  if (object.format !== undefined && object.format !== '') {
    notes.add(`${path}.format`, "not carried: dates are written the way the reader's language writes them");
  }
  const year = readPart(object.year);
  if (year.kind === 'absent') {
    if (Object.values(object).some((part) => readPart(part).kind !== 'absent')) notes.add(`${path}.year`, 'is required');
    return result;
  }
  let date = writeYear(year, `${path}.year`, notes);
  const month = readPart(object.month);
  const day = readPart(object.day);
  if (year.kind === 'number' && -year.value >= DEEP_TIME_YEARS) {
    if (month.kind !== 'absent' || day.kind !== 'absent' || hasTime(object)) {
      notes.add(path, `its month, day and time are not carried: ${DEEP_TIME_YEARS} years or more before the common era, a date is a year`);
    }
  } else if (month.kind !== 'absent') {
    date += `-${writePart(month, 2, 1, 12, `${path}.month`, notes)}`;
    if (day.kind !== 'absent') {
      date += `-${writePart(day, 2, 1, 31, `${path}.day`, notes)}`;
      if (!date.startsWith('-')) date += writeTime(object, path, notes);
      else if (hasTime(object)) notes.add(path, 'its time is not carried: before the common era, a date has no time of day');
    } else if (hasTime(object)) {
      notes.add(path, 'its time is not carried: a time needs a day');
    }
  } else if (day.kind !== 'absent' || hasTime(object)) {
    notes.add(path, `its ${day.kind !== 'absent' ? 'day' : 'time'} is not carried: it needs a month`);
  }
  result.date = date;
  return result;
}
