import type { ReactNode } from 'react';

/** A link a site gives a component: navigation, footer, breadcrumb or tag. */
export interface SiteLink {
  /** What the link says. Required. */
  label: ReactNode;
  /** Where it goes; an unsafe URL leaves the label as text. Required. */
  href: string;
  /** The language of the page it leads to, when it differs from this page's (sets `hreflang`). Default: none. */
  hrefLang?: string;
}

/** A navigation item, with one level of sub-items. */
export interface NavigationItem extends SiteLink {
  /** Links under this one, listed beneath it (no JavaScript menus). Default: none. */
  items?: readonly SiteLink[];
}
