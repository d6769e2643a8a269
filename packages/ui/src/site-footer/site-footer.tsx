import type { ReactNode } from 'react';
import { classNames } from '../shared/class-names.js';
import { type HeadingLevel, headingTag } from '../shared/heading.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import type { SiteLink } from '../site/links.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';

/** A titled group of links in the footer. */
export interface FooterLinkGroup {
  /** The group's heading. Required. */
  title: string;
  /** Its links. Required. */
  links: readonly SiteLink[];
}

export interface SiteFooterProps {
  /** The office's name, like "IOM Belarus". Required. */
  name: ReactNode;
  /** The line on its parent organisation; `null` for none. Default: "IOM is part of the United Nations system." in the locale. */
  parent?: ReactNode;
  /** Groups of links, each under its heading. Default: none. */
  linkGroups?: readonly FooterLinkGroup[];
  /** Social media links, under "Follow us". Default: none. */
  socialLinks?: readonly SiteLink[];
  /** The legal line: copyright, terms, a note on the content. Default: none. */
  legal?: ReactNode;
  /** Level of the groups' headings. Default: `2`. */
  headingLevel?: HeadingLevel;
  /** Language of the built-in words (BCP 47). Default: `'en'`. */
  locale?: string;
  /** Replacements for built-in words, like `{ followUs: 'Social media' }`. Default: none. */
  messages?: Partial<SiteMessages>;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** Extra class names. Default: none. */
  className?: string;
}

/** The foot of every page: the office and its parent, link groups, social links, legal line. */
export function SiteFooter({
  name,
  parent,
  linkGroups = [],
  socialLinks = [],
  legal,
  headingLevel = 2,
  locale = 'en',
  messages: overrides,
  linkComponent,
  className,
}: SiteFooterProps) {
  const messages = siteMessages(locale, overrides);
  const Heading = headingTag(headingLevel);
  const groups =
    socialLinks.length > 0
      ? [...linkGroups, { title: messages.followUs, links: socialLinks }]
      : linkGroups;
  return (
    <footer className={classNames('iom-site-footer', className)}>
      <div className="iom-site-footer__inner">
        <div className="iom-site-footer__about">
          <p className="iom-site-footer__name">{name}</p>
          {parent !== null && <p>{parent ?? messages.partOfUn}</p>}
        </div>
        {groups.map((group) => (
          <div key={group.title} className="iom-site-footer__group">
            <Heading className="iom-site-footer__title">{group.title}</Heading>
            <ul className="iom-site-footer__links">
              {group.links.map((link) => (
                <li key={link.href}>
                  <ContentLink
                    href={link.href}
                    linkComponent={linkComponent}
                    hrefLang={link.hrefLang}
                  >
                    {link.label}
                  </ContentLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {legal !== undefined && <div className="iom-site-footer__legal">{legal}</div>}
      </div>
    </footer>
  );
}
