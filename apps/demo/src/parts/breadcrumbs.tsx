import { Breadcrumbs } from '@iom/ui';
import { messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { paths } from '../routes.js';

/** Home › a section › the page, in the page's language; the section pages are in English. */
export function breadcrumbsOf(page: Pick<Page, 'lang' | 'path' | 'title'>, section?: 'news') {
  const messages = messagesFor(page.lang);
  const hrefLang = page.lang === 'en' ? undefined : 'en';
  return (
    <Breadcrumbs
      locale={page.lang}
      items={[
        { label: messages.home, href: paths.home, hrefLang },
        ...(section === 'news' ? [{ label: messages.news, href: paths.news, hrefLang }] : []),
        { label: page.title, href: page.path },
      ]}
    />
  );
}
