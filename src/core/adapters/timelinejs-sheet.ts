/**
 * The rows of TimelineJS3's Google Sheets template (its CSV export, already split into cells), read
 * into TimelineJS3 JSON the way TimelineJS3 itself reads the sheet: one slide per row; `Type`
 * "title" is the title slide, "era" an era; blank rows skipped. Each value can be traced back to its
 * row and column, so problems are shown where the editor fixes them. One implementation for the
 * `convert` command (src/tools/) and for `<ahrca-timeline>` reading a sheet in the browser; no DOM.
 */

import { allSteps, type Steps } from '../steps.js';

/** A problem in the sheet: its row as a spreadsheet numbers it (the header is row 1), and its column. */
export interface SheetProblem {
  severity: 'error' | 'warning';
  message: string;
  row: number;
  field: string;
}

/** Where a value came from in the sheet. */
export interface SheetLocation {
  row: number;
  field?: string;
}

/** A sheet that is not TimelineJS3's template at all. */
export class SheetError extends Error {
  override name = 'SheetError';
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
  }
}

/** The template's columns, as its first row names them. */
export const TEMPLATE_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

type Column = (typeof TEMPLATE_COLUMNS)[number];
type Cells = Partial<Record<Column, string>>;
type Keys = (string | number)[];
type Slide = Record<string, unknown>;

/** Older templates call the group column `Tag`. */
const COLUMN_ALIASES: Readonly<Record<string, Column>> = { tag: 'Group' };

function columnNamed(header: string): Column | undefined {
  const wanted = header.trim().replace(/\s+/g, ' ').toLowerCase();
  return TEMPLATE_COLUMNS.find((column) => column.toLowerCase() === wanted) ?? COLUMN_ALIASES[wanted];
}

/** A slide field → the column it comes from. */
function columnOf(keys: Keys): Column | undefined {
  const [field, part] = keys;
  if (field === 'start_date' || field === 'end_date') {
    const prefix = field === 'end_date' ? 'End ' : '';
    if (part === 'display_date') return 'Display Date';
    const unit = part === 'month' ? 'Month' : part === 'day' ? 'Day' : typeof part === 'string' && part !== 'year' ? 'Time' : 'Year';
    return `${prefix}${unit}` as Column;
  }
  if (field === 'display_date') return 'Display Date';
  if (field === 'text') return part === 'text' ? 'Text' : 'Headline';
  if (field === 'media') {
    const media: Record<string, Column> = { caption: 'Media Caption', credit: 'Media Credit', thumbnail: 'Media Thumbnail' };
    return (typeof part === 'string' && media[part]) || 'Media';
  }
  if (field === 'group') return 'Group';
  if (field === 'background') return 'Background';
  return undefined;
}

/** A time as sheets write it: `13:30`, `1:30 PM`, `13:30:15.5`, `1330`. */
export function parseSheetTime(text: string): { hour: number; minute?: number; second?: number; millisecond?: number } | undefined {
  const match =
    /^(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,3}))?)?)?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$/.exec(text) ?? /^(\d{1,2})(\d{2})()()()$/.exec(text);
  if (!match) return undefined;
  const [, hours, minutes, seconds, fraction, period] = match;
  let hour = Number(hours);
  if (period) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (period.toLowerCase() === 'p' ? 12 : 0);
  }
  const time: { hour: number; minute?: number; second?: number; millisecond?: number } = { hour };
  if (minutes) time.minute = Number(minutes);
  if (seconds) time.second = Number(seconds);
  if (fraction) time.millisecond = Number(fraction.padEnd(3, '0'));
  if (hour > 23 || (time.minute ?? 0) > 59 || (time.second ?? 0) > 59) return undefined;
  return time;
}

/** TimelineJS3 reads `1,850` and `1 850` as 1850. */
const cleanNumber = (text: string) => text.replace(/[\s,]+/g, '');

export interface TimelineJsSheet {
  /** TimelineJS3 JSON: `{ title?, eras, events }`. */
  payload: Slide;
  /** The row and column a TimelineJS3 path (`events[2].start_date.month`) was read from. */
  locate(keys: Keys): SheetLocation | undefined;
  /** Rows and columns that could not be read. */
  problems: SheetProblem[];
}

class SheetReader {
  readonly problems: SheetProblem[] = [];

  constructor(private readonly row: number) {}

  problem(severity: SheetProblem['severity'], field: Column | string, message: string): void {
    this.problems.push({ severity, message, row: this.row, field });
  }

