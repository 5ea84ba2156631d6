/** What the tools report: errors (the data cannot be published) and warnings (it can, but read this). */

export type Severity = 'error' | 'warning';

/** One problem, where it is and what it is, in the parts `--json` gives and the line a person reads. */
export interface Problem {
  severity: Severity;
  /** The whole message, starting with the path when there is one: `events[3].date: expected a date …, got "2005-13"`. */
  message: string;
  /** The file or URL, as given. */
  source?: string;
  /** 1-based line and column in a local text file. */
  line?: number;
  column?: number;
  /** In a CSV sheet: the row as a spreadsheet numbers it (the header is row 1), and the column's header. */
  row?: number;
  field?: string;
  /** The path of the value in the data: `events[3].date`. */
  path?: string;
  /** What was expected and what was found, for validation errors. */
  expected?: string;
  received?: string;
}

/** Where in a source a problem is. */
export type Location = Pick<Problem, 'source' | 'line' | 'column' | 'row' | 'field'>;

/**
 * A problem with the input that stops the work on it (a missing file, a file too large, bad
 * syntax): reported as an error naming the place, never as a stack trace.
 */
export class InputError extends Error {
  readonly location: Location;

  constructor(message: string, location: Location = {}) {
    super(message);
    this.name = 'InputError';
    this.location = location;
  }

  toProblem(source?: string): Problem {
    return { severity: 'error', message: this.message, ...(source === undefined ? {} : { source }), ...this.location };
  }
}

export const errorsOf = (problems: readonly Problem[]) => problems.filter((problem) => problem.severity === 'error');
