/** How the command line shows results: problems grouped by file, one per line, in colour only on a terminal. */
import type { Problem } from './problems.js';

export interface Style {
  error(text: string): string;
  warning(text: string): string;
  success(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const paint = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/** ANSI colours when `stream` is a terminal (or FORCE_COLOR is set), never when NO_COLOR is set or TERM is dumb. */
export function styleFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Style {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const colour = !env.NO_COLOR && env.TERM !== 'dumb' && (forced || stream.isTTY === true);
  if (!colour) return { error: plain, warning: plain, success: plain, dim: plain, bold: plain };
  return { error: paint(31, 39), warning: paint(33, 39), success: paint(32, 39), dim: paint(2, 22), bold: paint(1, 22) };
}

/** `12:7`, `12`, `row 5, Year`, or nothing. */
function locationOf(problem: Problem): string {
  if (problem.line !== undefined) return problem.column !== undefined ? `${problem.line}:${problem.column}` : `${problem.line}`;
  if (problem.row !== undefined) return problem.field ? `row ${problem.row}, ${problem.field}` : `row ${problem.row}`;
  return '';
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** `2 errors, 1 warning`, or '' when there are none. */
export function countsOf(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

/** Top to bottom in the file (or sheet); problems with no place first. */
const byPlace = (a: Problem, b: Problem) => (a.line ?? a.row ?? 0) - (b.line ?? b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** The problems' lines, under a heading per source when `bySource`, each group top to bottom; indented by two spaces. */
export function formatProblems(problems: readonly Problem[], style: Style, bySource = true): string {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = bySource ? (problem.source ?? '') : '';
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  const lines: string[] = [];
  for (const [source, group] of groups) {
    if (bySource && source) lines.push(style.bold(source));
    const width = Math.max(...group.map((problem) => locationOf(problem).length));
    for (const problem of [...group].sort(byPlace)) {
      const severity = problem.severity === 'error' ? style.error('error  ') : style.warning('warning');
      const location = locationOf(problem).padEnd(width);
      lines.push(`  ${width ? `${style.dim(location)}  ` : ''}${severity}  ${problem.message}`);
    }
  }
  return lines.join('\n');
}
