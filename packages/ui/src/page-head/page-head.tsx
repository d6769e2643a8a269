import type { PageMetadata } from '@iom/content/publish';
import type { ReactNode } from 'react';
import { safeUrl } from '../shared/url.js';

export interface PageHeadProps {
  /** What `pageMetadata` from `@iom/content/publish` returned for the page. Required. */
  metadata: PageMetadata;
  /** More elements for the head (charset, stylesheets, icons, JSON-LD), after the metadata. Default: none. */
  children?: ReactNode;
}

/**
 * The search and sharing part of a page's `<head>`: title, description, canonical URL,
 * `hreflang` alternates, Open Graph and Twitter tags, as `pageMetadata` describes them. Put it
 * inside `<head>` (React 19 also moves these elements there from anywhere in the page). Links
 * whose address is unsafe are left out.
 */
export function PageHead({ metadata, children }: PageHeadProps) {
  const canonical = safeUrl(metadata.canonical);
  return (
    <>
      <title>{metadata.title}</title>
      {metadata.description !== undefined && (
        <meta name="description" content={metadata.description} />
      )}
      {metadata.robots !== undefined && <meta name="robots" content={metadata.robots} />}
      {canonical !== undefined && <link rel="canonical" href={canonical} />}
      {metadata.alternates.map(({ hrefLang, href }) => {
        const safe = safeUrl(href);
        return (
          safe !== undefined && (
            <link key={hrefLang} rel="alternate" hrefLang={hrefLang} href={safe} />
          )
        );
      })}
      {metadata.openGraph.map(({ property, content }) => (
        // A property may repeat (og:locale:alternate), never with the same content.
        <meta key={`${property} ${content}`} property={property} content={content} />
      ))}
      {metadata.twitter.map(({ name, content }) => (
        <meta key={name} name={name} content={content} />
      ))}
      {children}
    </>
  );
}
