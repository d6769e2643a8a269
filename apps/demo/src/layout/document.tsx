import { jsonLdScript, toJsonLdScript, toWebSiteJsonLd } from '@iom/content';
import type { ImageSet } from '@iom/ui';
import { directionOf, LanguageSwitcher, PageHead, SiteFooter, SiteHeader } from '@iom/ui';
import { themeColor } from '../favicon.js';
import { messagesFor } from '../messages.js';
import { metadataOf, publishSiteOf, type ShareImage } from '../metadata.js';
import type { Page } from '../page.js';
import { isHomePath, LANGUAGES, pathsIn } from '../routes.js';
import type { Site } from '../site.js';
import { navigationOf } from './navigation.js';

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
  imageVariants?: Readonly<Record<string, ImageSet>>;
}

/** The site itself, for search results' site name: on each home page. */
const webSiteOf = (site: Site, baseUrl: string) =>
  toWebSiteJsonLd({
    baseUrl,
    name: site.organisation.name,
    languages: [...LANGUAGES],
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
  const siteName = site.organisation.name;
  const nameLang = page.lang === site.organisation.lang ? {} : { lang: site.organisation.lang };
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
                collection: site.index,
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
        <SiteHeader
          name={<span {...nameLang}>{siteName}</span>}
          homeHref={pathsIn(page.lang).home}
          navigation={navigationOf(page, site, messages)}
          currentHref={page.path}
          locale={page.lang}
          languageSwitcher={
            <LanguageSwitcher
              languages={page.languages.map(({ lang, path }) => ({ lang, href: path }))}
              current={page.lang}
            />
          }
        />
        <main id="main" className="site-main">
          {page.main}
        </main>
        <SiteFooter name={siteName} legal={messages.footer} locale={page.lang} />
      </body>
    </html>
  );
}
