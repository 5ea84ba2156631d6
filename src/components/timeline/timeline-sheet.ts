/**
 * A timeline from the rows of TimelineJS3's sheet template (a Google Sheet or its CSV), read as
 * `convert` reads it (src/core/adapters/timelinejs-sheet.ts), then converted as TimelineJS3 JSON is.
 * A row that cannot be shown is left out and named by its row and column; the others show.
 * Downloaded only for a sheet.
 */
import { convertingTimelineJs, EVENT_SLIDE_KEYS } from '../../core/adapters/timelinejs.js';
import { readingTimelineJsRows } from '../../core/adapters/timelinejs-sheet.js';
import { TimelineEventSchema } from '../../core/schema/timeline.js';
import { validate } from '../../core/schema/validate.js';
import { csvReader, inSlices, stepsInSlices } from '../../core/sheets.js';

export { sheetFailure, sheetUrls } from '../../core/sheets.js';

/**
 * The timeline in our format, without the rows that cannot be shown. Rows are checked one by one, in
 * slices, so that a sheet of thousands of rows does not block the page. The console hears, after
 * `label`, what was not carried over (as for TimelineJS3 JSON) and, as `row 5, column Year: …`,
 * the rows left out and the cells read only in part.
 */
export async function timelineFromSheet(rows: string[][], signal: AbortSignal, label: string): Promise<unknown> {
  // Reading the rows, converting them (as TimelineJS3 JSON is converted) and checking them each run
  // in slices of a few milliseconds.
  const sheet = await stepsInSlices(readingTimelineJsRows(rows), signal);
  const unread = sheet.problems.filter((problem) => problem.severity === 'error').map(({ row, field, message }) => `row ${row}, column ${field}: ${message}`);
  const { timeline, notes } = await stepsInSlices(convertingTimelineJs(sheet.payload), signal);
  const events = (timeline as { events?: unknown }).events;
  if (!Array.isArray(events)) return timeline;
  const kept: unknown[] = [];
  await inSlices(events, signal, (event, index) => {
    const checked = validate(TimelineEventSchema, event);
    if (checked.ok) {
      kept.push(event);
      return;
    }
    for (const error of checked.errors) {
      const field = /^[A-Za-z]+/.exec(error)?.[0] ?? '';
      const where = sheet.locate(['events', index, ...(EVENT_SLIDE_KEYS[field] ?? [])]);
      const place = where ? `row ${where.row}${where.field ? `, column ${where.field}` : ''}` : `events[${index}]`;
      unread.push(`${place}: ${error}; the row is left out`);
    }
  });
  if (notes.length > 0) console.info(`${label}: read as a TimelineJS3 sheet:\n  ${notes.join('\n  ')}`);
  if (unread.length > 0) console.warn(`${label}: left out rows that cannot be shown:\n  ${unread.join('\n  ')}`);
  return { ...(timeline as object), events: kept };
}

/** The timeline's SheetReader's `readSheet` (src/core/sheets.ts): a CSV answer read as above. */
export const readSheet = csvReader(timelineFromSheet);
