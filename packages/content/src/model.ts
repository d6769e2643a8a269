import type * as z from 'zod';
import * as zod from 'zod';
import {
  type CollectionError,
  collectionValidator,
  type ValidateCollectionOptions,
} from './collection.js';
import { contentJsonSchema, type JsonSchemaName } from './json-schema/generate.js';
import { documentParser } from './parse.js';
import { type Reference, referenceLister } from './references.js';
import type { ResolvedDocumentOf } from './resolved.js';
import { type DocumentIndex, resolver } from './resolver.js';
import { ArticleSchema } from './schemas/article.js';
import { type ContentDocument, DocumentSchema } from './schemas/document.js';
import { EventSchema } from './schemas/event.js';
import { strictObject } from './schemas/object.js';
import { OrganisationSchema } from './schemas/organisation.js';
import type { DocumentType } from './schemas/primitives.js';
import { ProjectSchema } from './schemas/project.js';

/** A site's own fields, by document type: `{ project: { primaId: z.string() } }`. */
export type SiteFields = { [Type in DocumentType]?: z.ZodRawShape };

export interface ContentModelOptions<Fields extends SiteFields> {
  /** Fields a site adds to the kit's documents; any other field stays an error. */
  extend?: Fields;
}

type Strict<Shape extends z.ZodRawShape> = z.ZodObject<Shape, z.core.$strict>;
type ShapeOf<Schema> = Schema extends z.ZodObject<infer Shape, z.core.$strict> ? Shape : never;
/** A kit schema with a site's fields added, or the kit schema when the site adds none. */
type Extended<Schema, Fields> = Fields extends z.ZodRawShape
  ? Strict<z.core.util.Extend<ShapeOf<Schema>, Fields>>
  : Schema;

export type ModelSchemas<Fields extends SiteFields> = {
  OrganisationSchema: Extended<typeof OrganisationSchema, Fields['organisation']>;
  ProjectSchema: Extended<typeof ProjectSchema, Fields['project']>;
  EventSchema: Extended<typeof EventSchema, Fields['event']>;
  ArticleSchema: Extended<typeof ArticleSchema, Fields['article']>;
};

/** Any document of a model: the kit's documents with the site's fields. */
export type ModelDocument<Fields extends SiteFields> = z.output<
  ModelSchemas<Fields>[keyof ModelSchemas<Fields>]
>;

/** A model's documents, by the type a reference names: what its references resolve to. */
export type ModelDocuments<Fields extends SiteFields> = {
  organisation: z.output<ModelSchemas<Fields>['OrganisationSchema']>;
  project: z.output<ModelSchemas<Fields>['ProjectSchema']>;
  event: z.output<ModelSchemas<Fields>['EventSchema']>;
  article: z.output<ModelSchemas<Fields>['ArticleSchema']>;
};

const SCHEMA_OF_TYPE = {
  organisation: 'OrganisationSchema',
  project: 'ProjectSchema',
  event: 'EventSchema',
  article: 'ArticleSchema',
} as const;

/** A model's document of `Type` with every reference, the site's own included, resolved. */
export type ModelResolved<
  Fields extends SiteFields,
  Type extends DocumentType,
> = ResolvedDocumentOf<ModelSchemas<Fields>[(typeof SCHEMA_OF_TYPE)[Type]], ModelDocuments<Fields>>;

