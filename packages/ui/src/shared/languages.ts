/** The six official languages of the United Nations, in which every built-in string exists. */
export const UN_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** Languages and scripts written right to left; Arabic is the one among the UN languages. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

const subtags = (locale: string) => locale.toLowerCase().split(/[-_]/);

/** `fr-CH` → `fr`, `ZH_Hans` → `zh`: the language a locale is written in. */
export const primaryLanguageOf = (locale: string) => subtags(locale)[0] ?? '';

/** `rtl` for Arabic (and other right-to-left languages or scripts), `ltr` otherwise. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const [language = '', ...rest] = subtags(locale);
  const script = rest.find((subtag) => subtag.length === 4);
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** `lang` and `dir` for an element whose text is in `locale`. */
export const languageAttributes = (locale: string) => ({
  lang: locale,
  dir: directionOf(locale),
});

/**
 * `lang`/`dir` for content written in `contentLang` inside a component speaking `locale`:
 * nothing when they agree, so the markup only says what differs.
 */
export const contentLanguageAttributes = (contentLang: string, locale: string) =>
  contentLang === locale ? {} : languageAttributes(contentLang);
