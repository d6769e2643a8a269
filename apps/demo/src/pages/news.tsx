import { NewsList, Pagination, paginate } from '@iom/ui';
import type { Page } from '../page.js';
import { paths } from '../routes.js';
import type { Site } from '../site.js';

/** Articles on a page of the news list: a page stays light however many there are. */
const NEWS_PAGE_SIZE = 12;

/** `/en/news/`, then `/en/news/2/`, `/en/news/3/`… */
const newsPath = (page: number) => (page === 1 ? paths.news : `${paths.news}${page}/`);

/** The English news, newest first, a page at a time with numbered links between the pages. */
export function newsPages(site: Site): Page[] {
  const articles = site.articles('en');
  const { pageCount } = paginate(articles, 1, NEWS_PAGE_SIZE);
  return Array.from({ length: pageCount }, (_, index) => {
    const { items, page } = paginate(articles, index + 1, NEWS_PAGE_SIZE);
    const title = page === 1 ? 'News' : `News, page ${page}`;
    return {
      path: newsPath(page),
      lang: 'en',
      title,
      description: `News from ${site.organisation.name}.`,
      kind: 'website',
      alternates: [{ lang: 'en', path: newsPath(page) }],
      describes: [],
      main: (
        <div className="iom-page">
          <h1>{title}</h1>
          <NewsList articles={items} headingLevel={2} variant="horizontal" />
          <Pagination page={page} pageCount={pageCount} getHref={newsPath} />
        </div>
      ),
    };
  });
}
