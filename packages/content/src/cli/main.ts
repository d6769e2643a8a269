import { parseArgs } from 'node:util';
import { escapeHidden } from '../escape.js';
import { formatJsonReport, formatReport } from './format-report.js';
import { importPaths } from './import-html.js';
import { migratePaths } from './migrate.js';
import { type ValidationReport, validatePaths } from './validate.js';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage: iom-content validate <file-or-folder>... [--format text|json] [--strict]
       iom-content import <file.html-or-folder>... [--out <folder>]
       iom-content migrate <file-or-folder>... [--write]

Validates IOM content documents (.json, .yaml, .yml, and .md: Markdown with YAML front
matter; folders are read recursively), each on its own and all together as a collection.
Problems are printed as file:line:column: field: message.

Imports HTML pages (a CMS export) as Markdown content files: the front matter from the page's
<title> and <meta> tags, the text from its <article>, <main> or <body>. It prints what it could
not carry over, and the fields left for the editor to fill in.

migrate upgrades content written for @iom/content 0.x (a link's 'url' becomes 'href'),
printing each change; without --write it only says what would change.

Options:
  --format text|json   how to print the report (default: text)
  --strict             treat warnings (recommendations) as problems: exit 1 when there are any
  --write              (migrate) change the files
  --out <folder>       where import writes the .md files (default: beside each page)
  -h, --help           show this help

Exit codes: 0 valid, 1 problems found (a file that cannot be read is one), 2 usage
error, a named path that does not exist, or nothing readable.
Warnings (recommendations) are printed but exit 0, unless --strict is given.`;

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

function printText(report: ValidationReport, output: Output) {
  for (const line of formatReport(report)) output.out(line);
}

/** Runs the CLI with `args` (without `node` and the script) and returns the exit code. */
export async function main(args: readonly string[], output: Output): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(args);
  } catch (error) {
    output.err(`iom-content: ${escapeHidden((error as Error).message)}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(USAGE);
    return EXIT_VALID;
  }
  const [command, ...paths] = positionals;
  if (command === 'migrate' && paths.length > 0) {
    const migration = await migratePaths(paths, values.write === true);
    for (const line of migration.lines) output.out(line);
    return migration.ioError ? EXIT_USAGE : EXIT_VALID;
  }
  if (command === 'import') {
    if (paths.length === 0) {
      output.err(`iom-content: name at least one HTML file or folder to import\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    return importPaths(paths, values.out, output);
  }
  const format = values.format ?? 'text';
  const usageError =
    command !== 'validate' && command !== 'migrate'
      ? command === undefined
        ? 'missing command'
        : `unknown command '${command}'`
      : paths.length === 0
        ? 'name at least one file or folder to validate'
        : format !== 'text' && format !== 'json'
          ? `unknown format '${format}'; use text or json`
          : undefined;
  if (usageError !== undefined) {
    output.err(`iom-content: ${escapeHidden(usageError)}\n\n${USAGE}`);
    return EXIT_USAGE;
  }

  const report = await validatePaths(paths);
  if (format === 'json') {
    const { ioError: _ioError, ...json } = report;
    output.out(formatJsonReport(json));
  } else {
    printText(report, output);
  }
  if (report.ioError) return EXIT_USAGE;
  if (values.strict && report.warnings.length > 0) return EXIT_INVALID;
  return report.valid ? EXIT_VALID : EXIT_INVALID;
}

function parseCommandLine(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      strict: { type: 'boolean' },
      write: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
