import * as z from 'zod';
// The registry class from zod's core entry itself: reaching it as `z.core.$ZodRegistry` keeps the
// whole `core` namespace, every zod locale with it (60 kB gzip), in a browser bundle.
import { $ZodRegistry } from 'zod/v4/core';
import { COLLECTION_RULES } from '../collection.js';
import { ArticleSchema } from '../schemas/article.js';
import {
  ImageSchema,
  LinkSchema,
  PersonSchema,
  PlaceSchema,
  QuoteSchema,
  SdgSchema,
} from '../schemas/blocks.js';
import { DocumentSchema } from '../schemas/document.js';
import { EventSchema } from '../schemas/event.js';
import { KeyFactSchema, OrganisationSchema, PresenceSchema } from '../schemas/organisation.js';
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateOrDateTimeSchema,
  DateSchema,
  DateTimeSchema,
  DOCUMENT_TYPES,
  SafeUrlSchema,
} from '../schemas/primitives.js';
import {
  MoneySchema,
  ParticipantSchema,
  ProjectDatesSchema,
  ProjectSchema,
  SectorSchema,
} from '../schemas/project.js';
import { InlineSchema, RichTextSchema, TextSpanSchema } from '../schemas/rich-text.js';
import { jsonSchemaOfRule } from '../schemas/rule.js';
import { eachSchema, refinementsOf } from '../schemas/walk.js';

type JsonSchema = z.core.JSONSchema.JSONSchema;

/** The schemas the JSON Schema files describe: the kit's own, or a site model's (extended). */
export interface DocumentSchemas {
  article: z.ZodType;
  event: z.ZodType;
  project: z.ZodType;
  organisation: z.ZodType;
  document: z.ZodType;
}

/** The files `@iom/content/json-schema/*.json`: one per document type, and any document. */
export const JSON_SCHEMA_FILES = {
  article: { schema: ArticleSchema, title: 'Article' },
  event: { schema: EventSchema, title: 'Event' },
  project: { schema: ProjectSchema, title: 'Project' },
  organisation: { schema: OrganisationSchema, title: 'Organisation' },
  document: { schema: DocumentSchema, title: 'Content document' },
} as const;
export type JsonSchemaName = keyof typeof JSON_SCHEMA_FILES;

const KIT_SCHEMAS = Object.fromEntries(
  Object.entries(JSON_SCHEMA_FILES).map(([name, { schema }]) => [name, schema]),
) as unknown as DocumentSchemas;

/**
 * Building blocks that become named `$defs`, so a CMS developer reads `#/$defs/Image` rather
 * than the same object inlined wherever an image appears.
 */
const DEFINITIONS: ReadonlyArray<readonly [z.ZodType, string, string]> = [
  [ArticleSchema, 'Article', 'Article'],
  [EventSchema, 'Event', 'Event'],
  [ProjectSchema, 'Project', 'Project'],
  [OrganisationSchema, 'Organisation', 'Organisation'],
  [ImageSchema, 'Image', 'Image'],
  [PlaceSchema, 'Place', 'Place'],
  [PersonSchema, 'Person', 'Person'],
  [QuoteSchema, 'Quote', 'Quote'],
  [LinkSchema, 'Link', 'Link'],
  [SdgSchema, 'Sdg', 'Sustainable Development Goal'],
  [RichTextSchema, 'RichText', 'Rich text'],
  [InlineSchema, 'Inline', 'Inline text'],
  [TextSpanSchema, 'TextSpan', 'Text span'],
  [ParticipantSchema, 'Participant', 'Participant'],
  [ProjectDatesSchema, 'ProjectDates', 'Project dates'],
  [MoneySchema, 'Money', 'Money'],
  [SectorSchema, 'Sector', 'Sector'],
  [KeyFactSchema, 'KeyFact', 'Key fact'],
  [PresenceSchema, 'Presence', 'Presence'],
  [SafeUrlSchema, 'SafeUrl', 'Link or image address'],
  [CountryCodeSchema, 'CountryCode', 'Country code'],
  [CurrencyCodeSchema, 'CurrencyCode', 'Currency code'],
  [DateSchema, 'Date', 'Date'],
  [DateTimeSchema, 'DateTime', 'Date and time'],
  [DateOrDateTimeSchema, 'DateOrDateTime', 'Date, or date and time'],
];

