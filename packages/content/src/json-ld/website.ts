import type { WebSite, WithContext } from 'schema-dts';
import type { Organisation } from '../schemas/organisation.js';
import { compact, type JsonLd } from './compact.js';
import { organizationReference } from './organisation.js';
import { absoluteUrlFrom } from './urls.js';

export interface WebSiteJsonLdOptions {
  /** The site's address, like `https://belarus.iom.int/`. */
  baseUrl: string | URL;
  /** The site's name as readers know it: `IOM Belarus`. */
  name: string;
  /** Another name for it, like `IOM in Belarus`. */
  alternateName?: string;
  /** The languages the site is published in (BCP 47). */
  languages?: readonly string[];
  /** The organisation that publishes the site. */
  publisher?: Organisation;
}

/**
 * The `WebSite` node for a site's home page: its name (the site name Google shows in results),
 * address, languages and publisher. Properties not given are left out.
 */
export function toWebSiteJsonLd(options: WebSiteJsonLdOptions): JsonLd {
  const absoluteUrl = absoluteUrlFrom(options.baseUrl);
  const node: WithContext<Exclude<WebSite, string>> = {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: options.name,
    alternateName: options.alternateName,
    url: new URL(options.baseUrl).href,
    inLanguage: options.languages ? [...options.languages] : undefined,
    publisher: options.publisher && organizationReference(options.publisher, absoluteUrl),
  };
  return compact(node);
}
