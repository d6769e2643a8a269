import type { ReactNode } from 'react';
import { classNames } from '../shared/class-names.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import type { NavigationItem, SiteLink } from '../site/links.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';
import { SkipLink } from '../skip-link/skip-link.js';

export interface SiteHeaderProps {
  /** The office's name, like "IOM Belarus". Required. */
  name: ReactNode;
  /** Where the name links to: the site's home page. Default: `'/'`. */
  homeHref?: string;
  /** The logo before the name: an `<img alt="">` or `<svg>` the site supplies (the kit ships no IOM emblem: its use is the site's to clear). Default: none. */
  logo?: ReactNode;
  /** The main navigation, with one level of sub-items. Default: none. */
  navigation?: readonly NavigationItem[];
  /** The address of the page shown, to mark its navigation link with `aria-current`. Default: none. */
  currentHref?: string;
  /** The language switcher (a `LanguageSwitcher`), after the navigation. Default: none. */
  languageSwitcher?: ReactNode;
  /** The id of the page's main content, for the skip link that opens the header; `null` for no skip link. Default: `'main'`. */
  mainId?: string | null;
  /** Language of the built-in words (BCP 47). Default: `'en'`. */
  locale?: string;
  /** Replacements for built-in words, like `{ mainNavigation: 'Menu' }`. Default: none. */
  messages?: Partial<SiteMessages>;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** Extra class names. Default: none. */
  className?: string;
}

/**
 * The top of every page: a skip link first, the office's logo and name, the main navigation
 * (sub-items listed beneath their item, so it works without JavaScript on a phone, where the
 * items wrap) and the language switcher.
 */
export function SiteHeader({
  name,
  homeHref = '/',
  logo,
  navigation = [],
  currentHref,
  languageSwitcher,
  mainId = 'main',
  locale = 'en',
  messages: overrides,
  linkComponent,
  className,
}: SiteHeaderProps) {
  const messages = siteMessages(locale, overrides);
  const link = (item: SiteLink, kind: 'item' | 'subitem') => (
    <ContentLink
      href={item.href}
      linkComponent={linkComponent}
      className={`iom-site-nav__link iom-site-nav__link--${kind}`}
      hrefLang={item.hrefLang}
      aria-current={item.href === currentHref ? 'page' : undefined}
    >
      {item.label}
    </ContentLink>
  );
  return (
    <>
      {mainId !== null && <SkipLink href={`#${mainId}`} locale={locale} messages={overrides} />}
      <header className={classNames('iom-site-header', className)}>
        <div className="iom-site-header__inner">
          <ContentLink
            href={homeHref}
            linkComponent={linkComponent}
            className="iom-site-header__brand"
          >
            {logo}
            <span className="iom-site-header__name">{name}</span>
          </ContentLink>
          {navigation.length > 0 && (
            <nav className="iom-site-nav" aria-label={messages.mainNavigation}>
              <ul className="iom-site-nav__list">
                {navigation.map((item) => (
                  <li key={item.href} className="iom-site-nav__item">
                    {link(item, 'item')}
                    {item.items !== undefined && item.items.length > 0 && (
                      <ul className="iom-site-nav__sublist">
                        {item.items.map((subitem) => (
                          <li key={subitem.href}>{link(subitem, 'subitem')}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {languageSwitcher}
        </div>
      </header>
    </>
  );
}
