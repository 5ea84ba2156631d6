import * as v from 'valibot';

/** `actions[2].url`, `signatures.goal`, or `(root)`. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path || '(root)';
}

function describeReceived(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined) return 'nothing';
  if (typeof issue.input === 'string') {
    const shown = issue.input.length > 40 ? `${issue.input.slice(0, 40)}…` : issue.input;
    return JSON.stringify(shown);
  }
  if (Array.isArray(issue.input)) return 'a list';
  if (typeof issue.input === 'object' && issue.input !== null) return 'an object';
  return issue.received;
}

/** One line per problem, naming the path and what was expected: `deadline: expected a date like 2005-05-13, got "soon"`. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue);
  if (issue.kind === 'schema' && issue.input === undefined && issue.type !== 'undefined') return `${path}: is required`;
  const expectation = issue.message.startsWith('expected') ? issue.message : `expected ${issue.expected ?? issue.type}`;
  return `${path}: ${expectation}, got ${describeReceived(issue)}`;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates a payload against a widget's schema, collecting every problem (not only the first). */
export function validate<T>(schema: v.GenericSchema<unknown, T>, payload: unknown): ValidationResult<T> {
  const result = v.safeParse(schema, payload);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, errors: result.issues.map(describeIssue) };
}
