import { absoluteUrlFrom } from '../json-ld/urls.js';
import type { PublishSite } from './site.js';

/**
 * `url` as an absolute http(s) address on `site`, or an error naming `what` (feeds, sitemaps and
 * canonical links are read by machines on other hosts; a relative or unsafe URL is useless there).
 */
export function absoluteUrlOn(site: PublishSite) {
  const absolute = absoluteUrlFrom(site.url);
  return (url: string | undefined, what: string): string => {
    const result = absolute(url);
    if (result === undefined) {
      throw new Error(`${what} has no address a reader can open (url: ${JSON.stringify(url)})`);
    }
    return result;
  };
}
