import type { Page } from '../page.js';
import { NewsList } from '../parts/news-list.js';
import { paths } from '../routes.js';
import type { Site } from '../site.js';

export function newsPage(site: Site): Page {
  return {
    path: paths.news,
    lang: 'en',
    title: 'News',
    description: `News from ${site.organisation.name}.`,
    kind: 'website',
    alternates: [{ lang: 'en', path: paths.news }],
    describes: [],
    main: (
      <>
        <header className="page-header">
          <h1 className="page-header__title">News</h1>
        </header>
        <NewsList articles={site.articles('en')} headingLevel={2} variant="horizontal" />
      </>
    ),
  };
}
