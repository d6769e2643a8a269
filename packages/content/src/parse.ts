import type * as z from 'zod';
import { compiledPath } from './compiled.js';
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
export type DocumentParseResult<Document = ContentDocument> = ParseResult<Document> & {
  warnings: ContentWarning[];
};

/**
 * One pass for valid and invalid content alike: an error map does not turn off zod's compiled
 * paths (zod checks only `jitless` and `async`), so there is nothing to gain from parsing a
 * failure a second time to word it.
 */
const WORDED_FOR_EDITORS = { error: editorErrorMap } as const;

/**
 * Validates `input` against any of the content schemas (a document, or a building block such as
 * `ImageSchema`), collecting every problem in editors' words instead of stopping at the first.
 */
export function safeParseContent<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): ParseResult<z.output<Schema>> {
  const result = schema.safeParse(input, WORDED_FOR_EDITORS);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, errors: toContentErrors(result.error.issues) };
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

/** The document schema's union: one object schema per document type, told apart by `type`. */
type DocumentUnion = z.ZodDiscriminatedUnion<z.ZodObject<{ type: z.ZodLiteral<string> }>[]>;

/**
 * `safeParseDocument` and `parseDocument` for a document schema: the kit's own, or a site's
 * model with its own fields (see `createContentModel`).
 */
export function documentParser<Document>(schema: DocumentUnion) {
  // Each document type's compiled path, by `type`: zod cannot compile the union as a whole.
  const compiledPaths: ReadonlyMap<unknown, (input: unknown) => { value: unknown } | undefined> =
    new Map(schema.options.map((option) => [option.shape.type.value, compiledPath(option)]));
  return {
    /** Validates one document of any type, with its `warnings`; never throws. */
    safeParseDocument(input: unknown): DocumentParseResult<Document> {
      const type =
        typeof input === 'object' && input !== null
          ? (input as { type?: unknown }).type
          : undefined;
      const valid = compiledPaths.get(type)?.(input);
      const result: ParseResult<Document> =
        valid === undefined
          ? (safeParseContent(schema, input) as ParseResult<Document>)
          : { success: true, data: valid.value as Document };
      return { ...result, warnings: warningsOf(input) };
    },
    /** Validates one document of any type; throws a `ContentValidationError` when it is invalid. */
    parseDocument(input: unknown): Document {
      return parseContent(schema, input) as Document;
    },
  };
}

const kitParser = documentParser<ContentDocument>(DocumentSchema as unknown as DocumentUnion);

/** Validates one document of any type, with its `warnings`; never throws. */
export function safeParseDocument(input: unknown): DocumentParseResult {
  return kitParser.safeParseDocument(input);
}

/** Validates one document of any type; throws a `ContentValidationError` when it is invalid. */
export function parseDocument(input: unknown): ContentDocument {
  return kitParser.parseDocument(input);
}
