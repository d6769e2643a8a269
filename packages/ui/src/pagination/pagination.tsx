import { classNames } from '../shared/class-names.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import { fill } from '../shared/messages.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';
import { pageNumbers } from './paginate.js';

export interface PaginationProps {
  /** The page shown, counted from 1 (as `paginate` returns it). Required. */
  page: number;
  /** How many pages there are. Required. */
  pageCount: number;
  /** The address of page `page`, like `` (page) => (page === 1 ? '/news/' : `/news/${page}/`) ``. Required. */
  getHref: (page: number) => string;
  /** Language of the built-in words and numbers (BCP 47). Default: `'en'`. */
  locale?: string;
  /** Replacements for built-in words, like `{ next: 'Older news' }`. Default: none. */
  messages?: Partial<SiteMessages>;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** Extra class names. Default: none. */
  className?: string;
}

/**
 * Numbered pages with previous and next, as plain links: the first, the last and the pages
 * around the current one, which carries `aria-current`. Nothing when there is one page.
 */
export function Pagination({
  page,
  pageCount,
  getHref,
  locale = 'en',
  messages: overrides,
  linkComponent,
  className,
}: PaginationProps) {
  if (pageCount < 2) return null;
  const messages = siteMessages(locale, overrides);
  const step = (to: number, label: string, rel: 'previous' | 'next') => (
    <li className={`iom-pagination__item iom-pagination__item--${rel}`}>
      <ContentLink
        href={getHref(to)}
        linkComponent={linkComponent}
        className="iom-pagination__link"
      >
        {label}
      </ContentLink>
    </li>
  );
  return (
    <nav className={classNames('iom-pagination', className)} aria-label={messages.pagination}>
      <ul className="iom-pagination__list">
        {page > 1 && step(page - 1, messages.previous, 'previous')}
        {pageNumbers(page, pageCount).map((number, position) =>
          number === undefined ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place
            <li key={`gap-${position}`} className="iom-pagination__item iom-pagination__gap">
              …
            </li>
          ) : (
            <li key={number} className="iom-pagination__item">
              <ContentLink
                href={getHref(number)}
                linkComponent={linkComponent}
                className="iom-pagination__link"
                aria-label={fill(messages.page, { page: number })}
                aria-current={number === page ? 'page' : undefined}
              >
                {number.toLocaleString(locale)}
              </ContentLink>
            </li>
          ),
        )}
        {page < pageCount && step(page + 1, messages.next, 'next')}
      </ul>
    </nav>
  );
}
