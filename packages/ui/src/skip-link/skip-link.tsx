import type { ReactNode } from 'react';
import { classNames } from '../shared/class-names.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';

export interface SkipLinkProps {
  /** The id of the page's main content, with `#`. Default: `'#main'`. */
  href?: string;
  /** What the link says. Default: "Skip to main content" in the locale. */
  children?: ReactNode;
  /** Language of the built-in words (BCP 47). Default: `'en'`. */
  locale?: string;
  /** Replacements for built-in words. Default: none. */
  messages?: Partial<SiteMessages>;
  /** Extra class names. Default: none. */
  className?: string;
}

/**
 * The page's first focusable element: hidden until focused, then shown, it takes keyboard
 * users past the header to the main content. A page link, so it works without JavaScript.
 */
export function SkipLink({
  href = '#main',
  children,
  locale = 'en',
  messages,
  className,
}: SkipLinkProps) {
  return (
    <a className={classNames('iom-skip-link', className)} href={href}>
      {children ?? siteMessages(locale, messages).skipToContent}
    </a>
  );
}
