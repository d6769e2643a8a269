import { resolve } from '../resolve.js';
import type { ContentDocument } from '../schemas/document.js';
import { newsArticleJsonLd } from './article.js';
import { compact, type JsonLd } from './compact.js';
import { eventJsonLd } from './event.js';
import { organizationJsonLd } from './organisation.js';
import { projectJsonLd } from './project.js';
import { absoluteUrlFrom } from './urls.js';

export interface JsonLdOptions {
  /** The site's address; site-relative URLs such as `/en/news/…` are resolved against it. */
  baseUrl: string | URL;
  /**
   * The documents references are resolved through (author, organisers, participants…). A
   * reference with no document of the expected type is left out. Default: none.
   */
  collection?: readonly ContentDocument[];
}

export { toWebSiteJsonLd, type WebSiteJsonLdOptions } from './website.js';
export type { JsonLd };

/**
 * schema.org JSON-LD for search engines: an article becomes a `NewsArticle`, an event an
 * `Event`, a project a `Project` and an organisation an `Organization` (or its government and
 * NGO subtypes). Properties the content does not give are left out, never guessed.
 */
export function toJsonLd(document: ContentDocument, options: JsonLdOptions): JsonLd {
  const absoluteUrl = absoluteUrlFrom(options.baseUrl);
  const collection = options.collection ?? [];
  switch (document.type) {
    case 'article':
      return compact(newsArticleJsonLd(resolve(document, collection), absoluteUrl));
    case 'event':
      return compact(eventJsonLd(resolve(document, collection), absoluteUrl));
    case 'project':
      return compact(projectJsonLd(resolve(document, collection), absoluteUrl));
    case 'organisation':
      return compact(organizationJsonLd(resolve(document, collection), absoluteUrl));
  }
}

/** Characters that could end the script element or open a comment inside it, as JSON escapes. */
const SCRIPT_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * The text of a `<script type="application/ld+json">` element for any JSON-LD node (such as
 * `toWebSiteJsonLd`'s). Every `<` is written `\u003c`, so no text can end the element.
 */
export function jsonLdScript(node: JsonLd): string {
  return JSON.stringify(node).replace(
    /[<>&\u2028\u2029]/g,
    (character) => SCRIPT_ESCAPES[character] ?? character,
  );
}

/**
 * The text of a `<script type="application/ld+json">` element for `document`. Every `<` is
 * written `\u003c`, so no content (a headline with `</script>` or `<!--`) can end the element.
 */
export function toJsonLdScript(document: ContentDocument, options: JsonLdOptions): string {
  return jsonLdScript(toJsonLd(document, options));
}
