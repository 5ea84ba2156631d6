/**
 * TimelineJS3 data through the widget's own adapter and schema: what `validate` and `convert`
 * say about it, each problem at its place in the TimelineJS3 file or sheet.
 */
import { fromTimelineJs } from '../core/adapters/timelinejs.js';
import { TimelineSchema } from '../core/schema/timeline.js';
import { validateWithIssues } from '../core/schema/issues.js';
import { conform } from './conform.js';
import { type Locate, firstPerPath, issueProblem } from './findings.js';
import type { Problem } from './problems.js';
import { splitNote, timelineJsKeysOf } from './timelinejs-paths.js';

export interface TimelineJsResult {
  /** Our timeline, fields in the schema's order. */
  timeline: unknown;
  /** What could not be carried over (warnings) and what makes the timeline invalid (errors). */
  problems: Problem[];
}

/**
 * Converts TimelineJS3 JSON with `fromTimelineJs` and validates the result. `pathsInMessages`
 * says whether a message starts with the path in the file (JSON) or not (a sheet, where the row
 * and column say where).
 */
export function checkTimelineJs(payload: unknown, locate: Locate | undefined, pathsInMessages = true): TimelineJsResult {
  const { timeline: converted, notes } = fromTimelineJs(payload);
  const problems: Problem[] = notes.map((note) => {
    const { keys, path, message } = splitNote(note);
    return { severity: 'warning', message: pathsInMessages ? note : message, ...(path ? { path } : {}), ...locate?.(keys) };
  });
  const timeline = conform(TimelineSchema, converted).value;
  const result = validateWithIssues(TimelineSchema, timeline);
  if (!result.ok) {
    for (const issue of firstPerPath(result.issues)) {
      const problem = issueProblem(issue, locate, timelineJsKeysOf(issue.keys));
      if (!pathsInMessages) problem.message = problem.message.slice((problem.path?.length ?? 0) + 2);
      problems.push(problem);
    }
  }
  return { timeline, problems };
}
