export {
  LanguageSwitcher,
  type LanguageSwitcherProps,
  type PageLanguage,
} from './language-switcher.js';
