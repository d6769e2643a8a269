import type { ComponentType, ReactNode } from 'react';
import { safeUrl } from './url.js';

/** The props a site's link component receives: Next.js `Link` takes them as they are. */
export interface LinkComponentProps {
  /** Where to go, already checked safe by the component. Required. */
  href: string;
  /** The component's class names, to keep its styling. Default: none. */
  className?: string;
  /** What the link shows. Default: none. */
  children?: ReactNode;
  /** The language of the page it leads to, for navigation and language links. Default: none. */
  hrefLang?: string;
  /** `'page'` on the link to the page being shown. Default: none. */
  'aria-current'?: 'page';
  /** A fuller name than the link's text, which it contains ("Page 2" for "2"). Default: none. */
  'aria-label'?: string;
}

/**
 * A site's router link (Next.js `Link`, or a React Router `Link` wrapped to take `href`),
 * rendered in place of `<a>` so navigation stays the site's, with no client JavaScript of ours.
 */
export type LinkComponent = ComponentType<LinkComponentProps>;

interface ContentLinkProps extends Omit<LinkComponentProps, 'href'> {
  href: unknown;
  linkComponent: LinkComponent | undefined;
}

/**
 * A link when `href` is safe, otherwise its children alone: an unsafe or missing URL leaves
 * text that reads the same and goes nowhere.
 */
export function ContentLink({ href, linkComponent, children, ...props }: ContentLinkProps) {
  const safeHref = safeUrl(href);
  if (safeHref === undefined) return <>{children}</>;
  const Link = linkComponent ?? 'a';
  return (
    <Link href={safeHref} {...props}>
      {children}
    </Link>
  );
}
