import {
  type Article,
  type ContentDocument,
  compareDates,
  type DocumentIndex,
  type Event,
  indexDocuments,
  type Organisation,
  type Project,
} from '@iom/content';
import { pathOf, SITE_ORGANISATION_ID } from './routes.js';

/** The validated collection, with the lookups the pages need. */
export interface Site {
  documents: readonly ContentDocument[];
  index: DocumentIndex;
  /** IOM Belarus: the organisation whose site this is. */
  organisation: Organisation;
  /** IOM, the parent organisation, when the collection has it. */
  parent: Organisation | undefined;
  /** Articles in `lang`, newest first (sorted and grouped once, not on every call). */
  articles: (lang: string) => readonly Article[];
  projects: Project[];
  events: Event[];
  /** The documents of `type` that `ids` name, in order. */
  find: <Type extends ContentDocument['type']>(
    ids: readonly string[] | undefined,
    type: Type,
  ) => Extract<ContentDocument, { type: Type }>[];
}

const ofType = <Type extends ContentDocument['type']>(
  documents: readonly ContentDocument[],
  type: Type,
) =>
  documents.filter(
    (document): document is Extract<ContentDocument, { type: Type }> => document.type === type,
  );

/**
 * The site decides where each document is published, so every document gets its `url` here:
 * components link with it and the JSON-LD names it as the page.
 */
const withUrl = (document: ContentDocument): ContentDocument => {
  const url = pathOf(document);
  return url === undefined ? document : { ...document, url };
};

export function createSite(validDocuments: readonly ContentDocument[]): Site {
  const documents = validDocuments.map(withUrl);
  const index = indexDocuments(documents);
  const find = <Type extends ContentDocument['type']>(
    ids: readonly string[] | undefined,
    type: Type,
  ) => ofType(ids?.flatMap((id) => index.get(id) ?? []) ?? [], type);
  const [organisation] = find([SITE_ORGANISATION_ID], 'organisation');
  if (organisation === undefined) {
    throw new Error(
      `the content has no organisation with the id '${SITE_ORGANISATION_ID}', whose site this is`,
    );
  }
  const articlesByLang = new Map<string, Article[]>();
  const newestFirst = ofType(documents, 'article').sort((a, b) =>
    compareDates(b.published, a.published),
  );
  for (const article of newestFirst) {
    const inLang = articlesByLang.get(article.lang);
    if (inLang === undefined) articlesByLang.set(article.lang, [article]);
    else inLang.push(article);
  }
  return {
    documents,
    index,
    organisation,
    parent: find(organisation.parent === undefined ? [] : [organisation.parent], 'organisation')[0],
    articles: (lang) => articlesByLang.get(lang) ?? [],
    projects: ofType(documents, 'project'),
    events: ofType(documents, 'event'),
    find,
  };
}
