import type { Problem, ValidationReport } from './validate.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One problem as editors read it: `file: path: message` (no path for a file-level problem). */
export function formatProblem(problem: Problem): string {
  return problem.path === ''
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.path}: ${problem.message}`;
}

/** The CLI's text report: a line per problem, then a summary line. */
export function formatReport(report: ValidationReport): string[] {
  const checked = `${plural(report.documents, 'document')} in ${plural(report.files, 'file')}`;
  return [
    ...report.problems.map(formatProblem),
    report.valid
      ? `✔ ${checked}: all valid.`
      : `✖ ${plural(report.problems.length, 'problem')} found in ${checked}.`,
  ];
}
