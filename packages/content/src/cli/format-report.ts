import { escapeHidden } from '../escape.js';
import type { Problem, ValidationReport, Warning } from './validate.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * One problem as editors read it, `file:line:column: path: message`, the form terminals and
 * VS Code turn into a link to the place. No path for a file-level problem; a document in a list
 * is named by its id after its path. Everything in it can come from content, file names too, so
 * hidden characters are escaped: a line always starts with a real file name, and nothing
 * reaches the terminal as a control.
 */
export function formatProblem(problem: Problem): string {
  const file = escapeHidden(problem.file);
  const place = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column}`;
  const message = escapeHidden(problem.message);
  const path =
    problem.document === undefined
      ? escapeHidden(problem.path)
      : `${escapeHidden(problem.path)} (in '${escapeHidden(problem.document)}')`;
  return path === '' ? `${place}: ${message}` : `${place}: ${path}: ${message}`;
}

/** A recommendation, marked as one: `file: path: warning: message`. */
export const formatWarning = (warning: Warning): string =>
  formatProblem({ ...warning, message: `warning: ${warning.message}` });

/** The report as JSON, its text escaped as in `formatProblem`. */
export const formatJsonReport = (report: Omit<ValidationReport, 'ioError'>) =>
  JSON.stringify(
    report,
    (_key, value: unknown) => (typeof value === 'string' ? escapeHidden(value) : value),
    2,
  );

/** The CLI's text report: a line per problem, a line per warning, then a summary line. */
export function formatReport(report: ValidationReport): string[] {
  const checked = `${plural(report.documents, 'document')} in ${plural(report.files, 'file')}`;
  const warnings =
    report.warnings.length === 0 ? '' : ` ${plural(report.warnings.length, 'warning')}.`;
  return [
    ...report.problems.map(formatProblem),
    ...report.warnings.map(formatWarning),
    report.valid
      ? `✔ ${checked}: all valid.${warnings}`
      : `✖ ${plural(report.problems.length, 'problem')} found in ${checked}.${warnings}`,
  ];
}
