import { NewsList, Pagination, paginate } from '@iom/ui';
import { fill, messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { everyLanguage } from '../parts/site-page.js';
import { newsPagePath } from '../routes.js';
import type { LanguageView, Site } from '../site.js';

/** Articles on a page of the news list: a page stays light however many there are. */
const NEWS_PAGE_SIZE = 12;

/**
 * The news in the language of `view` (articles without a translation in their own language),
 * newest first, a page at a time with numbered links between the pages.
 */
export function newsPages(view: LanguageView, site: Site): Page[] {
  const { lang, articles } = view;
  const messages = messagesFor(lang);
  const { pageCount } = paginate(articles, 1, NEWS_PAGE_SIZE);
  const pathOf = (page: number) => newsPagePath(lang, page);
  return Array.from({ length: pageCount }, (_, index) => {
    const { items, page } = paginate(articles, index + 1, NEWS_PAGE_SIZE);
    const title = page === 1 ? messages.news : fill(messages.newsPage, { page });
    const languages = everyLanguage((other) => newsPagePath(other, page));
    return {
      path: pathOf(page),
      lang,
      title,
      description: fill(messages.newsDescription, { site: site.organisation.name }),
      kind: 'website',
      alternates: languages,
      languages,
      describes: [],
      main: (
        <div className="iom-page">
          <h1>{title}</h1>
          <NewsList
            articles={items}
            headingLevel={2}
            variant="horizontal"
            locale={lang}
            getImageSet={site.imageSet}
          />
          <Pagination page={page} pageCount={pageCount} getHref={pathOf} locale={lang} />
        </div>
      ),
    };
  });
}
