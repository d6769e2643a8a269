import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES, chromiumOnBuiltSite, FALLBACKS, ROUTES } from './site.js';
import { visit } from './visit.js';

const site = chromiumOnBuiltSite();

/** The schema.org types each page describes itself with, in order. */
const HOME = ['Organization', 'WebSite'];
const JSON_LD_TYPES: Record<string, string[]> = {
  [ROUTES.home]: HOME,
  [ROUTES.homeFr]: HOME,
  [ROUTES.homeAr]: HOME,
  [ROUTES.homeZh]: HOME,
  [ROUTES.news]: [],
  [ROUTES.newsZh]: [],
  [ROUTES.events]: [],
  [ROUTES.maltaEvent]: ['Event'],
  [ROUTES.albaniaProject]: ['Project'],
  [ROUTES.pressRelease]: ['NewsArticle'],
  [ROUTES.articleFr]: ['NewsArticle'],
  [ROUTES.projectAr]: ['Project'],
  [ROUTES.article]: ['NewsArticle'],
  [ROUTES.articleRu]: ['NewsArticle'],
  [ROUTES.articleAr]: ['NewsArticle'],
  [ROUTES.project]: ['Project'],
  [ROUTES.event]: ['Event'],
  [ROUTES.whoWeAre]: ['Organization', 'Organization'],
  [ROUTES.ourWork]: [],
};

async function head(page: Page) {
  return page.evaluate(() => {
    const attribute = (selector: string, name: string) =>
      document.querySelector(selector)?.getAttribute(name) ?? undefined;
    return {
      canonical: attribute('link[rel="canonical"]', 'href'),
      description: attribute('meta[name="description"]', 'content'),
      ogTitle: attribute('meta[property="og:title"]', 'content'),
      ogDescription: attribute('meta[property="og:description"]', 'content'),
      ogUrl: attribute('meta[property="og:url"]', 'content'),
      ogType: attribute('meta[property="og:type"]', 'content'),
      ogImage: attribute('meta[property="og:image"]', 'content'),
      ogImageWidth: attribute('meta[property="og:image:width"]', 'content'),
      ogImageAlt: attribute('meta[property="og:image:alt"]', 'content'),
      ogLocale: attribute('meta[property="og:locale"]', 'content'),
      twitterCard: attribute('meta[name="twitter:card"]', 'content'),
      title: document.title,
      lang: document.documentElement.lang,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => script.textContent ?? '',
      ),
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (link) =>
          `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href') ?? '').pathname}`,
      ),
    };
  });
}

