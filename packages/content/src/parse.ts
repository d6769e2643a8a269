import type * as z from 'zod';
import {
  type ContentError,
  ContentValidationError,
  editorErrorMap,
  toContentErrors,
} from './errors.js';
import { type ContentDocument, DocumentSchema } from './schemas/document.js';
import { type ContentWarning, warningsOf } from './warnings.js';

export type ParseResult<Value> =
  | { success: true; data: Value; errors?: undefined }
  | { success: false; data?: undefined; errors: ContentError[] };

/** A document's result, with recommendations that do not block publishing, valid or not. */
export type DocumentParseResult = ParseResult<ContentDocument> & { warnings: ContentWarning[] };

/**
 * Validates `input` against any of the content schemas (a document, or a building block such as
 * `ImageSchema`), collecting every problem in editors' words instead of stopping at the first.
 */
export function safeParseContent<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): ParseResult<z.output<Schema>> {
  // Passing an error map turns off zod's compiled fast path (about 10x slower per object), so
  // valid content, the common case, is parsed without one; only failures are parsed again
  // to word their problems for editors.
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const worded = schema.safeParse(input, { error: editorErrorMap });
  return { success: false, errors: toContentErrors((worded.error ?? result.error).issues) };
}

/** Like `safeParseContent`, but throws a `ContentValidationError` listing every problem. */
export function parseContent<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const result = safeParseContent(schema, input);
  if (!result.success) throw new ContentValidationError(result.errors);
  return result.data;
}

/** Validates one document of any type, with its `warnings`; never throws. */
export function safeParseDocument(input: unknown): DocumentParseResult {
  return { ...safeParseContent(DocumentSchema, input), warnings: warningsOf(input) };
}

/** Validates one document of any type; throws a `ContentValidationError` when it is invalid. */
export function parseDocument(input: unknown): ContentDocument {
  return parseContent(DocumentSchema, input);
}
