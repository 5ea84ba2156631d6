/**
 * The CSV that TimelineJS3's Google Sheets template exports (File → Download → CSV, or "Publish to
 * the web" as CSV): split into cells here, strictly, so that broken quoting is reported at its
 * line; the columns are read by the widget's own reader (src/core/adapters/timelinejs-sheet.ts).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { readTimelineJsRows, SheetError, type TimelineJsSheet } from '../core/adapters/timelinejs-sheet.js';
import { InputError } from './problems.js';

export { TEMPLATE_COLUMNS, type TimelineJsSheet } from '../core/adapters/timelinejs-sheet.js';

/** A CSV text's records, strictly: broken quoting is an InputError at its line. */
export function readRecords(text: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, relax_quotes: false, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new InputError(`is not valid CSV: ${error.message.replace(/^[A-Z_]+: /, '')}`, line ? { line } : {});
    }
    throw error;
  }
}

/** Reads the template's CSV export as TimelineJS3 JSON. */
export function readTimelineJsSheet(text: string): TimelineJsSheet {
  try {
    return readTimelineJsRows(readRecords(text));
  } catch (error) {
    if (error instanceof SheetError) throw new InputError(error.message, { row: error.row });
    throw error;
  }
}
