import * as z from 'zod';
import { type DocumentType, IdSchema } from './primitives-base.js';

/**
 * The document type each reference field points at, recorded where the field is declared:
 * `referencesOf`, `resolve` and `validateCollection` read it from the schemas, so adding a
 * reference field is one edit. A registry rather than `.meta()`, so JSON Schema output and a
 * site's global registry stay untouched; later `.meta()` clones inherit the entry.
 */
export const referenceTargets = z.registry<{ target: DocumentType }>();

declare const referenceTarget: unique symbol;

/**
 * The schema of a reference field: an id, whose type also carries the document type it names,
 * so `Resolved` can put that document in its place (see resolved.ts).
 */
export type ReferenceSchema<Type extends DocumentType = DocumentType> = typeof IdSchema & {
  readonly [referenceTarget]: Type;
};

/** The id of another document in the same collection; the field says which type it must be. */
export function reference<Type extends DocumentType>(type: Type): ReferenceSchema<Type> {
  const schema = IdSchema.meta({
    description: `The id of the ${type} this refers to, in the same collection.`,
  });
  referenceTargets.add(schema, { target: type });
  return schema as ReferenceSchema<Type>;
}
