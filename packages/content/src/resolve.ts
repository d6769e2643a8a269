import { referenceSitesIn } from './references.js';
import type { ResolvedDocumentOf, Resolved as ResolvedSchema } from './resolved.js';
import type { Article, ArticleSchema } from './schemas/article.js';
import type { PersonSchema, QuoteSchema } from './schemas/blocks.js';
import { type ContentDocument, DocumentSchema } from './schemas/document.js';
import type { Event, EventSchema } from './schemas/event.js';
import type { Organisation, OrganisationSchema } from './schemas/organisation.js';
import type { ParticipantSchema, Project, ProjectSchema } from './schemas/project.js';
import type { BlockSchema } from './schemas/rich-text.js';

/** The kit's documents, by the type a reference names. */
export interface KitDocuments {
  organisation: Organisation;
  project: Project;
  event: Event;
  article: Article;
}

// Each derived from its schema (see resolved.ts): a reference field added to a schema shows up
// here by itself.
/** A person with the organisation they work for, when the collection has it. */
export type ResolvedPerson = ResolvedSchema<typeof PersonSchema, KitDocuments>;
export type ResolvedQuote = ResolvedSchema<typeof QuoteSchema, KitDocuments>;
export type ResolvedBlock = ResolvedSchema<typeof BlockSchema, KitDocuments>;
/** A project participant: the organisation itself, in its IATI role. */
export type ResolvedParticipant = ResolvedSchema<typeof ParticipantSchema, KitDocuments>;

export type ResolvedOrganisation = ResolvedDocumentOf<typeof OrganisationSchema, KitDocuments>;
export type ResolvedProject = ResolvedDocumentOf<typeof ProjectSchema, KitDocuments>;
export type ResolvedEvent = ResolvedDocumentOf<typeof EventSchema, KitDocuments>;
export type ResolvedArticle = ResolvedDocumentOf<typeof ArticleSchema, KitDocuments>;

interface ResolvedByType {
  organisation: ResolvedOrganisation;
  project: ResolvedProject;
  event: ResolvedEvent;
  article: ResolvedArticle;
}

/** A document with every reference replaced by the document it names. */
export type Resolved<Document extends ContentDocument> = ResolvedByType[Document['type']];

/** Documents by id, for resolving many documents against one collection. */
export type DocumentIndex = ReadonlyMap<string, ContentDocument>;

/**
 * Indexes a collection by id. When two documents share an id the first wins, as it does in
 * `validateCollection`, which reports the second.
 */
export function indexDocuments(documents: Iterable<ContentDocument>): DocumentIndex {
  const index = new Map<string, ContentDocument>();
  for (const document of documents) if (!index.has(document.id)) index.set(document.id, document);
  return index;
}

type Key = string | number;
type Container = Record<Key, unknown>;

const parentOf = (root: Container, keys: Key[]) =>
  keys.slice(0, -1).reduce<Container>((value, key) => value[key] as Container, root);

/** Later array positions first, so removing one entry does not move the next one to remove. */
function compareKeysDescending(a: Key[], b: Key[]): number {
  for (let position = 0; position < Math.min(a.length, b.length); position++) {
    const [left, right] = [a[position] as Key, b[position] as Key];
    if (left === right) continue;
    if (typeof left === 'number' && typeof right === 'number') return right - left;
    return String(right).localeCompare(String(left));
  }
  return b.length - a.length;
}

/** Documents to resolve against: a list, indexed on every call, or a `DocumentIndex`. */
type Collection<Document extends { id: string }> =
  | readonly Document[]
  | ReadonlyMap<string, Document>;

/**
 * `resolve` for the documents of `schema`: the kit's, or a site model's, whose own reference
 * fields are resolved too.
 */
export function resolver<Document extends { id: string; type: string }>(
  schema: typeof DocumentSchema,
) {
  return <Input extends Document>(document: Input, collection: Collection<Document>) => {
    const index = Array.isArray(collection)
      ? indexDocuments(collection as readonly ContentDocument[])
      : (collection as ReadonlyMap<string, Document>);
    const copy = structuredClone(document) as unknown as Container;
    const removals: Key[][] = [];

    for (const { path, value, target, removable } of referenceSitesIn(schema, document)) {
      const found = index.get(value as string);
      if (found?.type === target) parentOf(copy, path)[path.at(-1) as Key] = found;
      else removals.push(removable);
    }

    // A list entry holding two missing references is removed once.
    const unique = new Map(removals.map((keys) => [JSON.stringify(keys), keys]));
    for (const keys of [...unique.values()].sort(compareKeysDescending)) {
      const parent = parentOf(copy, keys);
      const last = keys.at(-1) as Key;
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else delete parent[last];
    }
    return copy;
  };
}

const resolveKitDocument = resolver<ContentDocument>(DocumentSchema);

/**
 * Returns a copy of `document` with its references (a project's participants, an event's
 * organisers, participants and projects, an article's author, publisher and related projects,
 * events and organisations, speakers' organisations, an organisation's parent: every field
 * the schemas declare with `reference(type)`) replaced by the documents they name. A reference
 * that finds no document of the expected type is left out, never invented, with the optional
 * field or list entry that holds it (a participant without its organisation goes). One level
 * deep: the documents put in keep their own references as ids. The input is not changed.
 *
 * `collection` is a list or a `DocumentIndex`; a list is indexed on every call, so a caller that
 * resolves many documents indexes the collection once with `indexDocuments` and passes that.
 */
export function resolve<Document extends ContentDocument>(
  document: Document,
  collection: readonly ContentDocument[] | DocumentIndex,
): Resolved<Document> {
  return resolveKitDocument(document, collection) as unknown as Resolved<Document>;
}
