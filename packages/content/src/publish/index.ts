/**
 * `@iom/content/publish`: what a site needs to be found and shared, as pure functions over
 * validated content and without zod, so a build script or an edge function loads only this.
 */
export { type Localized, localize } from '../localize.js';
export { atomFeed, type FeedOptions, rssFeed } from './feeds.js';
export { openGraphLocale } from './locale.js';
export {
  type AlternateLink,
  type AlternateSource,
  type OpenGraphTag,
  type PageMetadata,
  type PageMetadataOptions,
  pageMetadata,
  type TwitterTag,
} from './metadata.js';
export type { Publishable, WebPage } from './page.js';
export type { PublishSite } from './site.js';
export { type RobotsOptions, robotsTxt, type SitemapPage, sitemap } from './sitemap.js';
