import type { ResolvedDocumentOf, Resolved as ResolvedSchema } from './resolved.js';
import { type DocumentIndex, resolver } from './resolver.js';
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

export { type DocumentIndex, indexDocuments } from './resolver.js';

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
