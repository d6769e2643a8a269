import type { NavigationItem } from '../src/site/links.js';

/** The IOM Belarus site's navigation as the seed page names it, for stories and tests. */
export const sampleNavigation: NavigationItem[] = [
  { label: 'News', href: '/en/news/' },
  {
    label: 'Who We Are',
    href: '/en/who-we-are/',
    items: [
      { label: 'About', href: '/en/who-we-are/#about' },
      { label: 'IOM Global', href: 'https://www.iom.int/' },
    ],
  },
  {
    label: 'Our Work',
    href: '/en/our-work/',
    items: [{ label: '2030 Agenda', href: '/en/our-work/#2030-agenda' }],
  },
];

/** The languages a page of the demo exists in. */
export const sampleLanguages = [
  { lang: 'en', href: '/en/news/partners/' },
  { lang: 'ru', href: '/ru/news/partners/' },
  { lang: 'ar', href: '/ar/news/partners/' },
];

export const LONG_WORD = 'Migrationsgesundheitskapazitätsentwicklungsprogramm';
