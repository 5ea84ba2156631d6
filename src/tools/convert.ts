/**
 * `convert --from timelinejs`: TimelineJS3 JSON, or the CSV of its Google Sheets template, as our
 * timeline format. `convert --from csv`: a spreadsheet of people (src/core/people-csv.ts, the
 * widgets' own reader) as a prisoner feed. The conversion is the widget's own (`fromTimelineJs`); this adds the sheet
 * reader, places every note and error in the file, and writes the result as the widgets' data is
 * written (fields in the schema's order, two-space JSON).
 */
import { isTimelineJs } from '../core/adapters/timelinejs.js';
import { type ReadOptions, readSource } from './input.js';
import { parseJsonText } from './json-text.js';
import { InputError, type Problem, errorsOf } from './problems.js';
import { checkTimelineJs } from './timelinejs-check.js';
import { readRecords, readTimelineJsSheet } from './timelinejs-sheet.js';
import { readPeopleRows } from '../core/people-csv.js';
import { checkPayload } from './validate.js';
import { toJsonText } from './json-output.js';

export const CONVERT_FORMATS = ['timelinejs', 'csv'] as const;
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];

export interface ConvertOptions extends ReadOptions {
  from: ConvertFormat;
}

export interface ConvertResult {
  source: string;
  /** True when the converted timeline is valid: `json` is then set. */
  ok: boolean;
  /** What was read: TimelineJS3 JSON, or the template's CSV. */
  format?: 'json' | 'csv';
  /** The converted timeline (or, from `csv`, the feed of people), valid or not. */
  timeline?: unknown;
  /** The timeline as a file's text, when it is valid. */
  json?: string;
  /** What could not be carried over (warnings) and what makes the result invalid (errors). */
  problems: Problem[];
}

/** JSON starts with `{`; anything else is read as the sheet's CSV. */
const looksLikeJson = (text: string) => /^\s*[{[]/.test(text);

function convertText(text: string): Omit<ConvertResult, 'source'> {
  if (looksLikeJson(text)) {
    const json = parseJsonText(text);
    if (!isTimelineJs(json.value)) {
      throw new InputError('is not TimelineJS3 JSON: expected an "events" list of slides with "start_date" objects or "text" headlines');
    }
    const { timeline, problems } = checkTimelineJs(json.value, (keys) => json.positionOf(keys));
    return { ok: errorsOf(problems).length === 0, format: 'json', timeline, problems };
  }
  const sheet = readTimelineJsSheet(text);
  const { timeline, problems } = checkTimelineJs(sheet.payload, sheet.locate, false);
  const all = [...sheet.problems, ...problems];
  return { ok: errorsOf(all).length === 0, format: 'csv', timeline, problems: all };
}

/** A spreadsheet of people as a feed, each problem at its row and column. */
function convertPeople(text: string): Omit<ConvertResult, 'source'> {
  const { feed, rows, problems: headerProblems } = readPeopleRows(readRecords(text));
  const problems: Problem[] = headerProblems.map((message) => ({ severity: 'warning', message: message.replace(/^row 1: /, ''), row: 1 }));
  const report = checkPayload('', feed, 'prisoner-list', (keys) => {
    const [list, index, ...rest] = keys;
    if (list !== 'people' || typeof index !== 'number' || rows[index] === undefined) return undefined;
    const field = rest.filter((key) => typeof key === 'string').join('.');
    return { row: rows[index], ...(field ? { field } : {}) };
  });
  const all = [...problems, ...report.problems.map(({ source: _source, ...problem }) => problem)];
  return { ok: errorsOf(all).length === 0, format: 'csv', timeline: feed, problems: all };
}

/** Converts a file, `-` or http(s) URL. Never throws for bad input: it reports it. */
export async function convert(source: string, options: ConvertOptions): Promise<ConvertResult> {
  if (!(CONVERT_FORMATS as readonly string[]).includes(options.from)) {
    return {
      source,
      ok: false,
      problems: [{ source, severity: 'error', message: `cannot convert from ${JSON.stringify(options.from)}: only from ${CONVERT_FORMATS.join(', ')}` }],
    };
  }
  try {
    const text = await readSource(source, options);
    const result = options.from === 'csv' ? convertPeople(text) : convertText(text);
    const problems = result.problems.map((problem) => ({ source, ...problem }));
    return { source, ...result, problems, ...(result.ok ? { json: toJsonText(result.timeline) } : {}) };
  } catch (error) {
    if (error instanceof InputError) return { source, ok: false, problems: [error.toProblem(source)] };
    throw error;
  }
}
