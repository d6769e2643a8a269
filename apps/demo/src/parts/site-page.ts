import { directionOf } from '@iom/ui';
import type { Alternate } from '../page.js';
import { LANGUAGES } from '../routes.js';

/** A page of the site's own (home, news, who we are, our work): it exists in every language. */
export const everyLanguage = (pathIn: (lang: string) => string): Alternate[] =>
  LANGUAGES.map((lang) => ({ lang, path: pathIn(lang) }));

/** `lang`/`dir` for content written in `contentLang` on a page in `pageLang`: none when equal. */
export const languageOfContent = (contentLang: string, pageLang: string) =>
  contentLang === pageLang ? {} : { lang: contentLang, dir: directionOf(contentLang) };
