import { UN_LANGUAGES, type UnLanguage } from '@iom/ui';

/** Each UN language as the toolbar names it (in its own script) and the way it is written. */
export const LANGUAGES: Readonly<Record<UnLanguage, { name: string; dir: 'ltr' | 'rtl' }>> = {
  en: { name: 'English', dir: 'ltr' },
  fr: { name: 'Français', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  ru: { name: 'Русский', dir: 'ltr' },
  zh: { name: '中文', dir: 'ltr' },
};

/** The toolbar's value, English when a URL names a language the kit has no words for. */
export const toLanguage = (value: unknown): UnLanguage =>
  UN_LANGUAGES.find((language) => language === value) ?? 'en';

export { UN_LANGUAGES, type UnLanguage };
