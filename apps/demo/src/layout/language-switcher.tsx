import { nativeLanguageName } from '../format.js';
import type { Page } from '../page.js';

/** Links between the language versions of a page, each named in its own language. */
export function LanguageSwitcher({ page, label }: { page: Page; label: string }) {
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul className="language-switcher__list">
        {page.alternates.map((alternate) => (
          <li key={alternate.lang}>
            <a
              href={alternate.path}
              hrefLang={alternate.lang}
              lang={alternate.lang}
              className="language-switcher__link"
              aria-current={alternate.lang === page.lang ? 'page' : undefined}
            >
              {nativeLanguageName(alternate.lang)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
