import { classNames } from '../shared/class-names.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import type { SiteLink } from '../site/links.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';

export interface BreadcrumbsProps {
  /** The trail from the home page down; the last item is the page shown, and is not a link. Required. */
  items: readonly SiteLink[];
  /** Language of the built-in words (BCP 47). Default: `'en'`. */
  locale?: string;
  /** Replacements for built-in words, like `{ breadcrumbs: 'You are here' }`. Default: none. */
  messages?: Partial<SiteMessages>;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** Extra class names. Default: none. */
  className?: string;
}

/** Where the page sits in the site: an ordered list of links, the page itself last. */
export function Breadcrumbs({
  items,
  locale = 'en',
  messages,
  linkComponent,
  className,
}: BreadcrumbsProps) {
  if (items.length === 0) return null;
  return (
    <nav
      className={classNames('iom-breadcrumbs', className)}
      aria-label={siteMessages(locale, messages).breadcrumbs}
    >
      <ol className="iom-breadcrumbs__list">
        {items.map((item, position) => (
          <li key={item.href} className="iom-breadcrumbs__item">
            {position === items.length - 1 ? (
              <span aria-current="page">{item.label}</span>
            ) : (
              <ContentLink href={item.href} linkComponent={linkComponent} hrefLang={item.hrefLang}>
                {item.label}
              </ContentLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
