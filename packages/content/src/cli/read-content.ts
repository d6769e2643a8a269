import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import { type Locate, yamlLocate } from '../content-file/locate.js';
import { readMarkdownContent } from '../content-file/markdown.js';
import { TOO_DEEP } from '../rich-text/problems.js';

/** Content files larger than this are refused: a CMS export of one site is far smaller. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const CONTENT_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.md']);

/** One value read from a file, and where it stood there. */
export interface SourceValue {
  file: string;
  /** `[2]` when the file holds a list, `` when it holds one document. */
  pathPrefix: string;
  value: unknown;
  /** Where a field of `value` (a key path inside it) stood in the file. */
  locate: Locate;
}

/** A problem with a file as a whole; `fatal` ones are I/O or usage errors (exit 2). */
export interface FileProblem {
  file: string;
  message: string;
  fatal: boolean;
  /** The field it concerns, for a problem inside a document (Markdown the model cannot hold). */
  path?: string;
  line?: number;
  column?: number;
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
    problems.push({
      file: display(path),
      message: 'not a .json, .yaml, .yml or .md file',
      fatal: true,
    });
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
      message: 'the folder holds no .json, .yaml, .yml or .md files',
      fatal: true,
    });
  }
  return found;
}

/** A file's syntax error, with where it is. */
interface SyntaxProblem {
  error: string;
  line?: number;
  column?: number;
}

/** One document of a file (a list counts as one here), and how to find its fields. */
interface ParsedValue {
  value: unknown;
  locate: Locate;
}

/** JSON.parse's `position 42` → line and column, which editors can find. */
function jsonError(error: unknown, text: string): SyntaxProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const detail = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '');
  if (position === undefined) return { error: `not valid JSON: ${detail}` };
  const before = text.slice(0, Number(position));
  return {
    error: `not valid JSON: ${detail}`,
    line: before.split('\n').length,
    column: Number(position) - before.lastIndexOf('\n'),
  };
}

/**
 * JSON is read with JSON.parse, the fast path for valid content; only when a problem needs its
 * place is the text parsed again, by the YAML parser (JSON is YAML), for node positions.
 */
function lazyJsonLocate(text: string): Locate {
  let locate: Locate | undefined;
  return (keys) => {
    if (locate === undefined) {
      const lines = new LineCounter();
      locate = yamlLocate(parseDocument(text, { lineCounter: lines }), lines);
    }
    return locate(keys);
  };
}

function parseFileText(
  file: string,
  text: string,
): { values: ParsedValue[]; problems: Omit<FileProblem, 'file' | 'fatal'>[] } | SyntaxProblem {
  const extension = extname(file).toLowerCase();
  if (extension === '.json') {
    try {
      return { values: [{ value: JSON.parse(text), locate: lazyJsonLocate(text) }], problems: [] };
    } catch (error) {
      return jsonError(error, text);
    }
  }
  if (extension === '.md') {
    let content: ReturnType<typeof readMarkdownContent>;
    try {
      content = readMarkdownContent(text);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return { error: TOO_DEEP };
    }
    const { value, problems, locate } = content;
    const [first] = problems;
    if (value === undefined && first !== undefined)
      return { error: first.message, line: first.line, column: first.column };
    return { values: [{ value, locate }], problems };
  }
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  if (!Array.isArray(documents)) return { values: [], problems: [] };
  for (const document of documents) {
    const first = document.errors[0];
    if (first !== undefined) {
      const { line, col } = lines.linePos(first.pos[0]);
      return { error: `not valid YAML: ${first.message.split('\n')[0]}`, line, column: col };
    }
  }
  return {
    values: documents.map((document) => ({
      value: document.toJS(),
      locate: yamlLocate(document, lines),
    })),
    problems: [],
  };
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
      const { error, ...at } = parsed;
      problems.push({ file: name, message: error, fatal: false, ...at });
      continue;
    }
    for (const problem of parsed.problems) problems.push({ file: name, fatal: false, ...problem });
    // A YAML stream of several documents gets its own index, like a list does.
    const many = parsed.values.length > 1;
    const before = values.length;
    for (const [documentIndex, { value, locate }] of parsed.values.entries()) {
      const prefix = many ? `[${documentIndex}]` : '';
      if (!Array.isArray(value)) {
        values.push({ file: name, pathPrefix: prefix, value, locate });
        continue;
      }
      for (const [index, item] of value.entries()) {
        values.push({
          file: name,
          pathPrefix: `${prefix}[${index}]`,
          value: item,
          locate: (keys) => locate([index, ...keys]),
        });
      }
    }
    if (values.length === before) {
      problems.push({ file: name, message: 'the file holds no documents', fatal: false });
    }
  }
  return { files: files.map(display), values, problems };
}
