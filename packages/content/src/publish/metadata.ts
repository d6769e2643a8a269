import { absoluteUrlFrom } from '../json-ld/urls.js';
import type { Image } from '../schemas/blocks.js';
import { absoluteUrlOn } from './absolute-url.js';
import { openGraphLocale, sameLanguage } from './locale.js';
import { factsOf, type Publishable } from './page.js';
import type { PublishSite } from './site.js';
import { documentTitle } from './title.js';

/** A language version of a page: a translation document, or any `{ lang, url }`. */
export interface AlternateSource {
  lang: string;
  url?: string | undefined;
}

export interface PageMetadataOptions {
  /**
   * Every language version of the page, itself included (translation documents will do); those
   * without a `url` are left out. `hreflang` links are written when there are two or more.
   */
  alternates?: readonly AlternateSource[];
  /** False for pages search engines should not list (a not-found page). Default: true. */
  indexed?: boolean;
}

/** `<link rel="alternate" hreflang="…" href="…">`. */
export interface AlternateLink {
  hrefLang: string;
  href: string;
}

/** `<meta property="og:…" content="…">` (Open Graph, including `article:` properties). */
export interface OpenGraphTag {
  property: string;
  content: string;
}

/** `<meta name="twitter:…" content="…">`. */
export interface TwitterTag {
  name: string;
  content: string;
}

/** What a page's `<head>` says to search engines and to sites that show shared links. */
export interface PageMetadata {
  /** The language of the content, for `og:locale`. */
  lang: string;
  /** The `<title>`: the page's title with the site's name, shortened when long. */
  title: string;
  description?: string;
  /** The absolute address search engines should list; absent on pages that are not indexed. */
  canonical?: string;
  /** `noindex` for pages search engines should not list. */
  robots?: 'noindex';
  /** `hreflang` links, `x-default` last; empty when the page exists in one language only. */
  alternates: AlternateLink[];
  openGraph: OpenGraphTag[];
  twitter: TwitterTag[];
  /** When the page last changed (`modified`, else `published`), for the sitemap. */
  lastModified?: string;
}

function imageTags(image: Image | undefined, absolute: (url: string) => string | undefined) {
  const src = image && absolute(image.src);
  if (image === undefined || src === undefined) return { openGraph: [], twitter: [] };
  const alt = image.decorative ? undefined : image.alt;
  return {
    openGraph: [
      { property: 'og:image', content: src },
      ...(image.width ? [{ property: 'og:image:width', content: String(image.width) }] : []),
      ...(image.height ? [{ property: 'og:image:height', content: String(image.height) }] : []),
      ...(alt ? [{ property: 'og:image:alt', content: alt }] : []),
    ],
    twitter: [
      { name: 'twitter:image', content: src },
      ...(alt ? [{ name: 'twitter:image:alt', content: alt }] : []),
    ],
  };
}

function alternateLinks(
  alternates: readonly AlternateSource[],
  site: PublishSite,
  absolute: (url: string | undefined) => string | undefined,
): AlternateLink[] {
  const links = alternates.flatMap(({ lang, url }) => {
    const href = absolute(url);
    return href === undefined ? [] : [{ hrefLang: lang, href }];
  });
  if (links.length < 2) return [];
  const defaultLanguage = site.defaultLanguage ?? 'en';
  const fallback =
    links.find((link) => link.hrefLang === defaultLanguage) ??
    links.find((link) => sameLanguage(link.hrefLang, defaultLanguage)) ??
    links[0];
  return fallback ? [...links, { hrefLang: 'x-default', href: fallback.href }] : links;
}

const tag = (property: string, content: string | undefined): OpenGraphTag[] =>
  content === undefined ? [] : [{ property, content }];

/**
 * The `<head>` of a page for `document` (an article, event, project, organisation or any
 * `WebPage`): title, description, canonical URL, `hreflang` alternates with `x-default`, Open
 * Graph (`og:image` with its size and alt text, `og:locale` and the other languages) and a
 * Twitter card. Pure: the same content gives the same tags. The canonical URL is the
 * document's own, so a page showing a document in another language's frame points at it.
 */
export function pageMetadata(
  document: Publishable,
  site: PublishSite,
  options: PageMetadataOptions = {},
): PageMetadata {
  const facts = factsOf(document);
  const lastModified = facts.modified ?? facts.published;
  const absolute = absoluteUrlFrom(site.url);
  const url = absoluteUrlOn(site)(facts.url, `the ${document.type} '${facts.title}'`);
  const indexed = options.indexed !== false;
  const alternates = alternateLinks(options.alternates ?? [], site, absolute);
  const images = imageTags(facts.image ?? site.image, absolute);
  const otherLocales = alternates
    .filter(({ hrefLang }) => hrefLang !== 'x-default' && hrefLang !== facts.lang)
    .map(({ hrefLang }) => openGraphLocale(hrefLang));
  const openGraph: OpenGraphTag[] = [
    { property: 'og:type', content: facts.openGraphType },
    { property: 'og:title', content: facts.title },
    ...tag('og:description', facts.description),
    { property: 'og:url', content: url },
    { property: 'og:site_name', content: site.name },
    { property: 'og:locale', content: openGraphLocale(facts.lang) },
    ...[...new Set(otherLocales)].map((content) => ({ property: 'og:locale:alternate', content })),
    ...images.openGraph,
    ...(facts.openGraphType === 'article'
      ? [
          ...tag('article:published_time', facts.published),
          ...tag('article:modified_time', facts.modified),
        ]
      : []),
  ];
  const twitter: TwitterTag[] = [
    {
      name: 'twitter:card',
      content: images.twitter.length > 0 ? 'summary_large_image' : 'summary',
    },
    { name: 'twitter:title', content: facts.title },
    ...(facts.description ? [{ name: 'twitter:description', content: facts.description }] : []),
    ...images.twitter,
    ...(site.twitterAccount ? [{ name: 'twitter:site', content: site.twitterAccount }] : []),
  ];
  return {
    lang: facts.lang,
    title: documentTitle(facts.title, site.name, site.titleLength ?? 60),
    ...(facts.description === undefined ? {} : { description: facts.description }),
    ...(indexed ? { canonical: url } : { robots: 'noindex' as const }),
    alternates: indexed ? alternates : [],
    openGraph,
    twitter,
    ...(lastModified === undefined ? {} : { lastModified }),
  };
}
