import type { ContentDocument } from '@iom/content';
import type { ReactElement } from 'react';

/** A language version of a page, for the language switcher, hreflang links and the sitemap. */
export interface Alternate {
  lang: string;
  path: string;
}

/** One prerendered route: what goes in `<head>` and what goes in `<main>`. */
export interface Page {
  /** The route, like `/en/news/…/`; the page is written to `dist/<path>/index.html`. */
  path: string;
  lang: string;
  /** The page's own title; the document title adds the site's name. */
  title: string;
  description: string;
  /** Open Graph type: `article` for news, `website` for the rest. */
  kind: 'article' | 'website';
  /** Publication date-time of an article, for Open Graph. */
  published?: string;
  /** The translations of the page, itself included: `hreflang` links. */
  alternates: Alternate[];
  /** The page in every language of the site, fallbacks included: the language switcher. */
  languages: Alternate[];
  /**
   * The document this page is the page of, at its own address: its head (canonical URL, dates,
   * image) comes from it. On a fallback page that address is the original's.
   */
  shows?: ContentDocument;
  /** False for pages search engines should not list (the not-found page). Default: true. */
  indexed?: boolean;
  /** Documents described by the page, each emitted as a JSON-LD block. */
  describes: ContentDocument[];
  main: ReactElement;
}
