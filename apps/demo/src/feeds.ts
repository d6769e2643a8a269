import type { Article } from '@iom/content';
import { atomFeed, type PublishSite, rssFeed } from '@iom/content/publish';
import { richTextToHtml } from '@iom/content/rich-text';
import { paths } from './routes.js';
import type { Site } from './site.js';

/** Where each language's feeds are published, like `/en/feed.xml` and `/en/atom.xml`. */
export const FEED_PATHS = {
  rss: (lang: string) => `/${lang}/feed.xml`,
  atom: (lang: string) => `/${lang}/atom.xml`,
};

/**
 * RSS and Atom feeds of the news in each language that has articles, each entry with the
 * article's full text as HTML. A feed's home is its language's home page where the site has one
 * (`routes`), else English.
 */
export function feedsOf(site: Site, publishSite: PublishSite, routes: readonly string[]) {
  const languages = [
    ...new Set(
      site.documents.flatMap((document) => (document.type === 'article' ? [document.lang] : [])),
    ),
  ];
  return languages.flatMap((lang) => {
    // A language's feed carries the articles written in it, not the fallbacks its pages show.
    const view = site.inLanguage(lang);
    const articles = view.articles.filter((article) => !view.isFallback(article));
    const home = routes.includes(`/${lang}/`) ? `/${lang}/` : paths.home;
    const options = {
      lang,
      home,
      title: `${site.organisation.name}: news`,
      contentHtml: (article: Article) => richTextToHtml(article.body),
    };
    return [
      {
        file: FEED_PATHS.rss(lang).slice(1),
        contents: rssFeed(articles, publishSite, { ...options, url: FEED_PATHS.rss(lang) }),
      },
      {
        file: FEED_PATHS.atom(lang).slice(1),
        contents: atomFeed(articles, publishSite, { ...options, url: FEED_PATHS.atom(lang) }),
      },
    ];
  });
}