/** What `createContentModel` returns: the package root's API, typed with the site's fields. */
export type ContentModel<Fields extends SiteFields = SiteFields> = ModelSchemas<Fields> & {
  DocumentSchema: z.ZodDiscriminatedUnion<
    [
      ModelSchemas<Fields>['OrganisationSchema'],
      ModelSchemas<Fields>['ProjectSchema'],
      ModelSchemas<Fields>['EventSchema'],
      ModelSchemas<Fields>['ArticleSchema'],
    ]
  >;
  safeParseDocument: ReturnType<typeof documentParser<ModelDocument<Fields>>>['safeParseDocument'];
  parseDocument: ReturnType<typeof documentParser<ModelDocument<Fields>>>['parseDocument'];
  /** `validateCollection`, following the site's reference fields too. */
  validateCollection(
    documents: readonly ModelDocument<Fields>[],
    options?: ValidateCollectionOptions,
  ): CollectionError[];
  /** `referencesOf`, the site's reference fields included. */
  referencesOf(document: ModelDocument<Fields>): Reference[];
  /** `resolve`, putting documents in place of the site's reference fields too. */
  resolve<Document extends ModelDocument<Fields>>(
    document: Document,
    collection: readonly ModelDocument<Fields>[] | DocumentIndex,
  ): ModelResolved<Fields, Extract<Document['type'], DocumentType>>;
  /** The JSON Schema (draft 2020-12) of one document type, or of any document, with the site's fields. */
  toJsonSchema(name: JsonSchemaName): z.core.JSONSchema.JSONSchema;
};

/**
 * The kit schema with a site's fields: a strict object again, so an undeclared field is still
 * reported (with the site's fields among the suggestions), and with the kit's rules.
 */
function extend(schema: z.ZodObject, type: DocumentType, fields: z.ZodRawShape | undefined) {
  if (fields === undefined) return schema;
  const taken = Object.keys(fields).find((field) => field in schema.shape);
  if (taken !== undefined) {
    throw new Error(`'${taken}' is already a ${type} field; a site's fields can only add to them.`);
  }
  const extended = strictObject({ ...schema.shape, ...fields }).check(
    ...((schema._zod.def.checks ?? []) as z.core.$ZodCheck<Record<string, unknown>>[]),
  );
  const meta = zod.globalRegistry.get(schema);
  return meta === undefined ? extended : extended.meta(meta);
}

/**
 * A content model with a site's own fields, declared once: its schemas, parsers, collection
 * checks and JSON Schema all know them, with the kit's messages and warnings.
 */
export function createContentModel<const Fields extends SiteFields = Record<never, never>>(
  options: ContentModelOptions<Fields> = {},
): ContentModel<Fields> {
  const fields: SiteFields = options.extend ?? {};
  const unknownType = Object.keys(fields).find(
    (type) => !['organisation', 'project', 'event', 'article'].includes(type),
  );
  if (unknownType !== undefined) {
    throw new Error(
      `'${unknownType}' is not a document type; extend organisation, project, event or article.`,
    );
  }
  const schemas = {
    OrganisationSchema: extend(OrganisationSchema, 'organisation', fields.organisation),
    ProjectSchema: extend(ProjectSchema, 'project', fields.project),
    EventSchema: extend(EventSchema, 'event', fields.event),
    ArticleSchema: extend(ArticleSchema, 'article', fields.article),
  };
  const documentSchema = zod
    .discriminatedUnion('type', [
      schemas.OrganisationSchema,
      schemas.ProjectSchema,
      schemas.EventSchema,
      schemas.ArticleSchema,
    ] as never)
    .meta(zod.globalRegistry.get(DocumentSchema) ?? {});
  const parser = documentParser<ModelDocument<Fields>>(documentSchema as never);
  const referencesOf = referenceLister<ModelDocument<Fields>>(documentSchema);
  const jsonSchemas = {
    organisation: schemas.OrganisationSchema,
    project: schemas.ProjectSchema,
    event: schemas.EventSchema,
    article: schemas.ArticleSchema,
    document: documentSchema,
  };
  return {
    ...(schemas as unknown as ModelSchemas<Fields>),
    DocumentSchema: documentSchema as never,
    safeParseDocument: parser.safeParseDocument,
    parseDocument: parser.parseDocument,
    validateCollection: collectionValidator(
      referencesOf as (document: ContentDocument) => Reference[],
    ) as ContentModel<Fields>['validateCollection'],
    referencesOf,
    resolve: resolver(documentSchema as never) as ContentModel<Fields>['resolve'],
    toJsonSchema: (name) => contentJsonSchema(name, undefined, jsonSchemas),
  };
}
