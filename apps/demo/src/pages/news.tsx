import { NewsList, Pagination, paginate } from '@iom/ui';
import type { Page } from '../page.js';
import { newsPagePath } from '../routes.js';
import type { Site } from '../site.js';

/** Articles on a page of the news list: a page stays light however many there are. */
const NEWS_PAGE_SIZE = 12;

/** The English news, newest first, a page at a time with numbered links between the pages. */
export function newsPages(site: Site): Page[] {
  const articles = site.articles('en');
  const { pageCount } = paginate(articles, 1, NEWS_PAGE_SIZE);
  return Array.from({ length: pageCount }, (_, index) => {
    const { items, page } = paginate(articles, index + 1, NEWS_PAGE_SIZE);
    const title = page === 1 ? 'News' : `News, page ${page}`;
    return {
      path: newsPagePath(page),
      lang: 'en',
      title,
      description: `News from ${site.organisation.name}.`,
      kind: 'website',
      alternates: [{ lang: 'en', path: newsPagePath(page) }],
      describes: [],
      main: (
        <div className="iom-page">
          <h1>{title}</h1>
          <NewsList articles={items} headingLevel={2} variant="horizontal" />
          <Pagination page={page} pageCount={pageCount} getHref={newsPagePath} />
        </div>
      ),
    };
  });
}
