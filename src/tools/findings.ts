/**
 * Validation results and unknown fields as problems located in the source: shared by `validate`,
 * `convert` and `compile`, which differ only in how they find a path's place in their files.
 */
import type { SchemaIssue } from '../core/schema/issues.js';
import { pathOf } from '../core/schema/validate.js';
import { type UnknownField, closestField } from './conform.js';
import type { Location, Problem } from './problems.js';

type Keys = (string | number)[];

/** Where the value at `keys` is in the source, or nothing when it cannot be told. */
export type Locate = (keys: Keys) => Location | undefined;

/**
 * The first issue at each path: a value that fails one check often fails the next for the same
 * reason (`"soon"` is neither shaped like a date nor a real one), and one line says it.
 */
export function firstPerPath(issues: readonly SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.path) && seen.add(issue.path));
}

/** A validation issue as an error at its place; `keys` are the issue's in the source's own terms when they differ. */
export function issueProblem(issue: SchemaIssue, locate: Locate | undefined, keys: Keys = issue.keys): Problem {
  const path = pathOf(keys);
  const detail = issue.message.slice(issue.path.length + 2);
  return {
    severity: 'error',
    message: `${path}: ${detail}`,
    path,
    expected: issue.expected,
    received: issue.received,
    ...locate?.(keys),
  };
}

/** `withdrawn` records carry nothing but their id and the reason. */
const isWithdrawnShape = (known: readonly string[]) => known.length === 2 && known.includes('id') && known.includes('withdrawn');

/**
 * A field no widget reads, as a warning. `validate` finds it in a file about to be published
 * (`ignored`); `compile` leaves it out of what it writes (`left out`). In a withdrawn record,
 * whatever else it holds is what must not be published.
 */
export function unknownFieldProblem(field: UnknownField, tool: 'validate' | 'compile', locate: Locate | undefined): Problem {
  const path = pathOf(field.keys);
  let message: string;
  if (isWithdrawnShape(field.known)) {
    message =
      tool === 'compile'
        ? `${path}: left out: a withdrawn record publishes only its id and withdrawn`
        : `${path}: the widget shows nothing of a withdrawn record, but anyone can read this in the file: remove it`;
  } else {
    const guess = closestField(String(field.keys.at(-1)), field.known);
    message = `${path}: not a field the widget reads${guess ? ` (did you mean ${guess}?)` : ''}; ${tool === 'compile' ? 'left out' : 'ignored'}`;
  }
  return { severity: 'warning', message, path, ...locate?.(field.keys) };
}
