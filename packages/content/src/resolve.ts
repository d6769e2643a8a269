import { referencesOf } from './references.js';
import type { Article } from './schemas/article.js';
import type { Person, Quote } from './schemas/blocks.js';
import type { ContentDocument } from './schemas/document.js';
import type { Event } from './schemas/event.js';
import type { Organisation } from './schemas/organisation.js';
import type { Participant, Project } from './schemas/project.js';
import type { Block, QuoteBlock } from './schemas/rich-text.js';

/** A person with the organisation they work for, when the collection has it. */
export type ResolvedPerson = Omit<Person, 'organisation'> & { organisation?: Organisation };
export type ResolvedQuote = Omit<Quote, 'speaker'> & { speaker: ResolvedPerson };
export type ResolvedBlock =
  | Exclude<Block, QuoteBlock>
  | (Omit<QuoteBlock, 'quote'> & { quote: ResolvedQuote });
/** A project participant: the organisation itself, in its IATI role. */
export type ResolvedParticipant = Omit<Participant, 'organisation'> & {
  organisation: Organisation;
};

export type ResolvedOrganisation = Omit<Organisation, 'parent'> & { parent?: Organisation };
export type ResolvedProject = Omit<Project, 'participants' | 'body'> & {
  participants: ResolvedParticipant[];
  body?: ResolvedBlock[];
};
export type ResolvedEvent = Omit<
  Event,
  'organisers' | 'participants' | 'speakers' | 'project' | 'relatedProjects' | 'body'
> & {
  relatedProjects?: Project[];
  organisers?: Organisation[];
  participants?: Organisation[];
  speakers?: ResolvedPerson[];
  project?: Project;
  body?: ResolvedBlock[];
};
export type ResolvedArticle = Omit<
  Article,
  | 'author'
  | 'publisher'
  | 'relatedProjects'
  | 'relatedEvents'
  | 'relatedOrganisations'
  | 'quotes'
  | 'body'
> & {
  author?: Organisation;
  publisher?: Organisation;
  relatedProjects?: Project[];
  relatedEvents?: Event[];
  relatedOrganisations?: Organisation[];
  quotes?: ResolvedQuote[];
  body: ResolvedBlock[];
};

/** A document with every reference replaced by the document it names. */
export type Resolved<Document extends ContentDocument> = Document extends Organisation
  ? ResolvedOrganisation
  : Document extends Project
    ? ResolvedProject
    : Document extends Event
      ? ResolvedEvent
      : Document extends Article
        ? ResolvedArticle
        : never;

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

/** `participants[0].organisation` → `['participants', 0, 'organisation']` (see `formatPath`). */
const pathKeys = (path: string): Key[] =>
  Array.from(path.matchAll(/([^.[\]]+)|\[(\d+)\]/g), ([, name, index]) =>
    index === undefined ? (name as string) : Number(index),
  );

/**
 * What to leave out when a reference finds no document: the entry of a list of ids, the
 * whole participant of a project (a participant is nothing but its organisation), and
 * otherwise just the field (a speaker stays, without an organisation).
 */
const keysToRemove = (document: ContentDocument, keys: Key[]): Key[] =>
  document.type === 'project' && keys[0] === 'participants' ? keys.slice(0, 2) : keys;

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

/**
 * Returns a copy of `document` with its references (a project's participants, an event's
 * organisers, participants and project, an article's author, publisher and related projects,
 * events and organisations, speakers' organisations, an organisation's parent) replaced by
 * the documents they name. References that find no document of the expected type are left
 * out, never invented. One level deep: the documents put in keep their own references as ids.
 * The input is not changed.
 */
export function resolve<Document extends ContentDocument>(
  document: Document,
  collection: readonly ContentDocument[] | DocumentIndex,
): Resolved<Document> {
  const index = Array.isArray(collection)
    ? indexDocuments(collection)
    : (collection as DocumentIndex);
  const copy = structuredClone(document) as unknown as Container;
  const removals: Key[][] = [];

  for (const reference of referencesOf(document)) {
    const keys = pathKeys(reference.path);
    const target = index.get(reference.id);
    if (target?.type === reference.expectedType) {
      parentOf(copy, keys)[keys.at(-1) as Key] = target;
    } else {
      removals.push(keysToRemove(document, keys));
    }
  }

  for (const keys of removals.sort(compareKeysDescending)) {
    const parent = parentOf(copy, keys);
    const last = keys.at(-1) as Key;
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
  }
  return copy as unknown as Resolved<Document>;
}
