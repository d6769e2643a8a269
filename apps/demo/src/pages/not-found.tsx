import { Hero } from '@iom/ui';
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
    languages: [{ lang: 'en', path: '/404.html' }],
    describes: [],
    main: (
      <div className="iom-page">
        <Hero
          title="Page not found"
          text={
            <>
              There is no page at this address. Start again from the{' '}
              <a href={paths.home}>home page</a>.
            </>
          }
        />
      </div>
    ),
  };
}
