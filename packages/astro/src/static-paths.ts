import { directionOf, UN_LANGUAGES } from '@iom/ui';

/** What every localised page receives: its language and writing direction. */
export interface LanguageProps<Language extends string = string> {
  lang: Language;
  dir: 'ltr' | 'rtl';
}

/**
 * `getStaticPaths` for `src/pages/[lang]/…` pages: one path per language of the site, the six
 * UN languages by default, each with its `lang` and `dir`.
 */
export function languagePaths<const Language extends string = (typeof UN_LANGUAGES)[number]>(
  languages: readonly Language[] = UN_LANGUAGES as unknown as readonly Language[],
) {
  return languages.map((lang) => ({
    params: { lang },
    props: { lang, dir: directionOf(lang) } satisfies LanguageProps<Language>,
  }));
}

/** An Astro collection entry holding a document written in one language. */
export interface LocalisedEntry {
  id: string;
  data: { lang: string };
}

export interface EntryPathsOptions<Language extends string, Param extends string> {
  /** The site's languages; entries in other languages get no page. Default: the UN six. */
  languages?: readonly Language[];
  /** The route parameter that names the entry, as in `[lang]/news/[id].astro`. Default: `id`. */
  param?: Param;
  /** The URL segment of an entry. Default: its id. */
  slug?: (entry: LocalisedEntry) => string;
}

/** `en-GB` is published under the site's `en`, `zh-Hans` under `zh`. */
function siteLanguageOf<Language extends string>(lang: string, languages: readonly Language[]) {
  const exact = languages.find((language) => language.toLowerCase() === lang.toLowerCase());
  if (exact !== undefined) return exact;
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return languages.find((language) => language.toLowerCase() === primary);
}

/**
 * `getStaticPaths` for `src/pages/[lang]/…/[id]` pages: one path per entry, under the site
 * language it is written in, with the entry, `lang` and `dir` as props.
 */
export function entryPaths<
  Entry extends LocalisedEntry,
  const Language extends string = (typeof UN_LANGUAGES)[number],
  const Param extends string = 'id',
>(entries: readonly Entry[], options: EntryPathsOptions<Language, Param> = {}) {
  const languages = options.languages ?? (UN_LANGUAGES as unknown as readonly Language[]);
  const param = options.param ?? ('id' as Param);
  const slug = options.slug ?? ((entry: LocalisedEntry) => entry.id);
  return entries.flatMap((entry) => {
    const lang = siteLanguageOf(entry.data.lang, languages);
    if (lang === undefined) return [];
    return [
      {
        params: { lang, [param]: slug(entry) } as { lang: Language } & Record<Param, string>,
        props: { entry, lang, dir: directionOf(lang) },
      },
    ];
  });
}
