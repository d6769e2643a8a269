import { toJsonLdScript } from '@iom/content';
import { directionOf, LanguageSwitcher, SiteFooter, SiteHeader } from '@iom/ui';
import { themeColor } from '../favicon.js';
import { messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { paths } from '../routes.js';
import type { Site } from '../site.js';
import { navigationOf } from './navigation.js';

export interface DocumentOptions {
  /** The site's public address: canonical URLs, Open Graph and JSON-LD are absolute. */
  baseUrl: string;
  /** The stylesheet Vite built, like `/assets/site-1a2b3c.css`. */
  stylesheet: string;
}

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
  const absolute = (path: string) => new URL(path, options.baseUrl).href;
  const siteName = site.organisation.name;
  const title = page.title === siteName ? siteName : `${page.title} | ${siteName}`;
  const english = page.alternates.find((alternate) => alternate.lang === 'en');
  const nameLang = page.lang === site.organisation.lang ? {} : { lang: site.organisation.lang };
  return (
    <html lang={page.lang} dir={directionOf(page.lang)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={page.description} />
        {page.indexed === false ? (
          <meta name="robots" content="noindex" />
        ) : (
          <link rel="canonical" href={absolute(page.path)} />
        )}
        {page.alternates.length > 1 &&
          page.alternates.map((alternate) => (
            <link
              key={alternate.lang}
              rel="alternate"
              hrefLang={alternate.lang}
              href={absolute(alternate.path)}
            />
          ))}
        {page.alternates.length > 1 && english !== undefined && (
          <link rel="alternate" hrefLang="x-default" href={absolute(english.path)} />
        )}
        <meta property="og:type" content={page.kind} />
        <meta property="og:title" content={page.title} />
        <meta property="og:description" content={page.description} />
        <meta property="og:url" content={absolute(page.path)} />
        <meta property="og:site_name" content={siteName} />
        {page.published !== undefined && (
          <meta property="article:published_time" content={page.published} />
        )}
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
      </head>
      <body>
        <SiteHeader
          name={<span {...nameLang}>{siteName}</span>}
          homeHref={paths.home}
          navigation={navigationOf(page, site, messages)}
          currentHref={page.path}
          locale={page.lang}
          languageSwitcher={
            <LanguageSwitcher
              languages={page.alternates.map(({ lang, path }) => ({ lang, href: path }))}
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
