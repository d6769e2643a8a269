import { type PageMetadata, type PublishSite, pageMetadata } from '@iom/content/publish';
import type { Page } from './page.js';
import type { Site } from './site.js';

/** One image at one width: the shape `ResponsiveImage` takes. */
export interface ImageVariant {
  src: string;
  width: number;
}

/** What the build's image pipeline made of one content image (scripts/images.mjs). */
export interface ImageVariants {
  /** The original format at each width, narrowest first. */
  variants: ImageVariant[];
  /** AVIF, then WebP, at the same widths. */
  sources: { type: string; variants: ImageVariant[] }[];
  /** A tiny blurred WebP as a data: URL. */
  placeholder: string;
}

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
 * What a page's head says: the document it shows when it is that document's page (an article,
 * event or project: its dates, image and Open Graph type come from it), else the page itself.
 */
export function metadataOf(page: Page, publishSite: PublishSite): PageMetadata {
  const [main] = page.describes;
  const showsDocument =
    main !== undefined && main.type !== 'organisation' && main.url === page.path;
  const options = {
    alternates: page.alternates.map(({ lang, path }) => ({ lang, url: path })),
    indexed: page.indexed !== false,
  };
  if (showsDocument) return pageMetadata(main, publishSite, options);
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
