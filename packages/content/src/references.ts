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

/** A field declared with `reference(type)`, met while walking a schema (and a value). */
export interface ReferenceSite {
  target: DocumentType;
  /** Where it stands, like `['participants', 0, 'organisation']`. */
  path: Key[];
  /**
   * What `resolve` leaves out when the reference finds no document: the nearest optional field
   * or list entry that holds it (a participant is nothing without its organisation), else the
   * top-level field.
   */
  removable: Key[];
  value: unknown;
  schema: z.core.$ZodType;
}

interface Walk {
  path: Key[];
  removable: Key[] | undefined;
  /** false walks the schema alone (values stay undefined), to list every field it declares. */
  withValues: boolean;
  /** Schemas being walked around this one: a recursive schema adds no new fields. */
  ancestors: ReadonlySet<z.core.$ZodType>;
}

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
 * Walks `schema` and `value` together and calls `visit` for every field declared with
 * `reference(type)`. The schema kinds it follows are the ones reference fields may sit in
 * (optional, nullable, default, array, object, union); a test walks every schema to prove no
 * reference sits anywhere else.
 */
function walkReferences(
  schema: z.core.$ZodType,
  value: unknown,
  visit: (site: ReferenceSite) => void,
  walk: Walk,
): void {
  const { path, withValues } = walk;
  const target = referenceTargets.get(schema)?.target;
  if (target !== undefined) {
    const removable = walk.removable ?? path.slice(0, 1);
    visit({ target, path, removable, value, schema });
    return;
  }
  if (!withValues && walk.ancestors.has(schema)) return;
  const ancestors = withValues ? walk.ancestors : new Set(walk.ancestors).add(schema);
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const into = (
    child: unknown,
    childValue: unknown,
    childPath: Key[],
    removable = walk.removable,
  ) =>
    walkReferences(child as z.core.$ZodType, childValue, visit, {
      ...walk,
      path: childPath,
      removable,
      ancestors,
    });
  switch (def.type) {
    case 'optional':
      into(def.innerType, value, path, path);
      return;
    case 'nullable':
    case 'default':
      into(def.innerType, value, path);
      return;
    case 'array':
      if (!withValues) into(def.element, undefined, [...path, 0], [...path, 0]);
      else if (Array.isArray(value)) {
        for (const [index, item] of value.entries())
          into(def.element, item, [...path, index], [...path, index]);
      }
      return;
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) {
        if (!withValues) into(child, undefined, [...path, key]);
        else if (isRecord(value) && value[key] !== undefined)
          into(child, value[key], [...path, key]);
      }
      return;
    case 'union': {
      const union = def as unknown as z.core.$ZodDiscriminatedUnionDef;
      if (!withValues || typeof union.discriminator !== 'string') {
        for (const option of union.options) into(option, value, path);
        return;
      }
      const option = optionFor(union, value);
      if (option !== undefined) into(option, value, path);
      return;
    }
    default:
      return;
  }
}

/** Every reference `value` makes through the fields `schema` declares, with its id. */
export function referenceSitesIn(schema: z.core.$ZodType, value: unknown): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  walkReferences(schema, value, (site) => typeof site.value === 'string' && sites.push(site), {
    path: [],
    removable: undefined,
    withValues: true,
    ancestors: new Set(),
  });
  return sites;
}

/** Every reference field `schema` declares, wherever it sits: one site per field. */
export function referenceFieldSites(schema: z.core.$ZodType): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  walkReferences(schema, undefined, (site) => sites.push(site), {
    path: [],
    removable: undefined,
    withValues: false,
    ancestors: new Set(),
  });
  return sites;
}

/** `referencesOf` for the documents of `schema`: the kit's, or a site model's. */
export function referenceLister<Document = ContentDocument>(schema: z.core.$ZodType) {
  return (document: Document): Reference[] =>
    referenceSitesIn(schema, document).map(({ path, value, target }) => ({
      path: formatPath(path),
      id: value as string,
      expectedType: target,
    }));
}

/** Every reference a document makes to another document (translations aside). */
export const referencesOf: (document: ContentDocument) => Reference[] =
  referenceLister(DocumentSchema);

/**
 * Every reference field `schema` declares, as `participants[].organisation: organisation`:
 * what `referencesOf` and `resolve` follow, read from the schemas themselves.
 */
export function referenceFieldsOf(schema: z.core.$ZodType): string[] {
  const fields = referenceFieldSites(schema).map(
    ({ path, target }) => `${formatPath(path).replaceAll('[0]', '[]')}: ${target}`,
  );
  return [...new Set(fields)];
}