  date(cells: Cells, end: boolean): Slide | undefined {
    const prefix = end ? 'End ' : '';
    const [yearColumn, monthColumn, dayColumn, timeColumn] = (['Year', 'Month', 'Day', 'Time'] as const).map((unit) => `${prefix}${unit}` as Column);
    const [year, month, day, time] = [yearColumn, monthColumn, dayColumn, timeColumn].map((column) => cells[column!] ?? '');
    if (!year && !month && !day && !time) return undefined;
    const date: Slide = {};
    if (year) date.year = cleanNumber(year);
    if (month) date.month = cleanNumber(month);
    if (day) date.day = cleanNumber(day);
    if (time) {
      const parsed = parseSheetTime(time);
      if (parsed) Object.assign(date, parsed);
      else this.problem('error', timeColumn!, `expected a time like 13:30 or 1:30 PM, got ${JSON.stringify(time)}`);
    }
    return date;
  }

  slide(cells: Cells): Slide {
    const slide: Slide = {};
    const start = this.date(cells, false);
    if (start) slide.start_date = start;
    const end = this.date(cells, true);
    if (end) slide.end_date = end;
    if (cells['Display Date']) slide.display_date = cells['Display Date'];
    slide.text = { headline: cells.Headline ?? '', text: cells.Text ?? '' };
    const media = {
      url: cells.Media ?? '',
      caption: cells['Media Caption'] ?? '',
      credit: cells['Media Credit'] ?? '',
      thumbnail: cells['Media Thumbnail'] ?? '',
    };
    if (Object.values(media).some(Boolean)) slide.media = media;
    if (cells.Group) slide.group = cells.Group;
    // The sheet's Background is a colour ("#8b0000") or an image's address, as TimelineJS3 reads it.
    if (cells.Background) slide.background = /^#|^[a-z]+$/i.test(cells.Background.trim()) ? { color: cells.Background } : { url: cells.Background };
    return slide;
  }
}

/** Reads the template's rows (the header first) as TimelineJS3 JSON. Throws a SheetError when it is not the template. */
export function readTimelineJsRows(sheetRows: readonly (readonly string[])[]): TimelineJsSheet {
  return allSteps(readingTimelineJsRows(sheetRows));
}

/** readTimelineJsRows as steps: a pause after each row, so that a sheet of thousands of rows is read in slices. */
export function* readingTimelineJsRows(sheetRows: readonly (readonly string[])[]): Steps<TimelineJsSheet> {
  const [header = [], ...records] = sheetRows;
  const problems: SheetProblem[] = [];
  const columns = header.map((name, index) => {
    const column = columnNamed(name);
    if (!column && name.trim() !== '')
      problems.push({
        severity: 'warning',
        message: `column ${JSON.stringify(name.trim())} is not in the TimelineJS3 template; ignored`,
        row: 1,
        field: name.trim(),
      });
    if (column && header.findIndex((other) => columnNamed(other) === column) !== index) {
      problems.push({ severity: 'warning', message: `a second ${column} column; the first one is read`, row: 1, field: column });
      return undefined;
    }
    return column;
  });
  if (!columns.includes('Year') && !columns.includes('Headline')) {
    throw new SheetError(
      `has no Year or Headline column: expected the CSV of the TimelineJS3 template, whose first row is ${TEMPLATE_COLUMNS.slice(0, 4).join(', ')} …`,
      1,
    );
  }
  const payload: Slide = { events: [], eras: [] };
  const rows: Record<'title' | 'events' | 'eras', number[]> = { title: [], events: [], eras: [] };
  for (const [index, record] of records.entries()) {
    yield;
    const row = index + 2;
    const cells: Cells = {};
    record.forEach((value, column) => {
      const name = columns[column];
      if (name && value.trim() !== '') cells[name] = value.trim();
    });
    if (Object.keys(cells).length === 0) continue;
    const reader = new SheetReader(row);
    const slide = reader.slide(cells);
    const type = (cells.Type ?? '').toLowerCase();
    const isTitle = type === 'title' && rows.title.length === 0;
    if (type === 'title' && !isTitle) reader.problem('warning', 'Type', 'a second title row; read as an event');
    else if (type !== '' && type !== 'title' && type !== 'era')
      reader.problem('warning', 'Type', `${JSON.stringify(cells.Type)} is neither "title" nor "era"; read as an event`);
    problems.push(...reader.problems);
    if (isTitle) {
      payload.title = slide;
      rows.title.push(row);
      continue;
    }
    const kind = type === 'era' ? 'eras' : 'events';
    (payload[kind] as Slide[]).push(slide);
    rows[kind].push(row);
  }
  return {
    payload,
    problems,
    locate(keys) {
      const [kind, index, ...rest] = keys;
      if (kind === 'title') {
        const row = rows.title[0];
        const field = columnOf(index === undefined ? [] : [index, ...rest]);
        return row === undefined ? undefined : { row, ...(field ? { field } : {}) };
      }
      if ((kind === 'events' || kind === 'eras') && typeof index === 'number') {
        const row = rows[kind][index];
        const field = columnOf(rest);
        return row === undefined ? undefined : { row, ...(field ? { field } : {}) };
      }
      return undefined;
    },
  };
}
