import {
  type Article,
  type ContentDocument,
  compareDates,
  type DocumentIndex,
  type Event,
  type Image,
  indexDocuments,
  localize,
  type Organisation,
  type Project,
} from '@iom/content';
import type { ImageSet } from '@iom/ui';
import { DEFAULT_LANGUAGE, pathOf, SITE_ORGANISATION_ID } from './routes.js';

type OfType<Type extends ContentDocument['type']> = Extract<ContentDocument, { type: Type }>;

/**
 * The collection as readers of one language see it: each document in that language, or in its
 * original language when it has no translation (a fallback), linked to the pages of `lang`.
 */
export interface LanguageView {
  lang: string;
  /** Every document by id; a translation's id finds the version shown in this language too. */
  index: DocumentIndex;
  /** Articles, newest first (sorted once, not on every call). */
  articles: readonly Article[];
  projects: readonly Project[];
  events: readonly Event[];
  /** True when `document` is shown in another language than `lang`. */
  isFallback: (document: ContentDocument) => boolean;
  /** The documents of `type` that `ids` name, in order. */
  find: <Type extends ContentDocument['type']>(
    ids: readonly string[] | undefined,
    type: Type,
  ) => OfType<Type>[];
}

/** The validated collection, with the lookups the pages need. */
export interface Site {
  documents: readonly ContentDocument[];
  /** Every document at its own page (its `url`), by id. */
  index: DocumentIndex;
  /** IOM Belarus: the organisation whose site this is. */
  organisation: Organisation;
  /** IOM, the parent organisation, when the collection has it. */
  parent: Organisation | undefined;
  /** The collection in `lang`, made once per language. */
  inLanguage: (lang: string) => LanguageView;
  /** When the site was built (ISO): what splits upcoming events from past ones. */
  builtAt: string;
  /** What the image pipeline made of a content image: its widths and formats. */
  imageSet: (image: Pick<Image, 'src'>) => ImageSet | undefined;
  /** The documents of `type` that `ids` name, in order, at their own pages. */
  find: LanguageView['find'];
}

const ofType = <Type extends ContentDocument['type']>(
  documents: readonly ContentDocument[],
  type: Type,
) => documents.filter((document): document is OfType<Type> => document.type === type);

const finderOf =
  (index: DocumentIndex) =>
  <Type extends ContentDocument['type']>(ids: readonly string[] | undefined, type: Type) =>
    ofType(ids?.flatMap((id) => index.get(id) ?? []) ?? [], type);

/**
 * The site decides where each document is published, so every document gets its `url` here:
 * components link with it and the JSON-LD names it as the page.
 */
const withUrl = (document: ContentDocument, lang = document.lang): ContentDocument => {
  const url = pathOf(document, lang);
  return url === undefined ? document : { ...document, url };
};

/** `localize` for one language, then indexed and sorted: linear in the collection. */
function languageView(documents: readonly ContentDocument[], lang: string): LanguageView {
  const chosen = localize(documents, lang, [DEFAULT_LANGUAGE]);
  const fallbacks = new Set<string>();
  const shown = chosen.map(({ document, isFallback }) => {
    if (isFallback) fallbacks.add(document.id);
    return withUrl(document, lang);
  });
  const index = new Map(indexDocuments(shown));
  // References name one version of a family (usually the English id): they find the one shown.
  for (const document of documents) {
    if (index.has(document.id)) continue;
    const version = document.translations?.map((id) => index.get(id)).find(Boolean);
    if (version !== undefined) index.set(document.id, version);
  }
  for (const document of shown) {
    for (const id of document.translations ?? []) if (!index.has(id)) index.set(id, document);
  }
  return {
    lang,
    index,
    articles: ofType(shown, 'article').sort((a, b) => compareDates(b.published, a.published)),
    projects: ofType(shown, 'project'),
    events: ofType(shown, 'event'),
    isFallback: (document) => fallbacks.has(document.id),
    find: finderOf(index),
  };
}

export function createSite(
  validDocuments: readonly ContentDocument[],
  imageSets: Readonly<Record<string, ImageSet>> = {},
): Site {
  const documents = validDocuments.map((document) => withUrl(document));
  const index = indexDocuments(documents);
  const find = finderOf(index);
  const [organisation] = find([SITE_ORGANISATION_ID], 'organisation');
  if (organisation === undefined) {
    throw new Error(
      `the content has no organisation with the id '${SITE_ORGANISATION_ID}', whose site this is`,
    );
  }
  const views = new Map<string, LanguageView>();
  return {
    documents,
    index,
    organisation,
    parent: find(organisation.parent === undefined ? [] : [organisation.parent], 'organisation')[0],
    inLanguage: (lang) => {
      const view = views.get(lang) ?? languageView(validDocuments, lang);
      views.set(lang, view);
      return view;
    },
    builtAt: new Date().toISOString(),
    // Widths and formats only: the blurred placeholder would be an inline style, which
    // html-validate's recommended rules (and a strict Content-Security-Policy) refuse.
    imageSet: (image) => {
      const set = imageSets[image.src];
      return set && { variants: set.variants, sources: set.sources };
    },
    find,
  };
}
