/**
 * Open Graph locales are `language_TERRITORY`. The six UN languages map to the locale their
 * readers most often set (English as the UN writes it, British); a tag with a region keeps it.
 */
const DEFAULT_TERRITORY: Readonly<Record<string, string>> = {
  ar: 'ar_AR',
  en: 'en_GB',
  es: 'es_ES',
  fr: 'fr_FR',
  ru: 'ru_RU',
  zh: 'zh_CN',
};

const SCRIPT_TERRITORY: Readonly<Record<string, string>> = { Hans: 'CN', Hant: 'TW' };

/** The Open Graph locale of a BCP 47 tag: `fr-CH` → `fr_CH`, `zh-Hant` → `zh_TW`, `ru` → `ru_RU`. */
export function openGraphLocale(lang: string): string {
  const [language = lang, ...rest] = lang.split('-');
  const region = rest.find((part) => /^[A-Z]{2}$/.test(part));
  const script = rest.find((part) => /^[A-Z][a-z]{3}$/.test(part));
  const territory = region ?? (script === undefined ? undefined : SCRIPT_TERRITORY[script]);
  if (territory !== undefined) return `${language}_${territory}`;
  return DEFAULT_TERRITORY[language] ?? language;
}

/** True when `tag` is `lang` or a regional or script variant of it (`zh-Hans` for `zh`). */
export const sameLanguage = (tag: string, lang: string): boolean =>
  tag === lang || tag.split('-')[0] === lang.split('-')[0];
