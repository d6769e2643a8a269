import { compareDates } from '../dates.js';
import type { Article } from '../schemas/article.js';
import { absoluteUrlOn } from './absolute-url.js';
import type { PublishSite } from './site.js';
import { attributesOf, element, XML_DECLARATION } from './xml.js';

export interface FeedOptions {
  /** The feed's language: only articles in it are listed (one feed per language). */
  lang: string;
  /** Where the feed itself is published (a site path like `/en/feed.xml`, or a URL). */
  url: string;
  /** Default: the site's name. */
  title?: string;
  /** Default: the title. */
  description?: string;
  /** The page readers of the feed's language start from, like `/en/`. Default: the site's address. */
  home?: string;
  /** How many of the newest articles to list. Default: 20. */
  limit?: number;
  /**
   * The article's full text as HTML, such as `richTextToHtml(article.body)`; without it entries
   * carry the summary only. What it returns is escaped into the feed, never inserted raw.
   */
  contentHtml?: (article: Article) => string;
}

/** A feed's articles: in its language, newest first, at most `limit`. */
function articlesFor(articles: readonly Article[], options: FeedOptions): Article[] {
  return articles
    .filter((article) => article.lang === options.lang)
    .sort((a, b) => compareDates(b.published, a.published))
    .slice(0, options.limit ?? 20);
}

/**
 * A date as the instant feeds require. A day, month or year alone (as the source gave it)
 * becomes its first moment in UTC, because RSS and Atom have no way to say less.
 */
export function instantOf(date: string): Date {
  if (date.length > 10) return new Date(date);
  const [year, month = '01', day = '01'] = date.split('-');
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
}

const updatedOf = (article: Article) => article.modified ?? article.published;

function prepare(articles: readonly Article[], site: PublishSite, options: FeedOptions) {
  const absolute = absoluteUrlOn(site);
  const title = options.title ?? site.name;
  return {
    title,
    description: options.description ?? title,
    self: absolute(options.url, `the ${options.lang} feed`),
    home: absolute(options.home ?? '/', `the ${options.lang} feed's home page`),
    entries: articlesFor(articles, options).map((article) => ({
      article,
      link: absolute(article.url, `the article '${article.id}'`),
      content: options.contentHtml?.(article),
    })),
  };
}

/**
 * RSS 2.0 for the newest articles in one language: absolute links, `guid`s that are those
 * links, the summary as `description` and the full text (when given) as `content:encoded`.
 */
export function rssFeed(
  articles: readonly Article[],
  site: PublishSite,
  options: FeedOptions,
): string {
  const feed = prepare(articles, site, options);
  const newest = feed.entries[0];
  const items = feed.entries.map(({ article, link, content }) =>
    [
      '<item>',
      element('title', article.headline),
      element('link', link),
      element('guid', link, { isPermaLink: 'true' }),
      element('description', article.summary),
      element('content:encoded', content),
      element('pubDate', instantOf(article.published).toUTCString()),
      ...(article.themes ?? []).map((theme) => element('category', theme)),
      '</item>',
    ].join(''),
  );
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.home),
    element('description', feed.description),
    element('language', options.lang),
    newest && element('lastBuildDate', instantOf(updatedOf(newest.article)).toUTCString()),
    `<atom:link${attributesOf({ href: feed.self, rel: 'self', type: 'application/rss+xml' })}/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/**
 * Atom 1.0 for the newest articles in one language: each entry's id and link are its absolute
 * address, `published` and `updated` its dates, the summary and (when given) the full text.
 * An empty feed is dated 1970-01-01, so the same content always gives the same file.
 */
export function atomFeed(
  articles: readonly Article[],
  site: PublishSite,
  options: FeedOptions,
): string {
  const feed = prepare(articles, site, options);
  const updated = new Date(
    Math.max(0, ...feed.entries.map(({ article }) => instantOf(updatedOf(article)).getTime())),
  );
  const entries = feed.entries.map(({ article, link, content }) =>
    [
      '<entry>',
      element('id', link),
      element('title', article.headline),
      `<link${attributesOf({ rel: 'alternate', type: 'text/html', href: link })}/>`,
      element('published', instantOf(article.published).toISOString()),
      element('updated', instantOf(updatedOf(article)).toISOString()),
      element('summary', article.summary),
      element('content', content, { type: 'html' }),
      ...(article.themes ?? []).map((theme) => `<category${attributesOf({ term: theme })}/>`),
      '</entry>',
    ].join(''),
  );
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom"${attributesOf({ 'xml:lang': options.lang })}>`,
    element('id', feed.self),
    element('title', feed.title),
    element('subtitle', feed.description),
    element('updated', updated.toISOString()),
    `<link${attributesOf({ rel: 'self', type: 'application/atom+xml', href: feed.self })}/>`,
    `<link${attributesOf({ rel: 'alternate', type: 'text/html', href: feed.home })}/>`,
    `<author>${element('name', site.name)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
