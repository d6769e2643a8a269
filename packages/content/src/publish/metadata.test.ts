import { describe, expect, it } from 'vitest';
import { sampleArticle, sampleOrganisation, sampleTranslations } from '../samples.js';
import { makeArticle, makeEvent } from '../testing/index.js';
import { openGraphLocale } from './locale.js';
import { pageMetadata } from './metadata.js';
import type { PublishSite } from './site.js';
import { documentTitle, shorten } from './title.js';

const site: PublishSite = { url: 'https://belarus.iom.int/', name: 'IOM Belarus' };
const article = { ...sampleArticle, url: '/en/news/partners/' };
const russian = { ...sampleTranslations.ru, url: '/ru/news/partners/' };
const arabic = { ...sampleTranslations.ar, url: '/ar/news/partners/' };
const photo = {
  src: '/images/roundtable-1200.jpg',
  alt: 'Participants around a table',
  width: 1200,
  height: 800,
};

const property = (tags: { property: string; content: string }[], name: string) =>
  tags.filter((tag) => tag.property === name).map((tag) => tag.content);

describe('pageMetadata', () => {
  it('gives an article its shortened title, description, canonical URL and Open Graph type', () => {
    const metadata = pageMetadata(article, site);
    // The sample headline is 86 characters: with the site name it would be cut off in results.
    expect(metadata.title).toBe('Partners in Belarus Discuss Three-Year Plan… | IOM Belarus');
    expect(Array.from(metadata.title).length).toBeLessThanOrEqual(60);
    expect(metadata.description).toBe(sampleArticle.summary);
    expect(metadata.canonical).toBe('https://belarus.iom.int/en/news/partners/');
    expect(property(metadata.openGraph, 'og:type')).toEqual(['article']);
    expect(property(metadata.openGraph, 'og:title')).toEqual([sampleArticle.headline]);
    expect(property(metadata.openGraph, 'og:url')).toEqual([metadata.canonical]);
    expect(property(metadata.openGraph, 'article:published_time')).toEqual([
      sampleArticle.published,
    ]);
    expect(metadata.lastModified).toBe(sampleArticle.published);
  });

  it('links every language version with hreflang, x-default on the default language', () => {
    const metadata = pageMetadata(russian, site, { alternates: [article, russian, arabic] });
    expect(metadata.alternates).toEqual([
      { hrefLang: 'en', href: 'https://belarus.iom.int/en/news/partners/' },
      { hrefLang: 'ru', href: 'https://belarus.iom.int/ru/news/partners/' },
      { hrefLang: 'ar', href: 'https://belarus.iom.int/ar/news/partners/' },
      { hrefLang: 'x-default', href: 'https://belarus.iom.int/en/news/partners/' },
    ]);
    expect(property(metadata.openGraph, 'og:locale')).toEqual(['ru_RU']);
    expect(property(metadata.openGraph, 'og:locale:alternate')).toEqual(['en_GB', 'ar_AR']);
  });

  it('writes no hreflang links for a page in one language, and x-default from the site', () => {
    expect(pageMetadata(article, site, { alternates: [article] }).alternates).toEqual([]);
    const french = pageMetadata(
      article,
      { ...site, defaultLanguage: 'ru' },
      {
        alternates: [article, russian],
      },
    );
    expect(french.alternates.at(-1)).toEqual({
      hrefLang: 'x-default',
      href: russian.url.replace('/', 'https://belarus.iom.int/'),
    });
  });

  it('describes the image for Open Graph and a large Twitter card', () => {
    const metadata = pageMetadata(
      { ...article, images: [photo] },
      { ...site, twitterAccount: '@IOMBelarus' },
    );
    expect(metadata.openGraph).toEqual(
      expect.arrayContaining([
        { property: 'og:image', content: 'https://belarus.iom.int/images/roundtable-1200.jpg' },
        { property: 'og:image:width', content: '1200' },
        { property: 'og:image:height', content: '800' },
        { property: 'og:image:alt', content: 'Participants around a table' },
      ]),
    );
    expect(metadata.twitter).toEqual([
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: sampleArticle.headline },
      { name: 'twitter:description', content: sampleArticle.summary },
      { name: 'twitter:image', content: 'https://belarus.iom.int/images/roundtable-1200.jpg' },
      { name: 'twitter:image:alt', content: 'Participants around a table' },
      { name: 'twitter:site', content: '@IOMBelarus' },
    ]);
  });

  it("uses the site's image for pages without one, and a summary card when there is none", () => {
    const withSiteImage = pageMetadata(article, { ...site, image: photo });
    expect(property(withSiteImage.openGraph, 'og:image')).toEqual([
      'https://belarus.iom.int/images/roundtable-1200.jpg',
    ]);
    const without = pageMetadata(article, site);
    expect(property(without.openGraph, 'og:image')).toEqual([]);
    expect(without.twitter[0]).toEqual({ name: 'twitter:card', content: 'summary' });
  });

  it('gives no alt text for a decorative image and never an unsafe image address', () => {
    const decorative = pageMetadata(
      { ...article, images: [{ src: '/images/pattern.png', decorative: true }] },
      site,
    );
    expect(property(decorative.openGraph, 'og:image:alt')).toEqual([]);
    const unsafe = pageMetadata(
      // Content is validated before it is published; this is the guard behind that.
      { ...article, images: [{ src: 'javascript:alert(1)', alt: 'x' }] },
      site,
    );
    expect(property(unsafe.openGraph, 'og:image')).toEqual([]);
  });

  it('describes pages that are not documents, and keeps the site name alone on the home page', () => {
    const home = pageMetadata(
      { type: 'page', title: 'IOM Belarus', description: 'Home', lang: 'en', url: '/en/' },
      site,
    );
    expect(home.title).toBe('IOM Belarus');
    expect(property(home.openGraph, 'og:type')).toEqual(['website']);
    expect(home.canonical).toBe('https://belarus.iom.int/en/');
  });

  it('uses the organisation logo and description for its page', () => {
    const organisation = { ...sampleOrganisation('iom-belarus'), url: '/en/who-we-are/' };
    const metadata = pageMetadata(organisation, site);
    expect(metadata.description).toBe(organisation.description);
    expect(metadata.title).toBe(
      organisation.name === site.name ? site.name : `${organisation.name} | IOM Belarus`,
    );
  });

  it('marks pages search engines should not list, without canonical or alternates', () => {
    const metadata = pageMetadata(
      { type: 'page', title: 'Page not found', lang: 'en', url: '/404.html' },
      site,
      { indexed: false, alternates: [article, russian] },
    );
    expect(metadata.robots).toBe('noindex');
    expect(metadata.canonical).toBeUndefined();
    expect(metadata.alternates).toEqual([]);
  });

  it('takes the modified date for the sitemap and for article:modified_time', () => {
    const modified = makeArticle({ url: '/en/news/a/', modified: '2025-01-02T10:00:00+03:00' });
    const metadata = pageMetadata(modified, site);
    expect(metadata.lastModified).toBe('2025-01-02T10:00:00+03:00');
    expect(property(metadata.openGraph, 'article:modified_time')).toEqual([
      '2025-01-02T10:00:00+03:00',
    ]);
  });

  it('says which document has no address rather than publishing a page without one', () => {
    expect(() => pageMetadata(makeEvent({ url: undefined }), site)).toThrow(
      /the event '.+' has no address a reader can open/,
    );
  });
});

