import type * as z from 'zod';
import { formatPath } from './errors.js';
import { type ContentDocument, DocumentSchema } from './schemas/document.js';
import type { DocumentType } from './schemas/primitives.js';
import { referenceTargets } from './schemas/reference.js';

/** A link from one document to another, by id, with the type the field expects. */
export interface Reference {
  /** Where the id stands in the referring document, like `participants[0].organisation`. */
  path: string;
  id: string;
  expectedType: DocumentType;
}

type Key = string | number;
type Visit = (target: DocumentType, path: Key[], value: unknown) => void;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The option of a discriminated union that `value` is, by its discriminator. */
function optionFor(def: z.core.$ZodDiscriminatedUnionDef, value: unknown) {
  if (!isRecord(value)) return undefined;
  return def.options.find((option) => {
    const field = (option._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape?.[
      def.discriminator
    ];
    const values = (field?._zod.def as { values?: unknown[] } | undefined)?.values;
    return values?.includes(value[def.discriminator]) ?? false;
  });
}

/**
 * A schema's reference target, read once per schema: zod's registry `get` copies inherited
 * metadata into new objects on every call, which cost a third of `validateCollection`.
 */
const targets = new WeakMap<z.core.$ZodType, DocumentType | undefined>();

function targetOf(schema: z.core.$ZodType): DocumentType | undefined {
  if (!targets.has(schema)) targets.set(schema, referenceTargets.get(schema)?.target);
  return targets.get(schema);
}

/**
 * Whether `schema` declares a reference field anywhere inside, worked out once per schema: a
 * walk with values skips whatever cannot hold one (an article's body, its images), so a
 * document costs what its references cost.
 */
const holdsReferences = new WeakMap<z.core.$ZodType, boolean>();

function hasReferences(schema: z.core.$ZodType): boolean {
  let holds = holdsReferences.get(schema);
  if (holds === undefined) {
    holds = referenceFieldsOf(schema).length > 0;
    holdsReferences.set(schema, holds);
  }
  return holds;
}

/** An object schema's fields that can hold a reference, listed once per schema. */
const referenceFields = new WeakMap<z.core.$ZodType, [string, z.core.$ZodType][]>();

function fieldsWithReferences(schema: z.core.$ZodType, shape: unknown) {
  let fields = referenceFields.get(schema);
  if (fields === undefined) {
    fields = Object.entries(shape as Record<string, z.core.$ZodType>).filter(([, child]) =>
      hasReferences(child),
    );
    referenceFields.set(schema, fields);
  }
  return fields;
}

/**
 * Walks `schema` and `value` together and calls `visit` for every field declared with
 * `reference(type)`. `schema` undefined walks the schema alone (`value` stays undefined), to
 * list every reference field a schema declares.
 */
export function walkReferences(
  schema: z.core.$ZodType,
  value: unknown,
  visit: Visit,
  path: Key[] = [],
  withValues = true,
  ancestors: ReadonlySet<z.core.$ZodType> = new Set(),
): void {
  const target = targetOf(schema);
  if (target !== undefined) {
    visit(target, path, value);
    return;
  }
  if (withValues && !hasReferences(schema)) return;
  // Recursive schemas (a list item holding a nested list) would be walked forever without a
  // value to bound them: a schema already being walked adds no new fields.
  if (!withValues && ancestors.has(schema)) return;
  const inside = withValues ? ancestors : new Set(ancestors).add(schema);
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const walk = (child: z.core.$ZodType, childValue: unknown, childPath: Key[]) =>
    walkReferences(child, childValue, visit, childPath, withValues, inside);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      walk(def.innerType as z.core.$ZodType, value, path);
      return;
    case 'array':
      if (!withValues) walk(def.element as z.core.$ZodType, undefined, [...path, 0]);
      else if (Array.isArray(value)) {
        for (const [index, item] of value.entries())
          walk(def.element as z.core.$ZodType, item, [...path, index]);
      }
      return;
    case 'object':
      if (!withValues) {
        for (const [key, child] of Object.entries(def.shape as Record<string, z.core.$ZodType>))
          walk(child, undefined, [...path, key]);
      } else if (isRecord(value)) {
        for (const [key, child] of fieldsWithReferences(schema, def.shape)) {
          if (value[key] !== undefined) walk(child, value[key], [...path, key]);
        }
      }
      return;
    case 'union': {
      const union = def as unknown as z.core.$ZodDiscriminatedUnionDef;
      if (!withValues || typeof union.discriminator !== 'string') {
        for (const option of union.options) walk(option, value, path);
        return;
      }
      const option = optionFor(union, value);
      if (option !== undefined) walk(option, value, path);
      return;
    }
    default:
      return;
  }
}

/** Every reference a document makes to another document (translations aside). */
export function referencesOf(document: ContentDocument): Reference[] {
  const references: Reference[] = [];
  walkReferences(DocumentSchema, document, (expectedType, path, id) => {
    if (typeof id === 'string') references.push({ path: formatPath(path), id, expectedType });
  });
  return references;
}

/**
 * Every reference field `schema` declares, as `participants[].organisation: organisation`:
 * what `referencesOf` and `resolve` follow, read from the schemas themselves.
 */
export function referenceFieldsOf(schema: z.core.$ZodType): string[] {
  const fields = new Set<string>();
  walkReferences(
    schema,
    undefined,
    (target, path) => fields.add(`${formatPath(path).replaceAll('[0]', '[]')}: ${target}`),
    [],
    false,
  );
  return [...fields];
}