describe.each(ALL_ROUTES)('%s', (route) => {
  it('has a canonical URL, a description and Open Graph tags', async () => {
    const { page } = await visit(site.browser, site.url, route);
    const tags = await head(page);
    await page.close();
    expect(tags.canonical).toMatch(/^https?:\/\//);
    // A page showing a document in another language points at the original.
    expect(new URL(tags.canonical ?? '').pathname).toBe(FALLBACKS[route] ?? route);
    expect(tags.description?.trim()).not.toBe('');
    expect(tags.ogTitle?.trim()).not.toBe('');
    expect(tags.ogDescription).toBe(tags.description);
    expect(tags.ogUrl).toBe(tags.canonical);
    expect(tags.ogType).toBe(/\/news\/[^/]+\/$/.test(route) ? 'article' : 'website');
  });

  it('has og:image with its size and alt text, og:locale in its language, a short title', async () => {
    const { page } = await visit(site.browser, site.url, route);
    const tags = await head(page);
    const image =
      tags.ogImage === undefined
        ? undefined
        : await fetch(tags.ogImage.replace(new URL(tags.ogImage).origin, new URL(site.url).origin));
    await page.close();
    expect(tags.ogImage).toMatch(/^https?:\/\//);
    expect(image?.status).toBe(200);
    expect(Number(tags.ogImageWidth)).toBeGreaterThan(0);
    expect(tags.ogImageAlt?.trim()).not.toBe('');
    // The locale of the content: on a fallback page, the original's language.
    const contentLang = FALLBACKS[route]?.split('/')[1] ?? tags.lang;
    expect(tags.ogLocale?.slice(0, 2)).toBe(contentLang.slice(0, 2));
    expect(tags.twitterCard).toBe('summary_large_image');
    expect(Array.from(tags.title).length).toBeLessThanOrEqual(60);
  });

  it('carries JSON-LD that parses, with the right @type', async () => {
    const { page } = await visit(site.browser, site.url, route);
    const { jsonLd, canonical } = await head(page);
    await page.close();
    const blocks = jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(blocks.map((block) => block['@type'])).toEqual(JSON_LD_TYPES[route]);
    for (const block of blocks) expect(block['@context']).toBe('https://schema.org');
    const [main] = blocks;
    if (main !== undefined && main['@type'] !== 'Organization') expect(main.url).toBe(canonical);
  });
});

describe('languages', () => {
  it('links the article and its translations to each other with hreflang, both ways', async () => {
    const expected = [
      `en ${ROUTES.article}`,
      `ar ${ROUTES.articleAr}`,
      `ru ${ROUTES.articleRu}`,
      `x-default ${ROUTES.article}`,
    ];
    // The switcher offers all six languages: the translations, and the fallback pages.
    const fallback = (lang: string) => ROUTES.article.replace('/en/', `/${lang}/`);
    const switcherExpected = [
      `en ${ROUTES.article}`,
      `fr ${fallback('fr')}`,
      `es ${fallback('es')}`,
      `ar ${ROUTES.articleAr}`,
      `ru ${ROUTES.articleRu}`,
      `zh ${fallback('zh')}`,
    ];
    for (const route of [ROUTES.article, ROUTES.articleRu, ROUTES.articleAr, ROUTES.articleFr]) {
      const { page } = await visit(site.browser, site.url, route);
      expect((await head(page)).alternates).toEqual(expected);
      const switcher = await page.$$eval('.iom-language-switcher a[hreflang]', (links) =>
        links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`),
      );
      expect(switcher).toEqual(switcherExpected);
      await page.close();
    }
  });

  it('writes each translation in its language, with the JSON-LD saying so', async () => {
    for (const [route, lang] of [
      [ROUTES.article, 'en'],
      [ROUTES.articleRu, 'ru'],
      [ROUTES.articleAr, 'ar'],
    ] as const) {
      const { page } = await visit(site.browser, site.url, route);
      const { jsonLd } = await head(page);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(JSON.parse(jsonLd[0] ?? '{}').inLanguage).toBe(lang);
      await page.close();
    }
  });
});

describe('sitemap.xml', () => {
  it('lists every page at its own address, no fallback page, and only pages that exist', async () => {
    const response = await fetch(new URL('/sitemap.xml', site.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('xml');
    const xml = await response.text();
    const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, location]) => new URL(location ?? '').pathname,
    );
    const originals = ALL_ROUTES.filter((route) => FALLBACKS[route] === undefined);
    expect(locations).toEqual(expect.arrayContaining(originals));
    for (const route of Object.keys(FALLBACKS)) expect(locations).not.toContain(route);
    expect(new Set(locations).size).toBe(locations.length);
    for (const location of locations) {
      expect((await fetch(new URL(location, site.url))).status, location).toBe(200);
    }
    // The article says when it was published; the sitemap passes it on.
    expect(xml).toMatch(
      /<url><loc>[^<]+\/en\/news\/partners-[^<]+<\/loc><lastmod>2024-11-05T12:00:00\+03:00<\/lastmod>/,
    );
  });
});

describe('images', () => {
  it("shares the article's lead image at its real size, made by the image pipeline", async () => {
    const { page } = await visit(site.browser, site.url, ROUTES.article);
    const tags = await head(page);
    await page.close();
    expect(new URL(tags.ogImage ?? '').pathname).toMatch(
      /^\/images\/roundtable-illustration-[0-9a-f]{10}-1200\.jpg$/,
    );
    expect(tags.ogImageWidth).toBe('1200');
    for (const format of ['avif', 'webp', 'jpg']) {
      const path = new URL(tags.ogImage ?? '').pathname.replace(/1200\.jpg$/, `480.${format}`);
      expect((await fetch(new URL(path, site.url))).status).toBe(200);
    }
  });
});

describe('robots.txt', () => {
  it('lets crawlers in and names the sitemap at its absolute address', async () => {
    const response = await fetch(new URL('/robots.txt', site.url));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('User-agent: *');
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
  });
});

describe('feeds', () => {
  it.each(['/en/feed.xml', '/en/atom.xml', '/ru/feed.xml', '/ar/atom.xml'])(
    '%s parses as XML and lists the newest articles with absolute links',
    async (path) => {
      const response = await fetch(new URL(path, site.url));
      expect(response.status).toBe(200);
      const { page } = await visit(site.browser, site.url, '/en/');
      const parsed = await page.evaluate(
        async (xml) => {
          const document = new DOMParser().parseFromString(xml, 'application/xml');
          return {
            error: document.querySelector('parsererror')?.textContent,
            root: document.documentElement.nodeName,
            links: [...document.querySelectorAll('item > link, entry > link')].map(
              (link) => link.textContent || link.getAttribute('href'),
            ),
            dates: [...document.querySelectorAll('item > pubDate, entry > published')].map((date) =>
              Date.parse(date.textContent ?? ''),
            ),
          };
        },
        await response.text(),
      );
      await page.close();
      expect(parsed.error).toBeUndefined();
      expect(parsed.root).toBe(path.endsWith('atom.xml') ? 'feed' : 'rss');
      expect(parsed.links.length).toBeGreaterThan(0);
      const lang = path.split('/')[1];
      for (const link of parsed.links)
        expect(link).toMatch(new RegExp(`^https?://[^/]+/${lang}/news/`));
      // Newest first: the English feed has the 2024 article before the 2020 press release.
      expect(parsed.dates).toHaveLength(parsed.links.length);
      expect(parsed.dates).toEqual([...parsed.dates].sort((x, y) => y - x));
      if (lang === 'en') expect(parsed.links.length).toBeGreaterThanOrEqual(2);
    },
  );
});
