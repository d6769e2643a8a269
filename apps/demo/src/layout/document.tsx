import { jsonLdScript, toJsonLdScript, toWebSiteJsonLd } from '@iom/content';
import { directionOf, PageHead } from '@iom/ui';
import { themeColor } from '../favicon.js';
import { messagesFor } from '../messages.js';
import { type ImageVariants, metadataOf, publishSiteOf, type ShareImage } from '../metadata.js';
import type { Page } from '../page.js';
import { isHomePath } from '../routes.js';
import type { Site } from '../site.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';

export interface DocumentOptions {
  /** The site's public address: canonical URLs, Open Graph and JSON-LD are absolute. */
  baseUrl: string;
  /** The stylesheet Vite built, like `/assets/site-1a2b3c.css`. */
  stylesheet: string;
  /** The picture shared links show for pages without an image of their own. Default: none. */
  shareImage?: ShareImage;
  /**
   * What the image pipeline made of each content image, by the address the documents now give
   * (scripts/images.mjs): the widths in each format and a placeholder. Default: none.
   */
  imageVariants?: Readonly<Record<string, ImageVariants>>;
}

/** The site itself, for search results' site name: on each home page. */
const webSiteOf = (site: Site, baseUrl: string) =>
  toWebSiteJsonLd({
    baseUrl,
    name: site.organisation.name,
    languages: [...new Set(site.documents.map((document) => document.lang))],
    publisher: site.organisation,
  });

/** The whole HTML document of a page: `<head>` for search engines and sharing, then the page. */
export function Document({
  page,
  site,
  options,
}: {
  page: Page;
  site: Site;
  options: DocumentOptions;
}) {
  const messages = messagesFor(page.lang);
  const metadata = metadataOf(page, publishSiteOf(site, options.baseUrl, options.shareImage));
  return (
    <html lang={page.lang} dir={directionOf(page.lang)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <PageHead metadata={metadata} />
        <meta name="theme-color" content={themeColor} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={options.stylesheet} />
        {page.describes.map((document) => (
          <script
            key={document.id}
            type="application/ld+json"
            // toJsonLdScript escapes `<`, so no content can close the element.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD is data, escaped for a script element
            dangerouslySetInnerHTML={{
              __html: toJsonLdScript(document, {
                baseUrl: options.baseUrl,
                collection: site.documents,
              }),
            }}
          />
        ))}
        {isHomePath(page.path) && (
          <script
            type="application/ld+json"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD is data, escaped for a script element
            dangerouslySetInnerHTML={{ __html: jsonLdScript(webSiteOf(site, options.baseUrl)) }}
          />
        )}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {messages.skipToContent}
        </a>
        <SiteHeader page={page} site={site} messages={messages} />
        <main id="main" className="site-main">
          {page.main}
        </main>
        <SiteFooter messages={messages} />
      </body>
    </html>
  );
}
