import type * as z from 'zod';
import type { DocumentType } from './schemas/primitives-base.js';
import type { ReferenceSchema } from './schemas/reference.js';

/**
 * The types of resolved documents, derived from the schemas as `resolve` is: every field
 * declared with `reference(type)` becomes the document it names, in lists, nested objects and
 * rich-text blocks alike. Adding a reference field to a schema changes these types by itself.
 */

/** The document each reference resolves to, by the type it names. */
export type DocumentsByType = Record<DocumentType, unknown>;

/** true when a reference field sits anywhere inside `Schema` (`boolean` for a union of some). */
type HasReference<Schema> = Schema extends ReferenceSchema
  ? true
  : Schema extends z.ZodOptional<infer Inner>
    ? HasReference<Inner>
    : Schema extends z.ZodNullable<infer Inner>
      ? HasReference<Inner>
      : Schema extends z.ZodDefault<infer Inner>
        ? HasReference<Inner>
        : Schema extends z.ZodArray<infer Item>
          ? HasReference<Item>
          : Schema extends z.ZodObject<infer Shape>
            ? HasReference<Shape[keyof Shape]>
            : Schema extends z.ZodUnion<infer Options>
              ? HasReference<Options[number]>
              : false;

type KeysWhere<Shape, Condition> = {
  [Key in keyof Shape]: Shape[Key] extends Condition ? Key : never;
}[keyof Shape];
type ReferenceKeys<Shape> = {
  [Key in keyof Shape]: HasReference<Shape[Key]> extends false ? never : Key;
}[keyof Shape];
type OptionalKeys<Shape> = KeysWhere<Shape, z.ZodOptional<z.ZodType>>;

/** An object with its reference fields resolved, the others as zod gives them. */
type ResolvedObject<Output, Shape, Documents extends DocumentsByType> = Omit<
  Output,
  ReferenceKeys<Shape>
> & {
  [Key in Exclude<ReferenceKeys<Shape>, OptionalKeys<Shape>>]: Resolve<Shape[Key], Documents>;
} & {
  [Key in Extract<ReferenceKeys<Shape>, OptionalKeys<Shape>>]?: Resolve<Shape[Key], Documents>;
};

type Resolve<Schema, Documents extends DocumentsByType> =
  Schema extends ReferenceSchema<infer Type>
    ? Documents[Type]
    : Schema extends z.ZodOptional<infer Inner>
      ? Resolved<Inner, Documents> | undefined
      : Schema extends z.ZodNullable<infer Inner>
        ? Resolved<Inner, Documents> | null
        : Schema extends z.ZodDefault<infer Inner>
          ? Exclude<Resolved<Inner, Documents>, undefined>
          : Schema extends z.ZodArray<infer Item>
            ? Resolved<Item, Documents>[]
            : Schema extends z.ZodObject<infer Shape>
              ? ResolvedObject<z.output<Schema>, Shape, Documents>
              : Schema extends z.ZodUnion<infer Options>
                ? Resolved<Options[number], Documents>
                : z.output<Schema>;

/**
 * What `Schema` parses to, with every reference replaced by the document of `Documents` it
 * names; a schema without references is just its output.
 */
export type Resolved<Schema, Documents extends DocumentsByType> = Schema extends unknown
  ? HasReference<Schema> extends false
    ? z.output<Schema>
    : Resolve<Schema, Documents>
  : never;

/**
 * A required reference that finds nothing takes the nearest optional field or list entry with
 * it (see `ReferenceSite.removable`); one that reaches the document itself takes its top-level
 * field, which is therefore optional in the resolved document.
 */
type LosesField<Schema> = Schema extends ReferenceSchema
  ? true
  : Schema extends z.ZodDefault<infer Inner>
    ? LosesField<Inner>
    : Schema extends z.ZodNullable<infer Inner>
      ? LosesField<Inner>
      : Schema extends z.ZodObject<infer Shape>
        ? true extends LosesField<Shape[Exclude<keyof Shape, OptionalKeys<Shape>>]>
          ? true
          : false
        : false;
type FieldsItCanLose<Shape> = {
  [Key in keyof Shape]: true extends LosesField<Shape[Key]> ? Key : never;
}[keyof Shape];

/** A document of `Schema` as `resolve` returns it. */
export type ResolvedDocumentOf<Schema, Documents extends DocumentsByType> =
  Schema extends z.ZodObject<infer Shape>
    ? [FieldsItCanLose<Shape>] extends [never]
      ? Resolved<Schema, Documents>
      : Omit<Resolved<Schema, Documents>, FieldsItCanLose<Shape>> & {
          [Key in FieldsItCanLose<Shape>]?: Resolved<Shape[Key], Documents>;
        }
    : Resolved<Schema, Documents>;
