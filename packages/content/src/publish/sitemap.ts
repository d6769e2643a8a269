import type { AlternateLink } from './metadata.js';
import { attributesOf, element, XML_DECLARATION } from './xml.js';

/** One page of a sitemap: what `pageMetadata` gives as `canonical`, `lastModified` and `alternates`. */
export interface SitemapPage {
  /** The page's absolute address. */
  url: string;
  /** When it last changed: a date or date-time (W3C Datetime, as content writes them). */
  lastModified?: string | undefined;
  /** The page in other languages (`hreflang` links), `x-default` included. */
  alternates?: readonly AlternateLink[];
}

/**
 * sitemap.xml (sitemaps.org 0.9) with `lastmod` and `xhtml:link` language alternates, as
 * search engines read them. Pages are listed once each, in the order given.
 */
export function sitemap(pages: readonly SitemapPage[]): string {
  const seen = new Set<string>();
  const entries = pages.flatMap((page) => {
    if (seen.has(page.url)) return [];
    seen.add(page.url);
    const alternates = (page.alternates ?? []).map(
      ({ hrefLang, href }) =>
        `<xhtml:link${attributesOf({ rel: 'alternate', hreflang: hrefLang, href })}/>`,
    );
    return [
      `<url>${element('loc', page.url)}${element('lastmod', page.lastModified)}${alternates.join('')}</url>`,
    ];
  });
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export interface RobotsOptions {
  /** Absolute addresses of the site's sitemaps. */
  sitemaps: readonly string[];
  /** Paths no crawler should fetch, like `/drafts/`. Default: none. */
  disallow?: readonly string[];
}

/** robots.txt that lets every crawler in (but for `disallow`) and names the sitemaps. */
export function robotsTxt(options: RobotsOptions): string {
  // One directive per line: whitespace inside a value could start a directive of its own.
  const oneLine = (value: string) => value.replace(/\s+/g, '');
  const disallow = (options.disallow ?? []).map(oneLine);
  return [
    'User-agent: *',
    ...(disallow.length === 0 ? ['Allow: /'] : disallow.map((path) => `Disallow: ${path}`)),
    '',
    ...options.sitemaps.map((url) => `Sitemap: ${oneLine(url)}`),
    '',
  ].join('\n');
}
