import type { Article, ContentDocument, Event, Project } from '@iom/content';

/** The organisation whose site this is: its page is "Who We Are". */
export const SITE_ORGANISATION_ID = 'iom-belarus';

/** The six UN languages: every page of the site exists in each. English is the content's own. */
export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export const DEFAULT_LANGUAGE = 'en';

/** The site's own pages in `lang`. */
export const pathsIn = (lang: string) =>
  ({
    home: `/${lang}/`,
    news: `/${lang}/news/`,
    events: `/${lang}/events/`,
    whoWeAre: `/${lang}/who-we-are/`,
    about: `/${lang}/who-we-are/#about`,
    ourWork: `/${lang}/our-work/`,
    agenda2030: `/${lang}/our-work/#2030-agenda`,
  }) as const;

/** The English pages: where `/` sends readers. */
export const paths = pathsIn(DEFAULT_LANGUAGE);

/** True for a language's home page, like `/en/` or `/zh-Hans/`. */
export const isHomePath = (path: string): boolean => /^\/[a-z]{2,3}(?:-[A-Za-z]+)?\/$/.test(path);

/** The news list's page `page` (counted from 1): `/en/news/`, then `/en/news/page/2/`… */
export const newsPagePath = (lang: string, page: number): string =>
  page === 1 ? pathsIn(lang).news : `${pathsIn(lang).news}page/${page}/`;

const SECTIONS = { article: 'news', event: 'events', project: 'projects' } as const;

/**
 * The page of an article, event or project in `lang` (its own language unless given):
 * `/{lang}/{section}/{id}/`. In another language it is the page that shows it as a fallback.
 */
export const pagePath = (document: Article | Event | Project, lang = document.lang): string =>
  `/${lang}/${SECTIONS[document.type]}/${document.id}/`;

/**
 * Where a document is published on this site. An organisation has a page only when it is the
 * site's own (the others link to their websites).
 */
export function pathOf(document: ContentDocument, lang = document.lang): string | undefined {
  if (document.type !== 'organisation') return pagePath(document, lang);
  return document.id === SITE_ORGANISATION_ID ? pathsIn(lang).whoWeAre : undefined;
}