describe('documentTitle', () => {
  it('keeps short titles whole and adds the site name', () => {
    expect(documentTitle('News', 'IOM Belarus', 60)).toBe('News | IOM Belarus');
  });

  it('cuts long headlines at a word, without trailing punctuation', () => {
    expect(shorten('One two three, four five six', 16)).toBe('One two three…');
  });

  it('gives the headline alone when a long site name leaves it too little room', () => {
    const siteName = 'International Organization for Migration Belarus';
    expect(documentTitle('Migrant health roundtable in Minsk', siteName, 60)).toBe(
      'Migrant health roundtable in Minsk',
    );
  });

  it('cuts scripts written without spaces by character', () => {
    const chinese =
      '白俄罗斯的合作伙伴讨论改善移民获得医疗保健的三年计划并就下一步行动达成共识以及更多的内容';
    const title = documentTitle(chinese, '国际移民组织白俄罗斯', 30);
    expect(Array.from(title).length).toBeLessThanOrEqual(30);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('openGraphLocale', () => {
  it.each([
    ['en', 'en_GB'],
    ['fr', 'fr_FR'],
    ['es', 'es_ES'],
    ['ar', 'ar_AR'],
    ['ru', 'ru_RU'],
    ['zh', 'zh_CN'],
    ['zh-Hans', 'zh_CN'],
    ['zh-Hant', 'zh_TW'],
    ['fr-CH', 'fr_CH'],
    ['uk', 'uk'],
  ])('%s → %s', (lang, locale) => {
    expect(openGraphLocale(lang)).toBe(locale);
  });
});
