/** `validate`: is this file, URL or value a widget's valid data? Every problem, each at its line. */
import { validateWithIssues } from '../core/schema/issues.js';
import { conform } from './conform.js';
import { type DataType, UNDETECTED_MESSAGE, detectType, schemaOf, summaryOf } from './data-types.js';
import { type Locate, firstPerPath, issueProblem, unknownFieldProblem } from './findings.js';
import { type ReadOptions, isUrl, readSource } from './input.js';
import { parseJsonText } from './json-text.js';
import { InputError, type Problem, errorsOf } from './problems.js';
import { checkTimelineJs } from './timelinejs-check.js';

export interface ValidateOptions extends ReadOptions {
  /** The data's type; detected from its shape when left out. */
  type?: DataType;
}

export interface ValidationReport {
  /** The file or URL, as given (`(data)` for a value). */
  source: string;
  /** The type the data was checked as. */
  type?: DataType;
  ok: boolean;
  /** For valid data, what it holds: `13 people`, `11 events`. */
  summary?: string;
  problems: Problem[];
}

function report(source: string, type: DataType | undefined, problems: Problem[], payload: unknown): ValidationReport {
  const ok = errorsOf(problems).length === 0;
  const withSource = problems.map((problem) => ({ source, ...problem }));
  return { source, ...(type ? { type } : {}), ok, ...(ok && type ? { summary: summaryOf(type, payload) } : {}), problems: withSource };
}

export function checkPayload(source: string, payload: unknown, requested: DataType | undefined, locate: Locate | undefined): ValidationReport {
  const type = requested ?? detectType(payload);
  if (!type) return report(source, undefined, [{ severity: 'error', message: UNDETECTED_MESSAGE, ...locate?.([]) }], payload);
  if (type === 'timelinejs') return report(source, type, checkTimelineJs(payload, locate).problems, payload);
  const schema = schemaOf(type);
  const problems: Problem[] = conform(schema, payload).unknownFields.map((field) => unknownFieldProblem(field, 'validate', locate));
  const result = validateWithIssues(schema, payload);
  if (!result.ok) problems.unshift(...firstPerPath(result.issues).map((issue) => issueProblem(issue, locate)));
  return report(source, type, problems, payload);
}

/** Validates a value already in memory (a CMS's object): no lines to name, the same checks. */
export function validateData(payload: unknown, options: { type?: DataType; source?: string } = {}): ValidationReport {
  return checkPayload(options.source ?? '(data)', payload, options.type, undefined);
}

/** Files that are data, but not JSON: which command reads them. */
const OTHER_COMMANDS: readonly [RegExp, string][] = [
  [/\.csv$/i, 'is a CSV file: validate checks JSON; turn a TimelineJS3 sheet into a timeline with: ahrca-widgets convert --from timelinejs'],
  [/\.(?:md|markdown|ya?ml)$/i, 'is Markdown or YAML: validate checks JSON; check a folder of Markdown files with: ahrca-widgets compile'],
];

/** Validates one file, `-` (standard input) or http(s) URL of JSON data. Never throws for bad input: it reports it. */
export async function validateSource(source: string, options: ValidateOptions = {}): Promise<ValidationReport> {
  try {
    const name = isUrl(source) ? new URL(source).pathname : source;
    const other = OTHER_COMMANDS.find(([pattern]) => pattern.test(name));
    if (other) throw new InputError(other[1]);
    const json = parseJsonText(await readSource(source, options));
    return checkPayload(source, json.value, options.type, (keys) => json.positionOf(keys));
  } catch (error) {
    if (error instanceof InputError) return report(source, options.type, [error.toProblem()], undefined);
    throw error;
  }
}

/** Validates each source in turn; `ok` when all are valid. */
export async function validate(sources: string | readonly string[], options: ValidateOptions = {}): Promise<{ ok: boolean; reports: ValidationReport[] }> {
  const reports: ValidationReport[] = [];
  for (const source of typeof sources === 'string' ? [sources] : sources) reports.push(await validateSource(source, options));
  return { ok: reports.every((entry) => entry.ok), reports };
}
