import type { ReactNode } from 'react';
import type { SiteMessages } from '../messages.js';
import type { Page } from '../page.js';
import { paths } from '../routes.js';
import type { Site } from '../site.js';
import { LanguageSwitcher } from './language-switcher.js';

interface NavLinkProps {
  href: string;
  page: Page;
  children: ReactNode;
  /** Items under this one, shown beneath it (no JavaScript menus). */
  items?: ReactNode;
}

/**
 * A navigation link. The site's own pages are in English: from a page in another language the
 * link says so with `hreflang`.
 */
function NavLink({ href, page, children, items }: NavLinkProps) {
  const external = !href.startsWith('/');
  return (
    <li className="site-nav__item">
      <a
        href={href}
        className="site-nav__link"
        aria-current={href === page.path ? 'page' : undefined}
        hrefLang={!external && page.lang !== 'en' ? 'en' : undefined}
      >
        {children}
      </a>
      {items !== undefined && <ul className="site-nav__sublist">{items}</ul>}
    </li>
  );
}

/**
 * The site's name and navigation as the seed page has it: Who We Are (About, IOM Global) and
 * Our Work (2030 Agenda), plus News. Data and Resources and Take Action are left out: the seed
 * names them but does not describe them, and pages are not invented.
 */
export function SiteHeader({
  page,
  site,
  messages,
}: {
  page: Page;
  site: Site;
  messages: SiteMessages;
}) {
  const iomWebsite = site.parent?.website;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a
          className="site-header__brand"
          href={paths.home}
          lang={page.lang === site.organisation.lang ? undefined : site.organisation.lang}
        >
          {site.organisation.name}
        </a>
        <nav className="site-nav" aria-label={messages.mainNavigation}>
          <ul className="site-nav__list">
            <NavLink href={paths.news} page={page}>
              {messages.news}
            </NavLink>
            <NavLink
              href={paths.whoWeAre}
              page={page}
              items={
                <>
                  <NavLink href={paths.about} page={page}>
                    {messages.about}
                  </NavLink>
                  {iomWebsite !== undefined && (
                    <NavLink href={iomWebsite} page={page}>
                      {messages.iomGlobal}
                    </NavLink>
                  )}
                </>
              }
            >
              {messages.whoWeAre}
            </NavLink>
            <NavLink
              href={paths.ourWork}
              page={page}
              items={
                <NavLink href={paths.agenda2030} page={page}>
                  {messages.agenda2030}
                </NavLink>
              }
            >
              {messages.ourWork}
            </NavLink>
          </ul>
        </nav>
        {page.alternates.length > 1 && <LanguageSwitcher page={page} label={messages.languages} />}
      </div>
    </header>
  );
}
