import type { Article, ContentDocument, Event, Project } from '@iom/content';

/** The organisation whose site this is: its page is "Who We Are". */
export const SITE_ORGANISATION_ID = 'iom-belarus';

/** The site's own pages, in English: the seed page describes them in English only. */
export const paths = {
  home: '/en/',
  news: '/en/news/',
  whoWeAre: '/en/who-we-are/',
  about: '/en/who-we-are/#about',
  ourWork: '/en/our-work/',
  agenda2030: '/en/our-work/#2030-agenda',
} as const;

/** True for a language's home page, like `/en/` or `/zh-Hans/`. */
export const isHomePath = (path: string): boolean => /^\/[a-z]{2,3}(?:-[A-Za-z]+)?\/$/.test(path);

const SECTIONS = { article: 'news', event: 'events', project: 'projects' } as const;

/** The page of an article, event or project: `/{lang}/{section}/{id}/`. */
export const pagePath = (document: Article | Event | Project): string =>
  `/${document.lang}/${SECTIONS[document.type]}/${document.id}/`;

/**
 * Where a document is published on this site. An organisation has a page only when it is the
 * site's own (the others link to their websites).
 */
export function pathOf(document: ContentDocument): string | undefined {
  if (document.type !== 'organisation') return pagePath(document);
  return document.id === SITE_ORGANISATION_ID ? paths.whoWeAre : undefined;
}
