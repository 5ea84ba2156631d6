import * as v from 'valibot';

/** `actions[2].url`, `signatures.goal`, or `(root)`. */
export function pathOf(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path || '(root)';
}

/** What was found, as an error shows it: `"soon"`, `a list`, `nothing`. */
export function describeReceived(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined) return 'nothing';
  if (typeof issue.input === 'string') {
    const shown = issue.input.length > 40 ? `${issue.input.slice(0, 40)}…` : issue.input;
    return JSON.stringify(shown);
  }
  if (Array.isArray(issue.input)) return 'a list';
  if (typeof issue.input === 'object' && issue.input !== null) return 'an object';
  return issue.received;
}

/** True for an issue about a field that is not there at all. */
export const isMissing = (issue: v.BaseIssue<unknown>) => issue.kind === 'schema' && issue.input === undefined && issue.type !== 'undefined';

/** One line per problem, naming the path and what was expected: `deadline: expected a date like 2005-05-13, got "soon"`. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = pathOf(issue.path?.map((item) => item.key) ?? []);
  if (isMissing(issue)) return `${path}: is required`;
  const expectation = issue.message.startsWith('expected') ? issue.message : `expected ${issue.expected ?? issue.type}`;
  return `${path}: ${expectation}, got ${describeReceived(issue)}`;
}

export type ValidationResult<T> =
  | {
      ok: true;
      value: T;
      /**
       * Set when only part of the value has been checked so far, enough to start showing it (a long
       * timeline's outline): checks the rest, called once the value is on screen, and resolves with
       * the problems found, none when it passes.
       */
      remaining?: () => Promise<string[]>;
    }
  | { ok: false; errors: string[] };

/** Validates a payload against a widget's schema, collecting every problem (not only the first). */
export function validate<T>(schema: v.GenericSchema<unknown, T>, payload: unknown): ValidationResult<T> {
  const result = v.safeParse(schema, payload);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, errors: result.issues.map(describeIssue) };
}
