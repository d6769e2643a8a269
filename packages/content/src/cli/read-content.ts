import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Content files larger than this are refused: a CMS export of one site is far smaller. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const CONTENT_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

/** One value read from a file, and where it stood there. */
export interface SourceValue {
  file: string;
  /** `[2]` when the file holds a list, `` when it holds one document. */
  pathPrefix: string;
  value: unknown;
}

/** A problem with a file as a whole; `fatal` ones are I/O or usage errors (exit 2). */
export interface FileProblem {
  file: string;
  message: string;
  fatal: boolean;
}

export interface ReadResult {
  files: string[];
  values: SourceValue[];
  problems: FileProblem[];
}

async function collectFiles(
  path: string,
  problems: FileProblem[],
  display: (path: string) => string,
) {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file or folder'
        : 'cannot be read';
    problems.push({ file: display(path), message: reason, fatal: true });
    return [];
  }
  if (info.isFile()) {
    if (CONTENT_EXTENSIONS.has(extname(path).toLowerCase())) return [path];
    problems.push({ file: display(path), message: 'not a .json, .yaml or .yml file', fatal: true });
    return [];
  }
  const found: string[] = [];
  const walk = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(folder, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && CONTENT_EXTENSIONS.has(extname(entry.name).toLowerCase()))
        found.push(child);
    }
  };
  await walk(path);
  if (found.length === 0) {
    problems.push({
      file: display(path),
      message: 'the folder holds no .json, .yaml or .yml files',
      fatal: true,
    });
  }
  return found;
}

/** `position 42` in a JSON.parse message → line and column, which editors can find. */
function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const detail = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '');
  if (position === undefined) return `not valid JSON: ${detail}`;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `not valid JSON (line ${line}, column ${column}): ${detail}`;
}

function parseFileText(file: string, text: string): { values: unknown[] } | { error: string } {
  if (extname(file).toLowerCase() === '.json') {
    try {
      return { values: [JSON.parse(text)] };
    } catch (error) {
      return { error: jsonErrorMessage(error, text) };
    }
  }
  const documents = parseAllDocuments(text, { prettyErrors: true });
  if (!Array.isArray(documents)) return { values: [] };
  for (const document of documents) {
    const first = document.errors[0];
    if (first !== undefined) {
      const where = first.linePos?.[0];
      const at = where === undefined ? '' : ` (line ${where.line}, column ${where.col})`;
      return {
        error: `not valid YAML${at}: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      };
    }
  }
  return { values: documents.map((document) => document.toJS()) };
}

/**
 * Reads content files and folders (recursively) into values to validate. A file holding a list
 * yields one value per item, so problems can be pointed at `[index].field`.
 */
export async function readContent(
  paths: readonly string[],
  cwd = process.cwd(),
): Promise<ReadResult> {
  const problems: FileProblem[] = [];
  // Paths inside the working folder are shown relative to it, others as they are.
  const display = (path: string) => {
    const fromCwd = relative(cwd, path);
    return fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
  };
  const files: string[] = [];
  for (const path of paths) {
    for (const file of await collectFiles(resolve(cwd, path), problems, display)) {
      if (!files.includes(file)) files.push(file);
    }
  }

  const values: SourceValue[] = [];
  for (const file of files) {
    const name = display(file);
    const { size } = await stat(file);
    if (size > MAX_FILE_BYTES) {
      const megabytes = (size / 1024 / 1024).toFixed(1);
      problems.push({
        file: name,
        message: `the file is ${megabytes} MB; content files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not read (split it into smaller files)`,
        fatal: true,
      });
      continue;
    }
    const parsed = parseFileText(file, await readFile(file, 'utf8'));
    if ('error' in parsed) {
      problems.push({ file: name, message: parsed.error, fatal: false });
      continue;
    }
    // A YAML stream of several documents gets its own index, like a list does.
    const many = parsed.values.length > 1;
    const before = values.length;
    for (const [documentIndex, value] of parsed.values.entries()) {
      const prefix = many ? `[${documentIndex}]` : '';
      const items = Array.isArray(value) ? value : [value];
      for (const [index, item] of items.entries()) {
        values.push({
          file: name,
          pathPrefix: Array.isArray(value) ? `${prefix}[${index}]` : prefix,
          value: item,
        });
      }
    }
    if (values.length === before) {
      problems.push({ file: name, message: 'the file holds no documents', fatal: false });
    }
  }
  return { files: files.map(display), values, problems };
}
