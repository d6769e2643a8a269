import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
} from 'yaml';
import { type Locate, yamlLocate } from '../content-file/locate.js';
import { readMarkdownContent } from '../content-file/markdown.js';
import { formatPath } from '../errors.js';
import { quote } from '../escape.js';
import { TOO_DEEP as TEXT_TOO_DEEP } from '../rich-text/problems.js';

/** Aliases one YAML document may expand; more is an alias bomb ("billion laughs"). */
export const MAX_YAML_ALIASES = 100;

/** A problem inside a file, at a path like `[0].title`, and where it is. */
export interface TextProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** One document of a file (a list counts as one here), and how to find its fields. */
export interface ParsedValue {
  value: unknown;
  locate: Locate;
}

/** Why a file's text cannot be read, and where. */
export interface TextError {
  error: string;
  line?: number;
  column?: number;
}

/** What a file's text holds: its documents and problems of its own, or why it cannot be read. */
export type ParsedText = { values: ParsedValue[]; problems: TextProblem[] } | TextError;

const noPlace: Locate = () => undefined;

/** `position 42` in a JSON.parse message → line and column, which editors can find. */
function jsonError(error: unknown, text: string): TextError {
  const message = error instanceof Error ? error.message : 'cannot be parsed';
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

/** A path from the root to a node, kept as links so a deep tree costs no copying. */
type PathLink = { parent: PathLink | undefined; key: string | number } | undefined;
const keysOf = (link: PathLink) => {
  const keys: (string | number)[] = [];
  for (let at = link; at !== undefined; at = at.parent) keys.unshift(at.key);
  return keys;
};

/**
 * Keys written twice in one mapping, with their path: JSON.parse and YAML's `toJS` keep the last
 * silently, and the editor's first value would be lost without a word. Walks with its own
 * stack, so nesting of any depth cannot overflow the call stack.
 */
function duplicateKeys(
  document: Document.Parsed,
  root: PathLink,
  lines: LineCounter,
): TextProblem[] {
  const problems: (TextProblem & { offset: number })[] = [];
  const stack: { node: unknown; path: PathLink }[] = [{ node: document.contents, path: root }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, path } = next;
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        stack.push({ node: item, path: { parent: path, key: index } });
      });
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const at = { parent: path, key };
        if (seen.has(key))
          problems.push({
            offset: pair.key.range?.[0] ?? 0,
            path: formatPath(keysOf(at)),
            message: `the field ${quote(key)} is written more than once; keep one (only the last is read)`,
          });
        seen.add(key);
        if (!isAlias(pair.value)) stack.push({ node: pair.value, path: at });
      }
    }
  }
  // In the order they are written, as the editor reads the file.
  return problems
    .sort((a, b) => a.offset - b.offset)
    .map(({ path, message, offset }) => {
      const { line, col } = lines.linePos(offset);
      return { path, message, line, column: col };
    });
}

/** A JSON file: JSON.parse reads it strictly; YAML's parser, which reads JSON too, finds keys written twice. */
export function parseJsonText(text: string): ParsedText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return jsonError(error, text);
  }
  let problems: TextProblem[] = [];
  let locate = noPlace;
  try {
    // The same parse gives the keys' places, for every problem's line and column.
    const lines = new LineCounter();
    const document = parseDocument(text, { uniqueKeys: false, lineCounter: lines });
    if (document.errors.length === 0) {
      problems = duplicateKeys(document, undefined, lines);
      locate = yamlLocate(document, lines);
    }
  } catch {
    // Valid JSON YAML cannot read (nested deeper than its parser goes) has no keys to check.
  }
  return { values: [{ value, locate }], problems };
}

const TOO_DEEP = 'not valid YAML: it is nested too deeply to read';

/** A YAML file, one or more documents; aliases are limited, so an alias bomb is an error. */
export function parseYamlText(text: string): ParsedText {
  let documents: Document.Parsed[];
  const lines = new LineCounter();
  try {
    documents = parseAllDocuments(text, {
      prettyErrors: false,
      uniqueKeys: false,
      lineCounter: lines,
    }) as Document.Parsed[];
  } catch {
    return { error: TOO_DEEP };
  }
  if (!Array.isArray(documents)) return { values: [], problems: [] };
  for (const document of documents) {
    const first = document.errors[0];
    if (first !== undefined) {
      const { line, col } = lines.linePos(first.pos[0]);
      return { error: `not valid YAML: ${first.message.split('\n')[0]}`, line, column: col };
    }
  }
  const many = documents.length > 1;
  const values: ParsedValue[] = [];
  const problems: TextProblem[] = [];
  for (const [index, document] of documents.entries()) {
    try {
      values.push({
        value: document.toJS({ maxAliasCount: MAX_YAML_ALIASES }),
        locate: yamlLocate(document, lines),
      });
    } catch (error) {
      if (!(error instanceof ReferenceError)) return { error: TOO_DEEP };
      return {
        error: `the YAML expands its aliases (*name) too many times, more than ${MAX_YAML_ALIASES}; write the values out`,
      };
    }
    problems.push(
      ...duplicateKeys(document, many ? { parent: undefined, key: index } : undefined, lines),
    );
  }
  return { values, problems };
}

/** A Markdown file: YAML front matter for the fields, the Markdown for the body. */
export function parseMarkdownText(text: string): ParsedText {
  let content: ReturnType<typeof readMarkdownContent>;
  try {
    content = readMarkdownContent(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { error: TEXT_TOO_DEEP };
  }
  const { value, problems, locate } = content;
  const [first] = problems;
  if (value === undefined && first !== undefined)
    return { error: first.message, line: first.line, column: first.column };
  return { values: [{ value, locate }], problems };
}
