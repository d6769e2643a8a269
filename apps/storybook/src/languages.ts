import { UN_LANGUAGES, type UnLanguage } from '@iom/ui';

/** Each UN language as the toolbar names it, in its own script. */
export const LANGUAGE_NAMES: Readonly<Record<UnLanguage, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский',
  zh: '中文',
};

/** The toolbar's value, English when a URL names a language the kit has no words for. */
export const toLanguage = (value: unknown): UnLanguage =>
  UN_LANGUAGES.find((language) => language === value) ?? 'en';

export { UN_LANGUAGES, type UnLanguage };
