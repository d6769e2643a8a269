import type { Article, Event, Project } from '@iom/content';
import type { ReactElement } from 'react';
import { fill, languageName, messagesFor } from '../messages.js';
import type { Alternate, Page } from '../page.js';
import { LANGUAGES, pagePath } from '../routes.js';
import type { LanguageView, Site } from '../site.js';

type Publishable = Article | Event | Project;

const languageRank = (lang: string) => {
  const rank = (LANGUAGES as readonly string[]).indexOf(lang);
  return rank === -1 ? LANGUAGES.length : rank;
};

/** The document's real language versions, itself and its translations, at their own pages. */
export function translationsOf(document: Publishable, site: Site): Alternate[] {
  const versions = [document, ...site.find(document.translations, document.type)];
  return [...new Map(versions.map((version) => [version.lang, pagePath(version)])).entries()]
    .map(([lang, path]) => ({ lang, path }))
    .sort((a, b) => languageRank(a.lang) - languageRank(b.lang));
}

/** The page of `document` in every language of the site: a translation, else the fallback. */
function languagesOf(document: Publishable, site: Site): Alternate[] {
  return LANGUAGES.flatMap((lang) => {
    const shown = site.inLanguage(lang).index.get(document.id);
    return shown === undefined || shown.type === 'organisation'
      ? []
      : [{ lang, path: pagePath(shown, lang) }];
  });
}

/** "This page is not available in Français; it is shown in English", in the page's language. */
export function FallbackNotice({ lang, original }: { lang: string; original: string }) {
  return (
    <p className="site-fallback-notice" role="note">
      {fill(messagesFor(lang).fallbackNotice, {
        language: languageName(lang, lang),
        original: languageName(original, lang),
      })}
    </p>
  );
}

/**
 * What every page of a document has, in the language of `view`: its address there, the
 * translations for `hreflang`, the switcher's languages, and the original it is the page of.
 * A fallback page (the document is not in `view.lang`) says so above the content, and its
 * canonical URL and `hreflang` links are the original's.
 */
export function documentPageOf(
  document: Publishable,
  view: LanguageView,
  site: Site,
): Pick<Page, 'path' | 'lang' | 'alternates' | 'languages' | 'shows'> & {
  notice: ReactElement | null;
} {
  const original = site.index.get(document.id) ?? document;
  return {
    path: pagePath(document, view.lang),
    lang: view.lang,
    alternates: translationsOf(document, site),
    languages: languagesOf(document, site),
    shows: original,
    notice: view.isFallback(document) ? (
      <FallbackNotice lang={view.lang} original={document.lang} />
    ) : null,
  };
}
