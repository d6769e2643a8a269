import type { Problem, ValidationReport } from './validate.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * One problem as editors read it, `file:line:column: path: message`, the form terminals and
 * VS Code turn into a link to the place. No path for a file-level problem; a document in a list
 * is named by its id after its path.
 */
export function formatProblem(problem: Problem): string {
  const place =
    problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column}`;
  const path =
    problem.document === undefined ? problem.path : `${problem.path} (in '${problem.document}')`;
  return path === '' ? `${place}: ${problem.message}` : `${place}: ${path}: ${problem.message}`;
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
