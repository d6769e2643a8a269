import { isSafeUrl } from '../url.js';

/** Turns a document's URL into an absolute http(s) address, or undefined when it has none. */
export type AbsoluteUrl = (url: string | undefined) => string | undefined;

/**
 * Resolves site-relative URLs (`/en/news/…`) against `baseUrl` and keeps http(s) ones as
 * written. mailto:, tel: and unsafe URLs give undefined: search engines read these properties
 * as web pages.
 */
export function absoluteUrlFrom(baseUrl: string | URL): AbsoluteUrl {
  const base = new URL(baseUrl);
  return (url) => {
    if (!isSafeUrl(url)) return undefined;
    if (url.startsWith('/')) return new URL(url, base).href;
    return /^https?:/i.test(url) ? url : undefined;
  };
}
