import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Article } from '../schemas/article.js';
import { makeArticle } from '../testing/index.js';
import { atomFeed, instantOf, rssFeed } from './feeds.js';
import type { PublishSite } from './site.js';

const site: PublishSite = { url: 'https://belarus.iom.int/', name: 'IOM Belarus' };
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

/** Parses `xml` after checking it is well-formed; the parser alone would accept broken XML. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const articles: Article[] = [1, 2, 3, 4].map((seed) => {
  const article = makeArticle({}, { seed });
  return { ...article, url: `/en/news/${article.id}/` };
});
const russian: Article = { ...makeArticle({}, { seed: 9 }), lang: 'ru', url: '/ru/news/x/' };
const byDate = [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
const options = { lang: 'en', url: '/en/feed.xml', home: '/en/', title: 'IOM Belarus news' };

describe('rssFeed', () => {
  it('lists the newest articles in its language first, with absolute links', () => {
    const rss = parse(rssFeed([russian, ...articles], site, options)).rss;
    const channel = rss.channel;
    expect(rss['@_version']).toBe('2.0');
    expect(channel.title).toBe('IOM Belarus news');
    expect(channel.link).toEqual(['https://belarus.iom.int/en/']);
    expect(channel.language).toBe('en');
    expect(channel['atom:link']['@_href']).toBe('https://belarus.iom.int/en/feed.xml');
    expect(channel.item.map((item: { link: string }) => item.link[0])).toEqual(
      byDate.map((article) => `https://belarus.iom.int${article.url}`),
    );
    const [first] = channel.item;
    expect(first.title).toBe(byDate[0]?.headline);
    expect(first.description).toBe(byDate[0]?.summary);
    expect(new Date(first.pubDate).toISOString()).toBe(
      new Date(byDate[0]?.published ?? '').toISOString(),
    );
    expect(first['content:encoded']).toBeUndefined();
  });

  it('carries the full text as escaped HTML when the site gives it, and keeps to the limit', () => {
    const xml = rssFeed(articles, site, {
      ...options,
      limit: 2,
      contentHtml: (article) => `<p>${article.headline} & more</p>`,
    });
    const items = parse(xml).rss.channel.item;
    expect(items).toHaveLength(2);
    expect(items[0]['content:encoded']).toBe(`<p>${byDate[0]?.headline} & more</p>`);
    expect(xml).not.toContain('<p>');
  });

  it('stays well-formed whatever the headline holds', () => {
    const hostile = {
      ...articles[0],
      headline: '</title><script>alert("x")</script> & \u0000\u0008 ]]> café',
    } as Article;
    const item = parse(rssFeed([hostile], site, options)).rss.channel.item[0];
    expect(item.title).toBe('</title><script>alert("x")</script> &  ]]> café');
  });

  it('names the article that has no address instead of writing a link nobody can open', () => {
    const withoutUrl = { ...articles[0], url: undefined } as Article;
    expect(() => rssFeed([withoutUrl], site, options)).toThrow(/the article '.+' has no address/);
  });
});

describe('atomFeed', () => {
  it('gives every entry an id, link, dates and summary, and the feed its newest date', () => {
    const feed = parse(atomFeed([russian, ...articles], site, options)).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe('en');
    expect(feed.id).toBe('https://belarus.iom.int/en/feed.xml');
    expect(feed.author.name).toBe('IOM Belarus');
    const newestChange = Math.max(
      ...articles.map((article) => Date.parse(article.modified ?? article.published)),
    );
    expect(Date.parse(feed.updated)).toBe(newestChange);
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual(
      byDate.map((article) => `https://belarus.iom.int${article.url}`),
    );
    const [first] = feed.entry;
    expect(first.link[0]['@_href']).toBe(first.id);
    expect(first.summary).toBe(byDate[0]?.summary);
    expect(Date.parse(first.published)).toBe(Date.parse(byDate[0]?.published ?? ''));
    expect(first.category.map((category: Record<string, string>) => category['@_term'])).toEqual(
      byDate[0]?.themes,
    );
  });

  it('writes a valid empty feed for a language with no articles yet', () => {
    const feed = parse(
      atomFeed(articles, site, { ...options, lang: 'fr', url: '/fr/feed.xml' }),
    ).feed;
    expect(feed.entry).toBeUndefined();
    expect(feed.updated).toBe('1970-01-01T00:00:00.000Z');
  });

  it('carries the full text as HTML content', () => {
    const feed = parse(
      atomFeed(articles, site, { ...options, contentHtml: () => '<p>Full <em>text</em></p>' }),
    ).feed;
    expect(feed.entry[0].content['#text']).toBe('<p>Full <em>text</em></p>');
    expect(feed.entry[0].content['@_type']).toBe('html');
  });
});

describe('instantOf', () => {
  it('reads date-times as instants and a day, month or year as its first moment in UTC', () => {
    expect(instantOf('2024-11-05T12:00:00+03:00').toISOString()).toBe('2024-11-05T09:00:00.000Z');
    expect(instantOf('2024-11-05').toISOString()).toBe('2024-11-05T00:00:00.000Z');
    expect(instantOf('2024-11').toISOString()).toBe('2024-11-01T00:00:00.000Z');
    expect(instantOf('2024').toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
});
