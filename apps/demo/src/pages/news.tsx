import type { Page } from '../page.js';
import { NewsList } from '../parts/news-list.js';
import { newsPagePath } from '../routes.js';
import type { Site } from '../site.js';

/** Articles on one news page: every page stays small however many articles the site has. */
export const NEWS_PAGE_SIZE = 20;

/**
 * The pages near `page`, and the first and last: a constant number of links, so a page's size
 * does not grow with the number of articles.
 */
export function nearbyPages(page: number, pageCount: number): number[] {
  const near = [1, page - 2, page - 1, page, page + 1, page + 2, pageCount];
  return [...new Set(near)]
    .filter((other) => other >= 1 && other <= pageCount)
    .sort((a, b) => a - b);
}

function PageList({ page, pageCount }: { page: number; pageCount: number }) {
  const shown = nearbyPages(page, pageCount);
  return (
    <nav className="page-list" aria-label="News pages">
      <ul>
        {page > 1 && (
          <li>
            <a href={newsPagePath(page - 1)} rel="prev">
              Newer
            </a>
          </li>
        )}
        {shown.map((other, position) => (
          <li key={other}>
            {position > 0 && other - (shown[position - 1] as number) > 1 && (
              <span aria-hidden="true">… </span>
            )}
            <a href={newsPagePath(other)} aria-current={other === page ? 'page' : undefined}>
              {other}
            </a>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <a href={newsPagePath(page + 1)} rel="next">
              Older
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The English news, newest first, as pages of `NEWS_PAGE_SIZE` with a list of the pages. */
export function newsPages(site: Site): Page[] {
  const articles = site.articles('en');
  const pageCount = Math.max(1, Math.ceil(articles.length / NEWS_PAGE_SIZE));
  return Array.from({ length: pageCount }, (_, index) => {
    const page = index + 1;
    const path = newsPagePath(page);
    const title = page === 1 ? 'News' : `News, page ${page} of ${pageCount}`;
    return {
      path,
      lang: 'en',
      title,
      description: `News from ${site.organisation.name}${page === 1 ? '' : `, page ${page}`}.`,
      kind: 'website',
      alternates: [{ lang: 'en', path }],
      describes: [],
      main: (
        <>
          <header className="page-header">
            <h1 className="page-header__title">{title}</h1>
          </header>
          <NewsList
            articles={articles.slice(index * NEWS_PAGE_SIZE, page * NEWS_PAGE_SIZE)}
            headingLevel={2}
            variant="horizontal"
          />
          {pageCount > 1 && <PageList page={page} pageCount={pageCount} />}
        </>
      ),
    };
  });
}
