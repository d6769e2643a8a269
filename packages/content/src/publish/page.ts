import type { Image } from '../schemas/blocks.js';
import type { ContentDocument } from '../schemas/document.js';

/** A page that is not one document (a home page, a news list), described for search and sharing. */
export interface WebPage {
  type: 'page';
  title: string;
  description?: string;
  /** The language the page is written in (BCP 47). */
  lang: string;
  /** Where the page is published: a site path like `/en/news/` or a full URL. */
  url: string;
  image?: Image;
  /** When the page last changed, for the sitemap. */
  modified?: string;
}

/** Anything with a page of its own: a content document (with its `url`) or a `WebPage`. */
export type Publishable = ContentDocument | WebPage;

/** What every kind of page has in common, read from its own fields. */
export interface PageFacts {
  title: string;
  description: string | undefined;
  lang: string;
  url: string | undefined;
  image: Image | undefined;
  published: string | undefined;
  modified: string | undefined;
  openGraphType: 'article' | 'website';
}

/** The first image of a document that has images, or the logo of an organisation. */
function imageOf(document: Publishable): Image | undefined {
  if (document.type === 'organisation') return document.logo;
  if (document.type === 'page') return document.image;
  return 'images' in document ? document.images?.[0] : undefined;
}

export function factsOf(document: Publishable): PageFacts {
  const common = { lang: document.lang, url: document.url, image: imageOf(document) };
  switch (document.type) {
    case 'article':
      return {
        ...common,
        title: document.headline,
        description: document.summary,
        published: document.published,
        modified: document.modified,
        openGraphType: 'article',
      };
    case 'organisation':
      return {
        ...common,
        title: document.name,
        description: document.description,
        published: undefined,
        modified: undefined,
        openGraphType: 'website',
      };
    case 'page':
      return {
        ...common,
        title: document.title,
        description: document.description,
        published: undefined,
        modified: document.modified,
        openGraphType: 'website',
      };
    default:
      return {
        ...common,
        title: document.title,
        description: document.summary,
        published: undefined,
        modified: undefined,
        openGraphType: 'website',
      };
  }
}
