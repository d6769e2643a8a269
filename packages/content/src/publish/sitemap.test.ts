import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemap } from './sitemap.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'xhtml:link'].includes(name),
});

describe('sitemap', () => {
  const xml = sitemap([
    {
      url: 'https://belarus.iom.int/en/news/a/',
      lastModified: '2024-11-05T12:00:00+03:00',
      alternates: [
        { hrefLang: 'en', href: 'https://belarus.iom.int/en/news/a/' },
        { hrefLang: 'ru', href: 'https://belarus.iom.int/ru/news/a/' },
        { hrefLang: 'x-default', href: 'https://belarus.iom.int/en/news/a/' },
      ],
    },
    { url: 'https://belarus.iom.int/en/?a=1&b=2' },
    { url: 'https://belarus.iom.int/en/?a=1&b=2' },
  ]);

  it('is well-formed sitemaps.org XML listing each page once', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = parser.parse(xml);
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.url.map((url: { loc: string }) => url.loc)).toEqual([
      'https://belarus.iom.int/en/news/a/',
      'https://belarus.iom.int/en/?a=1&b=2',
    ]);
  });

  it('gives lastmod where the page has a date, and the language alternates', () => {
    const [page, home] = parser.parse(xml).urlset.url;
    expect(page.lastmod).toBe('2024-11-05T12:00:00+03:00');
    expect(home.lastmod).toBeUndefined();
    expect(
      page['xhtml:link'].map((link: Record<string, string>) => [
        link['@_hreflang'],
        link['@_href'],
      ]),
    ).toEqual([
      ['en', 'https://belarus.iom.int/en/news/a/'],
      ['ru', 'https://belarus.iom.int/ru/news/a/'],
      ['x-default', 'https://belarus.iom.int/en/news/a/'],
    ]);
  });
});

describe('robotsTxt', () => {
  it('lets crawlers in and names the sitemap', () => {
    expect(robotsTxt({ sitemaps: ['https://belarus.iom.int/sitemap.xml'] })).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://belarus.iom.int/sitemap.xml\n',
    );
  });

  it('keeps each directive on its own line', () => {
    const robots = robotsTxt({
      sitemaps: ['https://belarus.iom.int/sitemap.xml'],
      disallow: ['/drafts/\nAllow: /secret/'],
    });
    expect(robots.split('\n')).toEqual([
      'User-agent: *',
      'Disallow: /drafts/Allow:/secret/',
      '',
      'Sitemap: https://belarus.iom.int/sitemap.xml',
      '',
    ]);
  });
});
