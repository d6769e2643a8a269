import { type PageMetadata, type PublishSite, pageMetadata } from '@iom/content/publish';
import type { Page } from './page.js';
import type { Site } from './site.js';

/** The site's share card, an illustration the build draws (see scripts/build.mjs). */
export interface ShareImage {
  src: string;
  width: number;
  height: number;
}

/** The site as publishing sees it: its address, name, and the picture shared links fall back to. */
export function publishSiteOf(site: Site, baseUrl: string, shareImage?: ShareImage): PublishSite {
  const name = site.organisation.name;
  return {
    url: baseUrl,
    name,
    defaultLanguage: 'en',
    ...(shareImage === undefined
      ? {}
      : { image: { ...shareImage, alt: `${name} (illustration)` } }),
  };
}

/**
 * What a page's head says: the document it is the page of (an article, event or project: its
 * canonical URL, dates, image and Open Graph type come from it, so a fallback page points at the
 * original), else the page itself.
 */
export function metadataOf(page: Page, publishSite: PublishSite): PageMetadata {
  const options = {
    alternates: page.alternates.map(({ lang, path }) => ({ lang, url: path })),
    indexed: page.indexed !== false,
  };
  if (page.shows !== undefined) return pageMetadata(page.shows, publishSite, options);
  return pageMetadata(
    {
      type: 'page',
      title: page.title,
      description: page.description,
      lang: page.lang,
      url: page.path,
    },
    publishSite,
    options,
  );
}
