import { Breadcrumbs } from '@iom/ui';
import { messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { pathsIn } from '../routes.js';

/** Home › a section › the page, in the page's language. */
export function breadcrumbsOf(page: Pick<Page, 'lang' | 'path' | 'title'>, section?: 'news') {
  const messages = messagesFor(page.lang);
  const paths = pathsIn(page.lang);
  return (
    <Breadcrumbs
      locale={page.lang}
      items={[
        { label: messages.home, href: paths.home },
        ...(section === 'news' ? [{ label: messages.news, href: paths.news }] : []),
        { label: page.title, href: page.path },
      ]}
    />
  );
}
