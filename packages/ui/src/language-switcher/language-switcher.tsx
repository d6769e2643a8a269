import { classNames } from '../shared/class-names.js';
import { nativeLanguageName } from '../shared/intl.js';
import { directionOf } from '../shared/languages.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';

/** One language of the page. */
export interface PageLanguage {
  /** The language (BCP 47), like `'ar'`. Required. */
  lang: string;
  /** The page in that language; without it the language is not listed (a site may pass a fallback, like that language's home page). Default: none. */
  href?: string;
  /** The language's name. Default: its name in itself, from `Intl` (`Français`, `العربية`). */
  name?: string;
}

export interface LanguageSwitcherProps {
  /** The languages of the page, in the order to list them. Required. */
  languages: readonly PageLanguage[];
  /** The language of this page, marked as the current one. Required. */
  current: string;
  /** Language of the built-in words (BCP 47). Default: `current`. */
  locale?: string;
  /** Replacements for built-in words, like `{ languages: 'Language' }`. Default: none. */
  messages?: Partial<SiteMessages>;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** Extra class names. Default: none. */
  className?: string;
}

/**
 * Links to the page in its other languages, each named in its own language and marked with
 * `lang` and `hreflang`; the current one carries `aria-current`. Nothing when the page exists
 * in one language only.
 */
export function LanguageSwitcher({
  languages,
  current,
  locale = current,
  messages,
  linkComponent,
  className,
}: LanguageSwitcherProps) {
  const listed = languages.filter((language) => language.href !== undefined);
  if (listed.length < 2) return null;
  return (
    <nav
      className={classNames('iom-language-switcher', className)}
      aria-label={siteMessages(locale, messages).languages}
    >
      <ul className="iom-language-switcher__list">
        {listed.map(({ lang, href, name }) => (
          <li key={lang} lang={lang} dir={directionOf(lang)}>
            <ContentLink
              href={href}
              linkComponent={linkComponent}
              className="iom-language-switcher__link"
              hrefLang={lang}
              aria-current={lang === current ? 'page' : undefined}
            >
              {name ?? nativeLanguageName(lang)}
            </ContentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