/** Field names whose title is not just the name in words. */
const FIELD_TITLES: Readonly<Record<string, string>> = {
  id: 'ID',
  lang: 'Language',
  alt: 'Alt text',
  url: 'URL',
  src: 'Image file',
  href: 'Link address',
  onlineUrl: 'Online URL',
  iatiIdentifier: 'IATI identifier',
  sdgs: 'SDGs',
};

/** `plannedStart` → `Planned start`: the label a CMS form shows for a field. */
export function fieldTitle(name: string): string {
  const known = FIELD_TITLES[name];
  if (known !== undefined) return known;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The metadata zod writes into JSON Schema: the descriptions set with `.meta()` (in the global
 * registry), plus an `id` for each building block so it lands in `$defs` under that name. The
 * ids stay here rather than in `.meta()`, where they would claim names in every site's global
 * registry.
 */
class DefinitionRegistry extends $ZodRegistry<z.core.GlobalMeta> {
  constructor(private readonly names: ReadonlyMap<z.core.$ZodType, string>) {
    super();
  }

  override get<Schema extends z.core.$ZodType>(schema: Schema) {
    const meta = z.globalRegistry.get(schema);
    const id = this.names.get(schema);
    return id === undefined ? meta : { ...meta, id };
  }
}

/** Rejects regex flags: JSON Schema's `pattern` has none, so a flag would silently be lost. */
export function assertPatternsPortable(schema: z.core.$ZodType): void {
  const checks = [schema, ...(schema._zod.def.checks ?? [])];
  const patterns = checks.map((check) => (check._zod.def as { pattern?: unknown }).pattern);
  for (const pattern of patterns) {
    if (pattern instanceof RegExp && pattern.flags !== '') {
      throw new Error(
        `The pattern /${pattern.source}/${pattern.flags} has flags, which JSON Schema cannot carry; write it without them.`,
      );
    }
  }
}

/**
 * Calls `visit` on every subschema that describes a value (itself included), skipping the
 * subschemas of rules (`if`, `then`, `contains`…), which only constrain what the others describe.
 */
export function walkValueSchemas(schema: unknown, visit: (node: JsonSchema) => void): void {
  if (typeof schema !== 'object' || schema === null) return;
  if (Array.isArray(schema)) {
    for (const item of schema) walkValueSchemas(item, visit);
    return;
  }
  const node = schema as JsonSchema;
  visit(node);
  for (const key of ['properties', '$defs'] as const) {
    for (const child of Object.values(node[key] ?? {})) walkValueSchemas(child, visit);
  }
  for (const key of ['items', 'oneOf', 'anyOf'] as const) walkValueSchemas(node[key], visit);
}

/**
 * The rules `schema` carries that JSON Schema cannot state, in the words each rule gives
 * beside its refinement (see `withRules`), in the order the schema holds them.
 */
export function rulesJsonSchemaCannotCheck(schema: z.core.$ZodType): string[] {
  const rules = new Set<string>();
  eachSchema(schema, (subschema) => {
    for (const check of refinementsOf(subschema)) {
      const form = jsonSchemaOfRule.get(check);
      if (form !== undefined && 'notInJsonSchema' in form) rules.add(form.notInJsonSchema);
    }
  });
  return [...rules];
}

/** The rules one file cannot check, in the words its `description` and the README use. */
export function rulesNotInJsonSchema(
  name: JsonSchemaName,
  schemas: DocumentSchemas = KIT_SCHEMAS,
): string[] {
  return [...rulesJsonSchemaCannotCheck(schemas[name]), ...COLLECTION_RULES];
}

/**
 * The keywords of the rules `schema` carries that JSON Schema can state. A copy made by
 * `.meta()` shares its original's rules: when its JSON Schema refers to the original's
 * (`$ref`), the original states them.
 */
function jsonSchemaOfRules(schema: z.core.$ZodType, jsonSchema: JsonSchema): JsonSchema[] {
  const inherited = new Set(schema._zod.parent?._zod.def.checks);
  return refinementsOf(schema).flatMap((check) => {
    if (jsonSchema.$ref !== undefined && inherited.has(check)) return [];
    const form = jsonSchemaOfRule.get(check);
    return form !== undefined && 'jsonSchema' in form ? [form.jsonSchema] : [];
  });
}

/** The `$id` of a file: the package, its version and the file, as a URN nothing needs to fetch. */
export function jsonSchemaId(name: JsonSchemaName, version: string): string {
  return `urn:iom-web-kit:@iom/content@${version}/json-schema/${name}.json`;
}

/**
 * The JSON Schema (draft 2020-12) of one document type, describing what editors write (zod's
 * input side): every field with a title and description, the building blocks as `$defs`, the
 * cross-field rules JSON Schema can state, and a description naming the ones it cannot.
 * `schemas` are a site model's (see `createContentModel`); the file has an `$id` only when
 * `version` is given, as a site's schema has no address of the kit's.
 */
export function contentJsonSchema(
  name: JsonSchemaName,
  version?: string,
  schemas: DocumentSchemas = KIT_SCHEMAS,
): JsonSchema {
  const { title } = JSON_SCHEMA_FILES[name];
  const root = schemas[name];
  // A site's document schemas stand in for the kit's: same `$defs` names, same rules.
  const kitSchemaOf = new Map<z.core.$ZodType, z.core.$ZodType>(
    DOCUMENT_TYPES.map((type) => [schemas[type], KIT_SCHEMAS[type]]),
  );
  const siteSchemaOf = new Map([...kitSchemaOf].map(([site, kit]) => [kit, site]));
  const names = new Map<z.core.$ZodType, string>(
    DEFINITIONS.map(([schema, id]) => [siteSchemaOf.get(schema) ?? schema, id] as const).filter(
      ([schema]) => schema !== root,
    ),
  );
  const generated = z.toJSONSchema(root, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: new DefinitionRegistry(names),
    override: ({ zodSchema, jsonSchema }) => {
      assertPatternsPortable(zodSchema);
      for (const rule of jsonSchemaOfRules(zodSchema, jsonSchema)) {
        // A copy that repeats its original's JSON Schema has the same keywords already.
        const clash = Object.entries(rule).find(
          ([keyword, value]) => keyword in jsonSchema && jsonSchema[keyword] !== value,
        );
        if (clash !== undefined) throw new Error(`A rule would replace '${clash[0]}'.`);
        Object.assign(jsonSchema, rule);
      }
    },
  });

  const defTitles = new Map(DEFINITIONS.map(([, id, defTitle]) => [id, defTitle]));
  for (const [id, definition] of Object.entries(generated.$defs ?? {})) {
    definition.title ??= defTitles.get(id);
  }
  walkValueSchemas(generated, (node) => {
    for (const [field, property] of Object.entries(node.properties ?? {})) {
      if (typeof property === 'object') property.title ??= fieldTitle(field);
    }
  });

  const unchecked = rulesNotInJsonSchema(name, schemas).map((rule) => `- ${rule}`);
  const { $schema, description, ...body } = generated;
  return {
    $schema,
    ...(version === undefined ? {} : { $id: jsonSchemaId(name, version) }),
    title,
    description: `${description}\n\nJSON Schema cannot check these rules; @iom/content's parseDocument and validateCollection do:\n${unchecked.join('\n')}`,
    ...body,
  };
}

/** Every file of `@iom/content/json-schema`, by name. */
export function contentJsonSchemas(version: string): Record<JsonSchemaName, JsonSchema> {
  const names = Object.keys(JSON_SCHEMA_FILES) as JsonSchemaName[];
  return Object.fromEntries(
    names.map((name) => [name, contentJsonSchema(name, version)]),
  ) as Record<JsonSchemaName, JsonSchema>;
}
