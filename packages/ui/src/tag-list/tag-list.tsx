import { classNames } from '../shared/class-names.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import type { SiteLink } from '../site/links.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';

/** A tag: a theme, country or SDG, linked to its page when the site has one. */
export interface Tag {
  /** What the tag says. Required. */
  label: string;
  /** Its page on the site; without one the tag is text. Default: none. */
  href?: SiteLink['href'];
}

export interface TagListProps {
  /** The tags, in the order to show them. Required. */
  tags: readonly Tag[];
  /** The list's name for screen readers, like "Themes". Default: "Topics" in the locale. */
  label?: string;
  /** Language of the built-in words (BCP 47). Default: `'en'`. */
  locale?: string;
  /** Replacements for built-in words. Default: none. */
  messages?: Partial<SiteMessages>;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** Extra class names. Default: none. */
  className?: string;
}

/** Themes, countries or SDGs as a row of tags, each a link the site provides. Nothing when empty. */
export function TagList({
  tags,
  label,
  locale = 'en',
  messages,
  linkComponent,
  className,
}: TagListProps) {
  if (tags.length === 0) return null;
  return (
    <ul
      className={classNames('iom-tag-list', className)}
      aria-label={label ?? siteMessages(locale, messages).tags}
    >
      {tags.map((tag) => (
        <li key={tag.label} className="iom-tag">
          <ContentLink href={tag.href} linkComponent={linkComponent} className="iom-tag__link">
            {tag.label}
          </ContentLink>
        </li>
      ))}
    </ul>
  );
}
