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
  /** The same page in every language it exists in, itself included. */
  alternates: Alternate[];
  /** False for pages search engines should not list (the not-found page). Default: true. */
  indexed?: boolean;
  /** Documents described by the page, each emitted as a JSON-LD block. */
  describes: ContentDocument[];
  main: ReactElement;
}
