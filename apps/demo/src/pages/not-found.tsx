import type { Page } from '../page.js';
import { paths } from '../routes.js';

/** What the server sends, with status 404, for an address that has no page. */
export function notFoundPage(): Page {
  return {
    path: '/404.html',
    lang: 'en',
    title: 'Page not found',
    description: 'There is no page at this address.',
    kind: 'website',
    indexed: false,
    alternates: [{ lang: 'en', path: '/404.html' }],
    describes: [],
    main: (
      <header className="page-header">
        <h1 className="page-header__title">Page not found</h1>
        <p className="lead">
          There is no page at this address. Start again from the <a href={paths.home}>home page</a>.
        </p>
      </header>
    ),
  };
}
