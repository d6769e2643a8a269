import {
  type CollectionError,
  type ValidateCollectionOptions,
  validateCollection,
} from '../collection.js';
import { pathKeys } from '../content-file/locate.js';
import { type ParseResult, safeParseDocument } from '../parse.js';
import type { ContentDocument } from '../schemas/document.js';
import { DOCUMENT_TYPES } from '../schemas/primitives.js';
import { warningsOf } from '../warnings.js';
import { readContent, type SourceValue } from './read-content.js';

/** One line of the report: `file:line:column: path: message`. */
export interface Problem {
  file: string;
  /** Where in the file, counted from 1: the offending field's key, list item or line. */
  line?: number;
  column?: number;
  /** The id of the document it is in, when a file holds a list of documents. */
  document?: string;
  path: string;
  message: string;
}

/** A recommendation in the report, printed beside the problems: `file:line:column: path: warning: message`. */
export interface Warning extends Problem {
  severity: 'warning';
}

export interface ValidationReport {
  valid: boolean;
  /** True when a named path is missing or no file could be read at all (exit code 2, not 1). */
  ioError: boolean;
  files: number;
  documents: number;
  problems: Problem[];
  /** Recommendations that do not make the content invalid (see `warningsOf`). */
  warnings: Warning[];
}

const joinPath = (prefix: string, path: string) =>
  prefix === ''
    ? path
    : path === ''
      ? prefix
      : path.startsWith('[')
        ? `${prefix}${path}`
        : `${prefix}.${path}`;

/** What a document that failed validation still tells us, so references to it are not reported too. */
function identityOf(value: unknown) {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, type, lang } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !(DOCUMENT_TYPES as readonly unknown[]).includes(type))
    return undefined;
  return {
    id,
    type: type as ContentDocument['type'],
    ...(typeof lang === 'string' ? { lang } : {}),
  };
}

/**
 * What validates documents: the package's own `safeParseDocument` and `validateCollection` by
 * default, or a site's model that extends them (site fields, extra rules).
 */
export interface DocumentModel<Document extends ContentDocument = ContentDocument> {
  safeParseDocument(input: unknown): ParseResult<Document>;
  validateCollection(
    documents: readonly Document[],
    options?: ValidateCollectionOptions,
  ): CollectionError[];
}

const kitModel: DocumentModel = { safeParseDocument, validateCollection };

export interface LoadContentOptions<Document extends ContentDocument = ContentDocument> {
  /** The model to validate with; default: the kit's own documents and collection checks. */
  model?: DocumentModel<Document>;
}

/** A validation report and the documents that passed, for a build that renders what it checked. */
export interface LoadedContent<Document extends ContentDocument = ContentDocument> {
  report: ValidationReport;
  /** Every document that is valid on its own, in file order. */
  documents: Document[];
}

/** Validates files and folders of content, each document and then all of them as a collection. */
export async function validatePaths(
  paths: readonly string[],
  cwd?: string,
): Promise<ValidationReport> {
  return (await loadContent(paths, cwd)).report;
}

/** Reads and validates content as `validatePaths` does, and also returns the valid documents. */
export async function loadContent<Document extends ContentDocument = ContentDocument>(
  paths: readonly string[],
  cwd?: string,
  { model = kitModel as unknown as DocumentModel<Document> }: LoadContentOptions<Document> = {},
): Promise<LoadedContent<Document>> {
  const read = await readContent(paths, cwd);
  const problems: Problem[] = read.problems.map(({ file, path, message, line, column }) => ({
    file,
    ...(line === undefined ? {} : { line, column }),
    path,
    message,
  }));
  const warnings: Warning[] = [];
  /** A problem at `path` inside the document read from `source`, with its place in the file. */
  const problemIn = (source: SourceValue, path: string, message: string): Problem => {
    const point = source.locate(pathKeys(path));
    const id = (source.value as { id?: unknown } | null)?.id;
    return {
      file: source.file,
      ...(point === undefined ? {} : { line: point.line, column: point.column }),
      ...(source.pathPrefix !== '' && typeof id === 'string' ? { document: id } : {}),
      path: joinPath(source.pathPrefix, path),
      message,
    };
  };
  const valid: { document: Document; source: SourceValue }[] = [];
  const invalidIdentities: NonNullable<ReturnType<typeof identityOf>>[] = [];

  for (const source of read.values) {
    const result = model.safeParseDocument(source.value);
    // Recommendations come from the kit, whatever model validates: a site's model may not give them.
    for (const { path, message, severity } of warningsOf(source.value)) {
      warnings.push({ ...problemIn(source, path, message), severity });
    }
    if (result.success) {
      valid.push({ document: result.data, source });
      continue;
    }
    const identity = identityOf(source.value);
    if (identity !== undefined) invalidIdentities.push(identity);
    for (const error of result.errors) problems.push(problemIn(source, error.path, error.message));
  }

  const collectionErrors = model.validateCollection(
    valid.map((entry) => entry.document),
    { knownDocuments: invalidIdentities },
  );
  for (const error of collectionErrors) {
    const source = valid[error.index]?.source;
    if (source === undefined) continue;
    problems.push(problemIn(source, error.path, error.message));
  }

  // File order, as the editor sees the files; within a file, line order.
  const fileOrder = new Map(read.files.map((file, index) => [file, index]));
  const byPlace = (a: Problem, b: Problem) =>
    (fileOrder.get(a.file) ?? -1) - (fileOrder.get(b.file) ?? -1) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0);
  problems.sort(byPlace);
  warnings.sort(byPlace);

  return {
    report: {
      valid: problems.length === 0,
      ioError: !read.readAny || read.problems.some((problem) => problem.fatal),
      files: read.files.length,
      documents: read.values.length,
      problems,
      warnings,
    },
    documents: valid.map((entry) => entry.document),
  };
}
