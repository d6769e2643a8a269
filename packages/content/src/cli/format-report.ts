import type { Problem, ValidationReport, Warning } from './validate.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One problem as editors read it: `file: path: message` (no path for a file-level problem). */
export function formatProblem(problem: Problem): string {
  return problem.path === ''
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.path}: ${problem.message}`;
}

/** A recommendation, marked as one: `file: path: warning: message`. */
export const formatWarning = (warning: Warning): string =>
  formatProblem({ ...warning, message: `warning: ${warning.message}` });

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
