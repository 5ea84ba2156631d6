/**
 * Validation problems in their parts (path, what was expected, what was found), for tools that
 * show them apart or as JSON; the widgets need only the line `describeIssue` writes, so this
 * module stays out of their bundles.
 */
import * as v from 'valibot';
import { describeIssue, describeReceived, isMissing, pathOf } from './validate.js';

export interface SchemaIssue {
  /** The keys from the root to the value: `['actions', 2, 'url']`. */
  keys: (string | number)[];
  /** `actions[2].url`, or `(root)`. */
  path: string;
  /** What was expected: `a date like 2005-05-13 …`; `a value` for a missing field. */
  expected: string;
  /** What was found, as shown: `"soon"`, `a list`, `nothing`. */
  received: string;
  /** The line a person reads, as the widgets show it: `deadline: expected a date like 2005-05-13 …, got "soon"`. */
  message: string;
}

/** One valibot issue in its parts. */
export function schemaIssue(issue: v.BaseIssue<unknown>): SchemaIssue {
  const keys = (issue.path ?? []).map(({ key }) => (typeof key === 'number' ? key : String(key)));
  const message = describeIssue(issue);
  if (isMissing(issue)) return { keys, path: pathOf(keys), expected: 'a value', received: 'nothing', message };
  const expected = issue.message.startsWith('expected ') ? issue.message.slice('expected '.length) : (issue.expected ?? issue.type);
  return { keys, path: pathOf(keys), expected, received: describeReceived(issue), message };
}

/** Validates a payload against a schema, collecting every problem (not only the first), each in its parts. */
export function validateWithIssues<T>(schema: v.GenericSchema<unknown, T>, payload: unknown): { ok: true; value: T } | { ok: false; issues: SchemaIssue[] } {
  const result = v.safeParse(schema, payload);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: result.issues.map(schemaIssue) };
}
