import { parseArgs } from 'node:util';
import { escapeHidden } from '../escape.js';
import {
  contentJsonSchema,
  JSON_SCHEMA_FILES,
  type JsonSchemaName,
} from '../json-schema/generate.js';
import { CONFIG_FILES, loadConfig } from './config.js';
import { formatJsonReport, formatReport } from './format-report.js';
import { importPaths } from './import-html.js';
import { migratePaths } from './migrate.js';
import { loadContent, type ValidationReport } from './validate.js';
import { watchContent } from './watch.js';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage: iom-content validate <file-or-folder>... [--format text|json] [--strict] [--watch]
       iom-content import <file.html-or-folder>... [--out <folder>]
       iom-content migrate <file-or-folder>... [--write]
       iom-content schema <article|event|project|organisation|document>

Validates IOM content documents (.json, .yaml, .yml, and .md: Markdown with YAML front
matter; folders are read recursively), each on its own and all together as a collection.
Problems are printed as file:line:column: field: message.

Imports HTML pages (a CMS export) as Markdown content files: the front matter from the page's
<title> and <meta> tags, the text from its <article>, <main> or <body>. It prints what it could
not carry over, and the fields left for the editor to fill in.

migrate upgrades content written for @iom/content 0.x (a link's 'url' becomes 'href'),
printing each change; without --write it only says what would change.

schema prints the JSON Schema of a document type, with the site's fields.

A site declares its own fields in ${CONFIG_FILES.join(' or ')} in the current
folder (or the file given with --config), whose default export is
createContentModel({ extend: { project: { primaId: z.string() } } }) from @iom/content.

Options:
  --format text|json   how to print the report (default: text)
  --strict             treat warnings (recommendations) as problems: exit 1 when there are any
  -w, --watch          (validate) stay running and validate again on every save: the changed
                       files and, with them, the whole collection; Ctrl+C stops
  --write              (migrate) change the files
  --out <folder>       where import writes the .md files (default: beside each page)
  --config <file>      the site's content model (default: ${CONFIG_FILES.join(' or ')})
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

/**
 * Runs the CLI with `args` (without `node` and the script) and returns the exit code. With
 * `--watch` it validates on every save until `signal` aborts, then returns the last run's code.
 */
export async function main(
  args: readonly string[],
  output: Output,
  signal: AbortSignal = new AbortController().signal,
): Promise<number> {
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
    command !== 'validate' && command !== 'migrate' && command !== 'schema'
      ? command === undefined
        ? 'missing command'
        : `unknown command '${command}'`
      : command === 'schema'
        ? paths.length !== 1 || !Object.hasOwn(JSON_SCHEMA_FILES, paths[0] ?? '')
          ? `name one document type: ${Object.keys(JSON_SCHEMA_FILES).join(', ')}`
          : undefined
        : paths.length === 0
          ? 'name at least one file or folder to validate'
          : format !== 'text' && format !== 'json'
            ? `unknown format '${format}'; use text or json`
            : undefined;
  const watchError =
    values.watch && command !== 'validate' ? '--watch goes with validate only' : undefined;
  if (usageError !== undefined || watchError !== undefined) {
    output.err(`iom-content: ${escapeHidden(usageError ?? watchError ?? '')}\n\n${USAGE}`);
    return EXIT_USAGE;
  }

  const config = await loadConfig(process.cwd(), values.config);
  if (config.error !== undefined) {
    output.err(`iom-content: ${escapeHidden(config.error)}`);
    return EXIT_USAGE;
  }
  const { model } = config;
  if (command === 'schema') {
    const name = paths[0] as JsonSchemaName;
    if (model !== undefined && model.toJsonSchema === undefined) {
      output.err(
        "iom-content: the config's model has no toJsonSchema; make it with createContentModel",
      );
      return EXIT_USAGE;
    }
    output.out(JSON.stringify(model?.toJsonSchema?.(name) ?? contentJsonSchema(name), null, 2));
    return EXIT_VALID;
  }

  const validate = async () => {
    const { report } = await loadContent(paths, undefined, model === undefined ? {} : { model });
    if (format === 'json') {
      const { ioError: _ioError, ...json } = report;
      output.out(formatJsonReport(json));
    } else {
      printText(report, output);
    }
    if (report.ioError) return EXIT_USAGE;
    if (values.strict && report.warnings.length > 0) return EXIT_INVALID;
    return report.valid ? EXIT_VALID : EXIT_INVALID;
  };
  let code = await validate();
  if (!values.watch || code === EXIT_USAGE) return code;

  // Every save validates the changed files again, and the whole collection with them: a
  // reference into the changed file, or a duplicate id, is decided across all of them.
  output.out(`Watching ${paths.join(', ')} for changes (Ctrl+C stops).`);
  await watchContent(
    paths,
    process.cwd(),
    async (files) => {
      output.out(`\n↻ ${files.map(escapeHidden).join(', ')} changed; validating again.`);
      code = await validate();
    },
    signal,
  );
  return code;
}

function parseCommandLine(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      strict: { type: 'boolean' },
      watch: { type: 'boolean', short: 'w' },
      write: { type: 'boolean' },
      config: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
